package dev.ednag.spaces.tnb101;

import dev.ednag.core.space.Architecture;
import java.util.List;

/**
 * One TransNAS-Bench-101 macro skeleton: a sequence of 4 to 6 modules, each a
 * {@link Tnb101MacroModule}, with a fixed ResNet basic block inside. Instances are interned by
 * {@link Tnb101MacroSpace}, which builds all 3,256 once; obtain them there.
 *
 * <p>{@link #index()} is the position in the space's listing: by number of modules, then by digits.
 */
public final class Tnb101MacroSkeleton implements Architecture {

    static final String PREFIX = "64-";
    static final String SUFFIX = "-basic";

    private final int index;
    private final byte[] codes;
    private final String key;

    /** Only {@link Tnb101MacroSpace} builds skeletons, so each exists once. */
    Tnb101MacroSkeleton(int index, int[] codes, int length) {
        this.index = index;
        this.codes = new byte[length];
        StringBuilder sb = new StringBuilder(PREFIX.length() + length + SUFFIX.length()).append(PREFIX);
        for (int i = 0; i < length; i++) {
            this.codes[i] = (byte) Tnb101MacroModule.ofCode(codes[i]).code();
            sb.append(codes[i]);
        }
        this.key = sb.append(SUFFIX).toString();
    }

    /** The official name, e.g. {@code 64-111123-basic}. */
    @Override
    public String key() {
        return key;
    }

    /** The position in {@link Tnb101MacroSpace#skeletons()}. */
    public int index() {
        return index;
    }

    /** The number of modules, 4..6. */
    public int length() {
        return codes.length;
    }

    /** The digit 1..4 of module {@code i} (0-based, input side first). */
    public int code(int i) {
        return codes[i];
    }

    /** Module {@code i} (0-based, input side first). */
    public Tnb101MacroModule module(int i) {
        return Tnb101MacroModule.ofCode(codes[i]);
    }

    /** The modules, input side first. */
    public List<Tnb101MacroModule> modules() {
        Tnb101MacroModule[] modules = new Tnb101MacroModule[codes.length];
        for (int i = 0; i < codes.length; i++) {
            modules[i] = module(i);
        }
        return List.of(modules);
    }

    /** Equal exactly when the keys are equal (skeletons are interned, so also when identical). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tnb101MacroSkeleton skeleton && skeleton.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
