package dev.edgeplan.core.facility.cooling;

/**
 * The parameter vectors of Lei &amp; Masanet's published worked examples (notebook "Simple examples for using the
 * PUE simulation tool" in github.com/nuoaleon/Data-center-PUE-prediction-tool; ranges in Table A.1 of Energy
 * 201, 2020, 117556). Their tool prints PUE 1.0746922969797756 (airside) and 1.0887168184890426 (waterside) at
 * 20 °C, 40 % RH, 101,325 Pa and 1 kW of IT. Edge defaults ({@link CoolingPlantDefaults}) reuse their fan, pump
 * and tower values.
 */
public final class LeiMasanetExamples {

    public static final double PUBLISHED_AIRSIDE_PUE = 1.0746922969797756;
    public static final double PUBLISHED_WATERSIDE_PUE = 1.0887168184890426;

    public static final AirsideEconomizer.Parameters AIRSIDE = new AirsideEconomizer.Parameters(
            0.980302734, 0.00560546875, 0.00181445313, 10.3671875, 34.1953125, -10.4970703, 15.8320312,
            0.0901953125, 0.676464844, 14.7840712, 685.058594, 0.829931641, 7.31582031e6, 0.704492187,
            new TowerPlant(6.91894531, 4.28710938, 203.417969, 0.897802734, 1.46519937e5, 0.790039062,
                    2.12001820e5, 0.716601562, 6.33818359, 0.224023438, 0.105488281, 1.11914062));

    public static final WatersideEconomizer.Parameters WATERSIDE = new WatersideEconomizer.Parameters(
            0.980302734, 0.00560546875, 0.00181445313, 27.3671875, 18.8856337, 416.992188, 0.713720703,
            6.50097656e6, 0.674023438, 1.56284191e5, 0.668945312, 2.29404297, 0.816601563, 0.986289063,
            new TowerPlant(7.50488281, 4.13867188, 148.339844, 0.745947266, 1.71884552e5, 0.745117188,
                    2.10534680e5, 0.709960938, 6.50576172, 0.224023438, 0.105488281, 1.11914062));

    private LeiMasanetExamples() {
    }
}
