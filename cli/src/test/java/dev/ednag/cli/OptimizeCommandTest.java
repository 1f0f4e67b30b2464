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

class OptimizeCommandTest {

    @Test
    void writesEveryOutputAndResumes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("o");
        String[] args = {"optimize", "--function", "himmelblau", "--population", "64", "--steps", "10", "--seeds", "3",
            "--out", out.toString(), "--threads", "2"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("12 runs (12 run now)"), first.out());
        assertTrue(first.out().contains("| cmaes |"), first.out());
        for (String f : List.of("runs.csv", "results.csv", "results.md", "optimize.json", "fitness.png", "entropy.png",
                "population-de.png", "population-cmaes.png", "population-es.png", "population-rs.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(rows.get(0).startsWith("method,function,dim,seed,evaluations,top64_fitness,top64_entropy,"
                + "optima_found,"), rows.get(0));
        assertEquals(13, rows.size());
        assertTrue(rows.get(1).startsWith("de,himmelblau,2,1,640,"), rows.get(1));
        CliRun again = CliRun.of(args);
        assertTrue(again.out().contains("12 runs (0 run now)"), again.out());
        assertEquals(rows, Files.readAllLines(out.resolve("runs.csv")));
        // The same folder with other settings is refused rather than mixed.
        String[] other = args.clone();
        other[4] = "32";
        CliRun refused = CliRun.of(other);
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("other settings"), refused.err());
    }

    @Test
    void highDimensionalFunctionsAddLatentDeAndDrawNoFrames(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("optimize", "--function", "rastrigin-32d", "--population", "32", "--steps", "5",
                "--seeds", "2", "--out", dir.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        String csv = Files.readString(dir.resolve("runs.csv"));
        assertTrue(csv.contains("latent-de,rastrigin-32d,32,1,160,"), csv);
        assertFalse(Files.exists(dir.resolve("population-de.png")));
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) {
        Path out = dir.resolve("o");
        for (String[] args : List.of(
                new String[] {"optimize", "--function", "nope", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--methods", "de,pso", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--schedule", "sigmoid", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--mapping", "energy:x", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--population", "1", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--seeds", "0", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--density", "knn", "--out", out.toString()},
                new String[] {"optimize", "--function", "beale", "--temperature", "0", "--out", out.toString()},
                new String[] {"optimize", "--out", out.toString()})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing may be written for bad input");
        }
    }
}
