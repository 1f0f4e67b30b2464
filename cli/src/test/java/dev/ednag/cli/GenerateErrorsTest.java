package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one clear line on stderr naming the input, exit code 2, and no output folder. */
class GenerateErrorsTest {

    @TempDir
    Path tmp;

    private CliRun rejected(String expectedFragment, String... options) {
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("generate", "--out", out.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expectedFragment), "stderr should name '" + expectedFragment + "': " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(Files.exists(out), "no output on bad input");
        return run;
    }

    @Test
    void unknownSpaceDatasetProtocolVariantOrMetric() {
        rejected("unknown search space 'nb999'", "--space", "nb999");
        rejected("'mnist'", "--dataset", "mnist");
        rejected("'sometimes'", "--protocol", "sometimes");
        rejected("'fancy'", "--variant", "fancy");
        rejected("'accuracy'", "--protocol", "blackbox", "--search-metric", "accuracy");
    }

    @Test
    void protocolsAreEnforced() {
        rejected("test split", "--protocol", "blackbox", "--search-metric", "test12");
        rejected("--protocol oracle", "--protocol", "oracle", "--search-metric", "valid", "--report-metric", "test");
        rejected("must differ", "--protocol", "blackbox", "--search-metric", "test", "--report-metric", "test");
    }

    @Test
    void negativeOrAbsurdSizes() {
        rejected("--population", "--population", "-3");
        rejected("--population", "--population", "100000000");
        rejected("--steps", "--steps", "1");
        rejected("--budget", "--budget", "0");
        rejected("--top", "--top", "0");
        rejected("--threads", "--threads", "0");
        rejected("noise scale", "--noise-scale", "3");
        rejected("mutation rate", "--mutation-rate", "-0.5");
        rejected("--seed", "--seed", "abc");
    }

    @Test
    void malformedTables() throws IOException {
        Path missing = tmp.resolve("missing.csv");
        rejected("missing.csv", "--table", missing.toString());

        Path noArch = tmp.resolve("noarch.csv");
        Files.writeString(noArch, "a,b\n1,2\n");
        rejected("arch_str", "--table", noArch.toString());

        Path ragged = tmp.resolve("ragged.csv");
        Files.writeString(ragged, "arch_str,acc\n|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,1,2\n");
        rejected("line 2", "--table", ragged.toString());

        Path foreign = tmp.resolve("foreign.csv");
        Files.writeString(foreign, "arch_str,acc\n64-41414-3_33_313,50\n");
        rejected("64-41414-3_33_313", "--table", foreign.toString(), "--search-metric", "acc",
                "--report-metric", "acc", "--protocol", "oracle");

        Path truncated = tmp.resolve("cut.csv.gz");
        byte[] whole = gzip("arch_str,acc\n" + "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,1\n".repeat(2000));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        rejected("truncated", "--table", truncated.toString());
    }

    @Test
    void outputThatIsAFile() throws IOException {
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        CliRun run = CliRun.of("generate", "--out", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a folder"), run.err());
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
