package dev.ednag.core.diffusion;

/** Formats schedule parameters for stable names: integral values without a trailing ".0". */
final class ScheduleNames {

    private ScheduleNames() {}

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
