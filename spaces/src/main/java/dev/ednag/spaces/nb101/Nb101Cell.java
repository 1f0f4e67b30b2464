package dev.ednag.spaces.nb101;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * One NAS-Bench-101 cell in canonical form: a pruned DAG of {@link #vertexCount()} vertices (2..7),
 * vertex 0 the input, the last the output, at most nine edges all pointing to higher vertices, and an
 * {@link Nb101Op} on each vertex in between. The numbering is the canonical one chosen by
 * {@link Nb101Canonical}, so isomorphic specs give equal cells. Obtain cells from {@link Nb101Space}.
 *
 * <p>Key format: the rows of the adjacency matrix as digits 0/1 separated by {@code .}, then
 * {@code |}, then the vertex labels separated by {@code -}: {@code in}, one of {@code c3}
 * (conv3x3-bn-relu), {@code c1} (conv1x1-bn-relu) or {@code mp} (maxpool3x3) per intermediate vertex,
 * and {@code out}. For example {@code 0110.0001.0001.0000|in-c3-mp-out} is input → conv3x3 → output
 * beside input → maxpool → output, and {@code 01.00|in-out} joins input to output directly. Only the
 * canonical numbering is a key, so each cell has exactly one.
 *
 * <p>The key is a one-to-one rendering of (vertex count, adjacency, ops), so equality and hash code
 * compare those three numbers directly; the key string is only built when asked for, which keeps
 * decoding cheap.
 */
public final class Nb101Cell implements Architecture {

    private final int vertexCount;
    private final int adjacency; // upper-triangular pair bits, row by row, first pair most significant
    private final int ops; // op ordinals of vertices 1..n-2, two bits each, vertex 1 most significant
    private String key; // built lazily; a benign race, as every thread builds the same string

    Nb101Cell(int vertexCount, int adjacency, int ops) {
        this.vertexCount = vertexCount;
        this.adjacency = adjacency;
        this.ops = ops;
    }

    /** The canonical key, e.g. {@code 0110.0001.0001.0000|in-c3-mp-out} (format in the class comment). */
    @Override
    public String key() {
        String k = key;
        if (k == null) {
            k = Nb101KeyFormat.render(this);
            key = k;
        }
        return k;
    }

    /** Vertices after pruning, input and output included: 2..7. */
    public int vertexCount() {
        return vertexCount;
    }

    /** Edges after pruning: 1..9. */
    public int edgeCount() {
        return Integer.bitCount(adjacency);
    }

    /** Whether the edge u→v exists (u, v in 0..vertexCount-1). */
    public boolean hasEdge(int u, int v) {
        if (u < 0 || v >= vertexCount || u >= v) {
            checkVertex(u);
            checkVertex(v);
            return false;
        }
        return (adjacency >>> pairBit(vertexCount, u, v) & 1) != 0;
    }

    /** The op of intermediate vertex {@code v} (1..vertexCount-2). */
    public Nb101Op op(int v) {
        if (v < 1 || v > vertexCount - 2) {
            throw new IllegalArgumentException("vertex " + v + " of a " + vertexCount
                    + "-vertex NAS-Bench-101 cell has no op; intermediate vertices are 1.." + (vertexCount - 2));
        }
        return Nb101Op.ofOrdinal(opOrdinal(v));
    }

    int opOrdinal(int v) {
        return (ops >>> (2 * (vertexCount - 2 - v))) & 3;
    }

    /** The adjacency matrix, {@code vertexCount × vertexCount}, 1 for an edge; a fresh array. */
    public int[][] adjacencyMatrix() {
        int[][] matrix = new int[vertexCount][vertexCount];
        for (int u = 0; u < vertexCount; u++) {
            for (int v = u + 1; v < vertexCount; v++) {
                matrix[u][v] = hasEdge(u, v) ? 1 : 0;
            }
        }
        return matrix;
    }

    /** The vertex labels as the benchmark writes them: {@code input}, the ops, {@code output}. */
    public List<String> benchmarkOps() {
        List<String> labels = new ArrayList<>(vertexCount);
        labels.add(Nb101Op.INPUT);
        for (int v = 1; v < vertexCount - 1; v++) {
            labels.add(op(v).benchmarkName());
        }
        labels.add(Nb101Op.OUTPUT);
        return List.copyOf(labels);
    }

    /**
     * The edges in {@link Nb101Graph}'s packed form, with vertex v moved to {@code places[v]}; the
     * places must increase with v, so edges keep pointing forward.
     */
    long edgesPlacedAt(int[] places) {
        long edges = 0;
        for (int u = 0; u < vertexCount; u++) {
            for (int v = u + 1; v < vertexCount; v++) {
                if (hasEdge(u, v)) {
                    edges |= Nb101Graph.edge(places[u], places[v]);
                }
            }
        }
        return edges;
    }

    /** The places of {@link #edgesPlacedAt} that put the output last in a seven-vertex spec. */
    int[] outputAtLastSpecVertex() {
        int[] places = new int[vertexCount];
        for (int v = 0; v < vertexCount - 1; v++) {
            places[v] = v;
        }
        places[vertexCount - 1] = Nb101Graph.MAX_VERTICES - 1;
        return places;
    }

    /** The ops in {@link Nb101Graph}'s packed form. */
    int packedOps() {
        int packed = 0;
        for (int v = 1; v < vertexCount - 1; v++) {
            packed = Nb101Graph.withOp(packed, v, opOrdinal(v));
        }
        return packed;
    }

    /** Bit of pair (u, v), u &lt; v, in the adjacency code: row by row, the first pair the highest bit. */
    static int pairBit(int n, int u, int v) {
        int index = u * n - u * (u + 1) / 2 + (v - u - 1);
        return Nb101Graph.pairs(n) - 1 - index;
    }

    private void checkVertex(int v) {
        if (v < 0 || v >= vertexCount) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (vertexCount - 1));
        }
    }

    /** Equal exactly when the keys are equal: the key is a one-to-one rendering of these three numbers. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Nb101Cell cell && cell.vertexCount == vertexCount && cell.adjacency == adjacency
                && cell.ops == ops;
    }

    @Override
    public int hashCode() {
        return 31 * ((adjacency << Nb101Canonical.OPS_BITS) | ops) + vertexCount; // one-to-one for each vertex count
    }

    @Override
    public String toString() {
        return key();
    }
}
