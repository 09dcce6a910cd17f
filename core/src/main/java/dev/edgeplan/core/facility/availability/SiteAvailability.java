package dev.edgeplan.core.facility.availability;

import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;

/**
 * Availability of a site's power to the IT: reliability block diagram of the distribution paths times the
 * source (utility backed by gensets).
 *
 * <pre>
 * path     = switchgear · [UPS k-of-(k+spares), with maintenance] · UPS common cause · PDU        (series)
 * paths    = path (one path) or 1 − (1 − path)² (two independent paths to dual-corded IT)
 * source   = 1 − f_utility · (1 − P_gensets carry the mean outage) · mean outage h / 8760
 * site     = paths · source
 * </pre>
 *
 * @param pathsAvailability   distribution paths alone
 * @param sourceAvailability  utility with generator back-up
 * @param gensetSurvival      probability the installed gensets carry utility outages of {@link #OUTAGE_HOURS}
 */
public record SiteAvailability(Redundancy topology, int upsModulesNeeded, int generatorsNeeded, int generatorsInstalled,
                               double pathsAvailability, double sourceAvailability, double availability,
                               double downtimeHPerYear, UptimeTier tierLike, List<OutageSurvival> gensetSurvival) {

    /** Outage lengths reported: 1 h, 8 h, 1 day, NFPA 110 Class 48, and the two weeks of Marqusee &amp; Jenket. */
    public static final double[] OUTAGE_HOURS = {1, 8, 24, 48, 336};

    /** Probability that the gensets carry an outage of {@code hours}. */
    public record OutageSurvival(double hours, double probability) {
    }

    public SiteAvailability {
        gensetSurvival = List.copyOf(gensetSurvival);
    }

    public double downtimeMinPerYear() {
        return downtimeHPerYear * 60.0;
    }

    /** The site's chain: N … 2(N+1) through {@link #of(Redundancy, int, int, int)}, distributed through its blocks. */
    public static SiteAvailability of(PowerChain chain) {
        if (chain.redundancy() != Redundancy.DISTRIBUTED) {
            return of(chain.redundancy(), chain.upsModulesNeeded(), chain.generatorsNeeded(), chain.generatorsInstalled());
        }
        int n = chain.systems();
        int k = chain.systemsNeeded();
        int modulesPerBlock = Math.max(1, chain.upsModulesPerSystem());
        double ups = Rbd.availability(ReliabilityDefaults.UPS_MODULE_MTBF_H, ReliabilityDefaults.UPS_MODULE_MTTR_H);
        double paths = distributedPaths(k, n, modulesPerBlock, ups, ReliabilityDefaults.UPS_MAINTENANCE_H_PER_MODULE,
                Rbd.commonCause(ReliabilityDefaults.UPS_MODULE_MTBF_H, ReliabilityDefaults.UPS_MODULE_MTTR_H,
                        ReliabilityDefaults.COMMON_CAUSE_BETA), seriesAvailability());
        int gensPerBlock = Math.max(1, chain.generatorsPerSystem());
        List<OutageSurvival> survival = new ArrayList<>();
        for (double hours : OUTAGE_HOURS) {
            survival.add(new OutageSurvival(hours, blockGensetSurvival(k, n, gensPerBlock, hours)));
        }
        double carry = blockGensetSurvival(k, n, gensPerBlock, ReliabilityDefaults.UTILITY_OUTAGE_H);
        double source = sourceFromCarry(carry);
        double site = paths * source;
        return new SiteAvailability(Redundancy.DISTRIBUTED, chain.upsModulesNeeded(), chain.generatorsNeeded(),
                chain.generatorsInstalled(), paths, source, site, Rbd.downtimeHPerYear(site),
                UptimeTier.like(Redundancy.DISTRIBUTED), survival);
    }

    /**
     * Distributed k-of-n blocks: a block is its switchgear · PDU ({@code seriesA}) · all of its UPS modules (with the
     * common-cause element when it has more than one); the IT is up while k of the n blocks are. Each block is taken
     * out in turn for its modules' maintenance (share m = modules × h / 8760 per block), leaving k of n − 1; a β share
     * of the series elements' failures hits every block, as for two paths.
     */
    public static double distributedPaths(int k, int n, int modulesPerBlock, double moduleA, double maintenanceHPerModule,
                                          double commonCauseA, double seriesA) {
        double block = Rbd.series(seriesA, Rbd.kOfN(modulesPerBlock, modulesPerBlock, moduleA),
                modulesPerBlock > 1 ? commonCauseA : 1.0);
        double m = Math.min(1.0 / n, modulesPerBlock * maintenanceHPerModule / Rbd.HOURS_PER_YEAR);
        double kOfN = (1.0 - n * m) * Rbd.kOfN(k, n, block) + n * m * Rbd.kOfN(k, n - 1, block);
        return kOfN * (1.0 - ReliabilityDefaults.COMMON_CAUSE_BETA * (1.0 - seriesA));
    }

    /** k of n blocks keep running through {@code hours} when every genset of a block does (REopt per-unit law). */
    static double blockGensetSurvival(int k, int n, int gensPerBlock, double hours) {
        double unit = GensetSurvival.unitSurvival(hours, ReliabilityDefaults.GENSET_OPERATIONAL_AVAILABILITY,
                ReliabilityDefaults.GENSET_FAIL_TO_START, ReliabilityDefaults.GENSET_MTTF_RUNNING_H);
        return Rbd.kOfN(k, n, Math.pow(unit, gensPerBlock));
    }

    static double seriesAvailability() {
        return Rbd.series(
                Rbd.availability(ReliabilityDefaults.SWITCHGEAR_MTBF_H, ReliabilityDefaults.SWITCHGEAR_MTTR_H),
                Rbd.availability(ReliabilityDefaults.PDU_MTBF_H, ReliabilityDefaults.PDU_MTTR_H));
    }

    public static SiteAvailability of(Redundancy topology, int upsModulesNeeded, int generatorsNeeded,
                                      int generatorsInstalled) {
        double ups = Rbd.availability(ReliabilityDefaults.UPS_MODULE_MTBF_H, ReliabilityDefaults.UPS_MODULE_MTTR_H);
        int k = Math.max(1, upsModulesNeeded);
        double series = seriesAvailability();
        double commonCause = Rbd.commonCause(ReliabilityDefaults.UPS_MODULE_MTBF_H, ReliabilityDefaults.UPS_MODULE_MTTR_H,
                ReliabilityDefaults.COMMON_CAUSE_BETA);
        double paths = paths(topology, k, ups, ReliabilityDefaults.UPS_MAINTENANCE_H_PER_MODULE, commonCause, series);
        double source = sourceAvailability(generatorsNeeded, generatorsInstalled);
        double site = paths * source;
        List<OutageSurvival> survival = new ArrayList<>();
        for (double hours : OUTAGE_HOURS) {
            survival.add(new OutageSurvival(hours, generatorsInstalled == 0 ? 0.0
                    : GensetSurvival.probability(generatorsInstalled, Math.max(1, generatorsNeeded), hours)));
        }
        return new SiteAvailability(topology, k, generatorsNeeded, generatorsInstalled, paths, source, site,
                Rbd.downtimeHPerYear(site), UptimeTier.like(topology), survival);
    }

    /**
     * Distribution paths: each path is its series elements (switchgear · PDU, availability {@code seriesA}) with a
     * UPS group of k needed modules plus the topology's spares and — when modules run in parallel — a common-cause
     * element. Scheduled maintenance takes one module out for {@code maintenanceHPerModule} a year; on two-path
     * topologies it is staggered, so while one path is in maintenance the other path alone carries the IT, and a
     * β share of the series elements' failures takes both paths down.
     */
    public static double paths(Redundancy topology, int k, double moduleA, double maintenanceHPerModule,
                               double commonCauseA, double seriesA) {
        int n = k + topology.sparesPerPath();
        double cc = n > 1 ? commonCauseA : 1.0;
        double up = Rbd.series(seriesA, Rbd.kOfN(k, n, moduleA), cc);
        double inMaintenance = Rbd.series(seriesA, Rbd.kOfN(k, n - 1, moduleA), cc);
        double maintenanceShare = Math.min(1.0 / topology.paths(), n * maintenanceHPerModule / Rbd.HOURS_PER_YEAR);
        if (topology.paths() == 1) {
            return (1.0 - maintenanceShare) * up + maintenanceShare * inMaintenance;
        }
        double redundant = (1.0 - 2.0 * maintenanceShare) * Rbd.parallel(up, up)
                + 2.0 * maintenanceShare * Rbd.parallel(up, inMaintenance);
        // β share of switchgear / PDU failures hits both paths (shared rooms, controls, human error): without it
        // two-path "nines" are absurd.
        return redundant * (1.0 - ReliabilityDefaults.COMMON_CAUSE_BETA * (1.0 - seriesA));
    }

    /** Utility (IEEE 493 outage rate and duration) with gensets that must start and carry the mean outage. */
    static double sourceAvailability(int generatorsNeeded, int generatorsInstalled) {
        return sourceFromCarry(GensetSurvival.probability(generatorsInstalled, Math.max(1, generatorsNeeded),
                ReliabilityDefaults.UTILITY_OUTAGE_H));
    }

    /** 1 − utility outages × P(gensets fail to carry) × mean outage hours / 8760. */
    static double sourceFromCarry(double carry) {
        double lostH = ReliabilityDefaults.UTILITY_FAILURES_PER_YEAR * (1.0 - carry) * ReliabilityDefaults.UTILITY_OUTAGE_H;
        return 1.0 - lostH / Rbd.HOURS_PER_YEAR;
    }
}
