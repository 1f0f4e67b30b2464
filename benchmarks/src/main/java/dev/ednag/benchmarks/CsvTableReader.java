package dev.ednag.benchmarks;

import dev.ednag.core.io.Sha256;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams one CSV (or gzipped CSV) into a {@link MetricTable}, hashing the raw bytes on the way.
 * Apache Commons CSV splits the records; this class checks the header, the keys, the field counts
 * and the numbers, and turns every problem into one line. One instance reads one file;
 * {@link TableLoader} is the public entry point.
 */
final class CsvTableReader {

    private static final int BUFFER = 1 << 16;
    /**
     * RFC 4180 (quoted fields may hold commas, quotes and line breaks); blanks around a field are
     * dropped; empty lines are kept as records so that line numbers stay exact (see {@link Records}).
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
    private static final int MAX_SHOWN = 120;

    private final String displayName;
    private final String fileName;
    private final TableKey tableKey;

    private int lineNumber;

    /**
     * @param displayName how messages name the file (the path as the user gave it)
     * @param fileName the bare file name recorded in {@link DataFile}
     * @param tableKey the columns that name each row's architecture, and how they become its key
     */
    CsvTableReader(String displayName, String fileName, TableKey tableKey) {
        this.displayName = displayName;
        this.fileName = fileName;
        this.tableKey = tableKey;
    }

