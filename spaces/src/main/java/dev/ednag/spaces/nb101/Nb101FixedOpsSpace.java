package dev.ednag.spaces.nb101;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.spaces.KeyText;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The EDNAG paper's restricted NAS-Bench-101 space: only the adjacency is searched, and the seven
 * spec vertices always carry {@code input, conv1x1-bn-relu, conv3x3-bn-relu, conv3x3-bn-relu,
 * conv3x3-bn-relu, maxpool3x3, output} before pruning. Its architectures are ordinary
 * {@link Nb101Cell}s with the same keys as {@link Nb101Space}, so any NAS-Bench-101 table evaluates them.
 * The 2²¹ adjacency patterns give 6,399 distinct valid cells.
 *
 * <p>Genome: 7×7, row u = spec vertex u; u→v exists when {@code genome[u][v] ≥ 0.5} and u &lt; v
 * (everything on or below the diagonal is ignored, a NaN is no edge). Pruning and validity as in
 * {@link Nb101Space}; genomes are normalised to [0, 1] ({@link RowRange#ZERO_TO_ONE}). Encoding places
 * the cell's vertices on the spec vertices with matching ops ({@link Nb101FixedOps#places}) and writes 1
 * for each edge, 0 elsewhere.
 *
 * <p>As a {@link CategoricalSpace}: the 21 edge choices of {@link Nb101EdgeChoices}; a vector is valid
 * when its spec needs no pruning and keeps at most nine edges.
 *
 * <p>The 6,399 cells are listed on first use of {@link #enumerate} or {@link #sample} (a fraction of a
 * second), so sampling is exactly uniform. The class is stateless apart from that shared, immutable
 * listing, and thread-safe.
 */
public final class Nb101FixedOpsSpace implements CategoricalSpace {

    /** The name used on the command line. */
    public static final String NAME = "nb101-fixed-ops";

    /** Genome rows and columns: the seven spec vertices. */
    public static final int VERTICES = Nb101Graph.MAX_VERTICES;

    /** Distinct valid cells over all 2²¹ adjacency patterns (counted by enumerating them). */
    public static final long SIZE = 6_399;

    private static final GenomeShape SHAPE = new GenomeShape(VERTICES, VERTICES);
    private static final int[] CHOICE_COUNTS = new int[Nb101EdgeChoices.POSITIONS];
    private static final Nb101FixedOpsSpace INSTANCE = new Nb101FixedOpsSpace();

    static {
        Arrays.fill(CHOICE_COUNTS, 2);
    }

    private Nb101FixedOpsSpace() {
    }

    /** The shared instance. */
    public static Nb101FixedOpsSpace instance() {
        return INSTANCE;
    }

    /** The fixed vertex labels of every spec, as the benchmark writes them. */
    public static List<String> specLabels() {
        return Nb101FixedOps.SPEC_LABELS;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NAS-Bench-101 adjacency only, ops fixed to conv1x1, 3x conv3x3, maxpool = 6,399 architectures,"
                + " 7x7 genome";
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

    /** The canonical cell of the genome at {@code genomes[offset .. offset + 49)}, or null when invalid. */
    @Override
    public Nb101Cell decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, VERTICES * VERTICES, genomes.length);
        long edges = 0;
        for (int u = 0; u < VERTICES - 1; u++) {
            int row = offset + u * VERTICES;
            for (int v = u + 1; v < VERTICES; v++) {
                if (genomes[row + v] >= 0.5) {
                    edges |= Nb101Graph.edge(u, v);
                }
            }
        }
        return Nb101Canonical.of(edges, Nb101FixedOps.SPEC_OPS, VERTICES);
    }

    /**
     * Writes the canonical genome: 1 at each edge of the cell placed on the fixed ops, 0 elsewhere.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a cell of this space
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        long edges = specEdges(asCell(architecture));
        Objects.checkFromIndexSize(offset, VERTICES * VERTICES, genomes.length);
        Arrays.fill(genomes, offset, offset + VERTICES * VERTICES, 0.0);
        for (int u = 0; u < VERTICES - 1; u++) {
            for (int v = u + 1; v < VERTICES; v++) {
                if (Nb101Graph.hasEdge(edges, u, v)) {
                    genomes[offset + u * VERTICES + v] = 1.0;
                }
            }
        }
    }

    private static long specEdges(Nb101Cell cell) {
        return cell.edgesPlacedAt(Nb101FixedOps.places(cell));
    }

    private Nb101Cell asCell(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        if (architecture instanceof Nb101Cell cell) {
            String problem = Nb101FixedOps.problem(cell);
            if (problem != null) {
                throw new IllegalArgumentException(notInSpace(cell.key(), problem));
            }
            return cell;
        }
        return parse(architecture.key());
    }

    /**
     * Parses a canonical NAS-Bench-101 key (format in {@link Nb101Cell#key()}) of a cell the fixed ops
     * can spell.
     *
     * @throws IllegalArgumentException naming the key and its problem, including ops the fixed spec
     *     cannot provide
     */
    @Override
    public Nb101Cell parse(String key) {
        Objects.requireNonNull(key, "key");
        Nb101Cell cell = Nb101KeyFormat.parse(key, NAME);
        String problem = Nb101FixedOps.problem(cell);
        if (problem != null) {
            throw new IllegalArgumentException(notInSpace(key, problem));
        }
        return cell;
    }

    private static String notInSpace(String key, String problem) {
        return "'" + KeyText.abbreviate(key) + "' is not a " + NAME + " architecture: " + problem
                + "; every spec of this space has the ops " + String.join(", ", Nb101FixedOps.SPEC_LABELS);
    }

    /** 21 edge positions with options 0/1. */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The edges of the canonical genome, as {@link #encode} places them. */
    @Override
    public int[] choices(Architecture architecture) {
        int[] choices = new int[CHOICE_COUNTS.length];
        Nb101EdgeChoices.write(specEdges(asCell(architecture)), choices);
        return choices;
    }

    /** The cell of these edges; null unless the spec needs no pruning and keeps at most nine edges. */
    @Override
    public Nb101Cell fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        long edges = Nb101EdgeChoices.edges(choices);
        if (Nb101EdgeChoices.usedVerticesIfNoPruningNeeded(edges) < 0) {
            return null;
        }
        return Nb101Canonical.of(edges, Nb101FixedOps.SPEC_OPS, VERTICES);
    }

    /** An exactly uniformly random cell of the listing. */
    @Override
    public Nb101Cell sample(RandomGenerator random) {
        List<Nb101Cell> all = Nb101FixedOps.all();
        return all.get(random.nextInt(all.size()));
    }

    /** All 6,399 cells in a fixed order, fewer vertices first. */
    @Override
    public Optional<List<? extends Architecture>> enumerate() {
        return Optional.of(Nb101FixedOps.all());
    }

    @Override
    public String toString() {
        return NAME;
    }
}
