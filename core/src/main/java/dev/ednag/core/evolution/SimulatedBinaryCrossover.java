package dev.ednag.core.evolution;

import java.util.random.RandomGenerator;

/**
 * Simulated binary crossover of consecutive pairs (spec §5.2). Defined in the reference but never
 * called there, so EDNAG configurations have it off (rate 0) by default.
 */
public final class SimulatedBinaryCrossover {

    private final double rate;
    private final double eta;

    public SimulatedBinaryCrossover(double rate, double eta) {
        this.rate = rate;
        this.eta = eta;
    }

    /**
     * Recombines pairs (0,1), (2,3), … of the population in place (no normalisation; the reference
     * normalises afterwards, so the caller does). An odd last individual is left alone.
     *
     * <p>Per pair the rate is checked twice, as in the reference: draw r₁ and continue only when
     * r₁ ≤ rate, then draw r₂ and continue only when r₂ ≤ rate; then draw one v for the pair:
     * β = (2v)^(1/(1+η)) if v ≤ 0.5, else (1/(2 − 2v))^(1/(1+η)); the children are
     * ½(p+q) − ½β(q−p) and ½(p+q) + ½β(q−p).
     */
    public void apply(double[] x, int count, int dim, RandomGenerator random) {
        if (count < 0 || dim < 0 || x.length < count * dim) {
            throw new IllegalArgumentException("array shorter than " + count + "×" + dim);
        }
        double root = 1.0 / (1.0 + eta);
        for (int pair = 0; pair + 1 < count; pair += 2) {
            if (random.nextDouble() > rate || random.nextDouble() > rate) {
                continue;
            }
            double v = random.nextDouble();
            double beta = v <= 0.5 ? Math.pow(2 * v, root) : Math.pow(1 / (2 - 2 * v), root);
            int p = pair * dim;
            int q = (pair + 1) * dim;
            for (int k = 0; k < dim; k++) {
                double a = x[p + k];
                double b = x[q + k];
                double mid = 0.5 * (a + b);
                double spread = 0.5 * beta * (b - a);
                x[p + k] = mid - spread;
                x[q + k] = mid + spread;
            }
        }
    }
}