    MetricTable read(InputStream raw) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
        DigestInputStream digested = new DigestInputStream(raw, sha256);
        BufferedInputStream buffered = new BufferedInputStream(digested, BUFFER);
        LinkedHashMap<String, double[]> columns = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> keys;
        try {
            InputStream text = isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER) : buffered;
            keys = parse(reader(text), columns, ignored);
            drain(digested); // hash whatever the parser did not need (e.g. the gzip trailer)
        } catch (EOFException e) {
            throw new TableFormatException(displayName + " is truncated (unexpected end of gzip data)", e);
        } catch (ZipException e) {
            throw new TableFormatException(displayName + " is not valid gzip data (" + e.getMessage() + ")", e);
        } catch (CharacterCodingException e) {
            throw new TableFormatException(displayName + " is not UTF-8 text (near line " + lineNumber + ")", e);
        }
        String sha = HexFormat.of().formatHex(sha256.digest());
        DataFile file = new DataFile(fileName, sha, keys.size());
        return new MetricTable(fileName, keys.toArray(String[]::new), columns, ignored, List.of(file));
    }

    private List<String> parse(Reader text, Map<String, double[]> columnsOut, List<String> ignoredOut)
            throws IOException {
        // Not closed: that would close the caller's stream, which read() still drains for the digest.
        CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
        Records records = new Records(parser);
        CSVRecord header = records.nextNonBlank();
        if (header == null) {
            throw new TableFormatException(displayName + ": the file is empty; expected a CSV header line with "
                    + keyColumnsText() + " column");
        }
        int headerLine = lineNumber;
        List<String> names = headerNames(header, headerLine);
        int[] keyColumns = new int[tableKey.columns().size()];
        for (int k = 0; k < keyColumns.length; k++) {
            keyColumns[k] = names.indexOf(tableKey.columns().get(k));
            if (keyColumns[k] < 0) {
                throw new TableFormatException(displayName + ": no '" + tableKey.columns().get(k)
                        + "' column in the header (found: " + abbreviate(String.join(", ", names)) + ")");
            }
        }
        Set<String> keyNames = Set.copyOf(tableKey.columns());
        ColumnBuilder[] builders = new ColumnBuilder[names.size()];
        for (int c = 0; c < builders.length; c++) {
            boolean isKey = keyNames.contains(names.get(c));
            if (!isKey && !names.get(c).isEmpty()) {
                builders[c] = new ColumnBuilder(names.get(c));
            } else if (!isKey) {
                ignoredOut.add("(unnamed column " + (c + 1) + ")"); // e.g. a pandas index written without a name
            }
        }
        List<String> rowKeys = readRows(records, names.size(), keyColumns, builders);
        if (rowKeys.isEmpty()) {
            throw new TableFormatException(displayName + ": no data rows (only a header on line " + headerLine + ")");
        }
        RepeatAverager repeats = new RepeatAverager(rowKeys);
        for (ColumnBuilder builder : builders) {
            if (builder == null) {
                continue;
            }
            if (builder.type() == ColumnBuilder.Type.TEXT) {
                ignoredOut.add(builder.name());
            } else {
                columnsOut.put(builder.name(), repeats.average(builder.values()));
            }
        }
        return repeats.keys();
    }

    private List<String> headerNames(CSVRecord header, int headerLine) throws TableFormatException {
        List<String> names = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (c == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip(); // byte-order mark written by some spreadsheet programs
            }
            if (!name.isEmpty() && !seen.add(name)) {
                throw new TableFormatException(displayName + " line " + headerLine + ": column '" + name
                        + "' appears twice in the header");
            }
            names.add(name);
        }
        return names;
    }

    private List<String> readRows(Records records, int fieldCount, int[] keyColumns, ColumnBuilder[] builders)
            throws IOException {
        List<String> keys = new ArrayList<>(16_384);
        Map<String, Integer> keyLines = new HashMap<>(32_768);
        CSVRecord row;
        while ((row = records.nextNonBlank()) != null) {
            if (row.size() != fieldCount) {
                throw new TableFormatException(displayName + " line " + lineNumber + ": expected " + fieldCount
                        + " fields as in the header, found " + row.size());
            }
            String[] keyFields = new String[keyColumns.length];
            for (int k = 0; k < keyColumns.length; k++) {
                keyFields[k] = row.get(keyColumns[k]);
            }
            String key = canonicalKey(keyFields);
            Integer firstLine = keyLines.putIfAbsent(key, lineNumber);
            if (firstLine != null && !tableKey.averageRepeats()) {
                throw new TableFormatException(displayName + " line " + lineNumber + ": duplicate architecture '"
                        + abbreviate(key) + "' (first on line " + firstLine + ")");
            }
            keys.add(key);
            for (int c = 0; c < builders.length; c++) {
                if (builders[c] != null) {
                    addValue(builders[c], row.get(c));
                }
            }
        }
        return keys;
    }

    /**
     * The parser's records with blank lines skipped, each record's first line kept in
     * {@link #lineNumber} for messages. Empty lines are not dropped by the format but here, so that
     * every record starts on the line after the previous one ended.
     */
    private final class Records {
        private final CSVParser parser;
        private final Iterator<CSVRecord> iterator;

        Records(CSVParser parser) {
            this.parser = parser;
            this.iterator = parser.iterator();
        }

        CSVRecord nextNonBlank() throws IOException {
            while (true) {
                lineNumber = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        return null;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException e) {
                    throw malformed(e.getCause());
                }
                if (record.size() > 1 || !record.get(0).isBlank()) {
                    return record;
                }
            }
        }

        /** The library's message for a quoting error, made one line that names the file and line. */
        private IOException malformed(IOException cause) {
            String why = cause.getMessage() == null ? "" : cause.getMessage();
            if (!(cause instanceof CSVException)) {
                return cause; // decoding, gzip and read errors are reported by read()
            }
            if (why.contains("EOF reached before encapsulated token finished")) {
                return new TableFormatException(displayName + " line " + lineNumber
                        + ": a field has an opening quote but no closing quote");
            }
            if (why.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")) {
                return new TableFormatException(displayName + " line " + lineNumber
                        + ": a field has characters after its closing quote");
            }
            return new TableFormatException(displayName + " line " + lineNumber + ": malformed CSV (" + why + ")", cause);
        }
    }

    private void addValue(ColumnBuilder builder, String field) throws TableFormatException {
        try {
            builder.add(field, lineNumber);
        } catch (NumberFormatException e) {
            throw new TableFormatException(displayName + " line " + lineNumber + ": column '" + builder.name()
                    + "': '" + abbreviate(field) + "' is not a number (the column is numeric from line "
                    + builder.typeLine() + ")");
        }
    }

    private String canonicalKey(String[] fields) throws TableFormatException {
        for (int k = 0; k < fields.length; k++) {
            if (fields[k].isEmpty()) {
                throw new TableFormatException(displayName + " line " + lineNumber + ": empty "
                        + tableKey.columns().get(k));
            }
        }
        try {
            return tableKey.keyOf().apply(List.of(fields));
        } catch (IllegalArgumentException e) {
            String shown = abbreviate(String.join(",", fields));
            String why = e.getMessage() == null ? "" : e.getMessage();
            // Parse messages usually name the key; add it only when this one does not.
            String message = why.contains(shown) || why.contains("'" + abbreviate(fields[0]))
                    ? why
                    : "'" + shown + "' names no architecture: " + why;
            throw new TableFormatException(displayName + " line " + lineNumber + ": " + message, e);
        }
    }

    private String keyColumnsText() {
        return tableKey.columns().size() == 1 ? "an '" + tableKey.columns().get(0) + "'"
                : "'" + String.join("', '", tableKey.columns()) + "'";
    }

    private static Reader reader(InputStream in) {
        // REPORT, not REPLACE: a binary or Latin-1 file should fail loudly, not load mangled keys.
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER);
    }

    /** Gzip is recognised by its magic bytes 1f 8b, whatever the file is called. */
    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // only the digest needs these bytes
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
    }
}
