package dev.ednag.core.evolution;

import java.util.function.DoubleSupplier;

/**
 * The roulette wheel of spec §5.3.5, on h_i = f_i·(1 + div_i) min–max scaled to
 * nf_i = 0.9·(h_i − min h)/(max h − min h) + 0.1 ∈ [0.1, 1], sampling without replacement.
 *
 * <p>{@link RouletteMode#FORWARD_SCAN} is the reference: cumulative sums c over ALL indices,
 * excluded ones included; for each pick draw r and scan j = 0, 1, … skipping excluded and already
 * selected indices, taking the first j with r ≤ c_j; when none qualifies, draw again. An excluded
 * index's mass therefore flows to the next eligible index, and mass after the last eligible index
 * causes a redraw. Safety cap: after {@value #MAX_REDRAWS} consecutive fruitless draws for one pick
 * the first eligible index is taken (with count ≤ eligible this is practically unreachable; the
 * reference relies on a wall-clock timeout instead).
 *
 * <p>{@link RouletteMode#RENORMALISED} draws each pick proportionally to nf among the still-eligible
 * indices (not the reference).
 *
 * <p>Uniform numbers in [0, 1) come from a {@link DoubleSupplier} so tests can script them.
 */
public final class RouletteSelection {

    /** Fruitless draws for one pick after which the first eligible index is taken. */
    public static final int MAX_REDRAWS = 100_000;

    private RouletteSelection() {}

    /**
     * The normalised weights nf_i of spec §5.3.5; all 1 when every h_i is equal (the reference would
     * divide by zero).
     */
    public static double[] weights(double[] fitness, double[] diversity) {
        int n = fitness.length;
        if (diversity.length != n) {
            throw new IllegalArgumentException("fitness and diversity differ in length: " + n + " vs " + diversity.length);
        }
        double[] h = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            h[i] = fitness[i] * (1.0 + diversity[i]);
            min = Math.min(min, h[i]);
            max = Math.max(max, h[i]);
        }
        double span = max - min;
        for (int i = 0; i < n; i++) {
            h[i] = span == 0.0 ? 1.0 : 0.9 * (h[i] - min) / span + 0.1;
        }
        return h;
    }

    /** The cumulative sums c_i = q_0 + … + q_i of q = weights / Σ weights, over all indices. */
    public static double[] cumulative(double[] weights) {
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        double[] c = new double[weights.length];
        double running = 0.0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            c[i] = running;
        }
        return c;
    }

    /**
     * Picks {@code count} distinct indices, none of them excluded, in pick order.
     *
     * @param excluded flags per index (E ∪ Dv in the reference), or {@code null} for none
     * @param uniform  uniform numbers in [0, 1)
     */
    public static int[] select(double[] fitness, double[] diversity, boolean[] excluded, int count,
            RouletteMode mode, DoubleSupplier uniform) {
        double[] nf = weights(fitness, diversity);
        return mode == RouletteMode.RENORMALISED
                ? renormalised(nf, excluded, count, uniform)
                : forwardScan(nf, excluded, count, uniform);
    }

    /** The reference forward scan over the weights nf (see the class comment). */
    public static int[] forwardScan(double[] weights, boolean[] excluded, int count, DoubleSupplier uniform) {
        boolean[] taken = eligibility(weights.length, excluded, count);
        double[] c = cumulative(weights);
        int[] picked = new int[count];
        for (int p = 0; p < count; p++) {
            int j = scan(c, taken, uniform);
            taken[j] = true;
            picked[p] = j;
        }
        return picked;
    }

    /** Picks proportionally to the weights among the indices neither excluded nor already picked. */
    public static int[] renormalised(double[] weights, boolean[] excluded, int count, DoubleSupplier uniform) {
        boolean[] taken = eligibility(weights.length, excluded, count);
        int[] picked = new int[count];
        for (int p = 0; p < count; p++) {
            double total = 0.0;
            int lastEligible = -1;
            for (int j = 0; j < weights.length; j++) {
                if (!taken[j]) {
                    total += weights[j];
                    lastEligible = j;
                }
            }
            double r = uniform.getAsDouble() * total;
            int choice = lastEligible; // covers rounding when r lands on the running total's end
            double running = 0.0;
            for (int j = 0; j < weights.length; j++) {
                if (!taken[j]) {
                    running += weights[j];
                    if (r < running) {
                        choice = j;
                        break;
                    }
                }
            }
            taken[choice] = true;
            picked[p] = choice;
        }
        return picked;
    }

    /** One forward-scan pick: redraw until some eligible j has r ≤ c_j, up to the safety cap. */
    private static int scan(double[] c, boolean[] taken, DoubleSupplier uniform) {
        for (int draw = 0; draw < MAX_REDRAWS; draw++) {
            double r = uniform.getAsDouble();
            for (int j = 0; j < c.length; j++) {
                if (!taken[j] && r <= c[j]) {
                    return j;
                }
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                return j;
            }
        }
        throw new IllegalStateException("no eligible index left");
    }

    /** A fresh "taken" mask (copy of {@code excluded}) after checking that {@code count} picks exist. */
    private static boolean[] eligibility(int n, boolean[] excluded, int count) {
        if (excluded != null && excluded.length != n) {
            throw new IllegalArgumentException("excluded has length " + excluded.length + ", expected " + n);
        }
        boolean[] taken = excluded == null ? new boolean[n] : excluded.clone();
        int eligible = 0;
        for (boolean t : taken) {
            if (!t) {
                eligible++;
            }
        }
        if (count < 0 || count > eligible) {
            throw new IllegalArgumentException("cannot pick " + count + " from " + eligible + " eligible indices");
        }
        return taken;
    }
}
