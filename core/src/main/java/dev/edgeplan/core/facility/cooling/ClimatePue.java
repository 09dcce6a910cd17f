package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.climate.Psychrometrics;
import dev.edgeplan.core.facility.climate.TypicalHours;
import dev.edgeplan.core.facility.power.TransformerBank;
import dev.edgeplan.core.facility.power.UpsLosses;
import dev.edgeplan.core.scenario.CoolingType;

/**
 * Climate → PUE: runs the cooling plant of a cooling type over the 288 typical hours synthesised from a
 * metro's monthly normals and weights them by hours of the year (bin method). Electrical losses use the
 * part-load UPS model, so an oversized or 2N UPS shows up in the PUE.
 */
public final class ClimatePue {

    static final double HOURS_PER_YEAR = 8_760.0;

    private ClimatePue() {
    }

    /**
     * @param itKw            IT load the site runs at
     * @param upsInstalledKw  UPS capacity installed (all paths)
     * @param lightingKw      lighting and small power
     */
    public static PueResult evaluate(CoolingType type, double itKw, double upsInstalledKw, double lightingKw,
                                     MonthlyClimate climate) {
        return evaluate(type, PlantRejection.AUTO, itKw, upsInstalledKw, lightingKw, climate);
    }

    /** @param rejection heat rejection of the liquid loop and of the room-air plant */
    public static PueResult evaluate(CoolingType type, PlantRejection rejection, double itKw, double upsInstalledKw,
                                     double lightingKw, MonthlyClimate climate) {
        return evaluate(type, rejection, itKw, upsInstalledKw, TransformerBank.NONE, lightingKw, climate);
    }

    /**
     * @param transformers energized MV/LV transformers: their no-load and square-law losses at each hour's facility
     *                     load add to facility power (not to the cooled heat)
     */
    public static PueResult evaluate(CoolingType type, PlantRejection rejection, double itKw, double upsInstalledKw,
                                     TransformerBank transformers, double lightingKw, MonthlyClimate climate) {
        ElectricalLoad load = electricalLoad(itKw, upsInstalledKw, lightingKw);
        double pressure = climate.pressurePa();
        double[] dryBulb = TypicalHours.dryBulbC(climate);
        double[] rh = TypicalHours.rhFraction(climate, dryBulb);
        double[] weight = TypicalHours.weightHours();
        double[] monthFacility = new double[MonthlyClimate.MONTHS];
        double[] monthIt = new double[MonthlyClimate.MONTHS];
        double full = 0.0;
        double partial = 0.0;
        double waterKg = 0.0;
        for (int i = 0; i < TypicalHours.COUNT; i++) {
            PlantPower p = plant(type, rejection, load, dryBulb[i], rh[i], pressure);
            int month = i / TypicalHours.HOURS_PER_DAY;
            monthFacility[month] += facilityKw(p, transformers) * weight[i];
            monthIt[month] += itKw * weight[i];
            if (p.freeCoolingFraction() >= 1.0) {
                full += weight[i];
            } else if (p.freeCoolingFraction() > 0.0) {
                partial += weight[i];
            }
            waterKg += p.waterKgPerS() * 3600.0 * weight[i];
        }
        double facilityKwh = 0.0;
        double itKwh = 0.0;
        double[] monthly = new double[MonthlyClimate.MONTHS];
        for (int m = 0; m < MonthlyClimate.MONTHS; m++) {
            monthly[m] = monthIt[m] > 0 ? monthFacility[m] / monthIt[m] : 1.0;
            facilityKwh += monthFacility[m];
            itKwh += monthIt[m];
        }
        double annual = itKwh > 0 ? facilityKwh / itKwh : 1.0;
        double cycles = CoolingPlantDefaults.CYCLES_OF_CONCENTRATION;
        double makeUpM3 = waterKg * cycles / (cycles - 1.0) / 1000.0;
        return new PueResult(annual, monthly, peakPue(type, rejection, load, transformers, climate), annual * itue(type), full, partial,
                itKwh / 1000.0, facilityKwh / 1000.0, makeUpM3, itKwh > 0 ? makeUpM3 * 1000.0 / itKwh : 0.0, true,
                climate.metro() + " normals, humidity: " + climate.humiditySource().key());
    }

