package dev.ednag.core.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The journal file exists but was written by a run with a different configuration (its header's
 * fingerprint differs), so replaying it would silently mix two runs.
 */
public final class JournalMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    public JournalMismatchException(Path file, String expectedFingerprint, String foundFingerprint) {
        super("journal " + file + " belongs to a different run configuration (fingerprint " + foundFingerprint
                + ", expected " + expectedFingerprint + "); use another journal file or delete this one");
    }
}
