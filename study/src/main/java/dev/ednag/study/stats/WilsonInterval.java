package dev.ednag.study.stats;

/**
 * The Wilson score 95% interval of a proportion. Unlike the textbook p ± z·√(p(1−p)/n) it stays
 * inside [0, 1] and does not collapse to a point at 0/n or n/n, which matters for hit rates.
 *
 * @param hits  successes
 * @param n     trials
 * @param lower lower end (0 when n = 0)
 * @param upper upper end (1 when n = 0: nothing is known)
 */
public record WilsonInterval(long hits, long n, double lower, double upper) {

    /** z_{0.975}. */
    public static final double Z = 1.959964;

    public static WilsonInterval of(long hits, long n) {
        if (n < 0 || hits < 0 || hits > n) {
            throw new IllegalArgumentException("need 0 <= hits <= n, got " + hits + "/" + n);
        }
        if (n == 0) {
            return new WilsonInterval(0, 0, 0.0, 1.0);
        }
        double p = (double) hits / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // At 0/n and n/n the end is exactly 0 or 1; computed, it can miss by the last bit.
        double lower = hits == 0 ? 0.0 : centre - half;
        double upper = hits == n ? 1.0 : centre + half;
        return new WilsonInterval(hits, n, lower, upper);
    }

    /** hits / n; NaN when n = 0. */
    public double proportion() {
        return n == 0 ? Double.NaN : (double) hits / n;
    }
}
