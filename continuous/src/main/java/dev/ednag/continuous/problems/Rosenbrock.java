package dev.ednag.continuous.problems;

/** Rosenbrock's valley in any dimension: Σ_{k<d} (1 − x_k)² + 100(x_{k+1} − x_k²)², minimum 0 at (1,…,1). */
public record Rosenbrock() implements TestFunction {

    @Override
    public String name() {
        return "rosenbrock";
    }

    @Override
    public int dim() {
        return ANY_DIMENSION;
    }

    @Override
    public double value(double[] x) {
        double sum = 0;
        for (int k = 0; k + 1 < x.length; k++) {
            double a = 1 - x[k];
            double b = x[k + 1] - x[k] * x[k];
            sum += a * a + 100 * b * b;
        }
        return sum;
    }
}
