package dev.ednag.continuous.problems;

/** The sphere Σ x_k² in any dimension, minimum 0 at the origin. */
public record Sphere() implements TestFunction {

    @Override
    public String name() {
        return "sphere";
    }

    @Override
    public int dim() {
        return ANY_DIMENSION;
    }

    @Override
    public double value(double[] x) {
        double sum = 0;
        for (double xk : x) {
            sum += xk * xk;
        }
        return sum;
    }
}
