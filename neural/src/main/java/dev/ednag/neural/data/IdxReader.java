package dev.ednag.neural.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files of the MNIST family: images (magic {@code 0x00000803}: unsigned bytes,
 * N×H×W) and labels (magic {@code 0x00000801}: unsigned bytes, N), plain or gzip-compressed (told
 * apart by the gzip magic bytes, not by the file name). The header must describe the file exactly:
 * a truncated download or a swapped file fails here with the file's name and the problem, rather
 * than as an odd accuracy later.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * A one-channel data set from an image file and a label file of the same length.
     *
     * @param classNames the names of classes 0, 1, …; every label must index one
     * @throws IllegalArgumentException when a file is missing, corrupt or truncated, the counts
     *     differ, or a label is outside {@code classNames}
     */
    public static ImageDataset read(Path images, Path labels, List<String> classNames) {
        return assemble(images, labels, readLabels(labels), classNames);
    }

    /** Like {@link #read(Path, Path, List)} with the classes named by their numbers, "0" to the largest label. */
    public static ImageDataset read(Path images, Path labels) {
        int[] classes = readLabels(labels);
        int largest = 0;
        for (int label : classes) {
            largest = Math.max(largest, label);
        }
        return assemble(images, labels, classes, numberedClasses(largest + 1));
    }

    private static ImageDataset assemble(Path images, Path labels, int[] classes, List<String> classNames) {
        IdxImages pixels = readImages(images);
        if (classes.length != pixels.count()) {
            throw new IllegalArgumentException(images + " has " + pixels.count() + " images but " + labels + " has "
                    + classes.length + " labels");
        }
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] >= classNames.size()) {
                throw new IllegalArgumentException(labels + ": label " + classes[i] + " of image " + i
                        + " is outside the " + classNames.size() + " classes");
            }
        }
        return ImageDataset.owning(1, pixels.height(), pixels.width(), pixels.pixels(), classes, classNames);
    }

    /** "0", "1", … for {@code count} classes. */
    public static List<String> numberedClasses(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    static IdxImages readImages(Path file) {
        ByteBuffer data = ByteBuffer.wrap(content(file));
        int[] dims = header(file, data, 3, "images");
        int count = dims[0];
        int height = dims[1];
        int width = dims[2];
        long bytes = (long) count * height * width;
        checkLength(file, data, bytes, count + " images of " + height + "×" + width);
        byte[] pixels = new byte[(int) bytes];
        data.get(pixels);
        return new IdxImages(count, height, width, pixels);
    }

    static int[] readLabels(Path file) {
        ByteBuffer data = ByteBuffer.wrap(content(file));
        int count = header(file, data, 1, "labels")[0];
        checkLength(file, data, count, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = Byte.toUnsignedInt(data.get());
        }
        return labels;
    }

    /** Reads the magic number and dimensions, leaving {@code data} at the first value. */
    private static int[] header(Path file, ByteBuffer data, int dimensions, String kind) {
        if (data.remaining() < 4) {
            throw new IllegalArgumentException(file + " is too short to be an IDX file (" + data.remaining() + " bytes)");
        }
        int magic = data.getInt();
        String expected = String.format("0x%08X", (UNSIGNED_BYTE << 8) | dimensions);
        if ((magic >>> 16) != 0) {
            throw new IllegalArgumentException(file + " is not an IDX file: magic number "
                    + String.format("0x%08X", magic) + ", expected " + expected + " for " + kind);
        }
        int type = (magic >>> 8) & 0xFF;
        int found = magic & 0xFF;
        if (type != UNSIGNED_BYTE || found != dimensions) {
            throw new IllegalArgumentException(file + " holds IDX data of type 0x" + String.format("%02X", type)
                    + " with " + found + " dimensions (magic " + String.format("0x%08X", magic) + "), expected "
                    + kind + " (magic " + expected + ")");
        }
        if (data.remaining() < 4 * dimensions) {
            throw new IllegalArgumentException(file + " is truncated inside its IDX header");
        }
        int[] dims = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            dims[i] = data.getInt();
            if (dims[i] < 1) {
                throw new IllegalArgumentException(file + ": IDX dimension " + i + " is " + dims[i]
                        + ", every dimension must be at least 1");
            }
        }
        return dims;
    }

    private static void checkLength(Path file, ByteBuffer data, long expected, String what) {
        if (expected > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(file + " claims " + what + ", more than one array can hold");
        }
        if (data.remaining() < expected) {
            throw new IllegalArgumentException(file + " is truncated: its header promises " + what + " ("
                    + expected + " bytes) but only " + data.remaining() + " bytes follow");
        }
        if (data.remaining() > expected) {
            throw new IllegalArgumentException(file + " has " + (data.remaining() - expected)
                    + " bytes after the " + what + " its header promises");
        }
    }

    /** The file's bytes, decompressed when they start with the gzip magic bytes. */
    private static byte[] content(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("IDX file not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (raw.length < 2 || (raw[0] & 0xFF) != 0x1F || (raw[1] & 0xFF) != 0x8B) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (IOException e) {
            // EOFException (cut off) and ZipException (damaged) are what a broken download gives.
            throw new IllegalArgumentException(file + " is corrupt or truncated gzip data: " + e.getMessage());
        }
    }
}
