package dev.ednag.core.eval;

import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.json.Json;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A run's journal: a JSON-lines file with one header line
 * ({@code {"type":"header","format":"ednag-journal/1","fingerprint":...,...}}) followed by one line
 * per evaluation ({@code {"type":"evaluation","key":...,"status":"ok|failed|unevaluable",
 * "search":...,"report":...,"metrics":{...},"error":...}}). Doubles round-trip exactly; NaN is
 * written as {@code null}.
 *
 * <p>Opening an existing journal loads its evaluations into a replay map (first occurrence of a
 * key wins), so a re-run of the same configuration replays instead of re-evaluating. The replay map
 * is fixed at open; appended evaluations are not added to it. A final line cut short by a kill is
 * dropped and truncated away before appending resumes; damage anywhere else fails the open.
 *
 * <p>Each append is handed to the operating system with one {@code write} call and no fsync: data
 * the kernel has accepted survives a {@code kill -9} of the process, which is the failure resume is
 * built for. An OS crash may lose the last lines, which then are merely evaluated again.
 *
 * <p>The file is locked while open, so a second run (or a second open in this JVM) on the same
 * journal fails instead of interleaving lines. Appends are thread-safe.
 */
public final class Journal implements Closeable {

    private final Path file;
    private final Map<String, Object> header;
    private final Map<String, Evaluation> replay;
    private final FileChannel channel; // guarded by this
    private boolean closed; // guarded by this

    private Journal(Path file, Map<String, Object> header, Map<String, Evaluation> replay, FileChannel channel) {
        this.file = file;
        this.header = header;
        this.replay = replay;
        this.channel = channel;
    }

    /**
     * Opens {@code file}, creating it (and its parent directories) with a header when it does not
     * exist or is empty.
     *
     * @param fingerprint identifies the run configuration; an existing journal must carry the same
     * @param headerFields extra header fields for a new journal (e.g. config, seed); must not use the
     *     reserved names {@code type}, {@code format} or {@code fingerprint}; ignored when the
     *     journal already exists
     * @throws JournalMismatchException when the existing journal has another fingerprint
     * @throws IOException when the file is not a journal, is corrupt before its final line, or is
     *     open elsewhere
     */
    public static Journal open(Path file, String fingerprint, Map<String, ?> headerFields) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Map<String, Object> newHeader = newHeader(fingerprint, headerFields == null ? Map.of() : headerFields);
        if (!Files.exists(file) || Files.size(file) == 0) {
            // All-or-nothing, so a journal never exists without its complete header.
            AtomicFiles.write(file, Json.write(newHeader) + "\n");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            lock(channel, file);
            byte[] bytes = readAll(channel, file);
            JournalReader.Contents contents = JournalReader.read(file, bytes);
            Object found = contents.header().get("fingerprint");
            if (!fingerprint.equals(found)) {
                throw new JournalMismatchException(file, fingerprint, String.valueOf(found));
            }
            if (contents.intactLength() < bytes.length) {
                channel.truncate(contents.intactLength());
            }
            channel.position(contents.intactLength());
            return new Journal(file, contents.header(), contents.replay(), channel);
        } catch (Throwable failure) {
            try {
                channel.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    private static Map<String, Object> newHeader(String fingerprint, Map<String, ?> fields) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("type", JournalCodec.HEADER_TYPE);
        header.put("format", JournalCodec.FORMAT);
        header.put("fingerprint", fingerprint);
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (header.containsKey(field.getKey())) {
                throw new IllegalArgumentException("header field \"" + field.getKey() + "\" is reserved");
            }
            header.put(field.getKey(), field.getValue());
        }
        return header;
    }

    private static void lock(FileChannel channel, Path file) throws IOException {
        try {
            if (channel.tryLock() == null) {
                throw new IOException("journal " + file + " is in use by another process");
            }
        } catch (OverlappingFileLockException e) {
            throw new IOException("journal " + file + " is already open in this JVM", e);
        }
    }

    private static byte[] readAll(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("journal " + file + " is too large to read (" + size + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Appends one evaluation as one line. */
    public void append(Evaluation evaluation) throws IOException {
        appendAll(List.of(evaluation));
    }

    /** Appends evaluations in order, with a single write so a batch's lines stay together. */
    public synchronized void appendAll(List<Evaluation> evaluations) throws IOException {
        if (closed) {
            throw new IOException("journal " + file + " is closed");
        }
        StringBuilder lines = new StringBuilder();
        for (Evaluation evaluation : evaluations) {
            lines.append(Json.write(JournalCodec.toRecord(evaluation))).append('\n');
        }
        ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** The evaluation of {@code key} recorded in the file when it was opened. */
    public Optional<Evaluation> replayed(String key) {
        return Optional.ofNullable(replay.get(key));
    }

    /** Number of distinct architectures recorded in the file when it was opened. */
    public int replayCount() {
        return replay.size();
    }

    /** The header as found in (or written to) the file. */
    public Map<String, Object> header() {
        return Collections.unmodifiableMap(header);
    }

    public Path file() {
        return file;
    }

    /** Releases the file; appends afterwards fail. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close(); // also releases the lock
        }
    }
}
