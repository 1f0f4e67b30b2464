package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Arch2VecEncoding;
import dev.ednag.surrogate.encoding.EmbeddingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decodes points of an embedding to real cells: the exact nearest cell by Euclidean distance among
 * those not yet evaluated (a full scan: 15,625 × 16 floats for NAS-Bench-201 is a few hundred
 * microseconds). Also the box the embedding spans, where a swarm flies. Local to one run.
 */
final class EmbeddingNeighbours {

    private final Arch2VecEncoding encoding;
    private final SearchSpace space;
    private final List<? extends Architecture> cells;
    private final boolean[] evaluated;
    private final double[] lower;
    private final double[] upper;

    EmbeddingNeighbours(Arch2VecEncoding encoding, SearchSpace space) {
        this.encoding = encoding;
        this.space = space;
        this.cells = space.enumerate().orElseThrow();
        EmbeddingTable table = encoding.table();
        int d = table.dimension();
        this.evaluated = new boolean[table.rows()];
        this.lower = new double[d];
        this.upper = new double[d];
        Arrays.fill(lower, Double.POSITIVE_INFINITY);
        Arrays.fill(upper, Double.NEGATIVE_INFINITY);
        for (int row = 0; row < table.rows(); row++) {
            for (int k = 0; k < d; k++) {
                double v = table.get(row, k);
                lower[k] = Math.min(lower[k], v);
                upper[k] = Math.max(upper[k], v);
            }
        }
    }

    SearchSpace space() {
        return space;
    }

    int dimension() {
        return lower.length;
    }

    double[] lower() {
        return lower;
    }

    double[] upper() {
        return upper;
    }

    void markEvaluated(Architecture architecture) {
        evaluated[encoding.index(architecture)] = true;
    }

    /**
     * For each of the {@code n} points in order, the nearest cell neither evaluated nor decoded for an
     * earlier point; the lower index wins ties. Fewer than n when the cells run out.
     */
    List<Architecture> nearestDistinct(double[] points, int n) {
        EmbeddingTable table = encoding.table();
        float[] values = table.values();
        int d = table.dimension();
        boolean[] taken = evaluated.clone();
        List<Architecture> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int row = 0, at = 0; row < taken.length; row++, at += d) {
                if (taken[row]) {
                    continue;
                }
                double sum = 0;
                for (int k = 0; k < d && sum < best; k++) {
                    double diff = points[p * d + k] - values[at + k];
                    sum += diff * diff;
                }
                if (sum < best) {
                    best = sum;
                    nearest = row;
                }
            }
            if (nearest < 0) {
                break;
            }
            taken[nearest] = true;
            out.add(cells.get(nearest));
        }
        return out;
    }

    /** Up to {@code k} distinct unevaluated cells drawn uniformly. */
    List<Architecture> randomUnevaluated(int k, RandomGenerator random) {
        List<Integer> free = new ArrayList<>();
        for (int row = 0; row < evaluated.length; row++) {
            if (!evaluated[row]) {
                free.add(row);
            }
        }
        List<Architecture> out = new ArrayList<>(k);
        for (int i = 0; i < k && !free.isEmpty(); i++) {
            out.add(cells.get(free.remove(random.nextInt(free.size()))));
        }
        return out;
    }
}
