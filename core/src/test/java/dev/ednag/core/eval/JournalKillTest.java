package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Resume = replay, tested against a real SIGKILL of a child JVM in the middle of a run. */
class JournalKillTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void killedRunResumesToTheUninterruptedResultEvaluatingOnlyWhatWasMissing() throws Exception {
        Path journalFile = dir.resolve("journal.jsonl");
        Path childLog = dir.resolve("child.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ResumeScenario.class.getName(), journalFile.toString(), "10")
                .redirectErrorStream(true)
                .redirectOutput(childLog.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lineCount(journalFile) < 20) {
                if (!child.isAlive()) {
                    throw new AssertionError("child exited with " + child.exitValue() + " before the kill: "
                            + Files.readString(childLog));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("child wrote no 20 journal lines in time: " + Files.readString(childLog));
                }
                Thread.sleep(2);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            child.waitFor(10, TimeUnit.SECONDS);
        }
        int unique = ResumeScenario.uniqueKeys().size();
        long linesAtKill = lineCount(journalFile);
        assertTrue(linesAtKill < 1 + unique, "the child must die before finishing, it wrote " + linesAtKill + " lines");

        FakeOracle resumedOracle = new FakeOracle();
        ResumeScenario.Outcome resumed = ResumeScenario.run(journalFile, resumedOracle);
        ResumeScenario.Outcome uninterrupted = ResumeScenario.run(dir.resolve("fresh.jsonl"), new FakeOracle());

        assertEquals(uninterrupted.evaluations(), resumed.evaluations());
        assertTrue(resumed.replayedKeys().size() >= 19, "replayed only " + resumed.replayedKeys().size());
        List<String> missing = new ArrayList<>(ResumeScenario.uniqueKeys());
        missing.removeAll(new HashSet<>(resumed.replayedKeys()));
        assertEquals(missing, resumedOracle.calls(), "the oracle must see exactly the unjournaled architectures, once");

        try (Journal journal = Journal.open(journalFile, ResumeScenario.FINGERPRINT, null)) {
            assertEquals(unique, journal.replayCount());
        }
        assertEquals(1 + unique, lineCount(journalFile), "no architecture may be journaled twice");
    }

    private static long lineCount(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
