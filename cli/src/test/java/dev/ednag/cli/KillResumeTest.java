package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of {@code ednag generate}, then the same command again: the result
 * and trace equal those of an uninterrupted run. A long schedule keeps the child busy long enough
 * to be killed part-way.
 */
class KillResumeTest {

    private static final List<String> RUN = List.of("generate", "--dataset", "cifar100", "--seed", "42",
            "--steps", "2500", "-q");

    @TempDir
    Path tmp;

    @Test
    void killedRunResumesToTheUninterruptedResult() throws Exception {
        Path killed = tmp.resolve("killed");
        Process child = startChild(killed);
        Path journal = killed.resolve("journal.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(journal) < 150) {
            assertTrue(child.isAlive(), "the child ended before it could be killed");
            assertTrue(System.nanoTime() < deadline, "the child wrote too little journal in time");
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(killed.resolve("result.json")), "killed too late: the run had finished");
        long journaled = lines(journal) - 1;

        assertEquals(0, CliRun.of(args(killed)).exitCode());
        Path straight = tmp.resolve("straight");
        assertEquals(0, CliRun.of(args(straight)).exitCode());

        assertEquals(Files.readString(straight.resolve("trace.csv")), Files.readString(killed.resolve("trace.csv")));
        assertEquals(GenerateCommandTest.withoutExecutionFields(straight),
                GenerateCommandTest.withoutExecutionFields(killed));
        Map<String, Object> resumed = Json.parseObject(Files.readString(killed.resolve("result.json")));
        long replayed = (Long) resumed.get("replayedFromJournal");
        assertTrue(replayed >= journaled - 1 && replayed <= journaled,
                "replayed " + replayed + " of " + journaled + " journaled evaluations");
        assertTrue((Long) resumed.get("uniqueArchitectures") > replayed, "the resumed run evaluated new cells too");
    }

    private String[] args(Path out) {
        List<String> a = new ArrayList<>(RUN);
        a.add("--out");
        a.add(out.toString());
        return a.toArray(String[]::new);
    }

    private Process startChild(Path out) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Djava.awt.headless=true");
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args(out)));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(tmp.resolve("child.log").toFile())).start();
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file)) {
            return s.count();
        } catch (java.io.UncheckedIOException e) {
            return 0; // a line half-written at this instant
        }
    }

}
