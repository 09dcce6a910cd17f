// Monte Carlo convergence and speed on the test model ToySiteModel (docs/finance.md, "Risk").
// ./mvnw -B -q -pl core -am test-compile && jshell --class-path core/target/classes:core/target/test-classes docs/risk-convergence.jsh
import dev.edgeplan.core.finance.risk.*;
for (Sampling sampling : Sampling.values()) {
    int within = 0;
    double squares = 0;
    for (long seed = 1; seed <= 20; seed++) {
        double tenK = MonteCarlo.run(ToySiteModel.DRIVERS, 10_000, seed, ToySiteModel::npvUsd, sampling, ProgressListener.NONE).p50NpvUsd();
        double fortyK = MonteCarlo.run(ToySiteModel.DRIVERS, 40_000, seed, ToySiteModel::npvUsd, sampling, ProgressListener.NONE).p50NpvUsd();
        double diff = tenK / fortyK - 1;
        within += Math.abs(diff) <= 0.01 ? 1 : 0;
        squares += diff * diff;
    }
    System.out.printf("%s: P50 10k vs 40k, seeds 1-20: %d of 20 within 1 %%, RMS difference %.2f %%%n", sampling, within, 100 * Math.sqrt(squares / 20));
}
for (int draws : new int[] {10_000, 40_000}) {
    RiskSummary s = MonteCarlo.run(ToySiteModel.DRIVERS, draws, 42, ToySiteModel::npvUsd);
    System.out.printf("seed 42, %,d draws: mean %.3f sd %.3f P10 %.3f P50 %.3f P90 %.3f P(loss) %.4f%n", draws, s.meanNpvUsd(), s.sdNpvUsd(), s.p10NpvUsd(), s.p50NpvUsd(), s.p90NpvUsd(), s.probabilityOfLoss());
}
System.out.println(Tornado.run(ToySiteModel.DRIVERS, ToySiteModel::npvUsd));
for (int rep = 0; rep < 5; rep++) {
    long start = System.nanoTime();
    MonteCarlo.run(ToySiteModel.DRIVERS, 10_000, rep, ToySiteModel::npvUsd);
    System.out.printf("10,000 draws: %.0f ms%n", (System.nanoTime() - start) / 1e6);
}
long start = System.nanoTime();
MonteCarlo.run(ToySiteModel.DRIVERS, 1_000_000, 7, ToySiteModel::npvUsd);
System.out.printf("1,000,000 draws: %.0f ms%n", (System.nanoTime() - start) / 1e6);
/exit
