package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * result.json and journal.jsonl of one fixed run, byte for byte against files kept from before the
 * JSON codec changed: the documented keys, their order, and every number's digits. Only the lines
 * that describe the execution (wall time, replays, the Java and ednag versions) are left out.
 */
class GoldenOutputTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFixedRunWritesTheGoldenResultAndJournal(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("generate", "--variant", "budget", "--budget", "60", "--seed", "3", "--out",
                dir.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        String result = Files.readString(dir.resolve("result.json")).lines()
                .filter(l -> !l.contains("\"wallMillis\"") && !l.contains("\"replayedFromJournal\"")
                        && !l.contains("\"java\"") && !l.contains("\"ednag\": \""))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(resource("golden-result.json"), result);
        assertEquals(resource("golden-journal.jsonl"), Files.readString(dir.resolve("journal.jsonl")));
    }
}