    /** PUE at the cooling design day: the 0.4 % dry bulb with its coincident wet bulb (else the hottest month's dew point). */
    static double peakPue(CoolingType type, PlantRejection rejection, ElectricalLoad load, TransformerBank transformers,
                          MonthlyClimate climate) {
        DesignCondition d = designCondition(climate);
        return facilityKw(plant(type, rejection, load, d.dryBulbC(), d.rhFraction(), climate.pressurePa()), transformers)
                / load.itKw();
    }

    /** Facility power of a plant state plus the transformer losses of carrying it. */
    static double facilityKw(PlantPower p, TransformerBank transformers) {
        return p.facilityKw() + transformers.lossKw(p.facilityKw());
    }

    /** Design-day dry bulb and RH. */
    public record DesignCondition(double dryBulbC, double rhFraction) {
    }

    public static DesignCondition designCondition(MonthlyClimate climate) {
        int hottest = 0;
        for (int m = 1; m < MonthlyClimate.MONTHS; m++) {
            if (climate.tmaxC()[m] > climate.tmaxC()[hottest]) {
                hottest = m;
            }
        }
        double dryBulb = Double.isNaN(climate.designDryBulbC()) ? climate.tmaxC()[hottest] : climate.designDryBulbC();
        if (!Double.isNaN(climate.designWetBulbC())) {
            return new DesignCondition(dryBulb, rhForWetBulb(dryBulb, climate.designWetBulbC(), climate.pressurePa()));
        }
        return new DesignCondition(dryBulb, Psychrometrics.rhFromDewPoint(dryBulb, climate.dewPointC(hottest)));
    }

    static double rhForWetBulb(double dryBulbC, double wetBulbC, double pressurePa) {
        double lo = 0.0;
        double hi = 1.0;
        for (int i = 0; i < 50; i++) {
            double mid = 0.5 * (lo + hi);
            if (Psychrometrics.wetBulbC(dryBulbC, mid, pressurePa) < wetBulbC) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    public static ElectricalLoad electricalLoad(double itKw, double upsInstalledKw, double lightingKw) {
        return new ElectricalLoad(itKw, UpsLosses.lossKw(upsInstalledKw, itKw),
                itKw / (1.0 - CoolingPlantDefaults.DISTRIBUTION_LOSS_FRACTION) - itKw, lightingKw);
    }

    /** Plant power of a cooling type at one weather condition. */
    public static PlantPower plant(CoolingType type, PlantRejection rejection, ElectricalLoad load, double dryBulbC,
                                   double rhFraction, double pressurePa) {
        WatersideEconomizer.Parameters roomAir = CoolingPlantDefaults.roomAir(type);
        LiquidLoop loop = CoolingPlantDefaults.liquidLoop(type);
        if (!type.isLiquid()) {
            return WatersideEconomizer.power(roomAir, load, dryBulbC, rhFraction, pressurePa, rejection.roomAir(),
                    loop.dryCooler());
        }
        double liquidKw = load.itKw() * loop.heatCaptureFraction();
        ElectricalLoad air = new ElectricalLoad(load.itKw() - liquidKw, load.upsLossKw(), load.distributionLossKw(),
                load.lightingKw());
        double wetBulb = Psychrometrics.wetBulbC(dryBulbC, rhFraction, pressurePa);
        return loop.power(liquidKw, dryBulbC, wetBulb, pressurePa, rejection.liquid(), roomAir.heatExchangerApproachK())
                .plus(WatersideEconomizer.power(roomAir, air, dryBulbC, rhFraction, pressurePa, rejection.roomAir(),
                        loop.dryCooler()), load);
    }

    public static double itue(CoolingType type) {
        return 1.0 / (1.0 - CoolingPlantDefaults.serverFanShare(type));
    }
}
