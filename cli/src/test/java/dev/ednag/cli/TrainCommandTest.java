package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import dev.ednag.neural.data.DataSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    private static final String CELL =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    @Test
    void trainsASmallSkeletonOnASliceOfFashionMnist(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DataSources.fashionMnistFolder()), "Fashion-MNIST is not installed");
        Path out = dir.resolve("t");
        CliRun run = CliRun.of("train", "--arch", CELL, "--data", "fashion-mnist", "--epochs", "2", "--max-train", "900",
                "--width", "4", "--cells", "1", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("test accuracy"), run.out());
        for (String f : List.of("training.csv", "learning-curve.png", "model.params", "architecture.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(3, Files.readAllLines(out.resolve("training.csv")).size());
        Map<String, Object> architecture = Json.parseObject(Files.readString(out.resolve("architecture.json")));
        assertEquals(CELL, architecture.get("arch"));
        assertEquals(Map.of("train", 900L, "validation", 100L, "test", 150L), architecture.get("images"));
        CliRun again = CliRun.of("train", "--arch", CELL, "--data", "fashion-mnist", "--out", out.toString());
        assertEquals(2, again.exitCode(), again.err());
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) {
        String out = dir.resolve("x").toString();
        for (String[] args : new String[][] {
            {"train", "--arch", "|nope~0|", "--data", "fashion-mnist", "--out", out},
            {"train", "--arch", CELL, "--data", dir.resolve("missing").toString(), "--out", out},
            {"train", "--arch", CELL, "--data", "fashion-mnist", "--epochs", "0", "--out", out}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().strip().lines().count() == 1, r.err());
        }
    }
}
