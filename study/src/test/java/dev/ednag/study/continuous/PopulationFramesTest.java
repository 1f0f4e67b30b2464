package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.Generation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationFramesTest {

    private static FitnessGrid grid;

    @BeforeAll
    static void landscape() {
        // Coarse: these tests are about the frames, not the shading.
        grid = FitnessGrid.evaluate(Himmelblau.counting().fitness(), Himmelblau.LIMIT, 40);
    }

    @Test
    void writesARowOfFramesEvaluatingTheLandscapeOnce(@TempDir Path dir) throws IOException {
        Himmelblau counting = Himmelblau.counting();
        Path target = dir.resolve("frames.png");
        Path written = PopulationFrames.write(target, Himmelblau.run(25), counting.fitness(), Himmelblau.LIMIT,
                Himmelblau.OPTIMA, "de on himmelblau, seed 1");
        assertEquals(target, written);
        assertEquals(1, counting.calls.get(), "one batch for the whole picture");
        assertEquals(FitnessGrid.DEFAULT_RESOLUTION * FitnessGrid.DEFAULT_RESOLUTION, counting.points.get());
        byte[] png = Files.readAllBytes(target);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(PopulationFrames.width(5), image.getWidth());
        assertEquals(PopulationFrames.HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 200, "a shaded landscape, got " + colours.size() + " colours");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aConcentratedPopulationMarksItsPositionAndNothingElse() {
        BufferedImage empty = PopulationFrames.render(List.of(Himmelblau.at(0, 0, 0)), grid, List.of(), "t", 5);
        BufferedImage dots = PopulationFrames.render(List.of(Himmelblau.at(2, -1, 30)), grid, List.of(), "t", 5);
        int[] box = differences(empty, dots);
        double cx = PopulationFrames.px(2, Himmelblau.LIMIT, PopulationFrames.frameLeft(0, 1));
        double cy = PopulationFrames.py(-1, Himmelblau.LIMIT, PopulationFrames.PANELS_TOP);
        assertTrue(box[0] >= cx - 5 && box[2] <= cx + 5 && box[1] >= cy - 5 && box[3] <= cy + 5,
                "changes " + Arrays.toString(box) + " around (" + cx + ", " + cy + ")");
    }

    @Test
    void pointsOutsideThePanelAreClippedAndOptimaAreDrawn() {
        BufferedImage empty = PopulationFrames.render(List.of(Himmelblau.at(0, 0, 0)), grid, List.of(), "t", 5);
        BufferedImage far = PopulationFrames.render(List.of(Himmelblau.at(40, 40, 10)), grid, List.of(), "t", 5);
        assertEquals(null, differences(empty, far));
        BufferedImage marked = PopulationFrames.render(List.of(Himmelblau.at(0, 0, 0)), grid,
                List.of(new double[] {-4, 4}), "t", 5);
        assertTrue(differences(empty, marked) != null, "the cross changes the frame");
    }

    @Test
    void shortTracesGetOneFrameEach() {
        List<Generation> trace = Himmelblau.run(3);
        BufferedImage image = PopulationFrames.render(trace, grid, Himmelblau.OPTIMA, "t", 5);
        assertEquals(PopulationFrames.width(3), image.getWidth());
    }

    @Test
    void rejectsBadInputBeforeEvaluatingAnything(@TempDir Path dir) {
        Himmelblau counting = Himmelblau.counting();
        Path target = dir.resolve("bad.png");
        assertMessage("empty", () -> PopulationFrames.write(target, List.of(), counting.fitness(), 5, List.of(), "t"));
        Generation threeD = new Generation(4, new double[][] {{1, 2, 3}}, new double[] {0});
        assertMessage("2-D", () -> PopulationFrames.write(target, List.of(threeD), counting.fitness(), 5,
                List.of(), "t"));
        assertMessage("2-D", () -> PopulationFrames.write(target, Himmelblau.run(2), counting.fitness(), 5,
                List.of(new double[] {1}), "t"));
        for (double limit : new double[] {0, -2, Double.NaN}) {
            assertMessage("plot limit", () -> PopulationFrames.write(target, Himmelblau.run(2), counting.fitness(),
                    limit, List.of(), "t"));
        }
        assertMessage("frame", () -> PopulationFrames.png(Himmelblau.run(2), grid, List.of(), "t", 0));
        assertEquals(0, counting.calls.get());
        assertTrue(Files.notExists(target));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    /** The bounding box {minX, minY, maxX, maxY} of the pixels that differ, or null when none do. */
    private static int[] differences(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int[] box = null;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    box = box == null ? new int[] {x, y, x, y}
                            : new int[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x),
                                Math.max(box[3], y)};
                }
            }
        }
        return box;
    }
}
