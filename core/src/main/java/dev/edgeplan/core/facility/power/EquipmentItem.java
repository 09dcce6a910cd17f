package dev.edgeplan.core.facility.power;

import java.util.Objects;

/**
 * One line of a site's equipment list: {@code count} units of {@code kind}, each rated {@code rating} {@code unit}.
 * The commissioning plan derives its tests from this list.
 */
public record EquipmentItem(String kind, int count, double rating, String unit) {

    public EquipmentItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (count < 0) {
            throw new IllegalArgumentException(kind + ": negative count");
        }
    }
}
