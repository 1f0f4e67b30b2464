package dev.ednag.surrogate.search;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Particle swarm optimisation with Clerc and Kennedy's constriction constants (inertia w = 0.7298,
 * c₁ = c₂ = 1.49618), maximising a function of points in a box of R^d that is evaluated a whole swarm
 * at a time (one batched surrogate prediction per iteration). Velocities are clamped to the box's
 * width and positions to the box, so a particle never flies off where no cell lies.
 *
 * @param iterations   moves of the swarm after its start
 * @param inertia      w
 * @param cognitive    c₁, the pull toward a particle's own best
 * @param social       c₂, the pull toward the swarm's best
 */
record ParticleSwarm(int iterations, double inertia, double cognitive, double social) {

    /** The constriction constants (Clerc and Kennedy 2002), the standard setting. */
    static final double INERTIA = 0.7298;
    static final double ACCELERATION = 1.49618;

    ParticleSwarm {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be ≥ 0, got " + iterations);
        }
    }

    static ParticleSwarm standard(int iterations) {
        return new ParticleSwarm(iterations, INERTIA, ACCELERATION, ACCELERATION);
    }

    /** Scores {@code n} points of {@code points} (row-major, width d) into {@code scores[0..n)}. */
    interface BatchScore {
        void score(double[] points, int n, double[] scores);
    }

    /** Each particle's best position and its score, the swarm's result. */
    record Bests(double[] positions, double[] scores, int n, int d) {
    }

    /**
     * Flies a swarm from {@code start} (n points of width d, row-major; not changed).
     *
     * @param lower the box's lower corner (d values)
     * @param upper the box's upper corner
     */
    Bests maximise(double[] start, int n, double[] lower, double[] upper, BatchScore function, RandomGenerator random) {
        Objects.requireNonNull(function, "function");
        int d = lower.length;
        double[] position = start.clone();
        double[] velocity = new double[n * d];
        double[] best = start.clone();
        double[] bestScore = new double[n];
        double[] score = new double[n];
        function.score(position, n, bestScore);
        int leader = argmax(bestScore);
        for (int it = 0; it < iterations; it++) {
            for (int p = 0; p < n; p++) {
                for (int k = 0; k < d; k++) {
                    int i = p * d + k;
                    double width = upper[k] - lower[k];
                    double v = inertia * velocity[i]
                            + cognitive * random.nextDouble() * (best[i] - position[i])
                            + social * random.nextDouble() * (best[leader * d + k] - position[i]);
                    v = Math.max(-width, Math.min(width, v));
                    velocity[i] = v;
                    position[i] = Math.max(lower[k], Math.min(upper[k], position[i] + v));
                }
            }
            function.score(position, n, score);
            for (int p = 0; p < n; p++) {
                if (score[p] > bestScore[p]) {
                    bestScore[p] = score[p];
                    System.arraycopy(position, p * d, best, p * d, d);
                }
            }
            leader = argmax(bestScore);
        }
        return new Bests(best, bestScore, n, d);
    }

    private static int argmax(double[] values) {
        int at = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[at]) {
                at = i;
            }
        }
        return at;
    }
}
