package dev.edgeplan.core.catalog;

/**
 * One published MLPerf Inference datacenter result.
 *
 * @param round        MLPerf round (v4.0 … v5.1): software vintage moves throughput by up to 44 %
 * @param scenario     Offline, Server or Interactive
 * @param accelerators accelerators in the measured system
 * @param result       system throughput in {@code unit}
 * @param precision    weight precision of the submission (Blackwell FP4, Hopper and AMD FP8 …)
 */
public record BenchmarkResult(String round, String submitter, String system, String acceleratorMlperfName,
                              int accelerators, String benchmark, String scenario, double result, String unit,
                              Precision precision, String source) {

    public double perAcceleratorPerS() {
        return result / accelerators;
    }
}
