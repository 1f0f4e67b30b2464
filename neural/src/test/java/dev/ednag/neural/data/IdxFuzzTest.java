package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * IDX image and label files, 10⁵ pairs: headers with any magic and dimensions (huge ones too),
 * bodies cut short or too long, bytes changed, gzipped or not, and noise. Each pair reads to a
 * data set of the sizes its headers state, or fails with one IllegalArgumentException line.
 */
class IdxFuzzTest {

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("idx-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 100_000, seed = "16008")
    void everyPairIsReadOrRefusedInOneLine(@ForAll("images") byte[] images, @ForAll("labels") byte[] labels)
            throws IOException {
        Path imageFile = Files.write(dir.resolve("images.idx"), images);
        Path labelFile = Files.write(dir.resolve("labels.idx"), labels);
        try {
            ImageDataset data = IdxReader.read(imageFile, labelFile);
            assertEquals(1, data.channels());
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<byte[]> images() {
        return idx(3);
    }

    @Provide
    Arbitrary<byte[]> labels() {
        return idx(1);
    }

    private static Arbitrary<byte[]> idx(int dimensions) {
        Arbitrary<Integer> magic = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(0x0800 | dimensions)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x0801, 0x0803, 0x0903, 0x0D03, 0x08000003)));
        Arbitrary<Integer> size = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Integer.MAX_VALUE, 65_536, -1)));
        Arbitrary<byte[]> file = Combinators.combine(magic, size.list().ofSize(dimensions),
                Arbitraries.integers().between(-8, 8), Arbitraries.integers().between(0, 200),
                Arbitraries.bytes(), Arbitraries.of(false, true))
                .as((m, dims, extra, flipAt, flip, gzip) -> {
                    long body = 1;
                    for (int d : dims) {
                        body *= Math.max(0, d);
                    }
                    int length = (int) Math.max(0, Math.min(200, body) + extra);
                    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dimensions + length);
                    b.putInt(m);
                    dims.forEach(b::putInt);
                    byte[] raw = b.array();
                    if (flipAt < raw.length && flip != 0) {
                        raw[flipAt] ^= flip;
                    }
                    return gzip ? gzip(raw, extra < 0) : raw;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, file),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(40)));
    }

    private static byte[] gzip(byte[] raw, boolean truncate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zipped = bytes.toByteArray();
        return truncate ? Arrays.copyOf(zipped, zipped.length / 2) : zipped;
    }
}
