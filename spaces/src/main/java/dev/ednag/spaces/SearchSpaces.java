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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The built-in search spaces by their command-line name. */
public final class SearchSpaces {

    // Sorted, so names() and error messages list spaces in a stable order.
    private static final Map<String, SearchSpace> BY_NAME = new TreeMap<>();

    static {
        for (SearchSpace space : List.of(Nb201Space.instance(), Tnb101MicroSpace.instance(),
                Tnb101MacroSpace.instance(), Nb101Space.instance(), Nb101FixedOpsSpace.instance(), DartsSpace.instance(), MobileNetV3Space.instance(), AutoFormerSpace.tiny(),
                AutoFormerSpace.small(), AutoFormerSpace.base())) {
            BY_NAME.put(space.name(), space);
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
        SearchSpace space = name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (space == null) {
            throw new IllegalArgumentException(
                    "unknown search space '" + name + "'; known: " + String.join(", ", names()));
        }
        return space;
    }

    /** The known names, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
