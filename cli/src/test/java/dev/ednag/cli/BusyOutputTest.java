package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.io.FolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders under contention or unwritable: one line, exit 2, and nothing of the other run touched. */
class BusyOutputTest {

    @TempDir
    Path tmp;

    private static final List<List<String>> COMMANDS = List.of(
            List.of("generate", "--budget", "20", "--variant", "budget"),
            List.of("study", "--datasets", "cifar10", "--optimizers", "rs", "--budgets", "10", "--seeds", "2"),
            List.of("proxies", "--sample", "3", "--proxy", "params"));

    private static CliRun run(List<String> command, Path out) {
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("--out", out.toString(), "-q"));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aFolderAnotherRunHoldsIsRefusedAndLeftAsItWas() throws IOException {
        for (List<String> command : COMMANDS) {
            Path out = Files.createDirectories(tmp.resolve(command.get(0)));
            Path journal = Files.writeString(out.resolve("runs.jsonl"), "{\"other\":\"run\"}\n");
            try (FolderLock held = FolderLock.acquire(out)) {
                CliRun run = run(command, out);
                assertEquals(2, run.exitCode(), command + ": " + run.err());
                assertEquals(1, run.err().strip().lines().count(), run.err());
                assertTrue(run.err().contains("in use by another ednag run"), run.err());
            }
            try (var files = Files.list(out)) {
                assertEquals(List.of(FolderLock.FILE, "runs.jsonl"), files.map(f -> f.getFileName().toString()).sorted()
                        .toList(), command + " wrote nothing");
            }
            assertEquals("{\"other\":\"run\"}\n", Files.readString(journal));
        }
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        for (List<String> command : COMMANDS) {
            CliRun run = run(command, file.resolve("out"));
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("ednag: cannot write the output: "), run.err());
        }
    }

    @Test
    void theLockIsReleasedWhenARunEnds() {
        Path out = tmp.resolve("twice");
        for (int i = 0; i < 2; i++) {
            CliRun run = run(COMMANDS.get(0), out);
            assertEquals(0, run.exitCode(), run.err());
        }
    }
}
