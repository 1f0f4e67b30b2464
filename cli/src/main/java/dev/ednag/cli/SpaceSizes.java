package dev.ednag.cli;

import dev.ednag.core.space.SearchSpace;
import java.math.BigInteger;
import java.util.Locale;

/** A space's size as people read it: exact with separators when small, in powers of ten when not. */
final class SpaceSizes {

    private SpaceSizes() {}

    static String text(SearchSpace space) {
        BigInteger size = space.exactSize();
        if (size.compareTo(BigInteger.valueOf(10_000_000L)) < 0) {
            return String.format(Locale.ROOT, "%,d", size);
        }
        return String.format(Locale.ROOT, "%.3g (%,d)", size.doubleValue(), size);
    }
}
