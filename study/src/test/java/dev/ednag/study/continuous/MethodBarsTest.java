package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodBarsTest {

    private static final List<String> METHODS = List.of("de", "cma-es", "openes", "pepg");

    @Test
    void writesABarPerMethod(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("top64-fitness.png");
        assertEquals(target, MethodBars.write(target, "himmelblau: top-64 fitness", "mean top-64 fitness", METHODS,
                new double[] {0.95, 0.80, 0.60, 0.40}, new double[] {0.02, 0.10, Double.NaN, 0.05}));
        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(MethodBars.WIDTH, image.getWidth());
        assertEquals(MethodBars.HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.contains(0xFF0072B2), "the bars are drawn");
    }

    @Test
    void manyMethodsStillRender() throws IOException {
        List<String> many = List.of("a", "b", "c", "d", "e", "f", "g");
        byte[] png = MethodBars.png("entropy", "top-64 entropy (bits)", many, new double[] {1, 2, 3, 4, 5, 6, 5.5},
                new double[7]);
        assertEquals(MethodBars.WIDTH, ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void rejectsInconsistentInput() {
        assertThrows(IllegalArgumentException.class,
                () -> MethodBars.png("t", "y", List.of(), new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> MethodBars.png("t", "y", METHODS, new double[3], new double[4]));
        assertThrows(IllegalArgumentException.class,
                () -> MethodBars.png("t", "y", List.of("a", "a"), new double[2], new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> MethodBars.png("t", "y", List.of("a"), new double[] {Double.NaN}, new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> MethodBars.png("t", "y", List.of("a"), new double[1], new double[] {-1}));
    }
}
