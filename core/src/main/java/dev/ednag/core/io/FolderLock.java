package dev.ednag.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive hold on an output folder for as long as a run writes to it, so that two runs pointed
 * at the same folder cannot interleave their journals. The operating system's file lock on
 * {@value #FILE} is released when the holder closes it or dies, even by {@code kill -9}, so a killed
 * run never leaves a folder locked; the empty lock file itself stays and is harmless.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name inside the folder. */
    public static final String FILE = ".ednag.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}, which must exist, without waiting.
     *
     * @throws FolderBusyException when another run, in this process or another, holds it
     */
    public static FolderLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new FolderBusyException(dir);
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
