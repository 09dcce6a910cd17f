package dev.edgeplan.core.catalog;

/**
 * An accelerator as its datasheet gives it.
 *
 * @param id           short catalog key used in scenarios (e.g. {@code h100-sxm})
 * @param mlperfName   the accelerator's spelling in MLPerf result rows, to join benchmark results
 * @param memoryGb     HBM/GDDR capacity, GB
 * @param memBwTbps    memory bandwidth, TB/s
 * @param bf16DenseTflops dense (not sparse) BF16 TFLOPS
 * @param fp8DenseTflops  dense FP8 TFLOPS (0 when not supported)
 * @param tdpW         board power, W
 */
public record Accelerator(String id, String name, String vendor, String mlperfName, double memoryGb,
                          double memBwTbps, double bf16DenseTflops, double fp8DenseTflops, double tdpW,
                          String source) {
}
