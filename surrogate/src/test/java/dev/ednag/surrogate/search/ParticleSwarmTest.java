package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParticleSwarmTest {

    /** −‖x − c‖², maximised at c. */
    private static final double[] CENTRE = {0.3, -0.7, 0.5};

    private static void negativeDistance(double[] points, int n, double[] scores) {
        for (int p = 0; p < n; p++) {
            double s = 0;
            for (int k = 0; k < CENTRE.length; k++) {
                double d = points[p * CENTRE.length + k] - CENTRE[k];
                s -= d * d;
            }
            scores[p] = s;
        }
    }

    @Test
    void findsTheMaximumOfASmoothFunction() {
        int n = 20;
        SplittableRandom random = new SplittableRandom(3);
        double[] start = new double[n * 3];
        for (int i = 0; i < start.length; i++) {
            start[i] = 2 * random.nextDouble() - 1;
        }
        double[] lower = {-1, -1, -1};
        double[] upper = {1, 1, 1};
        ParticleSwarm.Bests bests = ParticleSwarm.standard(60)
                .maximise(start, n, lower, upper, ParticleSwarmTest::negativeDistance, random);
        double best = Double.NEGATIVE_INFINITY;
        for (double s : bests.scores()) {
            best = Math.max(best, s);
        }
        assertTrue(best > -1e-4, "best score " + best);
    }

    @Test
    void neverLeavesTheBoxAndNeverForgetsABetterPoint() {
        int n = 8;
        double[] start = new double[n * 3];
        double[] lower = {0.6, 0.6, 0.6}; // the maximum lies outside: particles press on the box
        double[] upper = {0.9, 0.9, 0.9};
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < start.length; i++) {
            start[i] = 0.6 + 0.3 * random.nextDouble();
        }
        double[] startScores = new double[n];
        negativeDistance(start, n, startScores);
        ParticleSwarm.Bests bests = ParticleSwarm.standard(30)
                .maximise(start, n, lower, upper, ParticleSwarmTest::negativeDistance, random);
        for (int i = 0; i < bests.positions().length; i++) {
            double v = bests.positions()[i];
            assertTrue(v >= 0.6 && v <= 0.9, "outside the box: " + v);
        }
        int leader = 0;
        for (int p = 0; p < n; p++) {
            assertTrue(bests.scores()[p] >= startScores[p]);
            leader = bests.scores()[p] > bests.scores()[leader] ? p : leader;
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(0.6, bests.positions()[leader * 3 + k], 1e-3, "the box's corner nearest the maximum");
        }
    }
}
