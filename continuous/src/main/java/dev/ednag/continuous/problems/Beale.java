package dev.ednag.continuous.problems;

/** Beale's function in 2-D, minimum 0 at (3, 0.5). */
public record Beale() implements TestFunction {

    @Override
    public String name() {
        return "beale";
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        TestFunction.requireDimension(x, 2);
        double x1 = x[0];
        double x2 = x[1];
        double a = 1.5 - x1 + x1 * x2;
        double b = 2.25 - x1 + x1 * x2 * x2;
        double c = 2.625 - x1 + x1 * x2 * x2 * x2;
        return a * a + b * b + c * c;
    }
}
