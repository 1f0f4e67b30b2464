package dev.ednag.continuous.problems;

/**
 * The step variant of the two-peak toy: 1 within distance {@code std} (strictly) of either peak of
 * {@link TwoPeakDensity}, else 1e-9, a floor above 0 so that Diffusion Evolution's weights never
 * all vanish.
 *
 * @param std the radius of each plateau
 */
public record TwoPeakStep(double std) implements TestFunction {

    /** The reference's plateau radius. */
    public static final double DEFAULT_STD = 0.5;

    /** The value off the plateaus. */
    public static final double FLOOR = 1e-9;

    public TwoPeakStep {
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("std must be positive and finite, got " + std);
        }
    }

    public TwoPeakStep() {
        this(DEFAULT_STD);
    }

    @Override
    public String name() {
        return "two-peak-step";
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        TestFunction.requireDimension(x, 2);
        for (double[] peak : TwoPeakDensity.PEAKS) {
            if (TwoPeakDensity.squaredDistance(x, peak) < std * std) {
                return 1;
            }
        }
        return FLOOR;
    }
}
