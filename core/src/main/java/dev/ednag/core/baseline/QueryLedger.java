package dev.ednag.core.baseline;

import dev.ednag.core.space.Architecture;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The architectures one run has asked for, and whether its {@link RunLimits} or the size of the
 * space now end it. Not thread-safe: it is local to a run.
 */
final class QueryLedger {

    private final Set<String> queried = new HashSet<>();
    private final long capacity;
    private final int stallLimit;
    private int stall;

    QueryLedger(RunLimits limits, long spaceSize) {
        this.capacity = Math.min(limits.maxEvaluations(), spaceSize);
        this.stallLimit = limits.stallLimit();
    }

    /** Notes a look-up of {@code architecture}; true when it is new to this run. */
    boolean record(Architecture architecture) {
        if (queried.add(architecture.key())) {
            stall = 0;
            return true;
        }
        stall++;
        return false;
    }

    void recordAll(List<? extends Architecture> architectures) {
        for (Architecture a : architectures) {
            record(a);
        }
    }

    /** Notes a draw that brought no new architecture without a look-up, e.g. an invalid sample. */
    void miss() {
        stall++;
    }

    boolean contains(Architecture architecture) {
        return queried.contains(architecture.key());
    }

    /** New architectures the run may still query. */
    long remaining() {
        return capacity - queried.size();
    }

    /** True once the run has queried its maximum, the whole space, or stalled. */
    boolean finished() {
        return queried.size() >= capacity || stall >= stallLimit;
    }
}
