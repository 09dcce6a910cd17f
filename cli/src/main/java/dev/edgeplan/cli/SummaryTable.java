package dev.edgeplan.cli;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanSummary;
import dev.edgeplan.core.plan.SitePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The short per-site table printed after a plan. */
final class SummaryTable {

    private static final String[] HEADER = {"site", "MW", "racks", "kW/rack", "cooling", "PUE", "redund.", "avail. %",
        "IT kW", "facility kW", "accel.", "capex M USD"};

    private SummaryTable() {
    }

    static String render(Plan plan) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (SitePlan s : plan.sites()) {
            FacilityDesign f = s.facility();
            rows.add(new String[] {s.id(), fmt("%.2f", f.facilityKw() / 1000.0), Integer.toString(f.racks()),
                fmt("%.1f", f.kwPerRack()), f.cooling().key(), fmt("%.2f", f.pue()), f.powerChain().label(),
                fmt("%.4f", 100.0 * f.detail().availability().availability()), fmt("%,.0f", f.itKw()), fmt("%,.0f", f.facilityKw()),
                fmt("%,d", f.accelerators()), fmt("%,.1f", s.finance().constructionCapexUsd() / 1e6)});
        }
        PlanSummary t = plan.summary();
        rows.add(new String[] {"total", fmt("%.2f", t.facilityKw() / 1000.0), Integer.toString(t.racks()), "", "", "",
            "", "", fmt("%,.0f", t.itKw()),
            fmt("%,.0f", t.facilityKw()), fmt("%,d", t.accelerators()), fmt("%,.1f", t.capexUsd() / 1e6)});
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(fmt("%s: %d of %d candidate sites, %.1f %% of peak demand within SLO%n", plan.scenarioName(),
                t.sitesChosen(), t.candidateSites(), t.servedDemandPct()));
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                String cell = c == 0 || c == 4 || c == 6 ? pad(row[c], width[c], false) : pad(row[c], width[c], true);
                sb.append(c == 0 ? "" : "  ").append(cell);
            }
            sb.append(System.lineSeparator());
            if (r == 0 || r == rows.size() - 2) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                sb.append("-".repeat(total - 2)).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
