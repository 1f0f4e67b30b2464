package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Image folders as users make them, 10⁵ times: one to three class folders of one to three pictures,
 * each a real PNG or JPEG, one with a changed byte or cut short, a picture of another size, noise
 * under a picture's name, an empty class or stray files. Each reads to a data set or fails with one
 * IllegalArgumentException line.
 */
class ImageFolderFuzzTest {

    private static Path dir;
    private static List<byte[]> pictures;

    @BeforeContainer
    static void makePictures() throws IOException {
        dir = Files.createTempDirectory("folder-fuzz");
        Path source = Files.createDirectories(dir.resolve("source"));
        pictures = List.of(
                Files.readAllBytes(TestPictures.grey(source.resolve("a.png"), 4, 4, 10)),
                Files.readAllBytes(TestPictures.colour(source.resolve("b.png"), 4, 4, 200, 30, 90)),
                Files.readAllBytes(TestPictures.colour(source.resolve("c.jpg"), 4, 4, 20, 130, 90)),
                Files.readAllBytes(TestPictures.grey(source.resolve("d.png"), 5, 3, 60)));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        delete(dir);
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One file: which picture (or noise), how to damage it, and its name's extension. */
    record Picture(int which, int damageAt, byte flip, boolean cut, String extension, byte[] noise) {
        byte[] bytes() {
            if (which >= pictures.size()) {
                return noise;
            }
            byte[] raw = pictures.get(which).clone();
            if (damageAt < 0 || damageAt >= raw.length) {
                return raw;
            }
            if (cut) {
                return java.util.Arrays.copyOf(raw, damageAt);
            }
            raw[damageAt] ^= flip;
            return raw;
        }
    }

    @Property(tries = 100_000, seed = "16009")
    void everyFolderIsReadOrRefusedInOneLine(@ForAll("folders") List<List<Picture>> classes) throws IOException {
        Path root = dir.resolve("data");
        delete(root);
        Files.createDirectories(root);
        for (int c = 0; c < classes.size(); c++) {
            Path folder = Files.createDirectories(root.resolve("class" + c));
            List<Picture> files = classes.get(c);
            for (int f = 0; f < files.size(); f++) {
                Files.write(folder.resolve("p" + f + files.get(f).extension()), files.get(f).bytes());
            }
        }
        try {
            ImageDataset data = ImageFolderReader.read(root);
            assertTrue(data.size() > 0 && data.classes() == classes.size());
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<List<List<Picture>>> folders() {
        Arbitrary<Picture> picture = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(0, 2)), Tuple.of(1, Arbitraries.just(3)),
                        Tuple.of(2, Arbitraries.just(4))),
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 120))),
                Arbitraries.bytes(), Arbitraries.of(false, true), Arbitraries.of(".png", ".png", ".jpg", ".jpeg", ".PNG", ".txt"),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(60))
                .as(Picture::new);
        return picture.list().ofMinSize(0).ofMaxSize(3).list().ofMinSize(0).ofMaxSize(3);
    }
}
