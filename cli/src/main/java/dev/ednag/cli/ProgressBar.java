package dev.ednag.cli;

import dev.ednag.core.run.Runner;
import dev.ednag.core.run.TraceRow;
import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal. */
final class ProgressBar implements Runner.TraceListener {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final int total;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintStream out, int total, boolean enabled) {
        this.out = out;
        this.total = Math.max(1, total);
        this.enabled = enabled;
    }

    /** Enabled only on an interactive terminal, unless the user asked for quiet. */
    static boolean interactive() {
        return System.console() != null;
    }

    @Override
    public void onRow(TraceRow row) {
        if (!enabled) {
            return;
        }
        int done = row.step().iteration() + 1;
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 50_000_000L) {
            return; // redraw at most 20 times a second
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        out.printf("\r[%s%s] %d/%d iterations · %d unique architectures · best %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, row.uniqueArchitectures(),
                Double.isNaN(row.bestSearch()) ? "-" : String.format("%.4f", row.bestSearch()));
        out.flush();
    }

    /** Clears the bar so that the result table starts on a clean line. */
    void finish() {
        if (enabled && lastDraw != 0) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
