package dev.ednag.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * half-written file: the bytes go to a temporary file in the target's directory, are forced to
 * disk, and the temporary file is then renamed over the target ({@code ATOMIC_MOVE}, falling back
 * to {@code REPLACE_EXISTING} where the file system cannot rename atomically).
 *
 * <p>The temporary file is named {@code .<target name>.tmp-<random hex><target extension>}, e.g.
 * {@code .result.json.tmp-3f9a0c1b2d4e5f60.json}: hidden, recognizably ours, in the same directory
 * (so the rename stays on one file system) and ending with the target's extension, because some
 * encoders (PNG writers, for instance) append an extension when the path lacks one. On any failure
 * the temporary file is deleted and the target is left untouched. Missing parent directories are
 * created. All methods are thread-safe; concurrent writes to the same target end with one complete
 * version (the last rename wins).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8. */
    public static void write(Path target, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        writeWith(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        });
    }

    /**
     * Lets {@code writer} create a file at a temporary path (which does not exist yet and keeps
     * the target's extension), then moves it over {@code target}.
     *
     * @throws IOException when the writer fails, does not create the file, or the move fails;
     *     the temporary file is removed in every failure case
     */
    public static void writeWith(Path target, IoConsumer<Path> writer) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writer, "writer");
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        Files.createDirectories(directory);
        Path temp = directory.resolve(temporaryName(absolute.getFileName().toString()));
        try {
            writer.accept(temp);
            if (!Files.isRegularFile(temp)) {
                throw new IOException("the writer for " + target + " did not create the file " + temp);
            }
            force(temp);
            move(temp, absolute);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    static String temporaryName(String targetName) {
        int dot = targetName.lastIndexOf('.');
        // A leading dot (".bashrc") marks a hidden file, not an extension.
        String extension = dot > 0 ? targetName.substring(dot) : "";
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return "." + targetName + ".tmp-" + random + extension;
    }

    /** Forces the content to disk before the rename, so a crash cannot leave a renamed but empty file. */
    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException notAtomicHere) {
            // Some file systems cannot rename atomically, or refuse to replace an existing target
            // atomically; a plain replacing move is the best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
