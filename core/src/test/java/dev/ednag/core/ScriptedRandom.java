package dev.ednag.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * A RandomGenerator for tests: {@code nextDouble()} returns scripted values in order and
 * {@code nextGaussian()} comes from a supplier; it counts both, and fails on anything else.
 */
public final class ScriptedRandom implements RandomGenerator {

    private final Deque<Double> doubles = new ArrayDeque<>();
    private final DoubleSupplier gaussians;
    private int doubleCalls;
    private int gaussianCalls;

    public ScriptedRandom(DoubleSupplier gaussians, double... doubles) {
        this.gaussians = gaussians;
        for (double d : doubles) {
            this.doubles.add(d);
        }
    }

    /** Scripted uniforms only; any Gaussian draw fails. */
    public static ScriptedRandom uniforms(double... doubles) {
        return new ScriptedRandom(() -> {
            throw new AssertionError("unexpected nextGaussian()");
        }, doubles);
    }

    /** Gaussians from the supplier only; any uniform draw fails. */
    public static ScriptedRandom gaussians(DoubleSupplier gaussians) {
        return new ScriptedRandom(gaussians);
    }

    @Override
    public double nextDouble() {
        doubleCalls++;
        Double d = doubles.poll();
        if (d == null) {
            throw new AssertionError("script exhausted after " + (doubleCalls - 1) + " uniform draws");
        }
        return d;
    }

    @Override
    public double nextGaussian() {
        gaussianCalls++;
        return gaussians.getAsDouble();
    }

    @Override
    public long nextLong() {
        throw new AssertionError("unexpected nextLong()");
    }

    public int doubleCalls() {
        return doubleCalls;
    }

    public int gaussianCalls() {
        return gaussianCalls;
    }

    /** Scripted uniforms not yet consumed. */
    public int remaining() {
        return doubles.size();
    }
}
