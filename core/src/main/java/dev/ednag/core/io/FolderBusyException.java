package dev.ednag.core.io;

import java.nio.file.Path;

/** Another run is writing to the folder a run was pointed at; nothing was written. */
public final class FolderBusyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public FolderBusyException(Path dir) {
        super(dir + " is in use by another ednag run (it holds " + dir.resolve(FolderLock.FILE)
                + "); wait for it to finish or choose another --out");
    }
}
