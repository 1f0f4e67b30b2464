package dev.ednag.continuous.peers;

import dev.ednag.continuous.Generation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a stream of single evaluations into consecutive generations of a fixed size, for an
 * optimizer that scores one point at a time. A trailing partial block is not a generation.
 */
final class GenerationBlocks {

    private final int size;
    private final boolean keepAll;
    private final List<Generation> kept = new ArrayList<>();
    private Generation last;
    private int completed;
    private double[][] open;
    private double[] openFitness;
    private int filled;

    /** @param keepAll whether to keep every completed generation, or only the latest */
    GenerationBlocks(int size, boolean keepAll) {
        this.size = size;
        this.keepAll = keepAll;
        startBlock();
    }

    /** Adds one scored point; keeps {@code point} itself, which the caller must not change. */
    void add(double[] point, double value) {
        open[filled] = point;
        openFitness[filled++] = value;
        if (filled == size) {
            last = new Generation(completed++, open, openFitness);
            if (keepAll) {
                kept.add(last);
            }
            startBlock();
        }
    }

    /** Every completed generation in order; empty unless kept. */
    List<Generation> all() {
        return List.copyOf(kept);
    }

    /** The latest completed generation, if any. */
    Optional<Generation> last() {
        return Optional.ofNullable(last);
    }

    int completed() {
        return completed;
    }

    private void startBlock() {
        open = new double[size][];
        openFitness = new double[size];
        filled = 0;
    }
}
