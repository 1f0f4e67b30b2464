package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.study.AnytimePoint;
import dev.ednag.study.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnytimeCurveTest {

    // t_{0.975, 1}, from tables.
    private static final double T1 = 12.7062047;

    /** Run A improves at queries 1 and 3 and stops at 5; run B starts at query 2, improves at 4, stops at 4. */
    private static List<RunRecord> twoRuns() {
        return List.of(
                Runs.curve("ednag", 10, 1, 5, new AnytimePoint(1, 90), new AnytimePoint(3, 92)),
                Runs.curve("ednag", 10, 2, 4, new AnytimePoint(2, 91), new AnytimePoint(4, 93)));
    }

    @Test
    void meansAndBandsByHand() {
        AnytimeCurve curve = AnytimeCurve.of("ednag", twoRuns());
        assertEquals(10, curve.budget());
        assertEquals(5, curve.points().size(), "the curve ends where the longest run ended");
        AnytimeCurve.Point first = curve.points().get(0);
        assertEquals(1, first.runs(), "run B has no incumbent after one query");
        assertEquals(90.0, first.mean(), 0);
        assertTrue(Double.isNaN(first.lower()));
        double[] means = curve.points().stream().mapToDouble(AnytimeCurve.Point::mean).toArray();
        // Run B keeps 93 at query 5 although it stopped at 4.
        assertArrayEquals(new double[] {90, 90.5, 91.5, 92.5, 92.5}, means, 1e-12);
        // Two values a, b: sd = |a − b|/√2, half-width = t · sd / √2 = t · |a − b| / 2.
        AnytimeCurve.Point second = curve.points().get(1);
        assertEquals(90.5 - T1 * 0.5, second.lower(), 1e-6);
        assertEquals(90.5 + T1 * 0.5, second.upper(), 1e-6);
    }

    @Test
    void csvHoldsThePlottedNumbers() {
        String csv = AnytimeCurveCsv.render("cifar10", List.of(AnytimeCurve.of("ednag", twoRuns())));
        List<String> lines = csv.lines().toList();
        assertEquals(AnytimeCurveCsv.HEADER, lines.get(0));
        assertEquals(6, lines.size());
        assertEquals("cifar10,ednag,10,1,1,90.0,,", lines.get(1));
        String[] third = lines.get(3).split(",", -1);
        assertEquals("3", third[3]);
        assertEquals("2", third[4]);
        assertEquals(91.5, Double.parseDouble(third[5]), 0);
        assertEquals(91.5 - T1 * 0.5, Double.parseDouble(third[6]), 1e-6);
        assertEquals(91.5 + T1 * 0.5, Double.parseDouble(third[7]), 1e-6);
    }

    @Test
    void gridIsDenseThenLogSpaced() {
        assertArrayEquals(new long[] {1, 2, 3}, QueryGrid.upTo(3));
        assertEquals(0, QueryGrid.upTo(0).length);
        long[] grid = QueryGrid.upTo(1000);
        assertEquals(1, grid[0]);
        assertEquals(200, grid[199]);
        assertEquals(1000, grid[grid.length - 1]);
        for (int i = 1; i < grid.length; i++) {
            assertTrue(grid[i] > grid[i - 1]);
        }
        // 50 points per decade over 200..1000 (0.7 decades) is about 35 more points.
        assertTrue(grid.length > 230 && grid.length < 240, "length " + grid.length);
    }
}
