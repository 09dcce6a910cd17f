package dev.edgeplan.core.scenario;

import java.util.Optional;

/** Either "choose by rack density" (auto) or a fixed cooling technology that caps kW per rack. */
public record CoolingPreference(Optional<CoolingType> fixed) {

    public static final CoolingPreference AUTO = new CoolingPreference(Optional.empty());

    public static CoolingPreference of(CoolingType type) {
        return new CoolingPreference(Optional.of(type));
    }

    public String key() {
        return fixed.map(CoolingType::key).orElse("auto");
    }
}
