package dev.edgeplan.core;

/**
 * A valid scenario that no plan can satisfy. {@code bindingConstraint} names the limit that binds
 * (e.g. {@code sites[dfw-1].power_available_mw}) so a user knows what to relax.
 */
public final class InfeasibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String bindingConstraint;

    public InfeasibleException(String bindingConstraint, String message) {
        super(message);
        this.bindingConstraint = bindingConstraint;
    }

    public String bindingConstraint() {
        return bindingConstraint;
    }
}
