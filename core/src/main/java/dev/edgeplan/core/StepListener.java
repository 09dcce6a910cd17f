package dev.edgeplan.core;

/** Told how far a long computation has come: {@code done} of {@code total} units, on the computing thread. */
@FunctionalInterface
public interface StepListener {

    StepListener NONE = (done, total) -> { };

    void step(long done, long total);
}
