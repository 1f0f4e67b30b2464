package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.study.AnytimePoint;
import dev.ednag.study.RunRecord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnytimeChartTest {

    private static List<RunRecord> study() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            runs.add(Runs.curve("ednag", 300, seed, 300, new AnytimePoint(1, 85 + seed),
                    new AnytimePoint(20, 93 + seed / 10.0), new AnytimePoint(250, Runs.OPTIMUM)));
            runs.add(Runs.curve("rs", 300, seed, 300, new AnytimePoint(1, 84 + seed), new AnytimePoint(100, 93.5)));
            // A smaller budget of rs: the chart must use the budget-300 runs.
            runs.add(Runs.curve("rs", 50, seed, 50, new AnytimePoint(1, 80)));
        }
        return runs;
    }

    @Test
    void writesAValidPngAndItsDataPerDataset(@TempDir Path dir) throws IOException {
        List<Path> files = AnytimeChart.write(dir, Runs.header(List.of()), study());
        assertEquals(List.of(dir.resolve("anytime-cifar10.png"), dir.resolve("anytime-cifar10.csv")), files);
        byte[] png = Files.readAllBytes(files.get(0));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(AnytimeChart.WIDTH, image.getWidth());
        assertEquals(AnytimeChart.HEIGHT, image.getHeight());
        List<String> csv = Files.readAllLines(files.get(1));
        assertTrue(csv.stream().noneMatch(l -> l.startsWith("cifar10,rs,50,")), "only the largest budget is drawn");
        assertTrue(csv.contains("cifar10,rs,300,300,5,93.5,93.5,93.5"), "five equal values: a zero-width band");
        assertTrue(csv.contains("cifar10,ednag,300,300,5," + Runs.OPTIMUM + "," + Runs.OPTIMUM + "," + Runs.OPTIMUM));
    }

    @Test
    void curvesFollowTheHeaderOrder() {
        List<AnytimeCurve> curves = AnytimeChart.studyCurves(Runs.header(List.of()), study(), "cifar10");
        assertEquals(List.of("ednag", "rs"), curves.stream().map(AnytimeCurve::label).toList());
        assertEquals(List.of(300L, 300L), curves.stream().map(AnytimeCurve::budget).toList());
        assertTrue(AnytimeChart.studyCurves(Runs.header(List.of()), study(), "cifar100").isEmpty());
    }

    @Test
    void yAxisStartsAtTheLowestBandFromTenQueriesOn() {
        AnytimeCurve curve = new AnytimeCurve("x", 20, List.of(
                new AnytimeCurve.Point(1, 3, 50.0, 40.0, 60.0),
                new AnytimeCurve.Point(10, 3, 90.0, 89.0, 91.0),
                new AnytimeCurve.Point(20, 1, 88.5, Double.NaN, Double.NaN)));
        assertEquals(88.5, AnytimeChart.yFloor(List.of(curve)), 0);
        AnytimeCurve shortCurve = new AnytimeCurve("y", 5, List.of(new AnytimeCurve.Point(1, 3, 50.0, 40.0, 60.0)));
        assertTrue(Double.isNaN(AnytimeChart.yFloor(List.of(shortCurve))));
    }

    @Test
    void forAMetricToMinimiseTheAxisEndsAtTheHighestBandFromTenQueriesOn() {
        AnytimeCurve curve = new AnytimeCurve("x", 20, List.of(
                new AnytimeCurve.Point(1, 3, 90.0, 80.0, 100.0),
                new AnytimeCurve.Point(10, 3, 61.0, 60.0, 62.0),
                new AnytimeCurve.Point(20, 1, 63.5, Double.NaN, Double.NaN)));
        assertEquals(63.5, AnytimeChart.yCeiling(List.of(curve)), 0);
        assertTrue(Double.isNaN(AnytimeChart.yCeiling(List.of(new AnytimeCurve("y", 5,
                List.of(new AnytimeCurve.Point(1, 3, 50.0, 40.0, 60.0)))))));
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("anytime-imagenet16-120", AnytimeChart.baseName("ImageNet16-120"));
        assertEquals("anytime-room-layout", AnytimeChart.baseName("room layout"));
    }

    @Test
    void emptyInputStillRenders() throws IOException {
        byte[] png = AnytimeChart.png("nothing", "y", List.of(), Double.NaN);
        assertEquals(AnytimeChart.WIDTH, ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth());
    }
}
