package dev.edgeplan.web.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures of two plans side by side, read from their plan.json: plan totals, then every site of either plan
 * (added, removed, or in both). A row is changed when its values differ by more than {@link #RELATIVE_TOLERANCE} of
 * the larger (numbers) or at all (text), so rounding noise does not light up a row.
 */
public final class PlanComparison {

    /** Numbers within this share of each other are the same figure (plan.json rounds to 4 decimals). */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    /** A figure: where it is in plan.json and how to show it. */
    record Figure(String key, String label, String unit, String path) {
    }

    static final List<Figure> TOTALS = List.of(
            new Figure("sites", "sites chosen", "sites", "summary/sites_chosen"),
            new Figure("served_demand_pct", "demand served within SLO", "%", "summary/served_demand_pct"),
            new Figure("accelerators", "accelerators", "accelerators", "summary/accelerators"),
            new Figure("servers", "servers", "servers", "summary/servers"),
            new Figure("racks", "racks", "racks", "summary/racks"),
            new Figure("it_kw", "IT load (nameplate)", "kW", "summary/it_kw"),
            new Figure("facility_kw", "facility load", "kW", "summary/facility_kw"),
            new Figure("capex_usd", "construction capex", "USD", "summary/capex_usd"),
            new Figure("it_capex_usd", "IT capex", "USD", "summary/it_capex_usd"),
            new Figure("npv_usd", "NPV", "USD", "economics/npv_usd"),
            new Figure("irr", "IRR", "per year", "economics/irr"),
            new Figure("payback_years", "payback", "years", "economics/payback_years"));

    static final List<Figure> SITE = List.of(
            new Figure("demand_points_served", "demand points served", "points", "demand_points_served"),
            new Figure("accelerators", "accelerators", "accelerators", "accelerators"),
            new Figure("servers", "servers", "servers", "servers"),
            new Figure("racks", "racks", "racks", "racks"),
            new Figure("kw_per_rack", "rack density", "kW/rack", "kw_per_rack"),
            new Figure("cooling", "cooling", "", "cooling"),
            new Figure("pue", "PUE (annual)", "", "pue"),
            new Figure("it_kw", "IT load (nameplate)", "kW", "it_kw"),
            new Figure("facility_kw", "facility load", "kW", "facility_kw"),
            new Figure("capex_usd", "construction capex", "USD", "capex_usd"));

    /** Computed from every site's cash flow rather than read at one path. */
    static final Figure OPEX = new Figure("opex_usd_per_year", "opex (mean operating year)", "USD/year", "");
    static final Figure PUE = new Figure("pue", "PUE (IT-weighted)", "", "");
    /** The operating costs of a cash-flow year in plan.json (capex, revenue and residual are not opex). */
    private static final List<String> OPEX_COLUMNS = List.of("energy_usd", "maintenance_usd", "staffing_usd",
            "insurance_tax_usd", "other_opex_usd");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanComparison() {
    }

    /** One figure in both plans; a and b are numbers, text or null (absent), delta only for two numbers. */
    public record Row(String key, String label, String unit, Object a, Object b, Double delta, Double deltaPct,
                      boolean changed) {
    }

    /** @param status "both", "added" (only in b) or "removed" (only in a) */
    public record SiteRows(String siteId, String name, String status, List<Row> figures) {
    }

    public record Result(List<Row> totals, List<SiteRows> sites) {
    }

    public static Result compare(String planJsonA, String planJsonB) {
        JsonNode a = parse(planJsonA);
        JsonNode b = parse(planJsonB);
        List<Row> totals = new ArrayList<>();
        for (Figure f : TOTALS) {
            totals.add(row(f, at(a, f.path()), at(b, f.path())));
        }
        totals.add(row(OPEX, planOpexPerYear(a), planOpexPerYear(b)));
        totals.add(row(PUE, weightedPue(a), weightedPue(b)));
        Map<String, JsonNode> sitesA = sitesById(a);
        Map<String, JsonNode> sitesB = sitesById(b);
        List<SiteRows> sites = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sitesA.entrySet()) {
            JsonNode other = sitesB.get(e.getKey());
            sites.add(siteRows(e.getKey(), e.getValue(), other, other == null ? "removed" : "both"));
        }
        for (Map.Entry<String, JsonNode> e : sitesB.entrySet()) {
            if (!sitesA.containsKey(e.getKey())) {
                sites.add(siteRows(e.getKey(), null, e.getValue(), "added"));
            }
        }
        return new Result(totals, sites);
    }

    private static SiteRows siteRows(String id, JsonNode a, JsonNode b, String status) {
        List<Row> rows = new ArrayList<>();
        for (Figure f : SITE) {
            rows.add(row(f, a == null ? null : at(a, f.path()), b == null ? null : at(b, f.path())));
        }
        rows.add(row(OPEX, a == null ? null : siteOpexPerYear(a), b == null ? null : siteOpexPerYear(b)));
        JsonNode named = a != null ? a : b;
        return new SiteRows(id, named.path("name").asText(id), status, rows);
    }

    static Row row(Figure f, Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            double delta = y - x;
            boolean changed = Math.abs(delta) > RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
            return new Row(f.key(), f.label(), f.unit(), x, y, delta, x != 0 ? 100.0 * delta / Math.abs(x) : null, changed);
        }
        boolean changed = a == null ? b != null : !a.equals(b);
        return new Row(f.key(), f.label(), f.unit(), a, b, null, null, changed);
    }

    /** The value at a slash path: a Double for numbers, a String for text, null when absent or null. */
    private static Object at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("/")) {
            n = n.path(part);
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        return n.isTextual() ? n.asText() : null;
    }

    /** Σ over sites of each site's mean operating-year opex; null when no site operates within the horizon. */
    private static Double planOpexPerYear(JsonNode plan) {
        Double total = null;
        for (JsonNode site : plan.path("sites")) {
            Double opex = siteOpexPerYear(site);
            if (opex != null) {
                total = (total == null ? 0.0 : total) + opex;
            }
        }
        return total;
    }

    /** Mean opex of the site's years with IT load online (year 0 is construction only). */
    private static Double siteOpexPerYear(JsonNode site) {
        double sum = 0.0;
        int years = 0;
        for (JsonNode year : site.path("finance").path("cash_flow")) {
            if (year.path("online_it_kw").asDouble() > 0) {
                years++;
                for (String column : OPEX_COLUMNS) {
                    sum += year.path(column).asDouble();
                }
            }
        }
        return years > 0 ? sum / years : null;
    }

    /** Σ site PUE × IT kW ÷ Σ IT kW: the plan's energy-weighted PUE at nameplate load. */
    private static Double weightedPue(JsonNode plan) {
        double weighted = 0.0;
        double itKw = 0.0;
        for (JsonNode site : plan.path("sites")) {
            weighted += site.path("pue").asDouble() * site.path("it_kw").asDouble();
            itKw += site.path("it_kw").asDouble();
        }
        return itKw > 0 ? weighted / itKw : null;
    }

    private static Map<String, JsonNode> sitesById(JsonNode plan) {
        Map<String, JsonNode> sites = new LinkedHashMap<>();
        for (JsonNode site : plan.path("sites")) {
            sites.put(site.path("id").asText(), site);
        }
        return sites;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored plan.json is not JSON", e);
        }
    }
}
