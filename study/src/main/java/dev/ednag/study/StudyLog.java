package dev.ednag.study;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The append-only log of a study's finished runs ({@code runs.jsonl}): one JSON line per run, keyed
 * by the run's identity hash. Re-running a study reads it and skips every run already there, so an
 * interrupted study resumes where it stopped. A torn final line (an append cut short) is dropped and
 * cut off before the next append; damage anywhere else is an error, not a guess.
 */
public final class StudyLog implements AutoCloseable {

    public static final String FILE = "runs.jsonl";

    private final Map<String, RunRecord> finished;
    private final OutputStream out;

    private StudyLog(Map<String, RunRecord> finished, OutputStream out) {
        this.finished = finished;
        this.out = out;
    }

    /** Opens (or creates) the log in {@code dir}. */
    public static StudyLog open(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Map<String, RunRecord> finished = new LinkedHashMap<>();
        long intact = 0;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            intact = read(file, bytes, finished);
            if (intact < bytes.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(intact);
                }
            }
        }
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new StudyLog(finished, out);
    }

    /** Reads the intact runs of {@code bytes} into {@code into}; returns the length of the intact prefix. */
    static long read(Path file, byte[] bytes, Map<String, RunRecord> into) throws IOException {
        int start = 0;
        int line = 0;
        while (start < bytes.length) {
            int newline = start;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            if (newline == bytes.length) {
                break; // no newline: never committed
            }
            line++;
            String text = new String(bytes, start, newline - start, StandardCharsets.UTF_8);
            try {
                Map<String, Object> m = Json.parseObject(text);
                Object id = m.get("id");
                if (!(id instanceof String) || !(m.get("run") instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException("line lacks 'id' or 'run'");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> run = (Map<String, Object>) m.get("run");
                into.put((String) id, RunRecordCodec.fromMap(run));
            } catch (IllegalArgumentException e) { // JsonParseException included
                if (newline == bytes.length - 1) {
                    break; // a torn final line
                }
                throw new IOException(file + " line " + line + " is damaged (" + e.getMessage()
                        + "); remove the line or the file to run those runs again", e);
            }
            start = newline + 1;
        }
        return start;
    }

    /** A snapshot of the runs finished so far, by identity hash. */
    public synchronized Map<String, RunRecord> finished() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(finished));
    }

    /** Appends a finished run and flushes it to the operating system before returning. */
    public synchronized void append(String id, RunRecord record) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("run", RunRecordCodec.toMap(record));
        out.write((Json.write(m) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        finished.put(id, record);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
