package dev.ednag.neural.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads a folder of labelled pictures laid out as {@code root/<class>/<picture>.png|.jpg|.jpeg}.
 * Classes are the sub-folders sorted by name and pictures are read in name order, so the same
 * folder always gives the same data set. Grey pictures give one channel, colour pictures three
 * (if both kinds occur, all become colour); alpha is dropped. All pictures must have one size unless
 * a target size is given, to which each is scaled bilinearly. Other files and hidden entries are
 * ignored.
 */
public final class ImageFolderReader {

    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg");

    private ImageFolderReader() {
    }

    /**
     * Reads pictures that all have the same size.
     *
     * @throws IllegalArgumentException when the folder is missing or has no class folders, a class
     *     has no pictures, a picture cannot be decoded, or the sizes differ
     */
    public static ImageDataset read(Path root) {
        return read(root, null);
    }

    /**
     * Reads pictures, scaling each to {@code size} when that is not null.
     *
     * @throws IllegalArgumentException like {@link #read(Path)}, except for differing sizes
     */
    public static ImageDataset read(Path root, ImageSize size) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("image folder not found: " + root);
        }
        List<Path> classFolders = entries(root).stream().filter(Files::isDirectory).toList();
        if (classFolders.isEmpty()) {
            throw new IllegalArgumentException(root + " has no class folders (expected " + root.resolve("<class>")
                    + "/*.png, *.jpg or *.jpeg)");
        }
        List<String> classNames = new ArrayList<>();
        List<DecodedImage> images = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path folder : classFolders) {
            List<Path> pictures = entries(folder).stream().filter(ImageFolderReader::isPicture).toList();
            if (pictures.isEmpty()) {
                throw new IllegalArgumentException("class folder " + folder + " has no .png, .jpg or .jpeg pictures");
            }
            for (Path picture : pictures) {
                DecodedImage image = decode(picture);
                images.add(size == null ? image : image.resized(size));
                files.add(picture);
                labels.add(classNames.size());
            }
            classNames.add(folder.getFileName().toString());
        }
        return assemble(images, files, labels, classNames);
    }

    private static ImageDataset assemble(List<DecodedImage> images, List<Path> files, List<Integer> labels,
            List<String> classNames) {
        DecodedImage first = images.get(0);
        boolean anyColour = images.stream().anyMatch(image -> image.channels() == 3);
        int channels = anyColour ? 3 : 1;
        int bytes = channels * first.height() * first.width();
        byte[] pixels = new byte[Math.multiplyExact(images.size(), bytes)];
        int[] classes = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            DecodedImage image = anyColour ? images.get(i).toRgb() : images.get(i);
            if (image.height() != first.height() || image.width() != first.width()) {
                throw new IllegalArgumentException("picture " + files.get(i) + " is " + image.height() + "×"
                        + image.width() + " but " + files.get(0) + " is " + first.height() + "×" + first.width()
                        + "; give a target size (height,width) to scale them all");
            }
            System.arraycopy(image.planes(), 0, pixels, i * bytes, bytes);
            classes[i] = labels.get(i);
        }
        return ImageDataset.owning(channels, first.height(), first.width(), pixels, classes, classNames);
    }

    static DecodedImage decode(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read picture " + file + ": " + e.getMessage());
        }
        if (image == null) {
            throw new IllegalArgumentException("cannot read picture " + file + ": not a PNG or JPEG that ImageIO can decode");
        }
        return isGrey(image.getColorModel()) ? greyPlane(image) : DecodedImage.fromRgb(image, 3);
    }

    private static boolean isGrey(ColorModel model) {
        return !(model instanceof IndexColorModel) && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    }

    /**
     * Grey values straight from the raster: {@code getRGB} would pass them through a colour
     * conversion that brightens dark greys.
     */
    private static DecodedImage greyPlane(BufferedImage image) {
        Raster raster = image.getRaster();
        int h = image.getHeight();
        int w = image.getWidth();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        byte[] plane = new byte[h * w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                plane[y * w + x] = (byte) Math.round(row[x] * 255.0 / max);
            }
        }
        return new DecodedImage(1, h, w, plane);
    }

    private static boolean isPicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Visible entries of a folder, sorted by name. */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
