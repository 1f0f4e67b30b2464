package dev.ednag.spaces.autoformer;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.CostModel;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.spaces.RowArgmax;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * An AutoFormer vision-transformer space ({@link AutoFormerVariant}: tiny, small or base) with an
 * argmax genome in EDNAG's style.
 *
 * <p><b>Genome</b> of {@code (2 + maxDepth) × C} values, {@code C = max(#embed, #depth, #heads + #ratios)}:
 * <ul>
 *   <li>row 0: the embedding dimension, the argmax of columns {@code 0 … #embed−1};
 *   <li>row 1: the depth, the argmax of columns {@code 0 … #depth−1};
 *   <li>row {@code 2 + i}: layer slot {@code i}, its head count the argmax of columns
 *       {@code 0 … #heads−1} and its MLP ratio the argmax of the next {@code #ratios} columns.
 * </ul>
 * Columns past a row's groups and layer rows at or beyond the depth are ignored. Argmax takes the
 * first column of a group on ties and counts a NaN as the maximum, as numpy does. Every genome
 * therefore decodes to an architecture: {@link #decode} never returns null. {@link #encode} writes
 * ones at the chosen columns and zeros elsewhere, so the rows of unused layer slots are all zero.
 * Tiny is 16×5, small 16×6 and base 18×6.
 *
 * <p><b>Size</b>: {@code #embed × Σ_d (#heads·#ratios)^d} over the depths: tiny
 * 280,804,921,344 (2.8·10¹¹), small 77,103,263,459,313 (7.7·10¹³), base 6,245,364,340,204,353
 * (6.2·10¹⁵). {@link #sample} is uniform over architectures, so it draws a depth with probability
 * proportional to the number of architectures of that depth.
 *
 * <p><b>Categorical view</b>: positions embed, depth, the head count of slots {@code 0 … maxDepth−1},
 * then the MLP ratio of those slots. {@link #choices} writes option 0 for slots beyond the depth and
 * {@link #fromChoices} ignores them, so a choice vector always names an architecture. A consequence:
 * changing a slot beyond the depth gives back the same architecture, so {@code Neighbourhood.of}
 * lists the architecture itself once per such change, and {@code Neighbourhood.random} may return
 * it; callers that need strict neighbours filter those out. Dropping the depth still works in one
 * step: the layers beyond the new depth are simply cut.
 *
 * <p>Instances are stateless, thread-safe singletons, one per variant.
 */
public final class AutoFormerSpace implements CategoricalSpace {

    /** Genome row of the embedding dimension. */
    public static final int EMBED_ROW = 0;

    /** Genome row of the depth. */
    public static final int DEPTH_ROW = 1;

    /** Genome row of layer slot 0; slot {@code i} is row {@code FIRST_LAYER_ROW + i}. */
    public static final int FIRST_LAYER_ROW = 2;

    private static final Map<AutoFormerVariant, AutoFormerSpace> SPACES = new EnumMap<>(AutoFormerVariant.class);

    static {
        for (AutoFormerVariant variant : AutoFormerVariant.values()) {
            SPACES.put(variant, new AutoFormerSpace(variant));
        }
    }

    private final AutoFormerVariant variant;
    private final int cols;
    private final int length;
    private final GenomeShape shape;
    private final int[] choiceCounts;
    private final long size;
    private final int[] depthThresholds; // cumulative relative weights (#heads·#ratios)^(d − minDepth)
    private final AutoFormerArch published;

    private AutoFormerSpace(AutoFormerVariant variant) {
        this.variant = variant;
        int perLayer = variant.headCount() + variant.ratioCount();
        this.cols = Math.max(Math.max(variant.embedCount(), variant.depthCount()), perLayer);
        int rows = FIRST_LAYER_ROW + variant.maxDepth();
        this.length = rows * cols;
        this.shape = new GenomeShape(rows, cols);
        this.choiceCounts = new int[2 + 2 * variant.maxDepth()];
        choiceCounts[0] = variant.embedCount();
        choiceCounts[1] = variant.depthCount();
        Arrays.fill(choiceCounts, 2, 2 + variant.maxDepth(), variant.headCount());
        Arrays.fill(choiceCounts, 2 + variant.maxDepth(), choiceCounts.length, variant.ratioCount());
        long layerOptions = (long) variant.headCount() * variant.ratioCount();
        long architectures = 0;
        this.depthThresholds = new int[variant.depthCount()];
        int threshold = 0;
        for (int d = 0; d < variant.depthCount(); d++) {
            architectures = Math.addExact(architectures, power(layerOptions, variant.depth(d)));
            threshold = Math.addExact(threshold, (int) power(layerOptions, d));
            depthThresholds[d] = threshold;
        }
        this.size = Math.multiplyExact(architectures, variant.embedCount());
        this.published = AutoFormerKeys.parse(variant, variant.publishedKey());
    }

    /** The space of {@code variant}. */
    public static AutoFormerSpace of(AutoFormerVariant variant) {
        return SPACES.get(Objects.requireNonNull(variant, "variant"));
    }

    /** The tiny space, {@code autoformer-tiny}. */
    public static AutoFormerSpace tiny() {
        return of(AutoFormerVariant.TINY);
    }

    /** The small space, {@code autoformer-small}. */
    public static AutoFormerSpace small() {
        return of(AutoFormerVariant.SMALL);
    }

    /** The base space, {@code autoformer-base}. */
    public static AutoFormerSpace base() {
        return of(AutoFormerVariant.BASE);
    }

    /** Which of the three spaces this is. */
    public AutoFormerVariant variant() {
        return variant;
    }

    /** The searched model the paper reports for this space (AutoFormer-T, -S or -B). */
    public AutoFormerArch publishedModel() {
        return published;
    }

    @Override
    public String name() {
        return variant.spaceName();
    }

    @Override
    public String description() {
        return variant.label() + " vision transformers: embed " + join(variant.embedDims()) + ", depth "
                + variant.depth(0) + "-" + variant.maxDepth() + ", per layer " + join(variant.heads())
                + " heads x MLP ratio " + variant.ratioTokens().replace(", ", "/") + " = "
                + approximately(size) + " architectures, " + shape + " genome";
    }

    @Override
    public GenomeShape shape() {
        return shape;
    }

    @Override
    public long size() {
        return size;
    }

    /** Decodes the genome at {@code genomes[offset ..]}; never null (see the class comment). */
    @Override
    public AutoFormerArch decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, length, genomes.length);
        int embed = RowArgmax.of(genomes, offset + EMBED_ROW * cols, variant.embedCount());
        int depthIndex = RowArgmax.of(genomes, offset + DEPTH_ROW * cols, variant.depthCount());
        int depth = variant.depth(depthIndex);
        byte[] heads = new byte[depth];
        byte[] ratios = new byte[depth];
        for (int layer = 0; layer < depth; layer++) {
            int row = offset + (FIRST_LAYER_ROW + layer) * cols;
            heads[layer] = (byte) RowArgmax.of(genomes, row, variant.headCount());
            ratios[layer] = (byte) RowArgmax.of(genomes, row + variant.headCount(), variant.ratioCount());
        }
        return new AutoFormerArch(variant, embed, depthIndex, heads, ratios);
    }

    /**
     * Writes the one-hot genome: a 1 at the chosen column of the embed and depth rows and at the
     * chosen head and ratio columns of each layer row within the depth; 0 everywhere else.
     *
     * @throws IllegalArgumentException when {@code architecture}'s key is not of this space
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        AutoFormerArch arch = asArch(architecture);
        Objects.checkFromIndexSize(offset, length, genomes.length);
        Arrays.fill(genomes, offset, offset + length, 0.0);
        genomes[offset + EMBED_ROW * cols + arch.embedIndex()] = 1.0;
        genomes[offset + DEPTH_ROW * cols + arch.depthIndex()] = 1.0;
        for (int layer = 0; layer < arch.depth(); layer++) {
            int row = offset + (FIRST_LAYER_ROW + layer) * cols;
            genomes[row + arch.headIndex(layer)] = 1.0;
            genomes[row + variant.headCount() + arch.ratioIndex(layer)] = 1.0;
        }
    }

    /**
     * Parses a key exactly as {@link AutoFormerArch#key()} writes it.
     *
     * @throws IllegalArgumentException naming the key, the part that is wrong and what it may hold
     */
    @Override
    public AutoFormerArch parse(String key) {
        return AutoFormerKeys.parse(variant, Objects.requireNonNull(key, "key"));
    }

    /** A uniformly random architecture. */
    @Override
    public AutoFormerArch sample(RandomGenerator random) {
        int embed = random.nextInt(variant.embedCount());
        int draw = random.nextInt(depthThresholds[depthThresholds.length - 1]);
        int depthIndex = 0;
        while (draw >= depthThresholds[depthIndex]) {
            depthIndex++;
        }
        int depth = variant.depth(depthIndex);
        byte[] heads = new byte[depth];
        byte[] ratios = new byte[depth];
        for (int layer = 0; layer < depth; layer++) {
            heads[layer] = (byte) random.nextInt(variant.headCount());
            ratios[layer] = (byte) random.nextInt(variant.ratioCount());
        }
        return new AutoFormerArch(variant, embed, depthIndex, heads, ratios);
    }

    /** Analytic costs on 224×224 ImageNet; see {@link AutoFormerCosts}. */
    @Override
    public Optional<CostModel> costs() {
        return Optional.of(AutoFormerCosts.instance());
    }

    /** Embed, depth, then a head count and an MLP ratio for each of the {@code maxDepth} slots. */
    @Override
    public int[] choiceCounts() {
        return choiceCounts.clone();
    }

    /** Choice indices; slots beyond the depth hold option 0. */
    @Override
    public int[] choices(Architecture architecture) {
        AutoFormerArch arch = asArch(architecture);
        int[] choices = new int[choiceCounts.length];
        choices[0] = arch.embedIndex();
        choices[1] = arch.depthIndex();
        for (int layer = 0; layer < arch.depth(); layer++) {
            choices[2 + layer] = arch.headIndex(layer);
            choices[2 + variant.maxDepth() + layer] = arch.ratioIndex(layer);
        }
        return choices;
    }

    /** The architecture these choices name; slots beyond the chosen depth are ignored, so never null. */
    @Override
    public AutoFormerArch fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(name(), choiceCounts, choices);
        int depth = variant.depth(choices[1]);
        byte[] heads = new byte[depth];
        byte[] ratios = new byte[depth];
        for (int layer = 0; layer < depth; layer++) {
            heads[layer] = (byte) choices[2 + layer];
            ratios[layer] = (byte) choices[2 + variant.maxDepth() + layer];
        }
        return new AutoFormerArch(variant, choices[0], choices[1], heads, ratios);
    }

    private AutoFormerArch asArch(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof AutoFormerArch arch && arch.variant() == variant ? arch : parse(architecture.key());
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, base);
        }
        return result;
    }

    private static String join(int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            sb.append(sb.length() == 0 ? "" : "/").append(v);
        }
        return sb.toString();
    }

    /** "2.8e11": one decimal of the mantissa is enough to tell the spaces apart. */
    private static String approximately(long count) {
        int exponent = (int) Math.floor(Math.log10(count));
        return String.format(Locale.ROOT, "%.1fe%d", count / Math.pow(10, exponent), exponent);
    }

    @Override
    public String toString() {
        return name();
    }
}
