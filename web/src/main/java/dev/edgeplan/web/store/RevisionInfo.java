package dev.edgeplan.web.store;

/** One saved revision of a scenario; {@code source} is null in listings. */
public record RevisionInfo(int revision, String format, long createdAtMs, int sizeBytes, String source) {
}
