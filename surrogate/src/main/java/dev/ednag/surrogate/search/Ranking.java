package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The best few candidates by a score, as every acquisition ends. */
final class Ranking {

    private Ranking() {}

    /** The {@code k} entries with the highest scores, highest first; the earlier entry wins ties. */
    static List<Architecture> top(List<Architecture> entries, double[] score, int k) {
        Integer[] order = new Integer[entries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        List<Architecture> out = new ArrayList<>(Math.min(k, order.length));
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out.add(entries.get(order[i]));
        }
        return out;
    }
}
