package dev.ednag.spaces.darts;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.GenomeShape;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The DARTS cell search space, which NAS-Bench-301 covers: a normal and a reduction {@link DartsCell},
 * each with four intermediate nodes fed by two edges from distinct earlier nodes, each edge one of the
 * seven {@link DartsOp}s of a derived genotype. DARTS' eighth search candidate, {@code none}, never
 * survives derivation, and the NAS-Bench-301 data uses exactly these seven ops.
 *
 * <p>Genome: 16 rows × 12 columns, rows 0..7 the normal cell's edges and rows 8..15 the reduction
 * cell's, edges {@code 2i} and {@code 2i+1} of a cell feeding intermediate node {@code i}. Columns
 * 0..4 are the edge's input node one-hot and columns 5..11 its op one-hot. Decoding takes the argmax of
 * the input columns node {@code i} may read ({@code 0..i+1}; the others are ignored) and the argmax of
 * the op columns, the first column on ties and a NaN counting as the maximum (numpy's rule). A genome
 * whose two edges into one node read the same input is invalid. Edges are unordered within a node, so
 * both orders decode to the same canonical architecture, and {@link #encode} writes the canonical one
 * (lower input first).
 *
 * <p>As a {@link CategoricalSpace} an architecture is 32 choices, two per edge in genome row order: the
 * edge's input (node {@code i} has {@code i+2} options) then its op ordinal (7 options).
 *
 * <p>The class is stateless and thread-safe; decoding allocates only the returned architecture.
 */
public final class DartsSpace implements CategoricalSpace {

    /** The name used on the command line. */
    public static final String NAME = "darts";

    /** Genome rows: eight edges of the normal cell, then eight of the reduction cell. */
    public static final int ROWS = 2 * DartsCell.EDGES;

    /** Input columns: one per node an edge can read, 0..5 except the last intermediate node. */
    public static final int INPUT_COLUMNS = DartsCell.NODES + 1;

    /** Genome columns: five inputs, seven ops. */
    public static final int COLS = INPUT_COLUMNS + DartsOp.COUNT;

    /** Number of architectures, {@code DartsCell.COUNT²}. */
    public static final long SIZE = Math.multiplyExact((long) DartsCell.COUNT, DartsCell.COUNT);

    private static final int LENGTH = ROWS * COLS;
    private static final GenomeShape SHAPE = new GenomeShape(ROWS, COLS);
    private static final int[] CHOICE_COUNTS = new int[2 * ROWS];
    private static final DartsSpace INSTANCE = new DartsSpace();

    static {
        for (int row = 0; row < ROWS; row++) {
            CHOICE_COUNTS[2 * row] = DartsCell.inputCount(row % DartsCell.EDGES / 2);
            CHOICE_COUNTS[2 * row + 1] = DartsOp.COUNT;
        }
    }

    private DartsSpace() {
    }

    /** The shared instance. */
    public static DartsSpace instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "DARTS / NAS-Bench-301 cells: normal + reduction, 4 nodes x 2 edges x 7 ops each, about 1.08e18"
                + " architectures, 16x12 one-hot genome";
    }

    @Override
    public GenomeShape shape() {
        return SHAPE;
    }

    @Override
    public long size() {
        return SIZE;
    }

    /** NAS-Bench-301's configuration normalises genomes to [0, 1]; argmax decoding does not depend on it. */
    @Override
    public RowRange genomeRange() {
        return RowRange.ZERO_TO_ONE;
    }

    /**
     * Decodes the genome at {@code genomes[offset .. offset + 192)}; null when the two edges into some
     * node read the same input.
     */
    @Override
    public DartsArchitecture decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, LENGTH, genomes.length);
        int normal = decodeCell(genomes, offset);
        if (normal < 0) {
            return null;
        }
        int reduce = decodeCell(genomes, offset + DartsCell.EDGES * COLS);
        return reduce < 0 ? null : new DartsArchitecture(normal, reduce);
    }

    /** The code of the cell whose eight edge rows start at {@code start}, or −1 when invalid. */
    private static int decodeCell(double[] genomes, int start) {
        int code = 0;
        for (int node = 0; node < DartsCell.NODES; node++) {
            int rowA = start + 2 * node * COLS;
            int rowB = rowA + COLS;
            int inputs = DartsCell.inputCount(node);
            int digit = DartsCell.nodeDigit(
                    argmax(genomes, rowA, inputs), argmax(genomes, rowA + INPUT_COLUMNS, DartsOp.COUNT),
                    argmax(genomes, rowB, inputs), argmax(genomes, rowB + INPUT_COLUMNS, DartsOp.COUNT));
            if (digit < 0) {
                return -1;
            }
            code = code * DartsCell.nodeOptions(node) + digit;
        }
        return code;
    }

    /** The argmax of {@code genomes[start .. start + width)}: first on ties, the first NaN if any. */
    private static int argmax(double[] genomes, int start, int width) {
        double best = genomes[start];
        if (Double.isNaN(best)) {
            return 0;
        }
        int bestColumn = 0;
        for (int c = 1; c < width; c++) {
            double v = genomes[start + c];
            if (Double.isNaN(v)) {
                return c;
            }
            if (v > best) { // strict: ties keep the first column
                best = v;
                bestColumn = c;
            }
        }
        return bestColumn;
    }

    /**
     * Writes the canonical one-hot genome: each edge row has a 1 in its input's column and one in its
     * op's column ({@code 5 + ordinal}), every other entry is 0.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a DARTS architecture
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        DartsArchitecture darts = asDarts(architecture);
        Objects.checkFromIndexSize(offset, LENGTH, genomes.length);
        Arrays.fill(genomes, offset, offset + LENGTH, 0.0);
        encodeCell(darts.normal(), genomes, offset);
        encodeCell(darts.reduce(), genomes, offset + DartsCell.EDGES * COLS);
    }

    private static void encodeCell(DartsCell cell, double[] genomes, int start) {
        for (int edge = 0; edge < DartsCell.EDGES; edge++) {
            int row = start + edge * COLS;
            genomes[row + cell.input(edge)] = 1.0;
            genomes[row + INPUT_COLUMNS + cell.op(edge).ordinal()] = 1.0;
        }
    }

    private DartsArchitecture asDarts(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof DartsArchitecture darts ? darts : parse(architecture.key());
    }

    /**
     * Parses a canonical key, {@code normal=<8 op~input tokens>;reduce=<8 op~input tokens>}, exactly.
     *
     * @throws IllegalArgumentException naming the key, what is wrong with it and the expected form (for
     *     a key whose edges are out of canonical order, the canonical key)
     */
    @Override
    public DartsArchitecture parse(String key) {
        return DartsGenotypeReader.fromKey(key);
    }

    /**
     * The architecture of a genotype written as the NAS-Bench-301 data writes it: each cell eight
     * {@code op~input} tokens joined by {@code |}, two per intermediate node in node order, the two
     * tokens of a node in either order.
     *
     * @throws IllegalArgumentException naming the cell and token when a cell is malformed, an input is
     *     out of range for its node, an op is unknown or a node reads the same input twice
     */
    public DartsArchitecture fromGenotype(String normalTokens, String reduceTokens) {
        return DartsGenotypeReader.fromCells(normalTokens, reduceTokens);
    }

    /** A uniformly random architecture: each cell a uniformly random canonical cell. */
    @Override
    public DartsArchitecture sample(RandomGenerator random) {
        return new DartsArchitecture(random.nextInt(DartsCell.COUNT), random.nextInt(DartsCell.COUNT));
    }

    /** 32 positions, two per genome row: the input (i+2 options for node i) and the op (7 options). */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The canonical input and op ordinal of each edge, in genome row order. */
    @Override
    public int[] choices(Architecture architecture) {
        DartsArchitecture darts = asDarts(architecture);
        int[] choices = new int[CHOICE_COUNTS.length];
        writeChoices(darts.normal(), choices, 0);
        writeChoices(darts.reduce(), choices, 2 * DartsCell.EDGES);
        return choices;
    }

    private static void writeChoices(DartsCell cell, int[] choices, int from) {
        for (int edge = 0; edge < DartsCell.EDGES; edge++) {
            choices[from + 2 * edge] = cell.input(edge);
            choices[from + 2 * edge + 1] = cell.op(edge).ordinal();
        }
    }

    /**
     * The canonical architecture with these choices (a node's two edges in either order), or null when
     * the two edges into some node read the same input.
     */
    @Override
    public DartsArchitecture fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        int[] inputs = new int[ROWS];
        int[] ops = new int[ROWS];
        for (int row = 0; row < ROWS; row++) {
            inputs[row] = choices[2 * row];
            ops[row] = choices[2 * row + 1];
        }
        int normal = DartsCell.code(inputs, ops, 0);
        int reduce = DartsCell.code(inputs, ops, DartsCell.EDGES);
        return normal < 0 || reduce < 0 ? null : new DartsArchitecture(normal, reduce);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
