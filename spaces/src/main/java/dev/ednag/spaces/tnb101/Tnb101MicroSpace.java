package dev.ednag.spaces.tnb101;

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
 * The TransNAS-Bench-101 micro (cell) space: 4,096 cells with a 6×4 genome.
 *
 * <p>Genome row r is edge r (0→1, 0→2, 1→2, 0→3, 1→3, 2→3); column c is op code c of
 * {@link Tnb101MicroOp}. Decoding takes the argmax of each row (first column on ties, a NaN counts as
 * the maximum, as numpy does); every combination is a valid cell, so decode never returns null.
 *
 * <p>All cells are built once and shared, so {@link #decode} and {@link #parse} allocate nothing on
 * success. The class is stateless and thread-safe.
 *
 * <p>As a {@link CategoricalSpace} a cell is six choices, the op code of each edge in edge order.
 */
public final class Tnb101MicroSpace implements CategoricalSpace {

    /** The name used on the command line. */
    public static final String NAME = "tnb101-micro";

    /** Genome rows: the six edges. */
    public static final int ROWS = Tnb101MicroCell.EDGES;

    /** Genome columns: the four op codes. */
    public static final int COLS = 4;

    private static final GenomeShape SHAPE = new GenomeShape(ROWS, COLS);
    private static final int[] CHOICE_COUNTS = new int[ROWS];
    private static final Tnb101MicroCell[] CELLS = new Tnb101MicroCell[Tnb101MicroCell.COUNT];
    private static final Map<String, Tnb101MicroCell> BY_KEY = new HashMap<>(2 * Tnb101MicroCell.COUNT);
    private static final List<Tnb101MicroCell> ALL;
    private static final Tnb101MicroSpace INSTANCE = new Tnb101MicroSpace();

    static {
        Arrays.fill(CHOICE_COUNTS, COLS);
        for (int i = 0; i < CELLS.length; i++) {
            CELLS[i] = new Tnb101MicroCell(i);
            BY_KEY.put(CELLS[i].key(), CELLS[i]);
        }
        ALL = List.of(CELLS);
    }

    private Tnb101MicroSpace() {
    }

    /** The shared instance. */
    public static Tnb101MicroSpace instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "TransNAS-Bench-101 micro cells: 6 edges x 4 ops = 4,096 architectures, 6x4 one-hot genome";
    }

    @Override
    public GenomeShape shape() {
        return SHAPE;
    }

    @Override
    public long size() {
        return Tnb101MicroCell.COUNT;
    }

    /** The cell of the row-wise argmax of the genome at {@code genomes[offset .. offset + 24)}; never null. */
    @Override
    public Tnb101MicroCell decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        int index = 0;
        for (int row = 0; row < ROWS; row++) {
            index = index * COLS + RowArgmax.of(genomes, offset + row * COLS, COLS);
        }
        return CELLS[index];
    }

    /**
     * Writes the one-hot genome: a 1 in each edge row at its op code's column, 0 elsewhere.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a micro cell
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        Tnb101MicroCell cell = asCell(architecture);
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        Arrays.fill(genomes, offset, offset + ROWS * COLS, 0.0);
        for (int edge = 0; edge < ROWS; edge++) {
            genomes[offset + edge * COLS + cell.code(edge)] = 1.0;
        }
    }

    private Tnb101MicroCell asCell(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof Tnb101MicroCell cell ? cell : parse(architecture.key());
    }

    /**
     * Parses an official micro arch name exactly, e.g. {@code 64-41414-3_33_313}.
     *
     * @throws IllegalArgumentException naming the key, what is wrong with it and the expected form
     */
    @Override
    public Tnb101MicroCell parse(String key) {
        Objects.requireNonNull(key, "key");
        Tnb101MicroCell cell = BY_KEY.get(key);
        if (cell == null) {
            throw new IllegalArgumentException(Tnb101MicroKeyProblem.message(key));
        }
        return cell;
    }

    /** Six positions (the edges), four options each (the op codes). */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The op code on each edge. */
    @Override
    public int[] choices(Architecture architecture) {
        Tnb101MicroCell cell = asCell(architecture);
        int[] choices = new int[ROWS];
        for (int edge = 0; edge < ROWS; edge++) {
            choices[edge] = cell.code(edge);
        }
        return choices;
    }

    /** The cell with these op codes; never null, as every combination is a cell. */
    @Override
    public Tnb101MicroCell fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        int index = 0;
        for (int code : choices) {
            index = index * COLS + code;
        }
        return CELLS[index];
    }

    /** A uniformly random cell. */
    @Override
    public Tnb101MicroCell sample(RandomGenerator random) {
        return CELLS[random.nextInt(Tnb101MicroCell.COUNT)];
    }

    /** All 4,096 cells in {@link Tnb101MicroCell#index()} order. */
    @Override
    public Optional<List<? extends Architecture>> enumerate() {
        return Optional.of(ALL);
    }

    /** All 4,096 cells in {@link Tnb101MicroCell#index()} order, typed. */
    public List<Tnb101MicroCell> cells() {
        return ALL;
    }

    /** The cell with these six ops, in edge order 0→1, 0→2, 1→2, 0→3, 1→3, 2→3. */
    public Tnb101MicroCell cell(Tnb101MicroOp... ops) {
        if (ops == null || ops.length != ROWS) {
            throw new IllegalArgumentException("a TransNAS-Bench-101 cell needs exactly " + ROWS
                    + " ops (edges 0->1, 0->2, 1->2, 0->3, 1->3, 2->3), got " + (ops == null ? 0 : ops.length));
        }
        int index = 0;
        for (Tnb101MicroOp op : ops) {
            index = index * COLS + Objects.requireNonNull(op, "op").code();
        }
        return CELLS[index];
    }

    @Override
    public String toString() {
        return NAME;
    }
}
