package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A study's log as a crash or an edit leaves it, 10⁵ times: torn last lines, changed bytes, fields
 * of the wrong type, garbage. Reading keeps the intact runs or fails with one IOException that
 * says which line; nothing else escapes.
 */
class StudyLogFuzzTest {

    private static final String LINE = Json.write(Map.of("id", "abc", "run", RunRecordCodec.toMap(new RunRecord(
            "ednag", "cifar10", 50, 7, "blackbox", 91.5, 93.25, 94.37, 1.12, false, 50, null, 120,
            List.of(new AnytimePoint(1, 90.0), new AnytimePoint(9, 93.25)))))) + "\n";

    @Property(tries = 100_000, seed = "16006")
    void aDamagedLogKeepsItsIntactRunsOrSaysWhichLineIsBad(@ForAll("logs") byte[] bytes) {
        Map<String, RunRecord> runs = new LinkedHashMap<>();
        try {
            long intact = StudyLog.read(Path.of("runs.jsonl"), bytes, runs);
            assertTrue(intact <= bytes.length);
        } catch (IOException e) {
            assertTrue(e.getMessage().contains(" line "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<byte[]> logs() {
        Arbitrary<String> fieldEdit = Arbitraries.of("\"budget\":50", "\"seed\":7", "\"anytime\":[[1,90.0],[9,93.25]]",
                "\"hit\":false", "\"optimizer\":\"ednag\"", "\"queriesToOptimum\":null");
        Arbitrary<String> replacement = Arbitraries.of("\"budget\":\"50\"", "\"seed\":null", "\"anytime\":[[1]]",
                "\"anytime\":{}", "\"hit\":1", "\"optimizer\":7", "\"queriesToOptimum\":\"x\"", "\"anytime\":[[1,\"a\"]]",
                "\"budget\":1e400", "\"seed\":9223372036854775808", "\"x\":1");
        Arbitrary<String> retyped = Combinators.combine(fieldEdit, replacement, Arbitraries.integers().between(1, 3))
                .as((from, to, n) -> LINE.repeat(n).replaceFirst(java.util.regex.Pattern.quote(from), to));
        Arbitrary<byte[]> torn = Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 1_200), Arbitraries.bytes(), Arbitraries.of(false, true))
                .as((n, at, b, cut) -> {
                    byte[] raw = LINE.repeat(n).getBytes(StandardCharsets.UTF_8);
                    int i = Math.min(at, raw.length);
                    if (cut) {
                        return java.util.Arrays.copyOf(raw, i);
                    }
                    if (i < raw.length) {
                        raw[i] = b;
                    }
                    return raw;
                });
        return Arbitraries.oneOf(retyped.map(s -> s.getBytes(StandardCharsets.UTF_8)), torn,
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.strings().ofMaxLength(60).map(s -> (s + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
