package dev.ednag.core.fitness;

import dev.ednag.core.eval.Goal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rescaled fitness f = ReScale(factor·raw) of spec §4.1. The per-task factors push each task's
 * best raw score to about 95–100, where {@link AccuracyStretch} is steepest.
 *
 * <p>NAS-Bench-201 benchmark factors: cifar10 {@value #NB201_CIFAR10_FACTOR}, cifar100
 * {@value #NB201_CIFAR100_FACTOR}, ImageNet16-120 {@value #NB201_IMAGENET16_FACTOR}, all with the
 * {@link AccuracyStretch.Variant#PLAIN} table. NAS-Bench-101 and -301 use
 * {@value #NB101_NB301_FACTOR} with {@link AccuracyStretch.Variant#ZERO_BELOW_0_01}.
 *
 * @param factor  multiplies the raw value before the stretch
 * @param variant the per-space variant of the stretch
 */
public record ScaledStretch(double factor, AccuracyStretch.Variant variant) implements FitnessTransform {

    /** NB201 cifar10 (test accuracy, split ori-test). */
    public static final double NB201_CIFAR10_FACTOR = 1.0;
    /** NB201 cifar100 (split x-test). */
    public static final double NB201_CIFAR100_FACTOR = 1.2;
    /** NB201 ImageNet16-120 (split x-test). */
    public static final double NB201_IMAGENET16_FACTOR = 2.0;
    /** NB101 and NB301. */
    public static final double NB101_NB301_FACTOR = 1.05;

    public ScaledStretch {
        Objects.requireNonNull(variant, "variant");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("fitness factor must be positive, got " + factor);
        }
    }

    /** NB201 cifar10: factor 1.0, plain table. */
    public static ScaledStretch nb201Cifar10() {
        return new ScaledStretch(NB201_CIFAR10_FACTOR, AccuracyStretch.Variant.PLAIN);
    }

    /** NB201 cifar100: factor 1.2, plain table. */
    public static ScaledStretch nb201Cifar100() {
        return new ScaledStretch(NB201_CIFAR100_FACTOR, AccuracyStretch.Variant.PLAIN);
    }

    /** NB201 ImageNet16-120: factor 2.0, plain table. */
    public static ScaledStretch nb201ImageNet16() {
        return new ScaledStretch(NB201_IMAGENET16_FACTOR, AccuracyStretch.Variant.PLAIN);
    }

    /** NB101 and NB301: factor 1.05, zero below 0.01. */
    public static ScaledStretch nb101Nb301() {
        return new ScaledStretch(NB101_NB301_FACTOR, AccuracyStretch.Variant.ZERO_BELOW_0_01);
    }

    /** Accuracy-like metrics: larger is better. */
    @Override
    public Goal goal() {
        return Goal.MAXIMIZE;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fitnessFactor", factor);
        m.put("fitnessStretch", variant.name());
        return m;
    }

    /** ReScale(factor·raw). */
    @Override
    public double apply(double raw) {
        return AccuracyStretch.apply(factor * raw, variant);
    }

    /** {@link #apply(double)} of every value, into a new array. */
    public double[] applyAll(double[] raw) {
        double[] f = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            f[i] = apply(raw[i]);
        }
        return f;
    }
}
