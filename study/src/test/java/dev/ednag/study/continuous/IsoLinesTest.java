package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IsoLinesTest {

    @Test
    void aRampGivesOneStraightLineAtTheLevel() {
        // z = column on a 4 × 5 grid: the level 2.5 is the vertical line x = 2.5.
        double[][] z = new double[4][5];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                z[r][c] = c;
            }
        }
        List<double[]> segments = IsoLines.segments(z, 2.5);
        assertEquals(3, segments.size(), "one segment per row of cells");
        for (double[] s : segments) {
            assertEquals(2.5, s[0], 1e-12);
            assertEquals(2.5, s[2], 1e-12);
            assertEquals(1, Math.abs(s[3] - s[1]), 1e-12);
        }
    }

    @Test
    void aPeakIsEnclosedByPointsAtTheLevel() {
        int n = 21;
        double[][] z = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                z[r][c] = -Math.hypot(c - 10, r - 10);
            }
        }
        List<double[]> segments = IsoLines.segments(z, -5);
        assertTrue(segments.size() >= 16, "a closed ring of segments, got " + segments.size());
        for (double[] s : segments) {
            assertEquals(5, Math.hypot(s[0] - 10, s[1] - 10), 0.1);
            assertEquals(5, Math.hypot(s[2] - 10, s[3] - 10), 0.1);
        }
    }

    @Test
    void cellsWithAnUndefinedCornerAreSkippedAndFlatGridsHaveNoLines() {
        double[][] z = {{0, 1, 1}, {0, Double.NaN, 1}};
        assertTrue(IsoLines.segments(z, 0.5).isEmpty());
        assertTrue(IsoLines.segments(new double[][] {{2, 2}, {2, 2}}, 1).isEmpty());
    }

    @Test
    void saddlesFollowTheCentre() {
        // High corners on one diagonal; a high centre joins them, so each low corner is cut off.
        double[][] high = {{1, 0}, {0, 1}};
        double[][] low = {{0.6, 0}, {0, 0.6}};
        List<double[]> joined = IsoLines.segments(high, 0.4);
        List<double[]> split = IsoLines.segments(low, 0.4);
        assertEquals(2, joined.size());
        assertEquals(2, split.size());
        // Joined: the segments cut off (1, 0) and (0, 1); split: they cut off (0, 0) and (1, 1).
        assertTrue(joined.stream().anyMatch(s -> s[0] > 0.5 && s[3] < 0.5 && s[2] == 1));
        assertTrue(split.stream().anyMatch(s -> s[0] == 0 && s[3] == 0));
    }
}
