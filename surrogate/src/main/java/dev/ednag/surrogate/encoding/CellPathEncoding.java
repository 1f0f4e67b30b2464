package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import java.util.Arrays;
import java.util.Objects;

/**
 * The path encoding of BANANAS (White et al., AAAI 2021) for the 4-node cells of NAS-Bench-201 and
 * TransNAS-Bench-101 micro: one indicator per input→output path, labelled by the ops along it. A
 * predictor then sees which chains of operations data flows through, which tracks accuracy better than
 * the edge-by-edge one-hot genome.
 *
 * <p>The cell has the edges 0→1, 0→2, 1→2, 0→3, 1→3, 2→3 (indices 0..5) and four paths from node 0 to
 * node 3: [edge 3], [edge 0, edge 4], [edge 1, edge 5] and [edge 0, edge 2, edge 5]. With K ops the
 * path of ops (o1), (o1, o2) or (o1, o2, o3), the ops read from input to output, is feature
 * {@code o1}, {@code K + K·o1 + o2} or {@code K + K² + K²·o1 + K·o2 + o3}, for
 * {@code K + K² + K³} features in all:
 * <ul>
 *   <li>NAS-Bench-201, K = 5, codes the {@code Nb201Op} ordinals 0 none, 1 skip_connect,
 *       2 nor_conv_1x1, 3 nor_conv_3x3, 4 avg_pool_3x3: length 1 at 0..4, length 2 at
 *       {@code 5 + 5·o1 + o2} (5..29), length 3 at {@code 30 + 25·o1 + 5·o2 + o3} (30..154); 155
 *       features, the published count.</li>
 *   <li>TransNAS-Bench-101 micro, K = 4, codes 0 none (zeroise), 1 skip_connect, 2 conv1x1,
 *       3 conv3x3: length 1 at 0..3, length 2 at {@code 4 + 4·o1 + o2}, length 3 at
 *       {@code 20 + 16·o1 + 4·o2 + o3}; 84 features.</li>
 * </ul>
 *
 * <p>A path through a {@code none} edge carries no data, so it is left out: its feature stays 0, and
 * the features whose label holds {@code none} are never 1 (they are kept so the layout is the published
 * one). The encoding is not injective: an edge that lies on no live path (1→2 when 2→3 is none, say)
 * does not show, and the two length-2 paths set the same feature when their ops agree. Immutable,
 * thread-safe, and {@link #encode} allocates nothing.
 */
public final class CellPathEncoding implements Encoding {

    /** The name used on the command line and in manifests. */
    public static final String NAME = "path";

    /** The node paths from input to output, as edge indices from input to output. */
    private static final int[][] PATHS = {{3}, {0, 4}, {1, 5}, {0, 2, 5}};

    private static final CellPathEncoding NB201 = new CellPathEncoding(FourNodeCell.NB201);
    private static final CellPathEncoding TNB101_MICRO = new CellPathEncoding(FourNodeCell.TNB101_MICRO);

    private final FourNodeCell cell;
    /** The first feature of the paths of each length 1..3, at that index. */
    private final int[] lengthOffsets = new int[4];
    private final int dimension;

    private CellPathEncoding(FourNodeCell cell) {
        this.cell = cell;
        int k = cell.ops();
        lengthOffsets[2] = k;
        lengthOffsets[3] = k + k * k;
        this.dimension = k + k * k + k * k * k;
    }

    /** The 155-feature encoding of NAS-Bench-201 cells. */
    public static CellPathEncoding nb201() {
        return NB201;
    }

    /** The 84-feature encoding of TransNAS-Bench-101 micro cells. */
    public static CellPathEncoding tnb101Micro() {
        return TNB101_MICRO;
    }

    /** The encoding of {@code cell}'s space. */
    static CellPathEncoding of(FourNodeCell cell) {
        return cell == FourNodeCell.NB201 ? NB201 : TNB101_MICRO;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /**
     * Writes 1 for each path without a {@code none} edge and 0 elsewhere.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a cell of the encoded space
     */
    @Override
    public void encode(Architecture architecture, double[] out, int offset) {
        int index = cell.index(architecture, "the path encoding");
        Objects.checkFromIndexSize(offset, dimension, out.length);
        Arrays.fill(out, offset, offset + dimension, 0.0);
        int ops = cell.ops();
        int zero = cell.zeroOp();
        for (int[] path : PATHS) {
            int label = 0;
            boolean live = true;
            for (int edge : path) {
                int op = cell.op(index, edge);
                live &= op != zero;
                label = label * ops + op;
            }
            if (live) {
                out[offset + lengthOffsets[path.length] + label] = 1.0;
            }
        }
    }

    @Override
    public String toString() {
        return NAME + " encoding of " + cell.space().name() + " (" + dimension + " features)";
    }
}
