package dev.ednag.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTextAsUtf8AndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("result.json");
        AtomicFiles.write(target, "{\"acc\":\"é\"}");
        assertEquals("{\"acc\":\"é\"}", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("result.json"), names());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("result.csv");
        AtomicFiles.write(target, "old, longer content");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("result.csv"), names());
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path target = dir.resolve("a/b/out.txt");
        AtomicFiles.write(target, "x");
        assertEquals("x", Files.readString(target));
    }

    @Test
    void writerGetsAFreshHiddenPathInTheSameDirectoryKeepingTheExtension() throws IOException {
        Path target = dir.resolve("curve.png");
        AtomicReference<Path> seen = new AtomicReference<>();
        AtomicFiles.writeWith(target, temp -> {
            seen.set(temp);
            assertFalse(Files.exists(temp));
            Files.writeString(temp, "png bytes");
        });
        Path temp = seen.get();
        assertEquals(target.toAbsolutePath().getParent(), temp.getParent());
        String name = temp.getFileName().toString();
        assertTrue(name.startsWith(".curve.png.tmp-") && name.endsWith(".png"), name);
        assertEquals("png bytes", Files.readString(target));
        assertEquals(List.of("curve.png"), names());
    }

    @Test
    void temporaryNamesOfExtensionlessAndHiddenFilesGetNoSuffix() {
        assertTrue(AtomicFiles.temporaryName("README").matches("\\.README\\.tmp-[0-9a-f]{16}"));
        assertTrue(AtomicFiles.temporaryName(".config").matches("\\.\\.config\\.tmp-[0-9a-f]{16}"));
        assertTrue(AtomicFiles.temporaryName("a.tar.gz").matches("\\.a\\.tar\\.gz\\.tmp-[0-9a-f]{16}\\.gz"));
    }

    @Test
    void failingWriterLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = dir.resolve("result.json");
        IOException boom = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.writeWith(target, temp -> {
            Files.writeString(temp, "half");
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(List.of(), names());
    }

    @Test
    void failingWriterKeepsThePreviousTargetIntact() throws IOException {
        Path target = dir.resolve("result.json");
        AtomicFiles.write(target, "complete");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeWith(target, temp -> {
            Files.writeString(temp, "partial");
            throw new IllegalStateException("encoder crashed");
        }));
        assertEquals("complete", Files.readString(target));
        assertEquals(List.of("result.json"), names());
    }

    @Test
    void writerThatCreatesNothingIsAnError() throws IOException {
        Path target = dir.resolve("chart.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeWith(target, temp -> { }));
        assertTrue(e.getMessage().contains("did not create"), e.getMessage());
        assertEquals(List.of(), names());
    }
}
