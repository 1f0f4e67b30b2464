package dev.ednag.continuous.problems;

/** Himmelblau's function in 2-D: (x₁² + x₂ − 11)² + (x₁ + x₂² − 7)², four minima of value 0. */
public record Himmelblau() implements TestFunction {

    @Override
    public String name() {
        return "himmelblau";
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        TestFunction.requireDimension(x, 2);
        double a = x[0] * x[0] + x[1] - 11;
        double b = x[0] + x[1] * x[1] - 7;
        return a * a + b * b;
    }
}
