package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.core.json.Json;
import dev.ednag.spaces.SearchSpaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in space is usable from the command line with its default objective. */
class EverySpaceTest {

    @Test
    void generateWithTheDefaultsEvaluatesValidArchitecturesOnEverySpace(@TempDir Path dir) throws IOException {
        for (String space : SearchSpaces.names()) {
            for (List<String> variant : List.of(List.<String>of(), List.of("--variant", "budget", "--budget", "60"))) {
                Path out = dir.resolve(space + variant.size());
                List<String> args = new ArrayList<>(List.of("generate", "--space", space, "--seed", "3", "--out",
                        out.toString(), "-q"));
                args.addAll(variant);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertEquals(0, run.exitCode(), space + ": " + run.err());
                Map<String, Object> result = Json.parseObject(Files.readString(out.resolve("result.json")));
                long valid = ((Number) result.get("uniqueArchitectures")).longValue()
                        - ((Number) result.get("unevaluable")).longValue() - ((Number) result.get("failed")).longValue();
                assertTrue(valid >= 10, space + " " + variant + ": only " + valid + " valid architectures evaluated");
                assertNotNull(result.get("best"), space + " " + variant);
                // A space searched through a sample is recorded as the sampled space, e.g. nb301-sample for darts.
                String recorded = Benchmarks.forSpace(space).isEmpty() ? space : Benchmarks.forSpace(space).get(0);
                assertTrue(result.toString().contains(space) || result.toString().contains(recorded), space);
            }
        }
    }

    @Test
    void aSmallStudyWithTheDefaultsRunsOnEverySpace(@TempDir Path dir) throws IOException {
        for (String space : SearchSpaces.names()) {
            Path out = dir.resolve(space);
            CliRun run = CliRun.of("study", "--space", space, "--budgets", "20", "--seeds", "2", "--threads", "2",
                    "--out", out.toString(), "-q");
            assertEquals(0, run.exitCode(), space + ": " + run.err());
            List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
            assertTrue(rows.size() > 2, space);
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split(",");
                assertFalse(f[6].isEmpty(), space + ": every run found a valid architecture: " + row);
                assertTrue(Long.parseLong(f[10]) > 0, space + ": " + row);
            }
            String report = Files.readString(out.resolve("report.md"));
            assertTrue(report.contains("Paired by seed"), space);
            assertFalse(report.contains("no paired runs"), space + ": runs pair up even where the optimum is unknown");
        }
    }

    @Test
    void spacesListsEverySpaceWithItsTablesOrCosts() {
        CliRun run = CliRun.of("spaces", "--json");
        assertEquals(0, run.exitCode(), run.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> spaces = (List<Map<String, Object>>) Json.parseObject(run.out()).get("spaces");
        assertEquals(SearchSpaces.names(), spaces.stream().map(s -> s.get("name")).toList());
        for (Map<String, Object> s : spaces) {
            boolean hasTable = !((List<?>) s.get("benchmarks")).isEmpty();
            assertTrue(hasTable || s.containsKey("costs"), s.get("name") + " has neither a table nor costs");
        }
        String text = CliRun.of("spaces").out();
        assertTrue(text.contains("room_layout") && text.contains("nb301-sample") && text.contains("2.18e+19"), text);
    }

    @Test
    void costSpacesRefuseTableOptionsWithAnExplanation(@TempDir Path dir) {
        CliRun run = CliRun.of("generate", "--space", "autoformer-tiny", "--dataset", "cifar10", "--out",
                dir.toString(), "-q");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no benchmark table"), run.err());
        CliRun wrongTable = CliRun.of("generate", "--space", "nb201", "--benchmark", "tnb101-micro", "--out",
                dir.toString(), "-q");
        assertEquals(2, wrongTable.exitCode());
        assertTrue(wrongTable.err().contains("does not evaluate space 'nb201'"), wrongTable.err());
    }

    @Test
    void aStudyOnAMinimisedTaskReportsRegretAgainstTheSmallestLoss(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("study", "--benchmark", "tnb101-macro", "--datasets", "room_layout", "--optimizers",
                "ednag,rs", "--budgets", "50", "--seeds", "5", "--threads", "2", "--out", dir.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals("optimizer,dataset,budget,seed,protocol,result_search,result_report,optimum_report,regret,hit,"
                + "unique_queries,queries_to_optimum,wall_ms", lines.get(0), "the same columns as every benchmark");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double report = Double.parseDouble(f[6]);
            double optimum = Double.parseDouble(f[7]);
            assertTrue(report >= optimum, "a loss cannot beat the smallest loss: " + line);
            assertEquals(report - optimum, Double.parseDouble(f[8]), 1e-9, line);
        }
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("no test split"), "the report says search and report are one column");
    }
}
