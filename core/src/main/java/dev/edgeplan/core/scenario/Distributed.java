package dev.edgeplan.core.scenario;

/**
 * Geometry of distributed (block) redundancy: {@code systems} independent power blocks — each with its own
 * transformer, generator, switchboard, UPS and PDUs — feeding dual-corded IT through static transfer, of which any
 * {@code needed} carry the whole load ("4-make-3"). Schneider WP 75 names this configuration "distributed
 * redundant"; the research note (facility.md §2.1) describes it as k-out-of-n blocks with static transfer and gives
 * 4-to-make-3 as the example.
 *
 * @param systems independent blocks installed (n)
 * @param needed  blocks that carry the load (k), 1 ≤ k &lt; n
 */
public record Distributed(int systems, int needed) {

    /** 4-make-3: the example of shared/research/facility.md §2.1 [R]. */
    public static final Distributed FOUR_MAKE_THREE = new Distributed(4, 3);

    /** Most blocks a scenario may ask for. */
    public static final int MAX_SYSTEMS = 8;

    public Distributed {
        if (needed < 1 || systems <= needed || systems > MAX_SYSTEMS) {
            throw new IllegalArgumentException("distributed redundancy needs 1 <= needed < systems <= " + MAX_SYSTEMS
                    + ", got " + needed + " of " + systems);
        }
    }

    /** "4/3": blocks installed over blocks needed. */
    public String key() {
        return systems + "/" + needed;
    }
}
