package dev.ednag.continuous.problems;

/**
 * Rastrigin's function in any dimension: A·d + Σ_k (x_k² − A·cos(2πx_k)) with A = 10. The
 * benchmarks maximise it, so its optima are the box corners of {@link RastriginCorners}.
 */
public record Rastrigin() implements TestFunction {

    /** The amplitude A of the cosine term. */
    public static final double A = 10;

    @Override
    public String name() {
        return "rastrigin";
    }

    @Override
    public int dim() {
        return ANY_DIMENSION;
    }

    @Override
    public double value(double[] x) {
        double sum = A * x.length;
        for (double xk : x) {
            sum += xk * xk - A * Math.cos(2 * Math.PI * xk);
        }
        return sum;
    }
}
