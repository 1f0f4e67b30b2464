package dev.ednag.study.continuous;

import java.awt.Color;

/**
 * A viridis-like colour map: dark purple for low values through teal to yellow for high ones.
 * Perceptually ordered and readable in grey scale and by colour-blind readers, unlike a rainbow,
 * so brightness alone tells where the landscape is high. Interpolates linearly between ten
 * published samples of viridis.
 */
public final class ViridisMap {

    // Viridis sampled at 0, 1/9, ..., 1.
    private static final int[] ANCHORS = {
        0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725,
    };

    private ViridisMap() {}

    /** The colour at {@code t} in [0, 1] as packed RGB; values outside are clamped, NaN gives 0. */
    public static int rgb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (ANCHORS.length - 1);
        int lower = Math.min((int) position, ANCHORS.length - 2);
        double f = position - lower;
        int a = ANCHORS[lower];
        int b = ANCHORS[lower + 1];
        return (mix(a >> 16, b >> 16, f) << 16) | (mix(a >> 8, b >> 8, f) << 8) | mix(a, b, f);
    }

    /** {@link #rgb} as a colour. */
    public static Color color(double t) {
        return new Color(rgb(t));
    }

    private static int mix(int a, int b, double f) {
        int ca = a & 0xFF;
        int cb = b & 0xFF;
        return (int) Math.round(ca + (cb - ca) * f);
    }
}
