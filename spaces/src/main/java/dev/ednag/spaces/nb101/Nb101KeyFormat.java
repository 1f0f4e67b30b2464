package dev.ednag.spaces.nb101;

import dev.ednag.spaces.KeyText;

/**
 * The key of an {@link Nb101Cell}: its pruned adjacency matrix, rows separated by {@code .}, then
 * {@code |}, then the vertex labels separated by {@code -}: {@code in}, one of {@code c3}
 * (conv3x3-bn-relu), {@code c1} (conv1x1-bn-relu), {@code mp} (maxpool3x3) per intermediate vertex, and
 * {@code out}. Example: {@code 0110.0001.0001.0000|in-c3-mp-out} is input → conv3x3 → output and input →
 * maxpool → output. Vertices are numbered canonically (see {@link Nb101Canonical}), so each cell has
 * exactly one key and {@link #parse} accepts only that one.
 */
final class Nb101KeyFormat {

    static final String EXPECTED_FORM = "n rows of n digits 0/1 separated by '.' (the pruned, strictly upper-"
            + "triangular adjacency of 2 to 7 vertices), '|', then n labels separated by '-': in, one of "
            + Nb101Op.tokens() + " per intermediate vertex, out; e.g. 0110.0001.0001.0000|in-c3-mp-out";

    private Nb101KeyFormat() {
    }

    static String render(Nb101Cell cell) {
        int n = cell.vertexCount();
        StringBuilder sb = new StringBuilder(n * (n + 1) + 4 * n);
        for (int u = 0; u < n; u++) {
            if (u > 0) {
                sb.append('.');
            }
            for (int v = 0; v < n; v++) {
                sb.append(v > u && cell.hasEdge(u, v) ? '1' : '0');
            }
        }
        sb.append('|').append(Nb101Op.INPUT_TOKEN);
        for (int v = 1; v < n - 1; v++) {
            sb.append('-').append(cell.op(v).token());
        }
        return sb.append('-').append(Nb101Op.OUTPUT_TOKEN).toString();
    }

    /**
     * The cell whose key is exactly {@code key}.
     *
     * @param spaceName the space named in error messages
     * @throws IllegalArgumentException naming the key, its first problem and the expected form
     */
    static Nb101Cell parse(String key, String spaceName) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 2) {
            throw problem(key, spaceName, "expected one '|' between the adjacency rows and the vertex labels, found "
                    + (parts.length - 1));
        }
        String[] rows = parts[0].split("\\.", -1);
        int n = rows.length;
        if (n < 2 || n > Nb101Graph.MAX_VERTICES) {
            throw problem(key, spaceName, "it has " + n + " adjacency row(s); a cell has 2 to 7 vertices");
        }
        long edges = readEdges(key, spaceName, rows);
        int ops = readOps(key, spaceName, parts[1].split("-", -1), n);
        int kept = Nb101Graph.verticesOnInputOutputPaths(edges, n);
        if (kept == 0) {
            throw problem(key, spaceName, "the input does not reach the output");
        }
        if (kept != (1 << n) - 1) {
            int dangling = Integer.numberOfTrailingZeros(~kept);
            throw problem(key, spaceName, "vertex " + dangling + " is on no path from input to output"
                    + " (keys list the pruned graph only)");
        }
        int edgeCount = Long.bitCount(edges);
        if (edgeCount > Nb101Graph.MAX_EDGES) {
            throw problem(key, spaceName, "it has " + edgeCount + " edges; at most " + Nb101Graph.MAX_EDGES
                    + " are allowed");
        }
        Nb101Cell cell = Nb101Canonical.of(edges, ops, n);
        if (!cell.key().equals(key)) {
            throw problem(key, spaceName, "its vertices are not in canonical order; this graph's key is '"
                    + cell.key() + "'");
        }
        return cell;
    }

    private static long readEdges(String key, String spaceName, String[] rows) {
        int n = rows.length;
        long edges = 0;
        for (int u = 0; u < n; u++) {
            String row = rows[u];
            if (row.length() != n || !isBinary(row)) {
                throw problem(key, spaceName, "row " + u + " is '" + KeyText.abbreviate(row) + "', expected " + n
                        + " digits 0 or 1");
            }
            for (int v = 0; v < n; v++) {
                if (row.charAt(v) == '1') {
                    if (v <= u) {
                        throw problem(key, spaceName, "row " + u + " has an edge to vertex " + v
                                + "; edges must go to a higher vertex");
                    }
                    edges |= Nb101Graph.edge(u, v);
                }
            }
        }
        return edges;
    }

    private static boolean isBinary(String row) {
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) != '0' && row.charAt(i) != '1') {
                return false;
            }
        }
        return true;
    }

    private static int readOps(String key, String spaceName, String[] labels, int n) {
        if (labels.length != n) {
            throw problem(key, spaceName, "it has " + labels.length + " vertex label(s) for " + n + " vertices");
        }
        if (!labels[0].equals(Nb101Op.INPUT_TOKEN) || !labels[n - 1].equals(Nb101Op.OUTPUT_TOKEN)) {
            throw problem(key, spaceName, "the labels must start with '" + Nb101Op.INPUT_TOKEN + "' and end with '"
                    + Nb101Op.OUTPUT_TOKEN + "'");
        }
        int ops = 0;
        for (int v = 1; v < n - 1; v++) {
            Nb101Op op = Nb101Op.findToken(labels[v]);
            if (op == null) {
                throw problem(key, spaceName, "vertex " + v + " has unknown label '" + KeyText.abbreviate(labels[v])
                        + "'");
            }
            ops = Nb101Graph.withOp(ops, v, op.ordinal());
        }
        return ops;
    }

    private static IllegalArgumentException problem(String key, String spaceName, String detail) {
        return new IllegalArgumentException("'" + KeyText.abbreviate(key) + "' is not a " + spaceName
                + " architecture: " + detail + "; expected " + EXPECTED_FORM);
    }
}
