package dev.edgeplan.io.report;

import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.io.geo.Boundaries;

import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanGeography;

import java.util.ArrayList;
import java.util.List;

/**
 * Map of a plan as inline SVG: land outlines (world countries, with US states over them when the plan lies in
 * North America), each chosen site's reach within its SLO as a great-circle disc, demand points sized by demand
 * (grey when no chosen site reaches them), candidate sites as rings and chosen sites as filled dots. Projection:
 * equirectangular scaled by cos(mid-latitude), so distances near the middle of the view are true in both axes.
 */
final class MapChart {

    static final double WIDTH = 900;
    private static final double MAX_HEIGHT = 620;
    private static final double MIN_SPAN_DEG = 2.0;
    private static final double PAD_SHARE = 0.08;
    /** Margin around the points for the sites' reach: at least this, at most the reach itself. */
    private static final double MIN_MARGIN_KM = 50.0;
    private static final double KM_PER_DEGREE = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180.0;
    private static final int CIRCLE_POINTS = 72;
    /** Outline vertices closer than this to the previous one are dropped: invisible, and they bloat the page. */
    private static final double MIN_STEP_PX = 0.8;
    private static final double[] SCALE_BAR_KM = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000};

    private MapChart() {
    }

    /** A demand point: where, how much (any unit, only relative size matters) and whether a chosen site reaches it. */
    record DemandDot(double lat, double lon, double weight, boolean reached) {
    }

    /** A candidate site. */
    record SiteDot(String id, double lat, double lon) {
    }

    /** How far a chosen site reaches within one workload's SLO. */
    record Reach(String siteId, String workloadId, double lat, double lon, double radiusKm) {
    }

    record MapData(List<DemandDot> demand, List<SiteDot> candidates, List<SiteDot> chosen, List<Reach> reach) {

        /** The plan's geography: demand sized by design-year peak requests, reach per chosen site and workload. */
        static MapData of(Plan plan) {
            List<DemandDot> demand = new ArrayList<>();
            for (PlanGeography.PointDemand d : plan.geography().demandPoints()) {
                double peak = 0;
                boolean reached = false;
                for (PlanGeography.PointWorkload w : d.workloads()) {
                    peak += w.peakRequestsPerSDesign();
                    reached |= w.siteId().isPresent();
                }
                demand.add(new DemandDot(d.point().lat(), d.point().lon(), peak, reached));
            }
            List<SiteDot> candidates = plan.geography().candidates().stream()
                    .map(c -> new SiteDot(c.id(), c.lat(), c.lon())).toList();
            List<SiteDot> chosen = plan.sites().stream().map(s -> new SiteDot(s.id(), s.lat(), s.lon())).toList();
            List<Reach> reach = new ArrayList<>();
            for (PlanGeography.SloCoverage c : plan.geography().coverage()) {
                plan.sites().stream().filter(s -> s.id().equals(c.siteId())).findFirst().ifPresent(s ->
                        reach.add(new Reach(s.id(), c.workloadId(), s.lat(), s.lon(), c.radiusKm())));
            }
            return new MapData(demand, candidates, chosen, reach);
        }
    }

    /** Longitude/latitude window and its projection onto the SVG. */
    private record View(double minLon, double maxLon, double minLat, double maxLat, double kx, double height) {

        double x(double lon) {
            return (lon - minLon) * kx;
        }

        /** A degree of latitude is 1 / cos(mid-latitude) times as long as a degree of longitude there. */
        double y(double lat) {
            return (maxLat - lat) * kx / Math.cos(Math.toRadians((minLat + maxLat) / 2));
        }
    }

    static void write(Html h, MapData data) {
        View v = view(data);
        SvgPlot.open(h, WIDTH, v.height(), "Map of demand points, candidate sites, chosen sites and their reach within SLO");
        h.open("defs");
        h.open("clipPath", "id", "map-clip");
        h.empty("rect", "x", "0", "y", "0", "width", Fmt.coord(WIDTH), "height", Fmt.coord(v.height()));
        h.close("clipPath");
        h.close("defs");
        h.open("g", "clip-path", "url(#map-clip)");
        boolean northAmerica = v.minLon() >= -180 && v.maxLon() <= -50 && v.minLat() >= 10;
        h.open("g", "class", "land");
        for (List<double[]> layer : northAmerica ? List.of(Boundaries.worldCountries(), Boundaries.usStates())
                : List.of(Boundaries.worldCountries())) {
            for (double[] ring : layer) {
                if (intersects(ring, v)) {
                    h.empty("path", "d", path(ring, v, true));
                }
            }
        }
        h.close("g");
        for (Reach r : data.reach()) {
            double[] circle = new double[CIRCLE_POINTS * 2 + 2];
            for (int i = 0; i <= CIRCLE_POINTS; i++) {
                double[] p = GreatCircle.destination(r.lat(), r.lon(), 360.0 * i / CIRCLE_POINTS, r.radiusKm());
                circle[2 * i] = unwrap(p[1], r.lon());
                circle[2 * i + 1] = p[0];
            }
            h.open("path", "class", "reach", "d", path(circle, v, false));
            h.el("title", r.siteId() + ", " + r.workloadId() + ": reach within SLO, " + Fmt.num(r.radiusKm(), 0) + " km");
            h.close("path");
        }
        double maxWeight = data.demand().stream().mapToDouble(DemandDot::weight).max().orElse(0.0);
        for (DemandDot d : data.demand()) {
            double radius = 1.5 + (maxWeight > 0 ? 9.0 * Math.sqrt(Math.max(0, d.weight()) / maxWeight) : 0.0);
            h.empty("circle", "class", d.reached() ? "demand" : "demand out", "cx", Fmt.coord(v.x(d.lon())),
                    "cy", Fmt.coord(v.y(d.lat())), "r", Fmt.coord(radius));
        }
        for (SiteDot c : data.candidates()) {
            h.open("circle", "class", "candidate", "cx", Fmt.coord(v.x(c.lon())), "cy", Fmt.coord(v.y(c.lat())), "r", "3.5");
            h.el("title", "candidate " + c.id());
            h.close("circle");
        }
        for (SiteDot c : data.chosen()) {
            double x = v.x(c.lon());
            double y = v.y(c.lat());
            h.open("circle", "class", "chosen", "cx", Fmt.coord(x), "cy", Fmt.coord(y), "r", "6");
            h.el("title", "chosen site " + c.id());
            h.close("circle");
            h.el("text", c.id(), "class", "bar-label", "x", Fmt.coord(x + 8), "y", Fmt.coord(y - 8));
        }
        h.close("g");
        scaleBar(h, v);
        h.close("svg");
    }

    private static View view(MapData data) {
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (DemandDot d : data.demand()) {
            minLon = Math.min(minLon, d.lon());
            maxLon = Math.max(maxLon, d.lon());
            minLat = Math.min(minLat, d.lat());
            maxLat = Math.max(maxLat, d.lat());
        }
        for (SiteDot c : data.candidates()) {
            minLon = Math.min(minLon, c.lon());
            maxLon = Math.max(maxLon, c.lon());
            minLat = Math.min(minLat, c.lat());
            maxLat = Math.max(maxLat, c.lat());
        }
        for (SiteDot c : data.chosen()) {
            minLon = Math.min(minLon, c.lon());
            maxLon = Math.max(maxLon, c.lon());
            minLat = Math.min(minLat, c.lat());
            maxLat = Math.max(maxLat, c.lat());
        }
        if (!Double.isFinite(minLon)) {
            minLon = -180;
            maxLon = 180;
            minLat = -60;
            maxLat = 75;
        }
        // show the reach around the sites, but never let one long reach shrink the points to a speck
        double maxReachKm = data.reach().stream().mapToDouble(Reach::radiusKm).max().orElse(0.0);
        double spanKm = GreatCircle.distanceKm(minLat, minLon, maxLat, maxLon);
        double marginDeg = Math.min(maxReachKm, Math.max(MIN_MARGIN_KM, 0.5 * spanKm)) / KM_PER_DEGREE;
        double cosMid = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double padLon = Math.max(MIN_SPAN_DEG - (maxLon - minLon), 0) / 2 + (maxLon - minLon) * PAD_SHARE
                + marginDeg / Math.max(0.1, cosMid);
        double padLat = Math.max(MIN_SPAN_DEG - (maxLat - minLat), 0) / 2 + (maxLat - minLat) * PAD_SHARE + marginDeg;
        minLon = Math.max(-180, minLon - padLon);
        maxLon = Math.min(180, maxLon + padLon);
        minLat = Math.max(-85, minLat - padLat);
        maxLat = Math.min(85, maxLat + padLat);
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double kx = WIDTH / (maxLon - minLon);
        double height = (maxLat - minLat) * kx / cos;
        if (height > MAX_HEIGHT) {
            // too tall: widen the longitude window so the map keeps its true proportions
            kx = MAX_HEIGHT * cos / (maxLat - minLat);
            double lonSpan = WIDTH / kx;
            double mid = (minLon + maxLon) / 2;
            minLon = mid - lonSpan / 2;
            maxLon = mid + lonSpan / 2;
            height = MAX_HEIGHT;
        }
        return new View(minLon, maxLon, minLat, maxLat, kx, height);
    }

    private static boolean intersects(double[] ring, View v) {
        for (int i = 0; i < ring.length; i += 2) {
            if (ring[i] >= v.minLon() - 1 && ring[i] <= v.maxLon() + 1 && ring[i + 1] >= v.minLat() - 1
                    && ring[i + 1] <= v.maxLat() + 1) {
                return true;
            }
        }
        return false;
    }

    private static String path(double[] ring, View v, boolean thin) {
        StringBuilder d = new StringBuilder();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            double x = v.x(ring[2 * i]);
            double y = v.y(ring[2 * i + 1]);
            boolean last = i == n - 1;
            if (thin && i > 0 && !last && Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                continue;
            }
            d.append(i == 0 ? "M" : "L").append(Fmt.coord(x)).append(' ').append(Fmt.coord(y));
            lastX = x;
            lastY = y;
        }
        return d.append('Z').toString();
    }

    /** Keeps a circle around a site near the antimeridian on the site's side. */
    private static double unwrap(double lon, double centerLon) {
        return lon - centerLon > 180 ? lon - 360 : lon - centerLon < -180 ? lon + 360 : lon;
    }

    /** A bar of a round length near a sixth of the width, at the map's mid-latitude. */
    private static void scaleBar(Html h, View v) {
        double kmPerPx = (v.maxLon() - v.minLon()) / WIDTH * KM_PER_DEGREE * Math.cos(Math.toRadians((v.minLat() + v.maxLat()) / 2));
        double km = SCALE_BAR_KM[0];
        for (double candidate : SCALE_BAR_KM) {
            if (candidate / kmPerPx <= WIDTH / 6) {
                km = candidate;
            }
        }
        double px = km / kmPerPx;
        double y = v.height() - 14;
        h.empty("line", "class", "base", "x1", "16", "y1", Fmt.coord(y), "x2", Fmt.coord(16 + px), "y2", Fmt.coord(y));
        h.el("text", Fmt.num(km, 0) + " km", "x", Fmt.coord(16 + px + 6), "y", Fmt.coord(y + 4));
    }
}
