package dev.edgeplan.core.lifecycle;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.ServerModel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * GPU lifecycle of one site: which generation is installed each year and whether the facility still fits it.
 * <pre>
 * available(y) = generations of the installed vendor with introduced_year ≤ start_year + y and a server in the catalog
 * best(y)      = the one needing the least nameplate IT kW for year y's load (same capacity engine, same SLOs)
 * gain(y)      = IT kW on the installed generation ÷ IT kW on best(y) − 1            (perf per watt, same load)
 * refresh at y when every_n_years: y − last ≥ N and gain(y) ≥ 0;  perf_per_watt_gain: gain(y) ≥ threshold
 * </pre>
 * A refresh is flagged when the new server needs liquid cooling the facility was not built with, when one server
 * exceeds the design's kW per rack, or when the load needs more IT kW than the facility was designed for.
 */
public final class LifecycleEngine {

    /** Servers a year's load needs on a server type, empty when the capacity engine cannot size it there. */
    @FunctionalInterface
    public interface Sizer {
        OptionalInt serversFor(ServerModel server, int year);
    }

    /** A generation the refresh may pick: an accelerator and its reference server. */
    public record Generation(Accelerator accelerator, ServerModel server) {
    }

    /** The facility a refresh must fit. */
    public record Design(boolean liquidCooled, double maxKwPerRack, double itKw, int usableRackUnits) {
    }

    private LifecycleEngine() {
    }

    public static List<RefreshStep> plan(Generation installed, List<Generation> generations, Design design,
                                         int years, RefreshPolicy policy, Sizer sizer) {
        List<RefreshStep> steps = new ArrayList<>();
        Generation current = installed;
        int lastRefresh = 0;
        for (int y = 1; y < years; y++) {
            int calendar = policy.startYear() + y;
            OptionalInt currentServers = sizer.serversFor(current.server(), y);
            if (currentServers.isEmpty()) {
                continue;
            }
            double currentKw = currentServers.getAsInt() * current.server().nameplateKw();
            Generation best = null;
            double bestKw = Double.POSITIVE_INFINITY;
            int bestServers = 0;
            for (Generation g : generations) {
                if (!g.accelerator().vendor().equals(current.accelerator().vendor())
                        || g.accelerator().introducedYear() > calendar
                        || g.accelerator().introducedYear() <= current.accelerator().introducedYear()) {
                    continue;
                }
                OptionalInt servers = sizer.serversFor(g.server(), y);
                if (servers.isPresent() && servers.getAsInt() * g.server().nameplateKw() < bestKw) {
                    best = g;
                    bestKw = servers.getAsInt() * g.server().nameplateKw();
                    bestServers = servers.getAsInt();
                }
            }
            if (best == null || bestKw <= 0 || currentKw <= 0) {
                continue;
            }
            double gainPct = 100.0 * (currentKw / bestKw - 1.0);
            boolean due = switch (policy.trigger()) {
                // never to a generation that needs more power for the same load (e.g. a rack-scale step on a small load)
                case EVERY_N_YEARS -> y - lastRefresh >= policy.everyYears() && gainPct >= 0;
                case PERF_PER_WATT_GAIN -> gainPct >= policy.minPerfPerWattGainPct();
            };
            if (!due) {
                continue;
            }
            ServerModel s = best.server();
            int bySpace = s.rackScale() ? 1 : design.usableRackUnits() / s.rackUnits();
            int byPower = (int) Math.floor(design.maxKwPerRack() / s.nameplateKw() + 1e-9);
            int perRack = Math.min(bySpace, byPower);
            steps.add(new RefreshStep(y, calendar, current.accelerator().id(), best.accelerator().id(), s.id(), gainPct,
                    bestServers, bestKw, Math.max(1, perRack) * s.nameplateKw(), s.liquidCooled() && !design.liquidCooled(),
                    perRack < 1, bestKw > design.itKw() + 1e-9));
            current = best;
            lastRefresh = y;
        }
        return steps;
    }
}
