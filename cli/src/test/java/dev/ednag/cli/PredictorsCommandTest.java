package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictorsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryTrialASummaryAndAChart() throws IOException {
        Path out = tmp.resolve("p");
        CliRun run = CliRun.of("predictors", "--surrogates", "gp", "--sizes", "10,40", "--seeds", "3", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> csv = Files.readAllLines(out.resolve("predictors.csv"));
        assertEquals(1 + 3 * 2 * 3, csv.size(), "onehot, path and arch2vec × 2 sizes × 3 seeds");
        for (String f : List.of("predictors.md", "kendall.png", "predictors.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String md = Files.readString(out.resolve("predictors.md"));
        assertTrue(md.contains("| path | gp | 40 | 3 |"), md);
        // 40 labels must rank the held-out cells better than chance.
        double tau = csv.stream().skip(1).filter(l -> l.startsWith("path,gp,40,"))
                .mapToDouble(l -> Double.parseDouble(l.split(",")[4])).average().orElseThrow();
        assertTrue(tau > 0.2, "mean tau " + tau);
        assertTrue(run.out().contains("Kendall tau"));
    }

    @Test
    void correlationsDoNotDependOnTheThreads() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        String[] common = {"predictors", "--benchmark", "tnb101-micro", "--dataset", "jigsaw", "--surrogates", "gp",
            "--sizes", "15", "--seeds", "2", "-q"};
        assertEquals(0, CliRun.of(concat(common, "--threads", "1", "--out", a.toString())).exitCode());
        assertEquals(0, CliRun.of(concat(common, "--threads", "2", "--out", b.toString())).exitCode());
        assertEquals(withoutTimes(a), withoutTimes(b));
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        Path out = tmp.resolve("bad");
        CliRun tooMany = CliRun.of("predictors", "--sizes", "20000", "--out", out.toString());
        assertEquals(2, tooMany.exitCode());
        assertTrue(tooMany.err().contains("--sizes"), tooMany.err());
        CliRun unknown = CliRun.of("predictors", "--surrogates", "svm", "--out", out.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("known: mlp-ensemble, gp"), unknown.err());
        CliRun noPath = CliRun.of("predictors", "--benchmark", "tnb101-macro", "--encodings", "path", "--out",
                out.toString());
        assertEquals(2, noPath.exitCode());
        assertFalse(Files.exists(out));
    }

    private static String withoutTimes(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("predictors.csv")).stream()
                .map(l -> l.substring(0, l.lastIndexOf(','))).collect(Collectors.joining("\n"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
