package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {

    @TempDir
    Path root;

    private String failure(Path folder, ImageSize size) {
        return assertThrows(IllegalArgumentException.class, () -> ImageFolderReader.read(folder, size)).getMessage();
    }

    @Test
    void greyPicturesKeepTheirExactValuesInNameOrder() throws IOException {
        // Dark greys are where a colour-converting read would go wrong.
        TestPictures.grey(root.resolve("shoe/2.png"), 2, 3, 20);
        TestPictures.grey(root.resolve("shoe/10.png"), 2, 3, 10);
        TestPictures.grey(root.resolve("bag/x.png"), 2, 3, 200);
        Files.writeString(root.resolve("bag/notes.txt"), "not a picture");
        Files.createDirectories(root.resolve(".hidden"));

        ImageDataset data = ImageFolderReader.read(root);

        assertEquals(List.of("bag", "shoe"), data.classNames());
        assertEquals(1, data.channels());
        assertEquals(2, data.height());
        assertEquals(3, data.width());
        assertArrayEquals(new int[] {0, 1, 1}, data.labels());
        assertArrayEquals(pixels(200, 201, 202, 210, 211, 212), data.image(0));
        assertArrayEquals(pixels(10, 11, 12, 20, 21, 22), data.image(1), "10.png sorts before 2.png");
        assertArrayEquals(pixels(20, 21, 22, 30, 31, 32), data.image(2));
    }

    @Test
    void colourPicturesGiveThreePlanes() throws IOException {
        TestPictures.colour(root.resolve("red/a.png"), 2, 2, 250, 10, 5);
        TestPictures.colour(root.resolve("blue/b.png"), 2, 2, 1, 2, 240);
        ImageDataset data = ImageFolderReader.read(root);
        assertEquals(3, data.channels());
        assertArrayEquals(pixels(1, 1, 1, 1, 2, 2, 2, 2, 240, 240, 240, 240), data.image(0));
    }

    @Test
    void mixedGreyAndColourBecomeColour() throws IOException {
        TestPictures.grey(root.resolve("a/grey.png"), 1, 2, 50);
        TestPictures.colour(root.resolve("b/colour.png"), 1, 2, 7, 8, 9);
        ImageDataset data = ImageFolderReader.read(root);
        assertEquals(3, data.channels());
        assertArrayEquals(pixels(50, 51, 50, 51, 50, 51), data.image(0));
    }

    @Test
    void jpegsAreRead() throws IOException {
        TestPictures.colour(root.resolve("a/photo.jpeg"), 8, 8, 128, 128, 128);
        TestPictures.colour(root.resolve("b/photo.JPG"), 8, 8, 128, 128, 128);
        ImageDataset data = ImageFolderReader.read(root);
        assertEquals(2, data.size());
        // JPEG is lossy; a flat grey survives within a few levels.
        assertEquals(128, data.image(1)[10] & 0xFF, 3);
    }

    @Test
    void differentSizesNeedATargetSizeAndAreScaledToIt() throws IOException {
        Path small = TestPictures.colour(root.resolve("a/small.png"), 4, 4, 100, 100, 100);
        Path large = TestPictures.colour(root.resolve("b/large.png"), 8, 6, 100, 100, 100);
        String message = failure(root, null);
        assertEquals("picture " + large + " is 8×6 but " + small + " is 4×4; give a target size (height,width) to scale"
                + " them all", message);

        ImageDataset data = ImageFolderReader.read(root, new ImageSize(5, 3));
        assertEquals(5, data.height());
        assertEquals(3, data.width());
        for (byte value : data.pixels()) {
            assertEquals(100, value & 0xFF, "a flat picture stays flat when scaled");
        }
    }

    @Test
    void scalingIsBilinearNotNearest() throws IOException {
        TestPictures.greyRow(root.resolve("a/edge.png"), 0, 200);
        byte[] row = ImageFolderReader.read(root, new ImageSize(1, 4)).image(0);
        assertEquals(0, row[0] & 0xFF);
        assertEquals(200, row[3] & 0xFF);
        // Nearest-neighbour scaling would give 0, 0, 200, 200.
        assertTrue((row[1] & 0xFF) > 0 && (row[1] & 0xFF) < (row[2] & 0xFF) && (row[2] & 0xFF) < 200,
                () -> java.util.Arrays.toString(row));
    }

    @Test
    void missingAndEmptyFoldersAreExplained() throws IOException {
        assertEquals("image folder not found: " + root.resolve("nope"), failure(root.resolve("nope"), null));
        Files.writeString(root.resolve("loose.png"), "x");
        assertTrue(failure(root, null).startsWith(root + " has no class folders"));
        Files.createDirectories(root.resolve("empty"));
        assertEquals("class folder " + root.resolve("empty") + " has no .png, .jpg or .jpeg pictures",
                failure(root, null));
    }

    @Test
    void unreadablePictureIsNamed() throws IOException {
        TestPictures.grey(root.resolve("a/good.png"), 2, 2, 0);
        Path bad = root.resolve("a/broken.png");
        Files.writeString(bad, "this is not a PNG");
        String message = failure(root, null);
        assertTrue(message.startsWith("cannot read picture " + bad), message);
    }

    private static byte[] pixels(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
