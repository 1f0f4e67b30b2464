package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesAllArtifactsAndPrintsTheTopTable() throws IOException {
        Path out = tmp.resolve("run");
        CliRun run = CliRun.of("generate", "--dataset", "cifar100", "--protocol", "oracle", "--seed", "3",
                "--top", "4", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String f : List.of("result.json", "trace.csv", "journal.jsonl", "denoising.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Map<String, Object> result = Json.parseObject(Files.readString(out.resolve("result.json")));
        assertEquals("oracle", result.get("protocol"));
        assertEquals(3L, result.get("seed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> best = (Map<String, Object>) result.get("best");
        assertEquals(best.get("search"), best.get("report"), "oracle protocol searches on the report metric");
        assertEquals(4, ((List<?>) result.get("top")).size());
        assertTrue(run.out().contains((String) best.get("arch")));
        assertTrue(run.out().contains("protocol oracle"));
        List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
        assertEquals(1 + 99, trace.size());
    }

    @Test
    void aBudgetSmallerThanOneDenoisingStepStillWritesEveryFile() throws IOException {
        Path out = tmp.resolve("tiny");
        CliRun run = CliRun.of("generate", "--variant", "budget", "--budget", "12", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        for (String f : List.of("result.json", "trace.csv", "journal.jsonl", "denoising.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Map<String, Object> result = Json.parseObject(Files.readString(out.resolve("result.json")));
        assertEquals(12L, ((Number) result.get("uniqueArchitectures")).longValue());
    }

    @Test
    void blackboxReportsTestAccuracyOfWhatTheValidationMetricChose() throws IOException {
        Path out = tmp.resolve("bb");
        CliRun run = CliRun.of("generate", "--protocol", "blackbox", "--budget", "60", "-q", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> result = Json.parseObject(Files.readString(out.resolve("result.json")));
        assertEquals(60L, result.get("uniqueArchitectures"));
        assertEquals("budget", result.get("stopReason"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bench = (Map<String, Object>) result.get("benchmark");
        assertEquals("cifar10valid_valid", bench.get("searchMetric"));
        assertEquals("cifar10_test", bench.get("reportMetric"));
        assertEquals("", run.out(), "--quiet prints nothing");
    }

    @Test
    void sameSeedGivesIdenticalOutputsWhateverTheThreadCount() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliRun.of("generate", "--seed", "11", "--threads", "1", "-q", "--out", a.toString()).exitCode());
        assertEquals(0, CliRun.of("generate", "--seed", "11", "--threads", "4", "-q", "--out", b.toString()).exitCode());
        assertEquals(Files.readString(a.resolve("trace.csv")), Files.readString(b.resolve("trace.csv")));
        assertEquals(withoutExecutionFields(a), withoutExecutionFields(b));
    }

    @Test
    void rerunReplaysTheJournalAndEndsIdentically() throws IOException {
        Path dir = tmp.resolve("again");
        assertEquals(0, CliRun.of("generate", "--seed", "5", "-q", "--out", dir.toString()).exitCode());
        String trace = Files.readString(dir.resolve("trace.csv"));
        String result = withoutExecutionFields(dir);
        long journalLines = Files.lines(dir.resolve("journal.jsonl")).count();
        assertEquals(0, CliRun.of("generate", "--seed", "5", "-q", "--out", dir.toString()).exitCode());
        assertEquals(trace, Files.readString(dir.resolve("trace.csv")));
        assertEquals(result, withoutExecutionFields(dir));
        assertEquals(journalLines, Files.lines(dir.resolve("journal.jsonl")).count(), "nothing re-evaluated");
        Map<String, Object> rerun = Json.parseObject(Files.readString(dir.resolve("result.json")));
        assertEquals(rerun.get("uniqueArchitectures"), rerun.get("replayedFromJournal"));
    }

    @Test
    void aJournalOfAnotherConfigurationIsRefused() throws IOException {
        Path dir = tmp.resolve("other");
        assertEquals(0, CliRun.of("generate", "--seed", "5", "-q", "--out", dir.toString()).exitCode());
        CliRun run = CliRun.of("generate", "--seed", "6", "-q", "--out", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("journal"), run.err());
    }

    /** result.json without the two fields that describe the execution rather than the result. */
    static String withoutExecutionFields(Path dir) throws IOException {
        Map<String, Object> doc = Json.parseObject(Files.readString(dir.resolve("result.json")));
        doc.remove("wallMillis");
        doc.remove("replayedFromJournal");
        return Json.writePretty(doc);
    }

    @Test
    void helpExplainsEveryOption() {
        CliRun run = CliRun.of("generate", "--help");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--space", "--dataset", "--protocol", "--table", "--search-metric",
                "--report-metric", "--variant", "--seed", "--steps", "--population", "--noise-scale", "--temperature",
                "--mutation-rate", "--budget", "--top", "--out", "--threads", "oracle", "blackbox")) {
            assertTrue(run.out().contains(option), option);
        }
        assertFalse(run.out().isBlank());
    }
}
