package dev.ednag.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.spaces.nb201.Nb201Space;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableLoaderTest {

    private static final String A = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String B = "|skip_connect~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String C = "|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|avg_pool_3x3~2|";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private String failure(Path file) {
        return failure(file, null);
    }

    private String failure(Path file, Nb201Space space) {
        TableFormatException e = assertThrows(TableFormatException.class, () -> TableLoader.load(file, space));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void loadsNumericColumnsAndSkipsTextColumns() throws IOException {
        Path file = write("t.csv", "name,arch_str,acc,params,note\n"
                + "x," + A + ",91.5,1.25,\n"
                + "y," + B + ",,0.5,hello\n"
                + "z," + C + ",-3e-2,NaN,7\n");
        MetricTable table = TableLoader.load(file);
        assertEquals(3, table.size());
        assertEquals(List.of(A, B, C), table.keys());
        assertEquals(List.of("acc", "params"), table.columnNames());
        assertEquals(List.of("name", "note"), table.ignoredColumns()); // 'note' is text from its first value
        assertEquals(91.5, table.value("acc", 0));
        assertTrue(Double.isNaN(table.value("acc", 1)));
        assertEquals(-0.03, table.value("acc", 2));
        assertTrue(Double.isNaN(table.value("params", 2)));
        assertEquals(1, table.row(B));
        assertEquals(-1, table.row("nope"));
        assertEquals("t.csv", table.source());
    }

    @Test
    void recordsNameRowsAndSha256OfTheRawBytes() throws Exception {
        String content = "arch_str,acc\n" + A + ",1\n" + B + ",2\n";
        Path plain = write("plain.csv", content);
        Path zipped = write("zipped.csv.gz", gzip(content));
        for (Path file : List.of(plain, zipped)) {
            MetricTable table = TableLoader.load(file);
            DataFile data = table.dataFiles().get(0);
            assertEquals(file.getFileName().toString(), data.name());
            assertEquals(2, data.rows());
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
            assertEquals(expected, data.sha256());
        }
    }

    @Test
    void detectsGzipByContentNotByName() throws IOException {
        String content = "arch_str,acc\n" + A + ",1\n";
        assertEquals(1.0, TableLoader.load(write("looks-plain.csv", gzip(content))).value("acc", 0));
        assertEquals(1.0, TableLoader.load(write("looks-zipped.csv.gz", content)).value("acc", 0));
    }

    @Test
    void toleratesCrlfBlankLinesBomQuotesAndSpaces() throws IOException {
        Path file = write("w.csv", "\uFEFFarch_str , acc\r\n"
                + "\"" + A + "\", 1.5 \r\n"
                + "\r\n"
                + B + ",\"2\"\r\n"
                + "   \r\n");
        MetricTable table = TableLoader.load(file, Nb201Space.instance());
        assertEquals(List.of(A, B), table.keys());
        assertArrayEquals(new double[] {1.5, 2.0}, table.column("acc"));
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() throws IOException {
        Path file = write("q.csv", "arch_str,comment,acc\n" + A + ",\"a, \"\"b\"\"\",3\n");
        MetricTable table = TableLoader.load(file);
        assertEquals(3.0, table.value("acc", 0));
        assertEquals(List.of("comment"), table.ignoredColumns());
    }

    @Test
    void unnamedColumnsAreIgnored() throws IOException {
        // pandas' to_csv() writes its index as a first column with an empty name
        Path file = write("p.csv", ",arch_str,acc\n0," + A + ",1\n1," + B + ",2\n");
        MetricTable table = TableLoader.load(file);
        assertEquals(List.of("acc"), table.columnNames());
        assertEquals(List.of("(unnamed column 1)"), table.ignoredColumns());
    }

    @Test
    void numbersAreStrict() throws IOException {
        Path file = write("n.csv", "arch_str,acc\n" + A + ",1\n" + B + ",2d\n");
        assertEquals(file + " line 3: column 'acc': '2d' is not a number (the column is numeric from line 2)",
                failure(file));
        Path specials = write("s.csv", "arch_str,v\n" + A + ",-inf\n" + B + ",Infinity\n" + C + ",nan\n");
        double[] v = TableLoader.load(specials).column("v");
        assertEquals(Double.NEGATIVE_INFINITY, v[0]);
        assertEquals(Double.POSITIVE_INFINITY, v[1]);
        assertTrue(Double.isNaN(v[2]));
    }

    @Test
    void missingArchStrColumn() throws IOException {
        Path file = write("mytable.csv", "a,b,c\n1,2,3\n");
        assertEquals(file + ": no 'arch_str' column in the header (found: a, b, c)", failure(file));
    }

    @Test
    void wrongFieldCount() throws IOException {
        Path file = write("mytable.csv", "arch_str,acc,params\n" + A + ",1,2\n" + B + ",1\n");
        assertEquals(file + " line 3: expected 3 fields as in the header, found 2", failure(file));
        Path tooMany = write("many.csv", "arch_str,acc\n" + A + ",1,2,3\n");
        assertEquals(tooMany + " line 2: expected 2 fields as in the header, found 4", failure(tooMany));
    }

    @Test
    void nonNumericValueInNumericColumn() throws IOException {
        Path file = write("mytable.csv", "arch_str,acc\n" + A + ",1\n" + B + ",\n" + C + ",abc\n");
        assertEquals(file + " line 4: column 'acc': 'abc' is not a number (the column is numeric from line 2)",
                failure(file));
    }

    @Test
    void truncatedGzip() throws IOException {
        StringBuilder content = new StringBuilder("arch_str,acc\n");
        for (int i = 0; i < 2000; i++) {
            content.append("key").append(i).append(',').append(i * 0.37).append('\n');
        }
        byte[] whole = gzip(content.toString());
        Path file = write("mytable.csv.gz", Arrays.copyOf(whole, whole.length / 2));
        assertEquals(file + " is truncated (unexpected end of gzip data)", failure(file));
        Path tiny = write("tiny.csv.gz", Arrays.copyOf(whole, 4)); // cut inside the gzip header
        assertEquals(tiny + " is truncated (unexpected end of gzip data)", failure(tiny));
    }

    @Test
    void duplicateKey() throws IOException {
        Path file = write("mytable.csv", "arch_str,acc\n" + A + ",1\n" + B + ",2\n" + A + ",3\n");
        assertEquals(file + " line 4: duplicate architecture '" + A + "' (first on line 2)", failure(file));
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        Path empty = write("empty.csv", "");
        assertEquals(empty + ": the file is empty; expected a CSV header line with an 'arch_str' column",
                failure(empty));
        Path header = write("header.csv", "arch_str,acc\n\n");
        assertEquals(header + ": no data rows (only a header on line 1)", failure(header));
        Path zippedEmpty = write("empty.csv.gz", gzip(""));
        assertTrue(failure(zippedEmpty).startsWith(zippedEmpty + ": the file is empty"));
    }

    @Test
    void keyNotOfTheSpace() throws IOException {
        Path file = write("mytable.csv", "arch_str,acc\n" + A + ",1\n|conv~0|,2\n");
        assertEquals(1, TableLoader.load(file).row("|conv~0|")); // without a space any key goes
        String message = failure(file, Nb201Space.instance());
        assertTrue(message.startsWith(file + " line 3: '|conv~0|' is not a nb201 architecture: "), message);
        assertTrue(message.contains("expected |op~0|+|op~0|op~1|+|op~0|op~1|op~2|"), message);
    }

    @Test
    void emptyKey() throws IOException {
        Path file = write("mytable.csv", "arch_str,acc\n" + A + ",1\n,2\n");
        assertEquals(file + " line 3: empty arch_str", failure(file));
    }

    @Test
    void malformedHeaderAndQuotes() throws IOException {
        Path twice = write("twice.csv", "arch_str,acc,acc\n" + A + ",1,2\n");
        assertEquals(twice + " line 1: column 'acc' appears twice in the header", failure(twice));
        Path open = write("open.csv", "arch_str,acc\n\"" + A + ",1\n");
        assertEquals(open + " line 2: a field has an opening quote but no closing quote", failure(open));
        Path trailing = write("trailing.csv", "arch_str,acc\n\"" + A + "\"x,1\n");
        assertEquals(trailing + " line 2: a field has characters after its closing quote", failure(trailing));
        Path spanning = write("spanning.csv", "arch_str,note,acc\n" + A + ",\"two\nlines\",1\n" + B + ",x,2d\n");
        assertEquals(spanning + " line 4: column 'acc': '2d' is not a number (the column is numeric from line 2)",
                failure(spanning)); // a quoted field may span lines (RFC 4180), and later lines keep their numbers
    }

    @Test
    void binaryAndCorruptInput() throws IOException {
        Path latin1 = write("latin1.csv", new byte[] {'a', 'r', 'c', 'h', '_', 's', 't', 'r', '\n', (byte) 0xE9, '\n'});
        assertTrue(failure(latin1).startsWith(latin1 + " is not UTF-8 text"), failure(latin1));
        byte[] zipped = gzip("arch_str,acc\n" + A + ",1\n");
        for (int i = 12; i < zipped.length - 8; i++) {
            zipped[i] ^= 0x5A; // scramble the deflate stream, keep the header
        }
        Path corrupt = write("corrupt.csv.gz", zipped);
        String message = failure(corrupt);
        assertTrue(message.startsWith(corrupt + " is "), message);
    }

    @Test
    void missingFileAndResource() {
        Path missing = dir.resolve("nowhere.csv");
        assertEquals(missing + ": no such file", failure(missing));
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableLoader.loadResource(TableLoaderTest.class, "nowhere.csv.gz", null));
        assertTrue(e.getMessage().contains("'nowhere.csv.gz'") && e.getMessage().contains("not found"),
                e.getMessage());
    }

    @Test
    void readsFromAStream() throws IOException {
        byte[] bytes = ("arch_str,acc\n" + A + ",4\n").getBytes(StandardCharsets.UTF_8);
        MetricTable table = TableLoader.read(new ByteArrayInputStream(bytes), "stream.csv", Nb201Space.instance());
        assertEquals(4.0, table.value("acc", 0));
        assertEquals("stream.csv", table.dataFiles().get(0).name());
    }

    @Test
    void keysAreCheckedLineByLineWithLineNumbersAfterBlankLines() throws IOException {
        Path file = write("mytable.csv", "arch_str,acc\n\n" + A + ",1\n\n\n" + B + ",x\n");
        assertEquals(file + " line 6: column 'acc': 'x' is not a number (the column is numeric from line 3)",
                failure(file));
    }
}
