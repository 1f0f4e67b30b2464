package dev.ednag.spaces.nb201;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.spaces.RowArgmax;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The NAS-Bench-201 cell space (15,625 cells) with EDNAG's 8×7 genome (algorithm spec §6.1).
 *
 * <p>Genome rows: 0 = input node, 1..6 = the six edges in arch-string order, 7 = output node.
 * Columns: 0 = input, 1 = output, 2..6 = the ops of {@link Nb201Op}. Decoding takes the argmax of
 * each edge row (the first column on ties, as numpy does) and rejects a genome whose edge row
 * points at column 0 or 1; rows 0 and 7 are never looked at.
 *
 * <p>All cells are built once when the class loads and shared, so {@link #decode} and
 * {@link #parse} allocate nothing on success. The class is stateless and thread-safe.
 *
 * <p>As a {@link CategoricalSpace} a cell is six choices, one per edge in arch-string order, each an
 * op ordinal of {@link Nb201Op} (0 = none … 4 = avg_pool_3x3); every combination is a valid cell.
 */
public final class Nb201Space implements CategoricalSpace {

    /** The name used on the command line and in {@code SearchSpaces}. */
    public static final String NAME = "nb201";

    /** Genome rows: input, six edges, output. */
    public static final int ROWS = 8;

    /** Genome columns: input, output, five ops. */
    public static final int COLS = 7;

    private static final int OPS = Nb201Op.values().length;
    private static final int[] CHOICE_COUNTS = new int[Nb201Cell.EDGES];
    private static final GenomeShape SHAPE = new GenomeShape(ROWS, COLS);
    private static final Nb201Cell[] CELLS = new Nb201Cell[Nb201Cell.COUNT];
    private static final Map<String, Nb201Cell> BY_KEY = new HashMap<>(2 * Nb201Cell.COUNT);
    private static final List<Nb201Cell> ALL;
    private static final Nb201Space INSTANCE = new Nb201Space();

    static {
        Arrays.fill(CHOICE_COUNTS, OPS);
        for (int i = 0; i < CELLS.length; i++) {
            CELLS[i] = new Nb201Cell(i);
            BY_KEY.put(CELLS[i].key(), CELLS[i]);
        }
        ALL = List.of(CELLS);
    }

    private Nb201Space() {
    }

    /** The shared instance. */
    public static Nb201Space instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NAS-Bench-201 cells: 6 edges x 5 ops = 15,625 architectures, 8x7 one-hot genome";
    }

    @Override
    public GenomeShape shape() {
        return SHAPE;
    }

    @Override
    public long size() {
        return Nb201Cell.COUNT;
    }

    /**
     * Decodes the genome at {@code genomes[offset .. offset + 56)}: the argmax of each edge row, first
     * column on ties; a NaN counts as the maximum (numpy's rule). Returns null when an edge row's
     * argmax is the input or output column.
     */
    @Override
    public Nb201Cell decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        int index = 0;
        for (int row = 1; row <= Nb201Cell.EDGES; row++) {
            int column = RowArgmax.of(genomes, offset + row * COLS, COLS);
            if (column < Nb201Op.FIRST_OP_COLUMN) {
                return null;
            }
            index = index * 5 + (column - Nb201Op.FIRST_OP_COLUMN);
        }
        return CELLS[index];
    }

    /**
     * Writes the one-hot genome: row 0 has a 1 in column 0 (input), row 7 in column 1 (output), each
     * edge row in its op's column, and every other entry is 0.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a NAS-Bench-201 cell
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        Nb201Cell cell = asCell(architecture);
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        Arrays.fill(genomes, offset, offset + ROWS * COLS, 0.0);
        genomes[offset] = 1.0;
        genomes[offset + (ROWS - 1) * COLS + 1] = 1.0;
        for (int edge = 0; edge < Nb201Cell.EDGES; edge++) {
            genomes[offset + (edge + 1) * COLS + cell.op(edge).column()] = 1.0;
        }
    }

    private Nb201Cell asCell(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof Nb201Cell cell ? cell : parse(architecture.key());
    }

    /**
     * Parses an official arch string exactly (no trimming, no alternative spellings).
     *
     * @throws IllegalArgumentException naming the key, what is wrong with it, the expected form,
     *     the edge order and the five op tokens
     */
    @Override
    public Nb201Cell parse(String key) {
        Objects.requireNonNull(key, "key");
        Nb201Cell cell = BY_KEY.get(key);
        if (cell == null) {
            throw new IllegalArgumentException(Nb201KeyProblem.message(key));
        }
        return cell;
    }

    /** Six positions (the edges), five options each (the ops of {@link Nb201Op}). */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The op ordinal on each edge. */
    @Override
    public int[] choices(Architecture architecture) {
        Nb201Cell cell = asCell(architecture);
        int[] choices = new int[Nb201Cell.EDGES];
        for (int edge = 0; edge < Nb201Cell.EDGES; edge++) {
            choices[edge] = cell.op(edge).ordinal();
        }
        return choices;
    }

    /** The cell with these op ordinals; never null, as every combination is a cell. */
    @Override
    public Nb201Cell fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        int index = 0;
        for (int ordinal : choices) {
            index = index * OPS + ordinal;
        }
        return CELLS[index];
    }

    /** A uniformly random cell. */
    @Override
    public Nb201Cell sample(RandomGenerator random) {
        return CELLS[random.nextInt(Nb201Cell.COUNT)];
    }

    /** All 15,625 cells in {@link Nb201Cell#index()} order. */
    @Override
    public Optional<List<? extends Architecture>> enumerate() {
        return Optional.of(ALL);
    }

    /** All 15,625 cells in {@link Nb201Cell#index()} order, typed. */
    public List<Nb201Cell> cells() {
        return ALL;
    }

    /** The cell with ednag index {@code index} (0..15624). */
    public Nb201Cell cell(int index) {
        if (index < 0 || index >= Nb201Cell.COUNT) {
            throw new IllegalArgumentException("NAS-Bench-201 cell index must be in 0.." + (Nb201Cell.COUNT - 1)
                    + ", got " + index);
        }
        return CELLS[index];
    }

    /** The cell with these six ops, in edge order 0→1, 0→2, 1→2, 0→3, 1→3, 2→3. */
    public Nb201Cell cell(Nb201Op... ops) {
        if (ops == null || ops.length != Nb201Cell.EDGES) {
            throw new IllegalArgumentException("a NAS-Bench-201 cell needs exactly " + Nb201Cell.EDGES
                    + " ops (edges 0->1, 0->2, 1->2, 0->3, 1->3, 2->3), got " + (ops == null ? 0 : ops.length));
        }
        int index = 0;
        for (Nb201Op op : ops) {
            index = index * 5 + Objects.requireNonNull(op, "op").ordinal();
        }
        return CELLS[index];
    }

    @Override
    public String toString() {
        return NAME;
    }
}
