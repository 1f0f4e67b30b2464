package dev.ednag.core.fitness;

/**
 * EDNAG's piecewise-linear "ReScale" (spec §4.1): stretches the high-accuracy end of a 0–100 score
 * so that the estimator and selection separate near-optimal architectures. Continuous and
 * increasing; breakpoints r(30)=3, r(50)=23, r(70)=63, r(75)=78, r(80)=103, r(85)=153, r(90)=303,
 * r(95)=503.
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

    private static final double UPPER_CUTOFF = 99999.0;

    private AccuracyStretch() {}

    /** r(x) for the given variant; NaN stays NaN. */
    public static double apply(double x, Variant variant) {
        switch (variant) {
            case PLAIN:
                return table(x);
            case ZERO_BELOW_0_01:
                return x < 0.01 || x > UPPER_CUTOFF ? 0.0 : table(x);
            case ZERO_BELOW_2E_8:
                return x < 2e-8 || x > UPPER_CUTOFF ? 0.0 : table(x);
            case ROOM_LAYOUT:
                if (x <= 50.01 || x >= UPPER_CUTOFF) {
                    return 0.0;
                }
                // The 50–70 segment is extended downwards, below 50 (spec §4.1).
                return x < 70 ? 23 + 2 * (x - 50) : table(x);
            default:
                throw new IllegalArgumentException("unknown variant " + variant);
        }
    }

    /** The plain table of spec §4.1. */
    private static double table(double x) {
        if (x < 30) {
            return 0.1 * x;
        }
        if (x < 50) {
            return 3 + (x - 30);
        }
        if (x < 70) {
            return 23 + 2 * (x - 50);
        }
        if (x < 75) {
            return 63 + 3 * (x - 70);
        }
        if (x < 80) {
            return 78 + 5 * (x - 75);
        }
        if (x < 85) {
            return 103 + 10 * (x - 80);
        }
        if (x < 90) {
            return 153 + 30 * (x - 85);
        }
        if (x < 95) {
            return 303 + 40 * (x - 90);
        }
        return 503 + 50 * (x - 95);
    }
}
