package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --variant predictor}: predictor-guided EDNAG from the command line. */
class PredictorGenerateTest {

    @TempDir
    Path tmp;

    @Test
    void spendsTheBudgetWritesEveryFileAndNamesTheSurrogate() throws IOException {
        Path out = tmp.resolve("p");
        CliRun run = CliRun.of("generate", "--variant", "predictor", "--budget", "25", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        for (String f : List.of("result.json", "trace.csv", "journal.jsonl", "denoising.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Map<String, Object> result = Json.parseObject(Files.readString(out.resolve("result.json")));
        assertEquals(25L, ((Number) result.get("uniqueArchitectures")).longValue());
        String doc = Files.readString(out.resolve("result.json"));
        assertTrue(doc.contains("mlp-ensemble") && doc.contains("\"encoding\""), "the manifest names the surrogate");
        // One trace row for the initial sample and one per refit: 10 initial, then 5 at a time.
        assertEquals(1 + 1 + 3, Files.readAllLines(out.resolve("trace.csv")).size());
    }

    @Test
    void aRerunReplaysTheJournalToTheSameResult() throws IOException {
        Path dir = tmp.resolve("again");
        String[] args = {"generate", "--variant", "predictor", "--budget", "20", "--seed", "4", "-q", "--out",
                dir.toString()};
        assertEquals(0, CliRun.of(args).exitCode());
        String first = GenerateCommandTest.withoutExecutionFields(dir);
        assertEquals(0, CliRun.of(args).exitCode());
        assertEquals(first, GenerateCommandTest.withoutExecutionFields(dir));
        Map<String, Object> rerun = Json.parseObject(Files.readString(dir.resolve("result.json")));
        assertEquals(rerun.get("uniqueArchitectures"), rerun.get("replayedFromJournal"), "nothing re-evaluated");
    }
}
