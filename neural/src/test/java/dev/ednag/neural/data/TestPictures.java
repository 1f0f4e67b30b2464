package dev.ednag.neural.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes small pictures for tests. */
final class TestPictures {

    private TestPictures() {
    }

    /** A grey picture whose pixel (y, x) is {@code base + 10y + x}. */
    static Path grey(Path file, int height, int width, int base) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, base + 10 * y + x);
            }
        }
        return save(file, image);
    }

    /** A one-row grey picture with the given values. */
    static Path greyRow(Path file, int... values) throws IOException {
        BufferedImage image = new BufferedImage(values.length, 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < values.length; x++) {
            image.getRaster().setSample(x, 0, 0, values[x]);
        }
        return save(file, image);
    }

    /** A picture of one colour. */
    static Path colour(Path file, int height, int width, int red, int green, int blue) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        return save(file, image);
    }

    private static Path save(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString();
        String format = name.endsWith(".png") ? "png" : "jpg";
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }
}
