package dev.ednag.core.evolution;

/**
 * Stable descending index order (spec §12.7: torch's sort is unspecified on ties, so the port uses
 * a stable sort with ties going to the lower index). −0.0 ties with 0.0; NaN ranks above every
 * number, as in torch's descending sort.
 */
final class StableOrder {

    private StableOrder() {}

    /** Indices 0..n-1 of {@code values}, largest value first, ties by ascending index. */
    static int[] descending(double[] values) {
        int n = values.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        // Bottom-up merge sort on primitive ints: stable, no boxing.
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(values, order, buffer, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
        return order;
    }

    private static void merge(double[] values, int[] order, int[] buffer, int lo, int mid, int hi) {
        int a = lo;
        int b = mid;
        int out = lo;
        while (a < mid && b < hi) {
            // Take from the right run only when strictly before, which keeps equal keys in order.
            buffer[out++] = before(values[order[b]], values[order[a]]) ? order[b++] : order[a++];
        }
        while (a < mid) {
            buffer[out++] = order[a++];
        }
        while (b < hi) {
            buffer[out++] = order[b++];
        }
        System.arraycopy(buffer, lo, order, lo, hi - lo);
    }

    /** True when {@code x} ranks strictly before {@code y} in descending order. */
    private static boolean before(double x, double y) {
        return Double.compare(x + 0.0, y + 0.0) > 0;
    }
}
