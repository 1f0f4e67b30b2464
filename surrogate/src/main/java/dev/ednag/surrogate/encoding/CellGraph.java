package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.List;
import java.util.Objects;

/**
 * A 4-node cell (NAS-Bench-201, TransNAS-Bench-101 micro) as the graph a graph autoencoder reads, in
 * arch2vec's form (Yan et al., NeurIPS 2020): each of the six edge operations becomes a node, between an
 * input node and an output node, 8 nodes in all. Node 0 is the input, nodes 1..6 the ops of edges 0..5
 * (0→1, 0→2, 1→2, 0→3, 1→3, 2→3), node 7 the output. Op node {@code a} feeds op node {@code b} when edge
 * a ends where edge b starts; edges leaving cell node 0 read the input node, edges entering cell node 3
 * feed the output node. The wiring is the same for every cell; only the node types differ, so an
 * embedding of these cells learns from the ops and where they sit.
 *
 * <p>Node types: 0 input, 1 output, {@code 2 + code} for an op of the space's code (0 = none).
 */
public final class CellGraph {

    /** Nodes of every cell graph. */
    public static final int NODES = 8;
    /** Type of the input node. */
    public static final int INPUT = 0;
    /** Type of the output node. */
    public static final int OUTPUT = 1;

    private static final int[] SOURCE = {0, 0, 1, 0, 1, 2};
    private static final int[] TARGET = {1, 2, 2, 3, 3, 3};
    private static final boolean[][] ADJACENCY = wiring();

    private final FourNodeCell cell;

    private CellGraph(FourNodeCell cell) {
        this.cell = cell;
    }

    /**
     * The graphs of {@code space}'s cells.
     *
     * @throws IllegalArgumentException when {@code space} is not a 4-node cell space
     */
    public static CellGraph of(SearchSpace space) {
        Objects.requireNonNull(space, "space");
        FourNodeCell cell = FourNodeCell.of(space);
        if (cell == null) {
            throw new IllegalArgumentException("the search space '" + space.name() + "' has no cell graph"
                    + " (only nb201 and tnb101-micro do)");
        }
        return new CellGraph(cell);
    }

    /** Whether {@code space} is a 4-node cell space. */
    public static boolean supports(SearchSpace space) {
        return FourNodeCell.of(space) != null;
    }

    public SearchSpace space() {
        return cell.space();
    }

    /** The number of node types: input, output and one per op. */
    public int types() {
        return cell.ops() + 2;
    }

    /** The number of cells, each with an index in {@code [0, cells())}. */
    public int cells() {
        return (int) cell.space().size();
    }

    /** Every cell, in index order. */
    public List<? extends Architecture> all() {
        return cell.space().enumerate().orElseThrow();
    }

    /** The index of {@code architecture}, a cell of this space. */
    public int index(Architecture architecture) {
        return cell.index(architecture, "the cell graph");
    }

    /** {@code adjacency[a][b]}: node a feeds node b. The same for every cell; a fresh copy. */
    public boolean[][] adjacency() {
        boolean[][] copy = new boolean[NODES][];
        for (int a = 0; a < NODES; a++) {
            copy[a] = ADJACENCY[a].clone();
        }
        return copy;
    }

    /** The node types of the cell with index {@code index}. */
    public int[] nodeTypes(int index) {
        int[] types = new int[NODES];
        types[0] = INPUT;
        for (int edge = 0; edge < FourNodeCell.EDGES; edge++) {
            types[1 + edge] = 2 + cell.op(index, edge);
        }
        types[NODES - 1] = OUTPUT;
        return types;
    }

    private static boolean[][] wiring() {
        boolean[][] adjacency = new boolean[NODES][NODES];
        for (int edge = 0; edge < SOURCE.length; edge++) {
            if (SOURCE[edge] == 0) {
                adjacency[0][1 + edge] = true;
            }
            if (TARGET[edge] == 3) {
                adjacency[1 + edge][NODES - 1] = true;
            }
            for (int next = 0; next < SOURCE.length; next++) {
                if (TARGET[edge] == SOURCE[next]) {
                    adjacency[1 + edge][1 + next] = true;
                }
            }
        }
        return adjacency;
    }
}
