package dev.ednag.spaces;

import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.autoformer.AutoFormerSpace;
import dev.ednag.spaces.darts.DartsSpace;
import dev.ednag.spaces.mobilenetv3.MobileNetV3Space;
import dev.ednag.spaces.nb101.Nb101FixedOpsSpace;
import dev.ednag.spaces.nb101.Nb101Space;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.spaces.tnb101.Tnb101MacroSpace;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;
import dev.ednag.spaces.autoformer.AutoFormerVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The built-in search spaces by their command-line name. */
public final class SearchSpaces {

    // Sorted, so names() and error messages list spaces in a stable order. Each space is built on
    // first use: enumerating the TransNAS spaces alone costs tens of milliseconds at start-up.
    private static final Map<String, Supplier<SearchSpace>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put(Nb201Space.NAME, Nb201Space::instance);
        BY_NAME.put(Tnb101MicroSpace.NAME, Tnb101MicroSpace::instance);
        BY_NAME.put(Tnb101MacroSpace.NAME, Tnb101MacroSpace::instance);
        BY_NAME.put(Nb101Space.NAME, Nb101Space::instance);
        BY_NAME.put(Nb101FixedOpsSpace.NAME, Nb101FixedOpsSpace::instance);
        BY_NAME.put(DartsSpace.NAME, DartsSpace::instance);
        BY_NAME.put(MobileNetV3Space.NAME, MobileNetV3Space::instance);
        for (AutoFormerVariant variant : AutoFormerVariant.values()) {
            BY_NAME.put(variant.spaceName(), () -> AutoFormerSpace.of(variant));
        }
    }

    private SearchSpaces() {
    }

    /**
     * The space called {@code name} (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for unknown names, listing the known ones
     */
    public static SearchSpace get(String name) {
        Supplier<SearchSpace> space = name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (space == null) {
            throw new IllegalArgumentException(
                    "unknown search space '" + name + "'; known: " + String.join(", ", names()));
        }
        return space.get();
    }

    /** The known names, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
