package dev.ednag.core.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondHolderInTheSameProcessIsRefusedUntilTheFirstCloses() throws IOException {
        try (FolderLock first = FolderLock.acquire(dir)) {
            FolderBusyException busy = assertThrows(FolderBusyException.class, () -> FolderLock.acquire(dir));
            assertTrue(busy.getMessage().contains("another ednag run") && busy.getMessage().contains("--out"));
        }
        FolderLock.acquire(dir).close();
    }

    /** Holds the lock of args[0], writes args[1] when it has it, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]))) {
            Files.writeString(Path.of(args[1]), "locked");
            Thread.sleep(600_000);
        }
    }

    @Test
    void anotherProcessIsRefusedAndAKilledHolderReleasesTheFolder() throws Exception {
        Path ready = dir.resolve("ready");
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FolderLockTest.class.getName(), dir.toString(),
                ready.toString())).inheritIO().start();
        try {
            for (int i = 0; i < 600 && !Files.exists(ready); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(ready), "the holder took the lock");
            assertThrows(FolderBusyException.class, () -> FolderLock.acquire(dir));
        } finally {
            holder.destroyForcibly(); // SIGKILL: no close, no finally in the holder
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        FolderLock.acquire(dir).close(); // the operating system released it with the process
    }
}
