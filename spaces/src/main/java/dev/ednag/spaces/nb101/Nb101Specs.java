package dev.ednag.spaces.nb101;

import dev.ednag.spaces.KeyText;
import java.util.Arrays;
import java.util.List;

/**
 * Reads NAS-Bench-101 specs as the benchmark and its tables write them (an adjacency matrix and a
 * list of vertex labels) into {@link Nb101Graph}'s packed form. Malformed specs (wrong shape, edges
 * pointing backwards, unknown labels) are errors; well-formed but invalid ones are left to
 * {@link Nb101Canonical}, which answers null for them.
 */
final class Nb101Specs {

    private Nb101Specs() {
    }

    /** The canonical cell of the spec, or null when it is invalid. */
    static Nb101Cell cellOf(int[][] adjacency, List<String> labels) {
        if (adjacency == null || labels == null) {
            throw new IllegalArgumentException("a NAS-Bench-101 spec needs an adjacency matrix and vertex labels");
        }
        int n = adjacency.length;
        checkVertexCount(n);
        long edges = 0;
        for (int u = 0; u < n; u++) {
            if (adjacency[u] == null || adjacency[u].length != n) {
                throw new IllegalArgumentException("NAS-Bench-101 adjacency row " + u + " must have " + n
                        + " entries, got " + (adjacency[u] == null ? "none" : Arrays.toString(adjacency[u])));
            }
            for (int v = 0; v < n; v++) {
                edges |= entry(adjacency[u][v], u, v) ? Nb101Graph.edge(u, v) : 0;
            }
        }
        return Nb101Canonical.of(edges, opsOf(labels, n), n);
    }

    /**
     * The canonical cell of a spec written as a table row: the adjacency as {@code n²} characters 0/1,
     * row-major, and the labels separated by {@code ;}. Null when the spec is invalid.
     */
    static Nb101Cell cellOf(String adjacencyRowMajor, String labels) {
        if (adjacencyRowMajor == null || labels == null) {
            throw new IllegalArgumentException("a NAS-Bench-101 spec needs an adjacency string and vertex labels");
        }
        int n = (int) Math.round(Math.sqrt(adjacencyRowMajor.length()));
        if (n * n != adjacencyRowMajor.length()) {
            throw new IllegalArgumentException("NAS-Bench-101 adjacency '" + KeyText.abbreviate(adjacencyRowMajor)
                    + "' has " + adjacencyRowMajor.length() + " characters, not the square of a vertex count");
        }
        checkVertexCount(n);
        long edges = 0;
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                char c = adjacencyRowMajor.charAt(u * n + v);
                if (c != '0' && c != '1') {
                    throw new IllegalArgumentException("NAS-Bench-101 adjacency '"
                            + KeyText.abbreviate(adjacencyRowMajor) + "' has '" + c + "' at row " + u + ", column "
                            + v + "; expected 0 or 1");
                }
                edges |= entry(c - '0', u, v) ? Nb101Graph.edge(u, v) : 0;
            }
        }
        return Nb101Canonical.of(edges, opsOf(List.of(labels.split(";", -1)), n), n);
    }

    private static void checkVertexCount(int n) {
        if (n < 2 || n > Nb101Graph.MAX_VERTICES) {
            throw new IllegalArgumentException("a NAS-Bench-101 spec has 2 to 7 vertices, got " + n);
        }
    }

    /** Whether matrix entry (u, v) is an edge; only 0 and 1 are allowed, and 1 only above the diagonal. */
    private static boolean entry(int value, int u, int v) {
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("NAS-Bench-101 adjacency entry (" + u + ", " + v + ") is " + value
                    + "; expected 0 or 1");
        }
        if (value == 1 && v <= u) {
            throw new IllegalArgumentException("NAS-Bench-101 adjacency has an edge " + u + " -> " + v
                    + "; the matrix must be strictly upper triangular");
        }
        return value == 1;
    }

    private static int opsOf(List<String> labels, int n) {
        if (labels.size() != n) {
            throw new IllegalArgumentException("a " + n + "-vertex NAS-Bench-101 spec needs " + n + " labels, got "
                    + labels.size() + " " + labels);
        }
        if (!Nb101Op.INPUT.equals(labels.get(0)) || !Nb101Op.OUTPUT.equals(labels.get(n - 1))) {
            throw new IllegalArgumentException("NAS-Bench-101 labels must start with '" + Nb101Op.INPUT
                    + "' and end with '" + Nb101Op.OUTPUT + "', got " + labels);
        }
        int ops = 0;
        for (int v = 1; v < n - 1; v++) {
            Nb101Op op = Nb101Op.findBenchmarkName(labels.get(v));
            if (op == null) {
                throw new IllegalArgumentException("unknown NAS-Bench-101 op '" + labels.get(v) + "' at vertex " + v
                        + "; expected one of " + Nb101Op.benchmarkNames());
            }
            ops = Nb101Graph.withOp(ops, v, op.ordinal());
        }
        return ops;
    }
}
