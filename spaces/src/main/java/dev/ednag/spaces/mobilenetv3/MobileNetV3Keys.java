package dev.ednag.spaces.mobilenetv3;

import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.MIN_DEPTH;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.SLOTS;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.SLOTS_PER_STAGE;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.STAGES;

/**
 * Reads MobileNetV3 keys, explaining exactly what is wrong with one that is not canonical: parsing
 * is strict so that {@code parse(k).key()} is always {@code k}, and the messages name the fix.
 */
final class MobileNetV3Keys {

    static final String EXPECTED_FORM = "20 slot tokens joined with '_' (4 per stage, 5 stages), each stage"
            + " holding 2 to 4 layers followed by its 'none' slots, e.g. 3-6_5-4_none_none_...";

    private static final int MAX_SHOWN = 120;

    private MobileNetV3Keys() {
    }

    /**
     * The architecture with canonical key {@code key}.
     *
     * @throws IllegalArgumentException naming the key, the first problem, and the expected form;
     *     for a valid but non-canonical slot string, naming its canonical key
     */
    static MobileNetV3Arch parse(String key) {
        String[] tokens = key.split("_", -1);
        if (tokens.length != SLOTS) {
            throw problem(key, "it has " + tokens.length + " token(s), expected " + SLOTS);
        }
        byte[] slots = new byte[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            MobileNetV3Op op = MobileNetV3Op.findToken(tokens[slot]);
            if (op == null) {
                throw problem(key, "unknown op '" + abbreviate(tokens[slot]) + "' in slot " + (slot + 1)
                        + " (stage " + (slot / SLOTS_PER_STAGE + 1) + "); ops are " + MobileNetV3Op.tokenList());
            }
            slots[slot] = (byte) op.ordinal();
        }
        for (int stage = 0; stage < STAGES; stage++) {
            int layers = 0;
            for (int i = 0; i < SLOTS_PER_STAGE; i++) {
                if (slots[stage * SLOTS_PER_STAGE + i] != MobileNetV3Op.NONE.ordinal()) {
                    layers++;
                }
            }
            if (layers < MIN_DEPTH) {
                throw problem(key, "stage " + (stage + 1) + " has " + layers + " layer(s), but every stage needs "
                        + MIN_DEPTH + " to " + SLOTS_PER_STAGE);
            }
        }
        MobileNetV3Arch arch = MobileNetV3Arch.ofSlots(slots);
        if (!arch.key().equals(key)) {
            throw new IllegalArgumentException("'" + abbreviate(key) + "' is not a canonical " + MobileNetV3Space.NAME
                    + " key: a stage's 'none' slots come after its layers, so the same network is '" + arch.key() + "'");
        }
        return arch;
    }

    private static IllegalArgumentException problem(String key, String detail) {
        return new IllegalArgumentException("'" + abbreviate(key) + "' is not a " + MobileNetV3Space.NAME
                + " architecture: " + detail + "; expected " + EXPECTED_FORM);
    }

    /** Keeps a message to one readable line when someone passes a whole CSV line as a key. */
    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }
}
