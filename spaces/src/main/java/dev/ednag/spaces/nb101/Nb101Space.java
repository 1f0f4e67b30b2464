package dev.ednag.spaces.nb101;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.spaces.RowArgmax;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The NAS-Bench-101 cell space: DAGs of up to seven vertices (input, up to five ops, output) with at
 * most nine edges after pruning, in canonical form; 423,624 distinct cells, the benchmark's own count
 * of unique graphs (this class's canonicalisation reproduces it exactly over the whole space).
 *
 * <p>Genome: 7×10, row u = spec vertex u. Columns 0..6 hold the edges: u→v exists when
 * {@code genome[u][v] ≥ 0.5} and u &lt; v; entries on or below the diagonal are ignored, and a NaN is
 * no edge. Columns 7..9 hold the op of vertex u (conv3x3-bn-relu, conv1x1-bn-relu, maxpool3x3) by
 * argmax (first column on ties, a NaN counts as the maximum), read for u = 1..5 only. The spec is
 * pruned as the benchmark does; it is invalid (null) when the input does not reach the output or more
 * than nine edges remain. Genomes are min–max normalised to [0, 1] between steps
 * ({@link RowRange#ZERO_TO_ONE}), which makes the 0.5 threshold meaningful. Encoding puts the cell's
 * vertices on spec vertices 0, 1, … with the output on 6, writes 1 for each edge and a one-hot op for
 * each intermediate vertex, and 0 everywhere else.
 *
 * <p>As a {@link CategoricalSpace}: 21 edge choices (0/1, pairs u &lt; v row by row, see
 * {@link Nb101EdgeChoices}) and 5 op choices (ordinals of {@link Nb101Op} for vertices 1..5). A choice
 * vector is valid when its spec needs no pruning, keeps at most nine edges, and every vertex without
 * edges has op 0; so each change of one position that stays valid gives a different cell.
 *
 * <p>{@link #sample} is exactly uniform over the 423,624 cells ({@link Nb101UniformSampler}). The space
 * is too large to enumerate. The class is stateless and thread-safe; decoding builds one small cell
 * object and no key string.
 */
public final class Nb101Space implements CategoricalSpace {

    /** The name used on the command line. */
    public static final String NAME = "nb101";

    /** Genome rows: the seven spec vertices. */
    public static final int ROWS = Nb101Graph.MAX_VERTICES;

    /** Genome columns: seven edge targets, then three ops. */
    public static final int COLS = Nb101Graph.MAX_VERTICES + 3;

    /** Distinct cells: NAS-Bench-101's number of unique graphs. */
    public static final long SIZE = 423_624;

    private static final int OP_POSITIONS = Nb101Graph.MAX_VERTICES - 2;
    private static final int OPS = Nb101Op.values().length;
    private static final GenomeShape SHAPE = new GenomeShape(ROWS, COLS);
    private static final int[] CHOICE_COUNTS = new int[Nb101EdgeChoices.POSITIONS + OP_POSITIONS];
    private static final Nb101Space INSTANCE = new Nb101Space();

    static {
        Arrays.fill(CHOICE_COUNTS, 0, Nb101EdgeChoices.POSITIONS, 2);
        Arrays.fill(CHOICE_COUNTS, Nb101EdgeChoices.POSITIONS, CHOICE_COUNTS.length, OPS);
    }

    private Nb101Space() {
    }

    /** The shared instance. */
    public static Nb101Space instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NAS-Bench-101 cells: up to 7 vertices, 3 ops, at most 9 edges = 423,624 architectures, 7x10 genome";
    }

    @Override
    public GenomeShape shape() {
        return SHAPE;
    }

    @Override
    public long size() {
        return SIZE;
    }

    /** Spec edges are read by a 0.5 threshold, which needs genomes in [0, 1]. */
    @Override
    public RowRange genomeRange() {
        return RowRange.ZERO_TO_ONE;
    }

    /** The canonical cell of the genome at {@code genomes[offset .. offset + 70)}, or null when invalid. */
    @Override
    public Nb101Cell decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        long edges = 0;
        int ops = 0;
        for (int u = 0; u < ROWS; u++) {
            int row = offset + u * COLS;
            for (int v = u + 1; v < ROWS; v++) {
                if (genomes[row + v] >= 0.5) {
                    edges |= Nb101Graph.edge(u, v);
                }
            }
            if (u > 0 && u < ROWS - 1) {
                ops = Nb101Graph.withOp(ops, u, RowArgmax.of(genomes, row + ROWS, OPS));
            }
        }
        return Nb101Canonical.of(edges, ops, ROWS);
    }

    /**
     * Writes the canonical genome: 1 at each edge and at each intermediate vertex's op column, 0 elsewhere.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a NAS-Bench-101 cell
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        Nb101Cell cell = asCell(architecture);
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        Arrays.fill(genomes, offset, offset + ROWS * COLS, 0.0);
        long edges = cell.edgesPlacedAt(cell.outputAtLastSpecVertex());
        for (int u = 0; u < ROWS; u++) {
            for (int v = u + 1; v < ROWS; v++) {
                if (Nb101Graph.hasEdge(edges, u, v)) {
                    genomes[offset + u * COLS + v] = 1.0;
                }
            }
        }
        for (int v = 1; v < cell.vertexCount() - 1; v++) {
            genomes[offset + v * COLS + ROWS + cell.opOrdinal(v)] = 1.0;
        }
    }

    private Nb101Cell asCell(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof Nb101Cell cell ? cell : parse(architecture.key());
    }

    /**
     * Parses a canonical key, e.g. {@code 0110.0001.0001.0000|in-c3-mp-out} (format in
     * {@link Nb101Cell#key()}). Only the canonical key of a valid cell is accepted.
     *
     * @throws IllegalArgumentException naming the key, its problem (a non-canonical key is told its
     *     canonical form) and the expected format
     */
    @Override
    public Nb101Cell parse(String key) {
        Objects.requireNonNull(key, "key");
        return Nb101KeyFormat.parse(key, NAME);
    }

    /**
     * The canonical cell of a benchmark spec, e.g. from a NAS-Bench-101 table.
     *
     * @param adjacency square 0/1 matrix of 2..7 vertices, strictly upper triangular
     * @param labels {@code input}, one of {@code conv3x3-bn-relu}, {@code conv1x1-bn-relu},
     *     {@code maxpool3x3} per intermediate vertex, {@code output}
     * @return the cell, or null when the spec is invalid (input cut off from output, or more than nine
     *     edges after pruning)
     * @throws IllegalArgumentException when the spec is malformed
     */
    public Nb101Cell fromSpec(int[][] adjacency, List<String> labels) {
        return Nb101Specs.cellOf(adjacency, labels);
    }

    /**
     * As {@link #fromSpec(int[][], List)}, for a spec written as strings: the adjacency as n² characters
     * 0/1 in row-major order (49 for seven vertices) and the labels separated by {@code ;}.
     */
    public Nb101Cell fromSpec(String adjacencyRowMajor, String labels) {
        return Nb101Specs.cellOf(adjacencyRowMajor, labels);
    }

    /** 21 edge positions with options 0/1, then 5 op positions with options 0..2. */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The choice vector of the canonical genome: edges as {@link #encode} places them, unused ops 0. */
    @Override
    public int[] choices(Architecture architecture) {
        Nb101Cell cell = asCell(architecture);
        int[] choices = new int[CHOICE_COUNTS.length];
        Nb101EdgeChoices.write(cell.edgesPlacedAt(cell.outputAtLastSpecVertex()), choices);
        for (int v = 1; v < cell.vertexCount() - 1; v++) {
            choices[Nb101EdgeChoices.POSITIONS + v - 1] = cell.opOrdinal(v);
        }
        return choices;
    }

    /**
     * The cell of these choices; null unless the spec needs no pruning, keeps at most nine edges and
     * gives op 0 to every vertex without edges.
     */
    @Override
    public Nb101Cell fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        long edges = Nb101EdgeChoices.edges(choices);
        int used = Nb101EdgeChoices.usedVerticesIfNoPruningNeeded(edges);
        if (used < 0) {
            return null;
        }
        int ops = 0;
        for (int v = 1; v < ROWS - 1; v++) {
            int op = choices[Nb101EdgeChoices.POSITIONS + v - 1];
            if ((used & (1 << v)) == 0 && op != 0) {
                return null; // an unused vertex's op would change nothing
            }
            ops = Nb101Graph.withOp(ops, v, op);
        }
        return Nb101Canonical.of(edges, ops, ROWS);
    }

    /** An exactly uniformly random cell. */
    @Override
    public Nb101Cell sample(RandomGenerator random) {
        return Nb101UniformSampler.sample(random);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
