package dev.ednag.benchmarks.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.TableFormatException;
import dev.ednag.benchmarks.TableLoader;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The table parser on 10⁵ generated files each: near-valid CSV with the damage real files have
 * (BOMs, CRLF, NaN, wrong types, duplicate keys and columns, ragged rows, huge fields, quotes,
 * truncation), gzipped or not, and plain noise. Every input ends in a table or one
 * {@link TableFormatException} with a one-line message; nothing else escapes.
 */
class TableParserFuzzTest {

    static final int TRIES = 100_000;

    private static final Nb201Space SPACE = Nb201Space.instance();

    @Property(tries = TRIES, seed = "16001")
    void everyGeneratedTableIsReadOrRefusedInOneLine(@ForAll("tables") byte[] file) {
        readOrRefuse(file);
    }

    @Property(tries = TRIES, seed = "16002")
    void noiseIsRefusedInOneLine(@ForAll("noise") byte[] file) {
        readOrRefuse(file);
    }

    private static void readOrRefuse(byte[] file) {
        try {
            MetricTable table = TableLoader.read(new ByteArrayInputStream(file), "fuzz.csv", SPACE);
            assertTrue(table.size() >= 0);
            for (String key : table.keys()) {
                assertEquals(key, SPACE.parse(key).key(), "keys are stored canonically");
            }
        } catch (TableFormatException e) {
            String message = e.getMessage();
            assertFalse(message == null || message.isBlank(), "a message");
            assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
            assertTrue(message.length() < 2_000, "short: " + message.length());
        }
    }

    @Provide
    Arbitrary<byte[]> tables() {
        Arbitrary<String> text = Combinators.combine(header(), rows(), Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.of("", "\uFEFF")).as((h, r, eol, bom) -> bom + h + eol + String.join(eol, r) + eol);
        return Combinators.combine(text, Arbitraries.integers().between(0, 100), Arbitraries.of(false, true))
                .as((t, cut, gzip) -> damage(t.getBytes(StandardCharsets.UTF_8), cut, gzip));
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    private static Arbitrary<String> header() {
        Arbitrary<String> column = Arbitraries.oneOf(Arbitraries.of("arch_str", "cifar10_test", "acc", "my_acc", "",
                "\"quoted\"", "a,b", "arch_str"), Arbitraries.strings().ofMaxLength(8));
        return column.list().ofMinSize(0).ofMaxSize(5).map(c -> String.join(",", c));
    }

    private static Arbitrary<List<String>> rows() {
        return row().list().ofMaxSize(6);
    }

    private static Arbitrary<String> row() {
        List<String> keys = List.of(SPACE.cell(0).key(), SPACE.cell(1).key(), SPACE.cell(15_624).key(),
                "|nor_conv_3x3~0|", "|none~0|+|none~0|none~1|+|none~0|none~1|none~3|");
        Arbitrary<String> field = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(keys)),
                Tuple.of(6, Arbitraries.of("93.5", "-1e308", "1e999", "NaN", "nan", "Infinity", "", "abc", "\"94.1\"",
                        "\"unclosed", "0x10", "1,5", " 7 ")),
                Tuple.of(4, Arbitraries.doubles().map(String::valueOf)),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(6)),
                Tuple.of(1, Arbitraries.strings().withChars('9', 'x', '|').ofMinLength(1_000).ofMaxLength(4_000)));
        return field.list().ofMaxSize(5).map(f -> String.join(",", f));
    }

    /** Cuts the file to {@code cut} % of its bytes (100: whole) and gzips it before or after the cut. */
    private static byte[] damage(byte[] text, int cut, boolean gzip) {
        byte[] body = gzip ? gzip(text) : text;
        int keep = cut >= 90 ? body.length : body.length * cut / 90;
        return java.util.Arrays.copyOf(body, keep);
    }

    private static byte[] gzip(byte[] text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
