package dev.ednag.continuous.problems;

import java.util.List;

/**
 * The two-peak toy density in 2-D: exp(−‖x−μ1‖²/(2σ²)) + exp(−‖x−μ2‖²/(2σ²)) with μ1 = (−1,−1)
 * and μ2 = (1,1). Used directly as a fitness, it is about 1 at each peak.
 *
 * @param sigma the width σ of each peak
 */
public record TwoPeakDensity(double sigma) implements TestFunction {

    /** The width of the reference's README example. */
    public static final double DEFAULT_SIGMA = 0.25;

    /** μ1 and μ2, in that order. */
    public static final List<double[]> PEAKS = List.of(new double[] {-1, -1}, new double[] {1, 1});

    public TwoPeakDensity {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
    }

    public TwoPeakDensity() {
        this(DEFAULT_SIGMA);
    }

    @Override
    public String name() {
        return "two-peak";
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        TestFunction.requireDimension(x, 2);
        double sum = 0;
        for (double[] peak : PEAKS) {
            sum += Math.exp(-squaredDistance(x, peak) / (2 * sigma * sigma));
        }
        return sum;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            sum += d * d;
        }
        return sum;
    }
}
