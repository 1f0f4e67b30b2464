package dev.ednag.spaces.autoformer;

import java.util.Arrays;

/**
 * The three AutoFormer search spaces (Chen et al., "AutoFormer: Searching Transformers for Visual
 * Recognition", ICCV 2021): a global embedding dimension and depth, then per layer a number of
 * attention heads (64 dimensions each, so Q-K-V width = heads × 64) and an MLP ratio.
 *
 * <p><b>Sources.</b> Embedding dimensions, depths and heads are the {@code SEARCH_SPACE} sections
 * of the released subnet configs ({@code AutoFormer/experiments/subnet/AutoFormer-T/S/B.yaml} in
 * microsoft/Cream) and agree with NNI's AutoFormer preset. MLP ratios are {3, 3.5, 4} for all three,
 * as NNI's preset has them: the released tiny config lists only 3.5 and 4, yet its own searched
 * AutoFormer-T uses 3 in five of its thirteen layers, so the narrower list would exclude the model
 * the paper reports. The searched models ({@link #publishedKey()}) are the {@code RETRAIN} sections
 * of the same files; the paper gives them 5.7 M / 22.9 M / 53.7 M parameters and 1.3 / 5.1 / 11 GFLOPs.
 */
public enum AutoFormerVariant {
    TINY("autoformer-tiny", "AutoFormer-tiny",
            new int[] {192, 216, 240}, new int[] {12, 13, 14}, new int[] {3, 4},
            "e192-d13-h3,3,3,3,3,3,3,3,3,3,4,3,3-r3.5,3.5,3,3.5,3,3,4,4,3.5,4,3.5,4,3.5"),
    SMALL("autoformer-small", "AutoFormer-small",
            new int[] {320, 384, 448}, new int[] {12, 13, 14}, new int[] {5, 6, 7},
            "e384-d13-h6,6,5,7,5,5,5,6,6,7,7,6,7-r3,3.5,3,3.5,4,4,4,4,4,4,4,3.5,4"),
    BASE("autoformer-base", "AutoFormer-base",
            new int[] {528, 576, 624}, new int[] {14, 15, 16}, new int[] {8, 9, 10},
            "e576-d14-h9,9,9,9,9,10,9,9,10,9,10,9,9,10-r3.5,3.5,4,3.5,4,3.5,3.5,3,4,4,3,4,3,3.5");

    /** MLP ratios of every variant, in key spelling order 3, 3.5, 4. */
    private static final double[] MLP_RATIOS = {3.0, 3.5, 4.0};
    private static final String[] MLP_RATIO_TOKENS = {"3", "3.5", "4"};

    private final String spaceName;
    private final String label;
    private final int[] embedDims;
    private final int[] depths;
    private final int[] heads;
    private final String publishedKey;

    AutoFormerVariant(String spaceName, String label, int[] embedDims, int[] depths, int[] heads, String publishedKey) {
        this.spaceName = spaceName;
        this.label = label;
        this.embedDims = embedDims;
        this.depths = depths;
        this.heads = heads;
        this.publishedKey = publishedKey;
    }

    /** The command-line name of the space, e.g. {@code autoformer-tiny}. */
    public String spaceName() {
        return spaceName;
    }

    /** The paper's name, e.g. {@code AutoFormer-tiny}. */
    public String label() {
        return label;
    }

    /** Embedding dimension choices, ascending; a fresh array. */
    public int[] embedDims() {
        return embedDims.clone();
    }

    /** Depth choices, ascending and consecutive; a fresh array. */
    public int[] depths() {
        return depths.clone();
    }

    /** Head-count choices per layer, ascending; a fresh array. */
    public int[] heads() {
        return heads.clone();
    }

    /** MLP ratio choices per layer, ascending; a fresh array. */
    public double[] mlpRatios() {
        return MLP_RATIOS.clone();
    }

    /** The key of the searched model the paper reports for this space. */
    public String publishedKey() {
        return publishedKey;
    }

    int embedCount() {
        return embedDims.length;
    }

    int depthCount() {
        return depths.length;
    }

    int headCount() {
        return heads.length;
    }

    int ratioCount() {
        return MLP_RATIOS.length;
    }

    int maxDepth() {
        return depths[depths.length - 1];
    }

    int embedDim(int index) {
        return embedDims[index];
    }

    int depth(int index) {
        return depths[index];
    }

    int headsAt(int index) {
        return heads[index];
    }

    double ratioAt(int index) {
        return MLP_RATIOS[index];
    }

    String ratioToken(int index) {
        return MLP_RATIO_TOKENS[index];
    }

    /** The index of {@code value} among the embedding dimensions, or −1. */
    int embedIndex(int value) {
        return indexOf(embedDims, value);
    }

    /** The index of {@code value} among the depths, or −1. */
    int depthIndex(int value) {
        return indexOf(depths, value);
    }

    /** The index of {@code value} among the head counts, or −1. */
    int headIndex(int value) {
        return indexOf(heads, value);
    }

    /** The index of a ratio spelt {@code token} (3, 3.5 or 4), or −1. */
    int ratioIndex(String token) {
        return Arrays.asList(MLP_RATIO_TOKENS).indexOf(token);
    }

    String ratioTokens() {
        return String.join(", ", MLP_RATIO_TOKENS);
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
