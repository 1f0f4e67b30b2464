package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learned, unsupervised embedding of GNE-NAS: each cell is the mean latent vector of an arch2vec
 * graph autoencoder trained without labels on every cell of the space, so cells that differ little lie
 * close together. The table is shipped with ednag (regenerate it with {@code ednag embed}); this encoding
 * only looks rows up. Immutable and thread-safe; {@link #encode} allocates nothing.
 */
public final class Arch2VecEncoding implements Encoding {

    /** The name used on the command line and in manifests. */
    public static final String NAME = "arch2vec";

    private static final Map<String, Arch2VecEncoding> LOADED = new ConcurrentHashMap<>();

    private final CellGraph graph;
    private final EmbeddingTable table;

    Arch2VecEncoding(CellGraph graph, EmbeddingTable table) {
        if (table.rows() != graph.cells()) {
            throw new IllegalArgumentException("an embedding of " + graph.space().name() + " needs " + graph.cells()
                    + " rows, got " + table.rows());
        }
        this.graph = graph;
        this.table = table;
    }

    /** Whether an embedding of {@code space} is shipped. */
    static boolean available(SearchSpace space) {
        return CellGraph.supports(space) && lookup(space) != null;
    }

    /**
     * The shipped embedding of {@code space}.
     *
     * @throws IllegalArgumentException when none is shipped for it
     */
    public static Arch2VecEncoding of(SearchSpace space) {
        Objects.requireNonNull(space, "space");
        Arch2VecEncoding encoding = CellGraph.supports(space) ? lookup(space) : null;
        if (encoding == null) {
            throw new IllegalArgumentException("no arch2vec embedding is shipped for the search space '" + space.name()
                    + "' (only nb201 and tnb101-micro have one)");
        }
        return encoding;
    }

    private static Arch2VecEncoding lookup(SearchSpace space) {
        Arch2VecEncoding known = LOADED.get(space.name());
        if (known != null) {
            return known;
        }
        EmbeddingTable table = EmbeddingTable.shipped(NAME, space.name());
        if (table == null) {
            return null;
        }
        Arch2VecEncoding loaded = new Arch2VecEncoding(CellGraph.of(space), table);
        Arch2VecEncoding raced = LOADED.putIfAbsent(space.name(), loaded);
        return raced == null ? loaded : raced;
    }

    /** The embedding behind this encoding, with its provenance. */
    public EmbeddingTable table() {
        return table;
    }

    /** The row of the cell with {@code index}, written to {@code out[offset ..]}. */
    public void row(int index, double[] out, int offset) {
        int d = table.dimension();
        float[] values = table.values();
        for (int k = 0, at = index * d; k < d; k++) {
            out[offset + k] = values[at + k];
        }
    }

    /** The index of {@code architecture} in the table. */
    public int index(Architecture architecture) {
        return graph.index(architecture);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return table.dimension();
    }

    @Override
    public void encode(Architecture architecture, double[] out, int offset) {
        row(graph.index(architecture), out, offset);
    }
}
