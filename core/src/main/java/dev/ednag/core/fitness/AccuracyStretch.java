package dev.ednag.core.fitness;

/**
 * EDNAG's piecewise-linear "ReScale" (spec §4.1): stretches the high-accuracy end of a 0–100 score
 * so that the estimator and selection separate near-optimal architectures.
 */
public final class AccuracyStretch {

    /** The per-space variants of spec §4.1. */
    public enum Variant {
        /** NB201 and MBV3: the table as is. */
        PLAIN,
        /** NB101, NB301: 0 when x &lt; 0.01 or x &gt; 99999. */
        ZERO_BELOW_0_01,
        /** TransNAS default tasks: 0 when x &lt; 2e-8 or x &gt; 99999. */
        ZERO_BELOW_2E_8,
        /** TransNAS room layout: every x &lt; 70 on the 50–70 segment; 0 when x ≤ 50.01 or x ≥ 99999. */
        ROOM_LAYOUT
    }

    private AccuracyStretch() {}

    public static double apply(double x, Variant variant) {
        throw new UnsupportedOperationException("TODO");
    }
}
