package dev.ednag.continuous.peers;

import java.util.Map;

/**
 * The settings every peer shares, checked once.
 *
 * @param population  points scored per generation (N)
 * @param generations generations per run (G); a run scores at most N·G points
 * @param scaling     standard deviation s of the initial distribution N(0, s²) per coordinate
 */
record PeerBudget(int population, int generations, double scaling) {

    PeerBudget {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1, got " + population);
        }
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (!(scaling > 0) || Double.isInfinite(scaling)) {
            throw new IllegalArgumentException("scaling must be positive and finite, got " + scaling);
        }
    }

    /** The most fitness evaluations a run may spend: N·G. */
    long evaluations() {
        return (long) population * generations;
    }

    /** Puts the shared settings first in a configuration map. */
    void putInto(Map<String, Object> configuration) {
        configuration.put("population", population);
        configuration.put("generations", generations);
        configuration.put("scaling", scaling);
    }
}
