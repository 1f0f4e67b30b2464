package dev.ednag.spaces.nb101;

import java.util.random.RandomGenerator;

/**
 * Draws NAS-Bench-101 cells exactly uniformly. It proposes a labelled graph uniformly among all
 * (vertex count, upper-triangular edge set of at most nine edges, ops) triples and accepts it only
 * when it needs no pruning and is numbered canonically. Every cell has exactly one such labelling, so
 * every cell is accepted with the same probability. (The usual sampler, random 7×7 specs kept when
 * valid, instead favours graphs that many specs prune to.) About one proposal in 400 is accepted, and
 * most are rejected by a few bit operations, so a draw costs some tens of microseconds.
 */
final class Nb101UniformSampler {

    /** Proposal weight of each vertex count: the number of triples with that many vertices. */
    private static final long[] WEIGHT = new long[Nb101Graph.MAX_VERTICES + 1];
    private static final long TOTAL_WEIGHT;

    static {
        long total = 0;
        for (int n = 2; n <= Nb101Graph.MAX_VERTICES; n++) {
            WEIGHT[n] = edgeSetsOfAtMostNine(Nb101Graph.pairs(n)) * (long) Math.pow(3, n - 2);
            total += WEIGHT[n];
        }
        TOTAL_WEIGHT = total;
    }

    private Nb101UniformSampler() {
    }

    /** The number of subsets of at most nine of {@code pairs} pairs: a sum of binomial coefficients. */
    private static long edgeSetsOfAtMostNine(int pairs) {
        long sum = 0;
        long binomial = 1; // C(pairs, 0)
        for (int k = 0; k <= Math.min(pairs, Nb101Graph.MAX_EDGES); k++) {
            sum += binomial;
            binomial = binomial * (pairs - k) / (k + 1);
        }
        return sum;
    }

    static Nb101Cell sample(RandomGenerator random) {
        while (true) {
            int n = vertexCount(random);
            long edges = edges(random, n);
            if (Nb101Graph.verticesOnInputOutputPaths(edges, n) != (1 << n) - 1) {
                continue; // would need pruning: its pruned form is proposed in its own right
            }
            int ops = 0;
            for (int v = 1; v < n - 1; v++) {
                ops = Nb101Graph.withOp(ops, v, random.nextInt(3));
            }
            if (Nb101Canonical.isCanonicalAsNumbered(edges, ops, n)) {
                return Nb101Canonical.of(edges, ops, n);
            }
        }
    }

    private static int vertexCount(RandomGenerator random) {
        long pick = random.nextLong(TOTAL_WEIGHT);
        int n = 2;
        while (pick >= WEIGHT[n]) {
            pick -= WEIGHT[n];
            n++;
        }
        return n;
    }

    /** A uniformly random upper-triangular edge set of at most nine edges on {@code n} vertices. */
    private static long edges(RandomGenerator random, int n) {
        int pairs = Nb101Graph.pairs(n);
        int mask;
        do {
            mask = random.nextInt(1 << pairs);
        } while (Integer.bitCount(mask) > Nb101Graph.MAX_EDGES);
        return Nb101Graph.edgesOfPairMask(mask, n);
    }
}
