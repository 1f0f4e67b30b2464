package dev.ednag.spaces.mobilenetv3;

import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.MAX_DEPTH;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.MIN_DEPTH;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.SLOTS;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.SLOTS_PER_STAGE;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.STAGES;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.CostModel;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.spaces.RowArgmax;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The OFA MobileNetV3 space (5 stages of 2–4 MBConv layers, kernel 3/5/7, expand 3/4/6) with
 * EDNAG's 22×12 genome (algorithm spec §6.5).
 *
 * <p><b>Genome.</b> Row 0 is the input, rows 1..20 the layer slots (stage {@code s} in rows
 * {@code 4s+1 … 4s+4}), row 21 the output. Column 0 is the input token, 1 the output token, 2..11 the
 * ops of {@link MobileNetV3Op} ({@code 3-3 … 7-6}, then {@code none}). A genome is valid when the
 * argmax of row 0 is the input column, that of row 21 the output column, no slot row's argmax is
 * the input or output column, and every stage has 2 to 4 non-{@code none} slots. Argmax takes the
 * first column on ties and counts a NaN as the maximum, as numpy does.
 *
 * <p><b>Architectures</b> are canonical ({@link MobileNetV3Arch}): a {@code none} slot is a skipped
 * layer, so genomes that differ only in where a stage's {@code none} slots sit decode to the same
 * network, whose key lists each stage's layers first.
 *
 * <p><b>Size.</b> Each stage has {@code 9² + 9³ + 9⁴ = 7,371} layer sequences, so the space holds
 * {@code 7371⁵ ≈ 2.18·10¹⁹} architectures, more than a {@code long} holds: {@link #size()} answers
 * {@link Long#MAX_VALUE} and {@link #exactSize()} the exact count.
 *
 * <p><b>Categorical view.</b> 20 positions, one per slot, with 10 options each: the op ordinal of
 * {@link MobileNetV3Op} ({@code none} = 9). {@link #fromChoices} canonicalises and answers null when
 * a stage has fewer than 2 layers. A one-position change always changes the network (it adds,
 * removes or replaces a layer), so {@code Neighbourhood.of} never returns the architecture itself;
 * it can list the same neighbour twice, e.g. removing either of two equal layers.
 *
 * <p>The class is stateless and thread-safe; {@link #decode} allocates only the architecture it returns.
 */
public final class MobileNetV3Space implements CategoricalSpace {

    /** The name used on the command line. */
    public static final String NAME = "mobilenetv3";

    /** Genome rows: input, 20 slots, output. */
    public static final int ROWS = SLOTS + 2;

    /** Genome columns: input, output, 9 layer ops, none. */
    public static final int COLS = MobileNetV3Op.FIRST_OP_COLUMN + MobileNetV3Op.values().length;

    /** Column of the input token. */
    public static final int INPUT_COLUMN = 0;

    /** Column of the output token. */
    public static final int OUTPUT_COLUMN = 1;

    private static final int LENGTH = ROWS * COLS;
    private static final int OPS = MobileNetV3Op.values().length;
    private static final GenomeShape SHAPE = new GenomeShape(ROWS, COLS);
    private static final int[] CHOICE_COUNTS = new int[SLOTS];
    private static final int[] SEQUENCES_UP_TO_DEPTH = new int[MAX_DEPTH + 1]; // cumulative 9^2 + … + 9^d
    private static final BigInteger EXACT_SIZE;
    private static final MobileNetV3Space INSTANCE = new MobileNetV3Space();

    static {
        Arrays.fill(CHOICE_COUNTS, OPS);
        int cumulative = 0;
        for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth++) {
            cumulative += pow(MobileNetV3Op.LAYER_OPS, depth);
            SEQUENCES_UP_TO_DEPTH[depth] = cumulative;
        }
        EXACT_SIZE = BigInteger.valueOf(cumulative).pow(STAGES);
    }

    private MobileNetV3Space() {
    }

    /** The shared instance. */
    public static MobileNetV3Space instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OFA MobileNetV3: 5 stages x 2-4 MBConv layers (kernel 3/5/7, expand 3/4/6) = about 2.2e19"
                + " architectures, 22x12 one-hot genome";
    }

    @Override
    public GenomeShape shape() {
        return SHAPE;
    }

    /** {@link Long#MAX_VALUE}: the true count, about 2.18·10¹⁹, overflows a {@code long}; see {@link #exactSize()}. */
    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    /** The exact number of architectures, {@code 7371⁵ = 21,758,655,492,572,485,851}. */
    @Override
    public BigInteger exactSize() {
        return EXACT_SIZE;
    }

    /**
     * Decodes the genome at {@code genomes[offset .. offset + 264)} to its canonical architecture,
     * or null when it is invalid (see the class comment).
     */
    @Override
    public MobileNetV3Arch decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, LENGTH, genomes.length);
        if (RowArgmax.of(genomes, offset, COLS) != INPUT_COLUMN
                || RowArgmax.of(genomes, offset + (ROWS - 1) * COLS, COLS) != OUTPUT_COLUMN) {
            return null;
        }
        byte[] slots = new byte[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            int column = RowArgmax.of(genomes, offset + (slot + 1) * COLS, COLS);
            if (column < MobileNetV3Op.FIRST_OP_COLUMN) {
                return null;
            }
            slots[slot] = (byte) (column - MobileNetV3Op.FIRST_OP_COLUMN);
        }
        return MobileNetV3Arch.ofSlots(slots);
    }

    /**
     * Writes the one-hot genome of the canonical architecture: row 0 in the input column, row 21 in
     * the output column, each slot row in its op's column, every other entry 0.
     *
     * @throws IllegalArgumentException when {@code architecture}'s key is not of this space
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        MobileNetV3Arch arch = asArch(architecture);
        Objects.checkFromIndexSize(offset, LENGTH, genomes.length);
        Arrays.fill(genomes, offset, offset + LENGTH, 0.0);
        genomes[offset + INPUT_COLUMN] = 1.0;
        genomes[offset + (ROWS - 1) * COLS + OUTPUT_COLUMN] = 1.0;
        for (int slot = 0; slot < SLOTS; slot++) {
            genomes[offset + (slot + 1) * COLS + MobileNetV3Op.FIRST_OP_COLUMN + arch.ordinal(slot)] = 1.0;
        }
    }

    /**
     * Parses a canonical key exactly.
     *
     * @throws IllegalArgumentException naming the key and its problem; a valid slot string that is
     *     not canonical is rejected with its canonical key in the message
     */
    @Override
    public MobileNetV3Arch parse(String key) {
        return MobileNetV3Keys.parse(Objects.requireNonNull(key, "key"));
    }

    /**
     * A uniformly random architecture: each stage independently takes depth {@code d} with
     * probability {@code 9^d / 7371}, then {@code d} layers drawn uniformly.
     */
    @Override
    public MobileNetV3Arch sample(RandomGenerator random) {
        byte[] slots = new byte[SLOTS];
        for (int stage = 0; stage < STAGES; stage++) {
            int draw = random.nextInt(SEQUENCES_UP_TO_DEPTH[MAX_DEPTH]);
            int depth = MIN_DEPTH;
            while (draw >= SEQUENCES_UP_TO_DEPTH[depth]) {
                depth++;
            }
            for (int i = 0; i < SLOTS_PER_STAGE; i++) {
                slots[stage * SLOTS_PER_STAGE + i] = (byte) (i < depth
                        ? random.nextInt(MobileNetV3Op.LAYER_OPS) : MobileNetV3Op.NONE.ordinal());
            }
        }
        return MobileNetV3Arch.ofSlots(slots);
    }

    /** Analytic costs of the OFA subnet at 224×224; see {@link MobileNetV3Costs}. */
    /**
     * The reference's {@code init_valid_rate}: half the first population starts as valid genomes,
     * since a noise genome is valid with probability of the order 10⁻⁴ (spec §6.5). The reference
     * draws each slot uniformly, so a few of its seeds are invalid; ours are always valid.
     */
    @Override
    public double initialValidRate() {
        return 0.5;
    }

    @Override
    public Optional<CostModel> costs() {
        return Optional.of(MobileNetV3Costs.imagenet());
    }

    /** Twenty positions (the slots), ten options each (the ops of {@link MobileNetV3Op}). */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The canonical op ordinal of each slot. */
    @Override
    public int[] choices(Architecture architecture) {
        MobileNetV3Arch arch = asArch(architecture);
        int[] choices = new int[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            choices[slot] = arch.ordinal(slot);
        }
        return choices;
    }

    /** The canonical architecture of these slot ops, or null when a stage has fewer than 2 layers. */
    @Override
    public MobileNetV3Arch fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        byte[] slots = new byte[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            slots[slot] = (byte) choices[slot];
        }
        return MobileNetV3Arch.ofSlots(slots);
    }

    private MobileNetV3Arch asArch(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof MobileNetV3Arch arch ? arch : parse(architecture.key());
    }

    private static int pow(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
