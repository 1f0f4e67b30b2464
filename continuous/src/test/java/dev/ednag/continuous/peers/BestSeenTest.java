package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BestSeenTest {

    @Test
    void keepsTheFittestAcrossBatchesWithEarlierOffersWinningTies() {
        BestSeen best = new BestSeen(3);
        best.offer(new double[][] {{1}, {2}}, new double[] {0.5, 0.1});
        best.offer(new double[][] {{3}, {4}, {5}}, new double[] {0.5, 0.9, 0.2});
        assertArrayEquals(new double[] {0.9, 0.5, 0.5}, best.fitness());
        double[][] points = best.points();
        assertEquals(4, points[0][0]);
        assertEquals(1, points[1][0]);
        assertEquals(3, points[2][0]);
    }

    @Test
    void holdsFewerWhileFewerWereOffered() {
        BestSeen best = new BestSeen(5);
        best.offer(new double[][] {{1}, {2}}, new double[] {-3, 4});
        assertArrayEquals(new double[] {4, -3}, best.fitness());
    }
}
