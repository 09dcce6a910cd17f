package dev.edgeplan.io.geo;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bundled outlines for report maps, decoded from TopoJSON: US states (us-atlas 3.0.1, 1:10m, Census Bureau
 * cartographic boundaries) and world countries (world-atlas 2.0.2, 1:110m, Natural Earth); ISC licence, see NOTICE.
 * A ring is a {@code double[]} of interleaved longitude, latitude in degrees.
 */
public final class Boundaries {

    private static final int MAX_FILE_CODE_POINTS = 4_000_000;

    private Boundaries() {
    }

    /** Rings of the 50 states, DC and Puerto Rico. */
    public static List<double[]> usStates() {
        return Holder.US_STATES;
    }

    /** Rings of the world's countries. */
    public static List<double[]> worldCountries() {
        return Holder.WORLD;
    }

    /** Decoded once, on first use. */
    private static final class Holder {
        static final List<double[]> US_STATES = rings("/geo/states-10m.json", "states");
        static final List<double[]> WORLD = rings("/geo/countries-110m.json", "countries");
    }

    static List<double[]> rings(String resource, String object) {
        try (InputStream in = Boundaries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return decode(json, object);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * TopoJSON → rings: arcs are delta-encoded quantized positions (x += dx, y += dy, then scale and translate);
     * a ring lists arc indices, {@code ~i} (= −i − 1) meaning arc i reversed; consecutive arcs share an end point.
     */
    @SuppressWarnings("unchecked")
    static List<double[]> decode(String json, String object) {
        Map<String, Object> topology = (Map<String, Object>) new Load(LoadSettings.builder()
                .setCodePointLimit(MAX_FILE_CODE_POINTS).build()).loadFromString(json);
        Map<String, Object> transform = (Map<String, Object>) topology.get("transform");
        double[] scale = {1, 1};
        double[] translate = {0, 0};
        if (transform != null) {
            List<Number> s = (List<Number>) transform.get("scale");
            List<Number> t = (List<Number>) transform.get("translate");
            scale = new double[] {s.get(0).doubleValue(), s.get(1).doubleValue()};
            translate = new double[] {t.get(0).doubleValue(), t.get(1).doubleValue()};
        }
        List<List<List<Number>>> rawArcs = (List<List<List<Number>>>) topology.get("arcs");
        List<double[]> arcs = new ArrayList<>(rawArcs.size());
        for (List<List<Number>> raw : rawArcs) {
            double[] arc = new double[raw.size() * 2];
            double x = 0;
            double y = 0;
            for (int i = 0; i < raw.size(); i++) {
                double px = raw.get(i).get(0).doubleValue();
                double py = raw.get(i).get(1).doubleValue();
                if (transform != null) {
                    x += px;
                    y += py;
                } else {
                    x = px;
                    y = py;
                }
                arc[2 * i] = x * scale[0] + translate[0];
                arc[2 * i + 1] = y * scale[1] + translate[1];
            }
            arcs.add(arc);
        }
        Map<String, Object> objects = (Map<String, Object>) topology.get("objects");
        Map<String, Object> collection = (Map<String, Object>) objects.get(object);
        List<double[]> rings = new ArrayList<>();
        for (Map<String, Object> geometry : (List<Map<String, Object>>) collection.get("geometries")) {
            String type = (String) geometry.get("type");
            List<Object> polygons = "Polygon".equals(type) ? List.of(geometry.get("arcs"))
                    : "MultiPolygon".equals(type) ? (List<Object>) geometry.get("arcs") : List.of();
            for (Object polygon : polygons) {
                for (List<Number> ring : (List<List<Number>>) polygon) {
                    rings.add(ring(ring, arcs));
                }
            }
        }
        return List.copyOf(rings);
    }

    private static double[] ring(List<Number> arcIndices, List<double[]> arcs) {
        int points = 0;
        for (Number n : arcIndices) {
            points += arcs.get(index(n.intValue())).length / 2 - 1;
        }
        double[] out = new double[(points + 1) * 2];
        int k = 0;
        for (int a = 0; a < arcIndices.size(); a++) {
            int i = arcIndices.get(a).intValue();
            double[] arc = arcs.get(index(i));
            int n = arc.length / 2;
            for (int p = a == 0 ? 0 : 1; p < n; p++) {
                int src = i >= 0 ? p : n - 1 - p;
                out[k++] = arc[2 * src];
                out[k++] = arc[2 * src + 1];
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    private static int index(int i) {
        return i >= 0 ? i : ~i;
    }
}
