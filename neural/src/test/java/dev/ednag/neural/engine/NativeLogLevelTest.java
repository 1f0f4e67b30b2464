package dev.ednag.neural.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLogLevelTest {

    @Test
    void errorsOnlyUnlessTheUserAsksForALevel() {
        assertEquals(NativeLogLevel.ERROR, NativeLogLevel.wanted(null));
        assertEquals(NativeLogLevel.WARNING, NativeLogLevel.wanted("warning"));
        assertEquals(NativeLogLevel.WARNING, NativeLogLevel.wanted(" 1 "));
        assertEquals(0, NativeLogLevel.wanted("INFO"));
        assertEquals(3, NativeLogLevel.wanted("fatal"));
        assertEquals(NativeLogLevel.ERROR, NativeLogLevel.wanted("loud"), "an unknown value keeps ednag's default");
    }

    @Test
    void findsTheC10LibraryOfEachPlatformInAFolder(@TempDir Path dir) throws IOException {
        assertTrue(NativeLogLevel.c10Library(dir).isEmpty());
        assertTrue(NativeLogLevel.c10Library(dir.resolve("missing")).isEmpty());
        Files.createFile(dir.resolve("libc10_cuda.so"));
        Files.createFile(dir.resolve("libtorch.so"));
        assertTrue(NativeLogLevel.c10Library(dir).isEmpty(), "only c10 itself");
        Files.createFile(dir.resolve("libc10.dylib"));
        assertEquals(dir.resolve("libc10.dylib"), NativeLogLevel.c10Library(dir).orElseThrow());
    }

    @Test
    void theLoadedEngineTakesTheLevel() {
        NeuralEngine.get();
        assertTrue(NativeLogLevel.apply(), "the shipped libtorch exports " + NativeLogLevel.FLAG);
    }
}
