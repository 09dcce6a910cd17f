package dev.edgeplan.core.catalog;

/**
 * An accelerator as its datasheet gives it.
 *
 * @param id           short catalog key used in scenarios (e.g. {@code h100-sxm})
 * @param mlperfName   the accelerator's spelling in MLPerf result rows, to join benchmark results
 * @param memoryGb     HBM/GDDR capacity, GB
 * @param memBwTbps    memory bandwidth, TB/s
 * @param bf16DenseTflops dense (not sparse) BF16 TFLOPS
 * @param fp8DenseTflops  dense FP8 TFLOPS (0 when not supported or not sourced)
 * @param fp4DenseTflops  dense FP4 TFLOPS (0 when not supported or not sourced)
 * @param tdpW         board power, W
 * @param allreduceBusGbPerS achieved all-reduce bus bandwidth between accelerators of one server (NCCL "busbw"
 *                           convention: time = bytes × 2(n−1)/n ÷ busbw), GB/s
 * @param allreduceLatencyUs fixed cost of one small all-reduce, µs
 * @param introducedYear     first year in volume shipment: when a refresh can pick it
 */
public record Accelerator(String id, String name, String vendor, String mlperfName, double memoryGb,
                          double memBwTbps, double bf16DenseTflops, double fp8DenseTflops, double fp4DenseTflops, double tdpW,
                          double allreduceBusGbPerS, double allreduceLatencyUs, int introducedYear, String source) {

    /** Dense TFLOPS at a precision, falling back to the next wider format the chip runs (FP4 → FP8 → BF16). */
    public double denseTflops(Precision precision) {
        return switch (precision) {
            case FP4 -> fp4DenseTflops > 0 ? fp4DenseTflops : denseTflops(Precision.FP8);
            case FP8 -> fp8DenseTflops > 0 ? fp8DenseTflops : bf16DenseTflops;
            case BF16 -> bf16DenseTflops;
        };
    }
}
