package dev.edgeplan.core.catalog;

/**
 * A server that carries accelerators.
 *
 * @param acceleratorsPerServer accelerators in one server
 * @param nameplateKw           maximum (PSU-limited) input power, kW: what the power chain is designed for
 * @param loadFraction          measured power under full inference load ÷ nameplate (expected draw)
 * @param rackUnits             height in rack units
 * @param liquidCooled          true when the server needs direct-to-chip liquid cooling
 * @param rackScale             true for rack-scale systems (GB200/GB300 NVL72): one "server" fills one rack
 */
public record ServerModel(String id, String name, String acceleratorId, int acceleratorsPerServer,
                          double nameplateKw, double loadFraction, int rackUnits, boolean liquidCooled,
                          boolean rackScale, String source) {

    /** Expected draw at full inference load, kW. */
    public double loadedKw() {
        return nameplateKw * loadFraction;
    }
}
