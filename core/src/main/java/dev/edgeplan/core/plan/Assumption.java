package dev.edgeplan.core.plan;

/** A number the plan rests on, with its unit and public source, so a reader can challenge it. */
public record Assumption(String key, double value, String unit, String source) {
}
