package dev.ednag.neural.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests: image {@code i} has pixel {@code p} = (7i + p) mod 256. */
final class IdxTestFiles {

    private IdxTestFiles() {
    }

    static byte[] imageFile(int count, int height, int width) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * height * width);
        buffer.putInt(0x00000803).putInt(count).putInt(height).putInt(width);
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < height * width; p++) {
                buffer.put((byte) pixel(i, p));
            }
        }
        return buffer.array();
    }

    static int pixel(int image, int position) {
        return (7 * image + position) % 256;
    }

    static byte[] labelFile(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length);
        buffer.putInt(0x00000801).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** A folder with the four MNIST-style files: {@code train} images (labels i mod 3), {@code test} images (labels i mod 3), 4×5 pixels, gzipped. */
    static Path idxFolder(Path folder, int train, int test) throws IOException {
        write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(imageFile(train, 4, 5)));
        write(folder.resolve("train-labels-idx1-ubyte.gz"), gzip(labelFile(cyclic(train, 3))));
        write(folder.resolve("t10k-images-idx3-ubyte"), imageFile(test, 4, 5));
        write(folder.resolve("t10k-labels-idx1-ubyte"), labelFile(cyclic(test, 3)));
        return folder;
    }

    static int[] cyclic(int count, int classes) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
        }
        return labels;
    }
}
