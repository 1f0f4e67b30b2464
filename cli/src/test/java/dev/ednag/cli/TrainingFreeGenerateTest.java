package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingFreeGenerateTest {

    @Test
    void searchesOnSynflowAndReportsTheTablesTestAccuracy(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        String[] args = {"generate", "--fitness", "synflow", "--dataset", "ImageNet16-120", "--budget", "40",
            "--seed", "2", "--threads", "2", "--out", out.toString(), "-q"};
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> result = Json.parseObject(Files.readString(out.resolve("result.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> best = (Map<String, Object>) result.get("best");
        MetricTable table = Nb201Benchmark.shipped().table();
        double test = table.value("imagenet16_test", table.row((String) best.get("arch")));
        assertEquals(test, ((Number) best.get("report")).doubleValue(), 1e-9);
        double search = ((Number) best.get("search")).doubleValue();
        assertTrue(search > 5 && search < 200, "log10 synflow " + search);
        assertTrue(((Number) result.get("uniqueArchitectures")).intValue() <= 40);
        assertTrue(Files.readString(out.resolve("result.json")).contains("log10_synflow"));

        // The journal replays the run: same result without scoring again.
        String before = Files.readString(out.resolve("trace.csv"));
        CliRun again = CliRun.of(args);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(before, Files.readString(out.resolve("trace.csv")));
    }

    @Test
    void scoresTheSkeletonItIsGiven(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("small");
        CliRun run = CliRun.of("generate", "--fitness", "synflow", "--dataset", "ImageNet16-120", "--width", "4",
            "--cells", "1", "--budget", "20", "--seed", "3", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        String result = Files.readString(out.resolve("result.json"));
        assertTrue(result.contains("C=4, N=1"), result);
        // A narrower, shallower network has fewer paths, so a smaller synflow than any benchmark-skeleton network.
        Map<String, Object> best = best(result);
        assertTrue(((Number) best.get("search")).doubleValue() < 20, "log10 synflow " + best.get("search"));
        @SuppressWarnings("unchecked")
        Map<String, Object> network = (Map<String, Object>) ((Map<String, Object>) Json.parseObject(result)
                .get("evaluator")).get("network");
        assertEquals(1L, ((Number) network.get("cellsPerStage")).longValue());

        // The skeleton is part of the run's identity: another one never replays these scores.
        CliRun other = CliRun.of("generate", "--fitness", "synflow", "--dataset", "ImageNet16-120", "--width", "4",
            "--cells", "2", "--budget", "20", "--seed", "3", "--out", out.toString(), "-q");
        assertEquals(2, other.exitCode(), other.err());
        assertTrue(other.err().contains("journal"), other.err());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> best(String resultJson) {
        return (Map<String, Object>) Json.parseObject(resultJson).get("best");
    }

    @Test
    void optionsThatNeedATableOrOtherSpacesAreRefused(@TempDir Path dir) {
        String out = dir.resolve("x").toString();
        for (String[] args : new String[][] {
            {"generate", "--fitness", "synflow", "--space", "darts", "--out", out},
            {"generate", "--fitness", "synflow", "--protocol", "oracle", "--out", out},
            {"generate", "--fitness", "synflow", "--search-metric", "valid", "--out", out},
            {"generate", "--fitness", "snip", "--out", out},
            {"generate", "--data", "gaussian", "--out", out},
            {"generate", "--width", "8", "--out", out},
            {"generate", "--fitness", "synflow", "--cells", "0", "--out", out},
            {"generate", "--fitness", "nope", "--out", out}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().lines().count() <= 2, r.err());
        }
    }
}
