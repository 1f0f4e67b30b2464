package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own NB201 results, with column names ednag has never seen, work in every command that
 * takes a table: generate, study and proxies; a table for part of the space works; a bad one is
 * one line, exit 2 and no output.
 */
class OwnTableTest {

    @TempDir
    static Path tmp;

    /** Every cell: my_acc (the CIFAR-10 test accuracy), my_val (its validation accuracy), my_err = 100 − my_acc. */
    static Path full;

    /** Every fifth cell only. */
    static Path partial;

    static double bestAccuracy;
    static double bestListedAccuracy;

    @BeforeAll
    static void writeTables() throws IOException {
        MetricTable shipped = Nb201Benchmark.shipped().table();
        List<String> all = new ArrayList<>(List.of("arch_str,my_acc,my_val,my_err"));
        List<String> some = new ArrayList<>(List.of("arch_str,my_acc,my_val"));
        bestAccuracy = Double.NEGATIVE_INFINITY;
        bestListedAccuracy = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < shipped.size(); row++) {
            double acc = shipped.value("cifar10_test", row);
            double val = shipped.value("cifar10valid_valid", row);
            all.add(String.format(Locale.ROOT, "%s,%s,%s,%s", shipped.key(row), acc, val, 100 - acc));
            bestAccuracy = Math.max(bestAccuracy, acc);
            if (row % 5 == 0) {
                some.add(String.format(Locale.ROOT, "%s,%s,%s", shipped.key(row), acc, val));
                bestListedAccuracy = Math.max(bestListedAccuracy, acc);
            }
        }
        full = Files.write(tmp.resolve("mine.csv"), all);
        partial = Files.write(tmp.resolve("some.csv"), some);
    }

    private static Map<String, Object> result(Path dir) throws IOException {
        return Json.parseObject(Files.readString(dir.resolve("result.json")));
    }

    @SuppressWarnings("unchecked")
    private static double bestReport(Path dir) throws IOException {
        return ((Number) ((Map<String, Object>) result(dir).get("best")).get("report")).doubleValue();
    }

    @Test
    void generateSearchesAndReportsOnTheUsersOwnColumnUnderTheOracleProtocol() throws IOException {
        Path out = tmp.resolve("oracle");
        CliRun run = CliRun.of("generate", "--space", "nb201", "--table", full.toString(), "--search-metric", "my_acc",
                "--report-metric", "my_acc", "--protocol", "oracle", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(bestAccuracy, bestReport(out), 1e-9, "the faithful run finds the CIFAR-10 optimum on either name");
        Path one = tmp.resolve("oracle-one-name");
        CliRun named = CliRun.of("generate", "--table", full.toString(), "--search-metric", "my_acc", "--protocol",
                "oracle", "--out", one.toString(), "-q");
        assertEquals(0, named.exitCode(), "under oracle naming one metric names both: " + named.err());
    }

    @Test
    void generateOnATableForPartOfTheSpaceCountsTheUnlistedCells() throws IOException {
        Path out = tmp.resolve("partial");
        CliRun run = CliRun.of("generate", "--table", partial.toString(), "--search-metric", "my_val",
                "--report-metric", "my_acc", "--variant", "budget", "--budget", "200", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> doc = result(out);
        long unevaluable = ((Number) doc.get("unevaluable")).longValue();
        assertTrue(unevaluable > 0 && unevaluable < 200, "some queries fall outside the table: " + unevaluable);
        assertTrue(run.out().contains(unevaluable + " unevaluable"), run.out());
        assertTrue(run.out().contains("covers 3125 of 15625 cells"), run.out());
        assertTrue(bestReport(out) <= bestListedAccuracy, "only listed cells are scored");
    }

    @Test
    void aMetricToMinimiseIsMinimisedByItsNameOrByMinimize() throws IOException {
        Path renamed = Files.writeString(tmp.resolve("renamed.csv"), Files.readString(full)
                .replaceFirst("my_err", "score"));
        Path byOption = tmp.resolve("minimize");
        CliRun run = CliRun.of("generate", "--table", renamed.toString(), "--search-metric", "score", "--minimize",
                "score", "--protocol", "oracle", "--out", byOption.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(bestReport(byOption) < 100 - bestAccuracy + 0.5, "near the smallest error: " + bestReport(byOption));
        Path byName = tmp.resolve("by-name");
        CliRun named = CliRun.of("generate", "--table", full.toString(), "--search-metric", "my_err", "--protocol",
                "oracle", "--out", byName.toString(), "-q");
        assertEquals(0, named.exitCode(), named.err());
        assertEquals(bestReport(byOption), bestReport(byName), "a column ending in _err is minimised: the same run");
        Path maximised = tmp.resolve("maximised");
        CliRun plain = CliRun.of("generate", "--table", renamed.toString(), "--search-metric", "score", "--protocol",
                "oracle", "--out", maximised.toString(), "-q");
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(bestReport(maximised) > 50, "without --minimize 'score' is maximised, so the worst cells win");
    }

    @Test
    void studyTakesTheUsersTableAndMetrics() throws IOException {
        Path out = tmp.resolve("study");
        CliRun run = CliRun.of("study", "--table", partial.toString(), "--search-metric", "my_val", "--report-metric",
                "my_acc", "--datasets", "cifar10", "--optimizers", "ednag,rs", "--budgets", "30", "--seeds", "3",
                "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| cifar10 | my_val | my_acc |"), report);
        assertTrue(report.contains("covers 3125 of 15625 cells"), report);
        assertFalse(report.contains("reference EDNAG"), "published anchors belong to the shipped table");
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(7, rows.size(), "2 optimizers x 3 seeds");
        for (String row : rows.subList(1, rows.size())) {
            assertEquals(bestListedAccuracy, Double.parseDouble(row.split(",")[7]), 1e-9, "optimum of the listed cells");
        }
        String manifest = Files.readString(out.resolve("study.json"));
        assertTrue(manifest.contains("some.csv"), "the manifest names the table");
    }

    @Test
    void studyRefusesATableForAnotherBenchmarkAndBadNames() {
        Path out = tmp.resolve("refused");
        CliRun other = CliRun.of("study", "--benchmark", "tnb101-micro", "--table", full.toString(), "--out",
                out.toString(), "-q");
        assertEquals(2, other.exitCode());
        assertTrue(other.err().contains("--benchmark nb201"), other.err());
        CliRun unknown = CliRun.of("study", "--table", full.toString(), "--search-metric", "my_val",
                "--report-metric", "my_acc", "--minimize", "nothing", "--out", out.toString(), "-q");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("ednag: --minimize: unknown metric 'nothing'"), unknown.err());
        CliRun defaults = CliRun.of("study", "--table", full.toString(), "--out", out.toString(), "-q");
        assertEquals(2, defaults.exitCode(), "the built-in default columns are not in the user's table");
        assertTrue(defaults.err().contains("my_acc, my_val, my_err"), "the message lists the columns: " + defaults.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMalformedTableIsOneLineAndNoOutputInEveryCommand() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "arch_str,my_acc\n|nor_conv_3x3~0|,93\n");
        for (String command : List.of("generate", "study", "proxies")) {
            Path out = tmp.resolve("bad-" + command);
            CliRun run = CliRun.of(command, "--table", bad.toString(), "--out", out.toString(), "-q");
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), command + ": " + run.err());
            assertTrue(run.err().contains("--table"), command + ": " + run.err());
            assertFalse(Files.exists(out), command);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void proxiesCorrelateWithTheUsersColumnOnTheCellsItLists() throws IOException {
        Path out = tmp.resolve("proxies");
        CliRun run = CliRun.of("proxies", "--table", partial.toString(), "--report-metric", "my_acc", "--sample", "6",
                "--proxy", "params", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> correlation = Json.parseObject(Files.readString(out.resolve("correlation.json")));
        assertEquals("my_acc", correlation.get("accuracy"));
        Map<String, Object> params = (Map<String, Object>) ((Map<String, Object>) correlation.get("byProxy")).get("params");
        assertEquals(null, params.get("published_spearman"), "published values are for the built-in test accuracy");
        Set<String> listed = Set.copyOf(Files.readAllLines(partial).stream().skip(1).map(l -> l.split(",")[0]).toList());
        List<String> scored = Files.readAllLines(out.resolve("proxies.csv")).stream().skip(1).toList();
        assertEquals(6, scored.size());
        for (String line : scored) {
            assertTrue(listed.contains(line.substring(0, line.indexOf(','))), "drawn from the table's rows: " + line);
        }
    }
}
