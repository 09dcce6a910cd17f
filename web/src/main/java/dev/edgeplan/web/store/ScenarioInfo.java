package dev.edgeplan.web.store;

/**
 * A stored scenario's header: what the list shows.
 *
 * @param format       "yaml" or "json": how the source is written
 * @param createdAtMs  epoch milliseconds of the first revision
 * @param updatedAtMs  epoch milliseconds of the latest revision
 */
public record ScenarioInfo(String id, String name, String description, int revision, String format, long createdAtMs,
                           long updatedAtMs) {
}
