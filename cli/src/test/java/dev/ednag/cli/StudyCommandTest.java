package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

    @Test
    void writesEveryOutputAndResumes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("s");
        String[] args = {"study", "--datasets", "cifar10,cifar100", "--optimizers", "ednag,rea,rs", "--budgets",
            "30,60", "--seeds", "5", "--out", out.toString(), "--threads", "2"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("60 runs (60 run now, 0 from the log)"), first.out());
        for (String f : List.of("runs.csv", "anytime.csv", "study.json", "report.md", "summary.csv", "runs.jsonl",
                "anytime-cifar10.png", "anytime-cifar100.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("optimizer,dataset,budget,seed,protocol,result_search,result_report,optimum_report,regret,hit,"
                + "unique_queries,queries_to_optimum,wall_ms", rows.get(0));
        assertEquals(61, rows.size());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("ednag vs rea"), "paired test missing");
        CliRun again = CliRun.of(args);
        assertTrue(again.out().contains("60 runs (0 run now, 60 from the log)"), again.out());
        assertEquals(rows, Files.readAllLines(out.resolve("runs.csv")));
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) {
        Path out = dir.resolve("s");
        for (String[] args : List.of(
                new String[] {"study", "--optimizers", "ednag,nope", "--out", out.toString()},
                new String[] {"study", "--datasets", "mnist", "--out", out.toString()},
                new String[] {"study", "--budgets", "0", "--out", out.toString()},
                new String[] {"study", "--seeds", "0", "--out", out.toString()},
                new String[] {"study", "--protocol", "cheating", "--out", out.toString()},
                new String[] {"study", "--benchmark", "nb101", "--out", out.toString()})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing may be written for bad input");
        }
    }

    @Test
    void generateRunsTheBudgetVariantWithinItsBudget(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("generate", "--variant", "budget", "--budget", "100", "--out", dir.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        String result = Files.readString(dir.resolve("result.json"));
        assertTrue(result.contains("\"variant\": \"budget\""), result);
    }
}
