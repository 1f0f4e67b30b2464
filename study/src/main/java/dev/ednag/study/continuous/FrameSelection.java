package dev.ednag.study.continuous;

/**
 * Which generations of a trace become frames: evenly spaced from the first to the last, so a
 * picture always shows where a run started and where it ended.
 *
 * <p>With {@code n} generations and {@code k} frames, frame {@code i} (0-based) shows list
 * position {@code round(i · (n − 1) / (k − 1))}, halves rounded up, computed in integers so the
 * choice never depends on floating point. When {@code n ≤ k} every generation is shown; one frame
 * shows the last generation. For 25 generations and 5 frames: 0, 6, 12, 18, 24.
 */
public final class FrameSelection {

    private FrameSelection() {}

    /**
     * @param generations how many generations the trace holds, at least 1
     * @param frames      how many frames are wanted, at least 1
     * @return strictly increasing list positions, {@code min(generations, frames)} of them
     */
    public static int[] indices(int generations, int frames) {
        if (generations < 1) {
            throw new IllegalArgumentException("the trace is empty: there is no generation to draw");
        }
        if (frames < 1) {
            throw new IllegalArgumentException("at least one frame is needed, got " + frames);
        }
        if (generations <= frames) {
            int[] all = new int[generations];
            for (int i = 0; i < generations; i++) {
                all[i] = i;
            }
            return all;
        }
        if (frames == 1) {
            return new int[] {generations - 1};
        }
        long span = generations - 1L;
        long gaps = frames - 1L;
        int[] chosen = new int[frames];
        for (int i = 0; i < frames; i++) {
            // round(i · span / gaps) with halves up: floor((2 · i · span + gaps) / (2 · gaps)).
            chosen[i] = (int) ((2L * i * span + gaps) / (2L * gaps));
        }
        return chosen;
    }
}
