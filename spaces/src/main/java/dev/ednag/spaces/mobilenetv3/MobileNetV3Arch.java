package dev.ednag.spaces.mobilenetv3;

import dev.ednag.core.space.Architecture;
import java.util.List;
import java.util.Objects;

/**
 * One network of the OFA MobileNetV3 space: five stages, each a sequence of 2 to 4 MBConv layers,
 * stored as 20 slots (four per stage) in canonical form.
 *
 * <p><b>Canonical form.</b> A {@code none} slot is a skipped layer, so the network of a stage is
 * its real layers in slot order. The canonical slots put those layers first and the stage's
 * {@code none} slots last, which is also how OFA reads a stage: it runs the first {@code d} blocks.
 * Two genomes that differ only in where a stage's {@code none} slots sit are therefore the same
 * architecture. Algorithm spec §6.5 keeps the slot positions in its architecture string and notes,
 * as an ambiguity, that OFA's first-{@code d} activation then runs a filler layer and drops a real
 * one when a {@code none} is not trailing; the canonical form is the reading in which the string
 * and the network agree.
 *
 * <p>The key is the 20 canonical slot tokens joined with {@code _}, stage by stage, e.g.
 * {@code 3-6_5-4_none_none_7-3_…}. Instances are immutable; equality is equality of keys.
 */
public final class MobileNetV3Arch implements Architecture {

    /** Number of stages. */
    public static final int STAGES = 5;

    /** Layer slots in each stage. */
    public static final int SLOTS_PER_STAGE = 4;

    /** Layer slots in the network, {@code STAGES × SLOTS_PER_STAGE}. */
    public static final int SLOTS = STAGES * SLOTS_PER_STAGE;

    /** Fewest real layers a stage may have. */
    public static final int MIN_DEPTH = 2;

    /** Most real layers a stage may have. */
    public static final int MAX_DEPTH = SLOTS_PER_STAGE;

    private static final byte NONE = (byte) MobileNetV3Op.NONE.ordinal();

    private final byte[] slots;
    private String key; // built on first use; a benign race, as String is immutable

    private MobileNetV3Arch(byte[] canonicalSlots) {
        this.slots = canonicalSlots;
    }

    /**
     * The architecture of these 20 op ordinals (0..9, {@code none} = 9), or {@code null} when a
     * stage has fewer than {@link #MIN_DEPTH} real layers. Moves each stage's {@code none} slots to
     * its end <em>in place</em> and keeps the array, so callers pass a fresh one.
     */
    static MobileNetV3Arch ofSlots(byte[] slots) {
        for (int stage = 0; stage < STAGES; stage++) {
            int first = stage * SLOTS_PER_STAGE;
            int layers = 0;
            for (int i = 0; i < SLOTS_PER_STAGE; i++) {
                byte op = slots[first + i];
                if (op != NONE) {
                    slots[first + layers++] = op; // stable: real layers keep their order
                }
            }
            if (layers < MIN_DEPTH) {
                return null;
            }
            for (int i = layers; i < SLOTS_PER_STAGE; i++) {
                slots[first + i] = NONE;
            }
        }
        return new MobileNetV3Arch(slots);
    }

    /** The 20 canonical slot tokens joined with {@code _}. */
    @Override
    public String key() {
        String k = key;
        if (k == null) {
            StringBuilder sb = new StringBuilder(SLOTS * 5);
            for (int slot = 0; slot < SLOTS; slot++) {
                if (slot > 0) {
                    sb.append('_');
                }
                sb.append(op(slot).token());
            }
            k = sb.toString();
            key = k;
        }
        return k;
    }

    /** The op in canonical slot {@code slot} (0..19; stage {@code s} holds slots 4s..4s+3). */
    public MobileNetV3Op op(int slot) {
        return MobileNetV3Op.ofOrdinal(slots[Objects.checkIndex(slot, SLOTS)]);
    }

    /** The number of real layers (2..4) in {@code stage} (0..4). */
    public int depth(int stage) {
        int first = Objects.checkIndex(stage, STAGES) * SLOTS_PER_STAGE;
        int depth = 0;
        while (depth < SLOTS_PER_STAGE && slots[first + depth] != NONE) {
            depth++;
        }
        return depth;
    }

    /**
     * The {@code index}-th layer (0 ≤ index &lt; depth) of {@code stage}; never {@link MobileNetV3Op#NONE}.
     *
     * @throws IndexOutOfBoundsException when the stage has no such layer
     */
    public MobileNetV3Op layer(int stage, int index) {
        Objects.checkIndex(index, depth(stage));
        return op(stage * SLOTS_PER_STAGE + index);
    }

    /** Real layers in the whole network, 10..20. */
    public int layerCount() {
        int layers = 0;
        for (byte op : slots) {
            if (op != NONE) {
                layers++;
            }
        }
        return layers;
    }

    /** Skipped slots, {@code 20 − layerCount()}: EDNAG's proxy for a small network. */
    public int noneCount() {
        return SLOTS - layerCount();
    }

    /** The 20 canonical slot ops in order. */
    public List<MobileNetV3Op> ops() {
        MobileNetV3Op[] ops = new MobileNetV3Op[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            ops[slot] = op(slot);
        }
        return List.of(ops);
    }

    /** Op ordinals in slot order, for the space's encoders. */
    int ordinal(int slot) {
        return slots[slot];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MobileNetV3Arch arch && arch.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return key();
    }
}
