package dev.edgeplan.core.facility.availability;

import dev.edgeplan.core.scenario.Redundancy;

/**
 * Availability of the module groups alone (no switchgear, no PDU): the closed forms the issue asks for.
 * 2N here is two independent strings of N modules, so with weak modules it can fall below N+1 —
 * modules of 0.99 with N = 2: 2N = 1 − (1 − 0.99²)² = 0.999604 vs N+1 (2-of-3) = 0.999702. Distributed
 * redundancy is k-of-n whole systems.
 */
public final class ModuleAvailability {

    private ModuleAvailability() {
    }

    /** N … 2(N+1); distributed blocks go through {@link #distributed}. */
    public static double of(Redundancy topology, int modulesNeeded, double moduleAvailability) {
        if (topology == Redundancy.DISTRIBUTED) {
            throw new IllegalArgumentException("distributed redundancy: use distributed(needed, systems, availability)");
        }
        double string = Rbd.kOfN(modulesNeeded, modulesNeeded + topology.sparesPerPath(), moduleAvailability);
        return topology.paths() == 1 ? string : Rbd.parallel(string, string);
    }

    /** Distributed redundant: at least {@code needed} of {@code systems} independent systems. */
    public static double distributed(int needed, int systems, double systemAvailability) {
        return Rbd.kOfN(needed, systems, systemAvailability);
    }
}
