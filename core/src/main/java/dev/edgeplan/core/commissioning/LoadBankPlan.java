package dev.edgeplan.core.commissioning;

import java.util.List;

/**
 * Load banks one phase needs: hall banks that stand in for its IT load (liquid-cooled halls need liquid load banks
 * for the captured share: air banks reject their heat to air, so they cannot load a CDU loop), and the banks that
 * load one generator or one UPS module at a time at its rating.
 *
 * @param hallAirKw      air-cooled hall load bank, kW
 * @param hallLiquidKw   liquid load bank on the CDU loops, kW
 * @param generatorBankKw resistive bank at the generator terminals (one generator at a time), kW
 * @param upsBankKw      bank on one UPS module's output, kW
 * @param sequence       steps in test order
 */
public record LoadBankPlan(double hallAirKw, double hallLiquidKw, double generatorBankKw, double upsBankKw,
                           List<Step> sequence) {

    public LoadBankPlan {
        sequence = List.copyOf(sequence);
    }

    /** One step: {@code airKw} and {@code liquidKw} of bank held for {@code hours}. */
    public record Step(CxLevel level, String name, double airKw, double liquidKw, double hours) {
    }

    public double hallKw() {
        return hallAirKw + hallLiquidKw;
    }

    public double bankHours() {
        return sequence.stream().mapToDouble(Step::hours).sum();
    }
}
