package dev.ednag.core.diffusion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A table α[0..N-1], α[0] nearly clean and α[N-1] nearly pure noise (spec §3). */
public interface AlphaSchedule {

    /** A stable short name, e.g. {@code cosine}. */
    String name();

    /** The table α[0..steps-1]; {@code steps} must be at least 2. */
    double[] alphas(int steps);

    /** The N-1 denoising iterations over {@code alphas(steps)}, in order (spec §3.1). */
    default List<DenoisingStep> iterations(int steps) {
        return iterations(alphas(steps));
    }

    /**
     * The N-1 denoising iterations over a table, in order (spec §3.1): iteration k uses
     * t = N-1-k and the pair (α[t], α[t-1]), so α[0] only ever appears as a_prev.
     *
     * @return an unmodifiable list; empty for a table of length 1
     */
    static List<DenoisingStep> iterations(double[] alphas) {
        if (alphas.length == 0) {
            throw new IllegalArgumentException("alpha table must not be empty");
        }
        int n = alphas.length;
        List<DenoisingStep> steps = new ArrayList<>(n - 1);
        for (int k = 0; k < n - 1; k++) {
            int t = n - 1 - k;
            steps.add(new DenoisingStep(k, t, alphas[t], alphas[t - 1]));
        }
        return Collections.unmodifiableList(steps);
    }
}
