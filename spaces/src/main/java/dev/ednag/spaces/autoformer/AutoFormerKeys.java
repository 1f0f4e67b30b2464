package dev.ednag.spaces.autoformer;

import java.util.Arrays;

/**
 * Reads AutoFormer keys strictly, so that {@code parse(k).key()} is always {@code k}, and says
 * precisely which part of a bad key is wrong and what that part may hold in the space.
 */
final class AutoFormerKeys {

    private static final int MAX_SHOWN = 160;

    private AutoFormerKeys() {
    }

    /**
     * The architecture of {@code variant} with key {@code key}.
     *
     * @throws IllegalArgumentException naming the key, its first problem and the expected form
     */
    static AutoFormerArch parse(AutoFormerVariant variant, String key) {
        String[] parts = key.split("-", -1);
        if (parts.length != 4 || !parts[0].startsWith("e") || !parts[1].startsWith("d")
                || !parts[2].startsWith("h") || !parts[3].startsWith("r")) {
            throw problem(variant, key, "it is not of the form e<embed>-d<depth>-h<heads,...>-r<ratios,...>");
        }
        int embedIndex = variant.embedIndex(number(parts[0].substring(1)));
        if (embedIndex < 0) {
            throw problem(variant, key, "embedding dimension '" + abbreviate(parts[0].substring(1)) + "' is not one of "
                    + Arrays.toString(variant.embedDims()));
        }
        int depthIndex = variant.depthIndex(number(parts[1].substring(1)));
        if (depthIndex < 0) {
            throw problem(variant, key, "depth '" + abbreviate(parts[1].substring(1)) + "' is not one of "
                    + Arrays.toString(variant.depths()));
        }
        int depth = variant.depth(depthIndex);
        String[] headTokens = parts[2].substring(1).split(",", -1);
        String[] ratioTokens = parts[3].substring(1).split(",", -1);
        if (headTokens.length != depth || ratioTokens.length != depth) {
            throw problem(variant, key, "depth " + depth + " needs " + depth + " head counts and " + depth
                    + " MLP ratios, found " + headTokens.length + " and " + ratioTokens.length);
        }
        byte[] heads = new byte[depth];
        byte[] ratios = new byte[depth];
        for (int layer = 0; layer < depth; layer++) {
            int headIndex = variant.headIndex(number(headTokens[layer]));
            if (headIndex < 0) {
                throw problem(variant, key, "layer " + (layer + 1) + " has '" + abbreviate(headTokens[layer])
                        + "' heads, not one of " + Arrays.toString(variant.heads()));
            }
            int ratioIndex = variant.ratioIndex(ratioTokens[layer]);
            if (ratioIndex < 0) {
                throw problem(variant, key, "layer " + (layer + 1) + " has MLP ratio '" + abbreviate(ratioTokens[layer])
                        + "', not one of " + variant.ratioTokens() + " (spelt exactly so)");
            }
            heads[layer] = (byte) headIndex;
            ratios[layer] = (byte) ratioIndex;
        }
        AutoFormerArch arch = new AutoFormerArch(variant, embedIndex, depthIndex, heads, ratios);
        if (!arch.key().equals(key)) {
            throw problem(variant, key, "its numbers are not spelt canonically; the same architecture is '"
                    + arch.key() + "'");
        }
        return arch;
    }

    /** A non-negative decimal integer, or −1 for anything else (signs, blanks, overflow). */
    private static int number(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static IllegalArgumentException problem(AutoFormerVariant variant, String key, String detail) {
        return new IllegalArgumentException("'" + abbreviate(key) + "' is not an " + variant.spaceName()
                + " architecture: " + detail + "; expected e<embed>-d<depth>-h<heads,...>-r<ratios,...> with embed in "
                + Arrays.toString(variant.embedDims()) + ", depth in " + Arrays.toString(variant.depths())
                + ", one head count in " + Arrays.toString(variant.heads()) + " and one ratio in ["
                + variant.ratioTokens() + "] per layer, e.g. " + variant.publishedKey());
    }

    /** Keeps a message to one readable line when someone passes a whole CSV line as a key. */
    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }
}
