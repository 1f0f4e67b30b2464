package dev.ednag.neural.train;

import ai.djl.training.tracker.Tracker;

/**
 * A learning rate that falls along half a cosine from {@code initial} to 0 over {@code totalSteps}
 * steps: {@code lr_t = initial · ½(1 + cos(π t / T))} for step t = 0, 1, …, and 0 from step T on,
 * like PyTorch's {@code CosineAnnealingLR} stepped every iteration.
 *
 * <p>As a DJL {@link Tracker} it is asked with DJL's update number, which starts at 1, so update
 * {@code n} gets the rate of step {@code n - 1} and the first update uses {@code initial}. (DJL's own
 * {@code CosineTracker} would give the first update an already lowered rate.)
 */
public final class CosineLearningRate implements Tracker {

    private final double initial;
    private final int totalSteps;

    /**
     * @throws IllegalArgumentException when the rate is not positive and finite or there is no step
     */
    public CosineLearningRate(double initial, int totalSteps) {
        if (!(initial > 0) || !Double.isFinite(initial)) {
            throw new IllegalArgumentException("initial learning rate must be positive and finite, got " + initial);
        }
        if (totalSteps < 1) {
            throw new IllegalArgumentException("a cosine schedule needs at least 1 step, got " + totalSteps);
        }
        this.initial = initial;
        this.totalSteps = totalSteps;
    }

    /** The rate of zero-based {@code step}. */
    public double rateAt(int step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be 0 or more, got " + step);
        }
        if (step >= totalSteps) {
            return 0;
        }
        return initial * 0.5 * (1 + Math.cos(Math.PI * step / totalSteps));
    }

    /** The rate of DJL update {@code numUpdate} (1 for the first update). */
    @Override
    public float getNewValue(int numUpdate) {
        return (float) rateAt(Math.max(0, numUpdate - 1));
    }

    public int totalSteps() {
        return totalSteps;
    }
}
