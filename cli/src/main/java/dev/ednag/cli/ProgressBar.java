package dev.ednag.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn in place; silent when disabled (not a terminal, or quiet). */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** Enabled only on an interactive terminal, unless the user asked for quiet. */
    static boolean interactive() {
        return System.console() != null;
    }

    /** Draws {@code done} of {@code total} with a detail text; at most 20 redraws a second, and always the last. */
    void draw(long done, long total, String detail) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 50_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) (WIDTH * Math.min(done, total) / Math.max(1, total));
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + detail);
        out.flush();
    }

    /** Draws {@code done} of {@code total} runs with an estimate of the time left, from a start on {@link System#nanoTime}. */
    void drawRuns(long done, long total, long startNanos) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String eta = done < total && elapsed > 1
                ? String.format(Locale.ROOT, " · about %.0f s left", elapsed * (total - done) / done)
                : "";
        draw(done, total, String.format(Locale.ROOT, "%d/%d runs%s", done, total, eta));
    }

    /** Clears the bar so that the next output starts on a clean line. */
    void finish() {
        if (enabled && lastDraw != 0) {
            out.print("\r" + " ".repeat(110) + "\r");
            out.flush();
        }
    }
}
