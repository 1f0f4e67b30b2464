package dev.ednag.spaces.tnb101;

/**
 * The four kinds of module (a pair of ResNet basic blocks) a TransNAS-Bench-101 macro skeleton
 * stacks. {@link #code()} is the digit the benchmark writes for it in the arch name, and also its
 * genome column (column 0 means "no module").
 */
public enum Tnb101MacroModule {
    /** Keeps resolution and channels. */
    NORMAL(1, false, false),
    /** Doubles the channels. */
    DOUBLE_CHANNELS(2, true, false),
    /** Halves the resolution. */
    HALVE_RESOLUTION(3, false, true),
    /** Doubles the channels and halves the resolution. */
    DOUBLE_CHANNELS_HALVE_RESOLUTION(4, true, true);

    private static final Tnb101MacroModule[] VALUES = values();

    private final int code;
    private final boolean doublesChannels;
    private final boolean halvesResolution;

    Tnb101MacroModule(int code, boolean doublesChannels, boolean halvesResolution) {
        this.code = code;
        this.doublesChannels = doublesChannels;
        this.halvesResolution = halvesResolution;
    }

    /** The benchmark's digit 1..4. */
    public int code() {
        return code;
    }

    public boolean doublesChannels() {
        return doublesChannels;
    }

    public boolean halvesResolution() {
        return halvesResolution;
    }

    /**
     * The module with this digit.
     *
     * @throws IllegalArgumentException for codes outside 1..4
     */
    public static Tnb101MacroModule ofCode(int code) {
        if (code < 1 || code > VALUES.length) {
            throw new IllegalArgumentException("TransNAS-Bench-101 module code must be in 1..4 (1 normal,"
                    + " 2 channels x2, 3 resolution /2, 4 both), got " + code);
        }
        return VALUES[code - 1];
    }
}
