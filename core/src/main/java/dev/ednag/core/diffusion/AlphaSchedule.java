package dev.ednag.core.diffusion;

import java.util.List;

/** A table α[0..N-1], α[0] nearly clean and α[N-1] nearly pure noise (spec §3). */
public interface AlphaSchedule {

    String name();

    /** The table α[0..steps-1]. */
    double[] alphas(int steps);

    /** The N-1 denoising iterations over {@code alphas(steps)}, in order (spec §3.1). */
    default List<DenoisingStep> iterations(int steps) {
        return iterations(alphas(steps));
    }

    /** The N-1 denoising iterations over a table, in order (spec §3.1). */
    static List<DenoisingStep> iterations(double[] alphas) {
        throw new UnsupportedOperationException("TODO");
    }
}
