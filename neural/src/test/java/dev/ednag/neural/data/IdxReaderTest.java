package dev.ednag.neural.data;

import static dev.ednag.neural.data.IdxTestFiles.gzip;
import static dev.ednag.neural.data.IdxTestFiles.imageFile;
import static dev.ednag.neural.data.IdxTestFiles.labelFile;
import static dev.ednag.neural.data.IdxTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    private String failure(Path images, Path labels) {
        return assertThrows(IllegalArgumentException.class,
                () -> IdxReader.read(images, labels, List.of("a", "b", "c"))).getMessage();
    }

    @Test
    void readsPlainAndGzipFilesAlike() throws IOException {
        Path plain = write(dir.resolve("images"), imageFile(3, 2, 4));
        // The gzip magic bytes, not the name, decide: this compressed file has no .gz suffix.
        Path packed = write(dir.resolve("images-packed"), gzip(imageFile(3, 2, 4)));
        Path labels = write(dir.resolve("labels.gz"), gzip(labelFile(2, 0, 1)));

        for (Path images : List.of(plain, packed)) {
            ImageDataset data = IdxReader.read(images, labels, List.of("a", "b", "c"));
            assertEquals(3, data.size());
            assertEquals(1, data.channels());
            assertEquals(2, data.height());
            assertEquals(4, data.width());
            assertArrayEquals(new int[] {2, 0, 1}, data.labels());
            byte[] second = data.image(1);
            for (int p = 0; p < second.length; p++) {
                assertEquals(IdxTestFiles.pixel(1, p), second[p] & 0xFF);
            }
        }
    }

    @Test
    void pixelValuesAbove127AreUnsigned() throws IOException {
        Path images = write(dir.resolve("images"), imageFile(40, 2, 4));
        Path labels = write(dir.resolve("labels"), labelFile(new int[40]));
        ImageDataset data = IdxReader.read(images, labels, List.of("only"));
        // image 39, pixel 0 is 7·39 = 273 mod 256 = 17; image 30, pixel 7 is 217.
        assertEquals(217, data.image(30)[7] & 0xFF);
        assertEquals(17, data.image(39)[0] & 0xFF);
    }

    @Test
    void numberedClassesRunToTheLargestLabel() throws IOException {
        Path images = write(dir.resolve("images"), imageFile(3, 2, 2));
        Path labels = write(dir.resolve("labels"), labelFile(0, 4, 1));
        assertEquals(List.of("0", "1", "2", "3", "4"), IdxReader.read(images, labels).classNames());
    }

    @Test
    void truncatedImageFileNamesTheFileAndTheShortfall() throws IOException {
        byte[] full = imageFile(3, 2, 4);
        Path images = write(dir.resolve("cut-images"), Arrays.copyOf(full, full.length - 5));
        Path labels = write(dir.resolve("labels"), labelFile(0, 1, 2));
        String message = failure(images, labels);
        assertTrue(message.startsWith(images + " is truncated"), message);
        assertTrue(message.contains("3 images of 2×4 (24 bytes) but only 19 bytes follow"), message);
    }

    @Test
    void truncatedGzipIsReportedAsSuch() throws IOException {
        byte[] packed = gzip(imageFile(50, 8, 8));
        Path images = write(dir.resolve("images.gz"), Arrays.copyOf(packed, packed.length / 2));
        Path labels = write(dir.resolve("labels"), labelFile(new int[50]));
        String message = failure(images, labels);
        assertTrue(message.startsWith(images + " is corrupt or truncated gzip data"), message);
    }

    @Test
    void extraBytesAfterTheDataAreRejected() throws IOException {
        byte[] full = imageFile(2, 2, 2);
        Path images = write(dir.resolve("images"), Arrays.copyOf(full, full.length + 3));
        Path labels = write(dir.resolve("labels"), labelFile(0, 1));
        assertEquals(images + " has 3 bytes after the 2 images of 2×2 its header promises", failure(images, labels));
    }

    @Test
    void swappedFilesFailOnTheMagicNumber() throws IOException {
        Path images = write(dir.resolve("images"), imageFile(2, 2, 2));
        Path labels = write(dir.resolve("labels"), labelFile(0, 1));
        assertEquals(labels + " holds IDX data of type 0x08 with 1 dimensions (magic 0x00000801), expected images"
                + " (magic 0x00000803)", assertThrows(IllegalArgumentException.class,
                        () -> IdxReader.readImages(labels)).getMessage());
        assertEquals(images + " holds IDX data of type 0x08 with 3 dimensions (magic 0x00000803), expected labels"
                + " (magic 0x00000801)", failure(labels, images));
    }

    @Test
    void nonIdxFileFailsOnTheMagicNumber() throws IOException {
        Path images = write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Path labels = write(dir.resolve("labels"), labelFile(0));
        assertEquals(images + " is not an IDX file: magic number 0x89504E47, expected 0x00000803 for images",
                failure(images, labels));
    }

    @Test
    void tinyAndHeaderlessFilesAreRejected() throws IOException {
        Path labels = write(dir.resolve("labels"), labelFile(0));
        Path tiny = write(dir.resolve("tiny"), new byte[] {0, 0});
        assertEquals(tiny + " is too short to be an IDX file (2 bytes)", failure(tiny, labels));
        Path headless = write(dir.resolve("headless"), new byte[] {0, 0, 8, 3, 0, 0, 0, 1});
        assertEquals(headless + " is truncated inside its IDX header", failure(headless, labels));
    }

    @Test
    void zeroDimensionIsRejected() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(16).putInt(0x803).putInt(1).putInt(0).putInt(3);
        Path images = write(dir.resolve("images"), header.array());
        Path labels = write(dir.resolve("labels"), labelFile(0));
        assertEquals(images + ": IDX dimension 1 is 0, every dimension must be at least 1", failure(images, labels));
    }

    @Test
    void countsMustAgree() throws IOException {
        Path images = write(dir.resolve("images"), imageFile(3, 2, 2));
        Path labels = write(dir.resolve("labels"), labelFile(0, 1));
        assertEquals(images + " has 3 images but " + labels + " has 2 labels", failure(images, labels));
    }

    @Test
    void labelsMustNameAClass() throws IOException {
        Path images = write(dir.resolve("images"), imageFile(2, 2, 2));
        Path labels = write(dir.resolve("labels"), labelFile(0, 7));
        assertEquals(labels + ": label 7 of image 1 is outside the 3 classes", failure(images, labels));
    }

    @Test
    void missingFileIsNamed() {
        Path absent = dir.resolve("absent");
        assertEquals("IDX file not found: " + absent, failure(absent, absent));
    }
}
