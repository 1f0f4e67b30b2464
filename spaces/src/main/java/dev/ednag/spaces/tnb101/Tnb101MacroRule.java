package dev.ednag.spaces.tnb101;

/**
 * Which module sequences the TransNAS-Bench-101 macro space contains: 4 to 6 modules, of which 1 to 4
 * halve the resolution and 1 to 3 double the channels. Exactly these 3,256 skeletons are in the
 * benchmark (checked against its full table).
 */
final class Tnb101MacroRule {

    static final int MIN_MODULES = 4;
    static final int MAX_MODULES = 6;
    static final int MIN_DOWNSAMPLINGS = 1;
    static final int MAX_DOWNSAMPLINGS = 4;
    static final int MIN_CHANNEL_DOUBLINGS = 1;
    static final int MAX_CHANNEL_DOUBLINGS = 3;

    /** The rule in words, for error messages and documentation. */
    static final String TEXT = MIN_MODULES + " to " + MAX_MODULES + " modules, " + MIN_DOWNSAMPLINGS + " to "
            + MAX_DOWNSAMPLINGS + " of them halving the resolution (3 or 4) and " + MIN_CHANNEL_DOUBLINGS + " to "
            + MAX_CHANNEL_DOUBLINGS + " doubling the channels (2 or 4)";

    private Tnb101MacroRule() {
    }

    /** Whether the module codes {@code codes[0 .. length)} (each 1..4) form a skeleton of the space. */
    static boolean allows(int[] codes, int length) {
        return problem(codes, length) == null;
    }

    /** What breaks the rule, or null when {@code codes[0 .. length)} (each 1..4) is fine. */
    static String problem(int[] codes, int length) {
        if (length < MIN_MODULES || length > MAX_MODULES) {
            return "it has " + length + " modules";
        }
        int downsamplings = 0;
        int doublings = 0;
        for (int i = 0; i < length; i++) {
            Tnb101MacroModule module = Tnb101MacroModule.ofCode(codes[i]);
            downsamplings += module.halvesResolution() ? 1 : 0;
            doublings += module.doublesChannels() ? 1 : 0;
        }
        if (downsamplings < MIN_DOWNSAMPLINGS || downsamplings > MAX_DOWNSAMPLINGS) {
            return "it halves the resolution " + downsamplings + " times";
        }
        if (doublings < MIN_CHANNEL_DOUBLINGS || doublings > MAX_CHANNEL_DOUBLINGS) {
            return "it doubles the channels " + doublings + " times";
        }
        return null;
    }
}
