package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that builds real networks prints nothing on stderr but its own lines: PyTorch's C++
 * warnings go to the process's stderr directly, so only a separate process can see them.
 */
class QuietNativeTest {

    @Test
    void proxiesWithQuietPrintNothingAtAll(@TempDir Path tmp) throws IOException, InterruptedException {
        Path err = tmp.resolve("err.txt");
        Path out = tmp.resolve("out.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(), "proxies",
                "--sample", "3", "--proxy", "synflow", "--threads", "1", "--out", tmp.resolve("run").toString(), "-q");
        Process child = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the survey of 3 cells ends");
        assertEquals(0, child.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(err), "no native warnings on stderr");
        assertEquals("", Files.readString(out), "-q prints nothing");
        assertTrue(Files.exists(tmp.resolve("run").resolve("correlation.json")));
    }
}
