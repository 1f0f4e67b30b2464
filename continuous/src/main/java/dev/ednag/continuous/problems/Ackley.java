package dev.ednag.continuous.problems;

/**
 * Ackley's function in 2-D: −20·exp(−0.2·sqrt(0.5(x₁²+x₂²))) − exp(0.5(cos 2πx₁ + cos 2πx₂)) + 20 + e.
 * The benchmarks maximise it, so its optima are the box maxima of {@link AckleyBoxMaxima}.
 */
public record Ackley() implements TestFunction {

    @Override
    public String name() {
        return "ackley";
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        TestFunction.requireDimension(x, 2);
        double radial = Math.sqrt(0.5 * (x[0] * x[0] + x[1] * x[1]));
        double waves = 0.5 * (Math.cos(2 * Math.PI * x[0]) + Math.cos(2 * Math.PI * x[1]));
        return -20 * Math.exp(-0.2 * radial) - Math.exp(waves) + 20 + Math.E;
    }
}
