package dev.edgeplan.core.finance.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time sensitivity: each driver at its low and its high multiplier, the others at base (1.0).
 *
 * <p>The model maps one multiplier per driver, in the order of the list, to an NPV in USD (or any other figure of
 * merit); it is called 2 × drivers + 1 times, each time with a fresh array.
 */
public final class Tornado {

    private Tornado() {
    }

    public static TornadoResult run(List<RiskDriver> drivers, ToDoubleFunction<double[]> npvUsdModel) {
        double[] base = new double[drivers.size()];
        Arrays.fill(base, 1.0);
        double baseNpv = evaluate(npvUsdModel, base.clone());
        List<TornadoBar> bars = new ArrayList<>(drivers.size());
        for (int i = 0; i < drivers.size(); i++) {
            RiskDriver d = drivers.get(i);
            double[] low = base.clone();
            low[i] = d.lowMultiplier();
            double[] high = base.clone();
            high[i] = d.highMultiplier();
            bars.add(new TornadoBar(d.id(), d.label(), low[i], high[i], evaluate(npvUsdModel, low),
                    evaluate(npvUsdModel, high)));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swingUsd).reversed());
        return new TornadoResult(baseNpv, bars);
    }

    /** Calls the model and refuses a non-finite answer, which would poison every statistic after it. */
    static double evaluate(ToDoubleFunction<double[]> model, double[] multipliers) {
        double value = model.applyAsDouble(multipliers);
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("the risk model returned " + value + " for multipliers "
                    + Arrays.toString(multipliers));
        }
        return value;
    }
}
