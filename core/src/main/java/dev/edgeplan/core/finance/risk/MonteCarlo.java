package dev.edgeplan.core.finance.risk;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Monte Carlo over independent risk drivers: each draw gives every driver a multiplier from its distribution and asks
 * the model for the NPV.
 *
 * <p>Reproducible: one {@link SplittableRandom} seeded with {@code seed} gives every driver one uniform number per
 * draw, which the driver's quantile function turns into a multiplier. The order is fixed: with {@link Sampling#RANDOM}
 * draw by draw, drivers in list order; with {@link Sampling#LATIN_HYPERCUBE} (the default) driver by driver, n
 * stratified uniforms and then a Fisher–Yates shuffle of them. So the same seed gives the same draws on every
 * machine, and changing one driver's distribution leaves the other drivers' multipliers unchanged (common random
 * numbers).
 *
 * <p>The draws are sampled first, in that fixed order, and then evaluated in parallel (the model must be a pure,
 * thread-safe function; each draw gets its own array), each result stored at its draw's index: so the results do
 * not depend on the number of cores or on thread scheduling. Memory: 8 bytes per draw and driver for the sampled
 * multipliers plus 8 per draw for the results (10 drivers × 1,000,000 draws = 88 MB).
 */
public final class MonteCarlo {

    /** Calls to the progress listener per run, besides the final one: every 1 % of the draws. */
    static final int PROGRESS_CALLS = 100;

    /** 2^−53: a 53-bit integer times this is a double in [0, 1) with every bit random. */
    private static final double UNIT_53 = 0x1.0p-53;

    private MonteCarlo() {
    }

    /** Latin hypercube sampling, no progress reports. */
    public static RiskSummary run(List<RiskDriver> drivers, int draws, long seed, ToDoubleFunction<double[]> npvUsdModel) {
        return run(drivers, draws, seed, npvUsdModel, Sampling.LATIN_HYPERCUBE, ProgressListener.NONE);
    }

    public static RiskSummary run(List<RiskDriver> drivers, int draws, long seed, ToDoubleFunction<double[]> npvUsdModel,
                                  Sampling sampling, ProgressListener progress) {
        return RiskSummary.of(npvDrawsUsd(drivers, draws, seed, npvUsdModel, sampling, progress));
    }

    /** The model's value for each draw, in draw order. */
    public static double[] npvDrawsUsd(List<RiskDriver> drivers, int draws, long seed,
                                       ToDoubleFunction<double[]> npvUsdModel, Sampling sampling,
                                       ProgressListener progress) {
        double[][] multipliers = multipliers(drivers, draws, seed, sampling);
        double[] npv = new double[draws];
        // batches keep progress reports on the calling thread while each batch spreads over the cores
        int batch = Math.max(1, draws / PROGRESS_CALLS);
        for (int from = 0; from < draws; from += batch) {
            int to = Math.min(draws, from + batch);
            IntStream.range(from, to).parallel().forEach(d -> npv[d] = Tornado.evaluate(npvUsdModel, multipliers[d]));
            if (to < draws) {
                progress.onProgress(to, draws);
            }
        }
        progress.onProgress(draws, draws);
        return npv;
    }

    /** [draw][driver] the multiplier each driver takes in each draw: the sample design, without the model. */
    public static double[][] multipliers(List<RiskDriver> drivers, int draws, long seed, Sampling sampling) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be ≥ 1 (got " + draws + ")");
        }
        Distribution[] distributions = drivers.stream().map(RiskDriver::distribution).toArray(Distribution[]::new);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] strata = sampling == Sampling.LATIN_HYPERCUBE ? latinHypercube(distributions.length, draws, random)
                : null;
        double[][] multipliers = new double[draws][distributions.length];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < distributions.length; i++) {
                multipliers[d][i] = distributions[i].quantile(strata != null ? strata[i][d] : openUniform(random));
            }
        }
        return multipliers;
    }

    /** Per driver, one uniform in each stratum (k, k + 1) / draws, shuffled. */
    private static double[][] latinHypercube(int drivers, int draws, SplittableRandom random) {
        double[][] strata = new double[drivers][draws];
        for (double[] column : strata) {
            for (int k = 0; k < draws; k++) {
                column[k] = (k + openUniform(random)) / draws;
            }
            for (int k = draws - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                double swap = column[k];
                column[k] = column[j];
                column[j] = swap;
            }
        }
        return strata;
    }

    /** A uniform number in the open interval (0, 1), so that no quantile function sees 0 or 1. */
    static double openUniform(SplittableRandom random) {
        return ((random.nextLong() >>> 11) + 0.5) * UNIT_53;
    }
}
