package dev.ednag.spaces.tnb101;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.spaces.RowArgmax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The TransNAS-Bench-101 macro (skeleton) space: 3,256 module sequences with a 6×5 genome.
 *
 * <p>Genome row r is module slot r; column 0 means "no module" and columns 1..4 the module digits of
 * {@link Tnb101MacroModule}. Decoding takes the argmax of each row (first column on ties, a NaN counts
 * as the maximum, as numpy does), drops the empty slots and reads the remaining digits in row order;
 * the genome is invalid (null) when that sequence breaks {@link Tnb101MacroRule}: 4 to 6 modules, 1 to 4
 * halving the resolution, 1 to 3 doubling the channels. Encoding puts the n digits in rows 0..n-1 and
 * marks the trailing rows empty.
 *
 * <p>As a {@link CategoricalSpace} it has the same six slots with five options (0 = empty, 1..4 = the
 * digits). Empty slots anywhere are dropped, so several choice vectors name one skeleton;
 * {@link #choices} gives the canonical vector, digits first and empty slots last.
 *
 * <p>Every one of the 5⁶ slot combinations is resolved once when the class loads, so decoding is an
 * argmax per row plus one array lookup and allocates nothing. The class is stateless and thread-safe.
 */
public final class Tnb101MacroSpace implements CategoricalSpace {

    /** The name used on the command line. */
    public static final String NAME = "tnb101-macro";

    /** Genome rows: the module slots. */
    public static final int ROWS = Tnb101MacroRule.MAX_MODULES;

    /** Genome columns: empty slot, then the digits 1..4. */
    public static final int COLS = 5;

    /** Number of skeletons in the benchmark. */
    public static final int COUNT = 3_256;

    private static final int COMBINATIONS = 15_625; // 5^6 slot combinations
    private static final GenomeShape SHAPE = new GenomeShape(ROWS, COLS);
    private static final int[] CHOICE_COUNTS = new int[ROWS];
    private static final Tnb101MacroSkeleton[] BY_COMBINATION = new Tnb101MacroSkeleton[COMBINATIONS];
    private static final Map<String, Tnb101MacroSkeleton> BY_KEY = new HashMap<>(2 * COUNT);
    private static final List<Tnb101MacroSkeleton> ALL;
    private static final Tnb101MacroSpace INSTANCE = new Tnb101MacroSpace();

    static {
        Arrays.fill(CHOICE_COUNTS, COLS);
        List<Tnb101MacroSkeleton> all = new ArrayList<>(COUNT);
        for (int length = Tnb101MacroRule.MIN_MODULES; length <= Tnb101MacroRule.MAX_MODULES; length++) {
            addValidSequences(new int[length], 0, all);
        }
        if (all.size() != COUNT) {
            throw new IllegalStateException("the macro rule yields " + all.size() + " skeletons, expected " + COUNT);
        }
        ALL = List.copyOf(all);
        for (Tnb101MacroSkeleton skeleton : ALL) {
            BY_KEY.put(skeleton.key(), skeleton);
        }
        int[] slots = new int[ROWS];
        for (int combination = 0; combination < COMBINATIONS; combination++) {
            digitsOf(combination, slots);
            BY_COMBINATION[combination] = lookUp(slots);
        }
    }

    // Depth-first in digit order, so the listing is sorted by length, then lexicographically.
    private static void addValidSequences(int[] codes, int filled, List<Tnb101MacroSkeleton> out) {
        if (filled == codes.length) {
            if (Tnb101MacroRule.allows(codes, codes.length)) {
                out.add(new Tnb101MacroSkeleton(out.size(), codes, codes.length));
            }
            return;
        }
        for (int code = 1; code <= 4; code++) {
            codes[filled] = code;
            addValidSequences(codes, filled + 1, out);
        }
    }

    /** The base-5 digits of {@code combination}, slot 0 most significant. */
    private static void digitsOf(int combination, int[] slots) {
        for (int row = ROWS - 1; row >= 0; row--) {
            slots[row] = combination % COLS;
            combination /= COLS;
        }
    }

    /** The skeleton the non-empty slots spell, or null; only used while the class loads. */
    private static Tnb101MacroSkeleton lookUp(int[] slots) {
        StringBuilder key = new StringBuilder(Tnb101MacroSkeleton.PREFIX);
        for (int slot : slots) {
            if (slot != 0) {
                key.append(slot);
            }
        }
        return BY_KEY.get(key.append(Tnb101MacroSkeleton.SUFFIX).toString());
    }

    private Tnb101MacroSpace() {
    }

    /** The shared instance. */
    public static Tnb101MacroSpace instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "TransNAS-Bench-101 macro skeletons: 4-6 modules of 4 kinds = 3,256 architectures, 6x5 genome";
    }

    @Override
    public GenomeShape shape() {
        return SHAPE;
    }

    @Override
    public long size() {
        return COUNT;
    }

    /**
     * Decodes the genome at {@code genomes[offset .. offset + 30)}: the argmax of each row, empty slots
     * dropped; null when the module sequence is not in the space.
     */
    @Override
    public Tnb101MacroSkeleton decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        int combination = 0;
        for (int row = 0; row < ROWS; row++) {
            combination = combination * COLS + RowArgmax.of(genomes, offset + row * COLS, COLS);
        }
        return BY_COMBINATION[combination];
    }

    /**
     * Writes the canonical one-hot genome: row i has a 1 at the digit of module i, the rows after the
     * last module a 1 in column 0 (empty), and everything else is 0.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a macro skeleton
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        Tnb101MacroSkeleton skeleton = asSkeleton(architecture);
        Objects.checkFromIndexSize(offset, ROWS * COLS, genomes.length);
        Arrays.fill(genomes, offset, offset + ROWS * COLS, 0.0);
        for (int row = 0; row < ROWS; row++) {
            int column = row < skeleton.length() ? skeleton.code(row) : 0;
            genomes[offset + row * COLS + column] = 1.0;
        }
    }

    private Tnb101MacroSkeleton asSkeleton(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof Tnb101MacroSkeleton skeleton ? skeleton : parse(architecture.key());
    }

    /**
     * Parses an official macro arch name exactly, e.g. {@code 64-111123-basic}.
     *
     * @throws IllegalArgumentException naming the key, what is wrong with it, the form and the rule
     */
    @Override
    public Tnb101MacroSkeleton parse(String key) {
        Objects.requireNonNull(key, "key");
        Tnb101MacroSkeleton skeleton = BY_KEY.get(key);
        if (skeleton == null) {
            throw new IllegalArgumentException(Tnb101MacroKeyProblem.message(key));
        }
        return skeleton;
    }

    /** Six slots, five options each: 0 = empty, 1..4 = the module digits. */
    @Override
    public int[] choiceCounts() {
        return CHOICE_COUNTS.clone();
    }

    /** The canonical vector: the module digits, then 0 for each empty trailing slot. */
    @Override
    public int[] choices(Architecture architecture) {
        Tnb101MacroSkeleton skeleton = asSkeleton(architecture);
        int[] choices = new int[ROWS];
        for (int i = 0; i < skeleton.length(); i++) {
            choices[i] = skeleton.code(i);
        }
        return choices;
    }

    /** The skeleton the non-empty slots spell, in slot order; null when it breaks the rule. */
    @Override
    public Tnb101MacroSkeleton fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(NAME, CHOICE_COUNTS, choices);
        int combination = 0;
        for (int choice : choices) {
            combination = combination * COLS + choice;
        }
        return BY_COMBINATION[combination];
    }

    /** A uniformly random skeleton. */
    @Override
    public Tnb101MacroSkeleton sample(RandomGenerator random) {
        return ALL.get(random.nextInt(COUNT));
    }

    /** All 3,256 skeletons, by number of modules and then by digits. */
    @Override
    public Optional<List<? extends Architecture>> enumerate() {
        return Optional.of(ALL);
    }

    /** All 3,256 skeletons, by number of modules and then by digits, typed. */
    public List<Tnb101MacroSkeleton> skeletons() {
        return ALL;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
