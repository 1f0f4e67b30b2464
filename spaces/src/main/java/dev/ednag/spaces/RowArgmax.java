package dev.ednag.spaces;

/**
 * The argmax of a run of genome values with numpy's rules, which the reference decoders rely on:
 * ties go to the first position and a NaN counts as the maximum (the first NaN wins). Argmax
 * decoders call it once per categorical decision, so it allocates nothing.
 */
public final class RowArgmax {

    private RowArgmax() {
    }

    /**
     * The position (0 ≤ p &lt; {@code width}) of the largest of {@code values[start .. start + width)}.
     *
     * @throws IllegalArgumentException when {@code width} is not positive
     */
    public static int of(double[] values, int start, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("argmax needs at least one value, got width " + width);
        }
        double best = values[start];
        if (Double.isNaN(best)) {
            return 0;
        }
        int bestPosition = 0;
        for (int p = 1; p < width; p++) {
            double v = values[start + p];
            if (Double.isNaN(v)) {
                return p;
            }
            if (v > best) { // strict: ties keep the first position
                best = v;
                bestPosition = p;
            }
        }
        return bestPosition;
    }
}
