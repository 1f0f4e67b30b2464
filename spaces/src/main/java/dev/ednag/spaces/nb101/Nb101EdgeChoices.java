package dev.ednag.spaces.nb101;

/**
 * The categorical view of a seven-vertex spec's edges shared by both NAS-Bench-101 spaces: one 0/1
 * choice per vertex pair u &lt; v, row by row (0→1, 0→2, …, 0→6, 1→2, …, 5→6).
 *
 * <p>Only specs that need no pruning are valid choice vectors: a vertex with an edge must lie on a
 * path from input to output. Otherwise adding an edge at a dangling vertex would be a "change" that
 * leaves the cell as it was, and local search and mutation would waste steps on it. With this rule
 * every valid one-position change gives a different cell (it changes the number of edges).
 */
final class Nb101EdgeChoices {

    /** Number of edge positions: the 21 pairs of seven vertices. */
    static final int POSITIONS = 21;

    private Nb101EdgeChoices() {
    }

    /** The edges chosen in {@code choices[0 .. 21)}. */
    static long edges(int[] choices) {
        int mask = 0;
        for (int position = 0; position < POSITIONS; position++) {
            mask |= choices[position] << position;
        }
        return Nb101Graph.edgesOfPairMask(mask, Nb101Graph.MAX_VERTICES);
    }

    /** Writes {@code edges} into {@code choices[0 .. 21)}. */
    static void write(long edges, int[] choices) {
        int position = 0;
        for (int u = 0; u < Nb101Graph.MAX_VERTICES - 1; u++) {
            for (int v = u + 1; v < Nb101Graph.MAX_VERTICES; v++) {
                choices[position++] = Nb101Graph.hasEdge(edges, u, v) ? 1 : 0;
            }
        }
    }

    /** The vertices that have edges, or -1 when some of them is on no input–output path. */
    static int usedVerticesIfNoPruningNeeded(long edges) {
        int used = Nb101Graph.verticesWithEdges(edges, Nb101Graph.MAX_VERTICES);
        int kept = Nb101Graph.verticesOnInputOutputPaths(edges, Nb101Graph.MAX_VERTICES);
        return kept != 0 && used == kept ? used : -1;
    }
}
