package dev.ednag.cli;

import dev.ednag.core.space.SearchSpace;
import java.util.Locale;

/** A space's size as people read it: exact with separators when small, in powers of ten when not. */
final class SpaceSizes {

    private SpaceSizes() {}

    static String text(SearchSpace space) {
        long size = space.size();
        if (size == Long.MAX_VALUE) {
            return "more than 9.2e18"; // the SearchSpace contract caps sizes that overflow a long
        }
        if (size < 10_000_000L) {
            return String.format(Locale.ROOT, "%,d", size);
        }
        return String.format(Locale.ROOT, "%.3g (%,d)", (double) size, size);
    }
}
