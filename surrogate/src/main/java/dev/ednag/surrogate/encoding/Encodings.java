package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SampledSpace;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.nb101.Nb101FixedOpsSpace;
import dev.ednag.spaces.nb101.Nb101Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The encodings by their command-line name, so a run names its features in one word. Every space has
 * {@value OneHotEncoding#NAME}; {@value CellPathEncoding#NAME} exists for the cell spaces BANANAS
 * defined it on (NAS-Bench-201, TransNAS-Bench-101 micro, NAS-Bench-101 and its fixed-ops variant) and
 * for samples of them; {@value Arch2VecEncoding#NAME}, the learned embedding, for the 4-node cell spaces whose
 * embedding is shipped.
 */
public final class Encodings {

    /** Every encoding name, in the order {@link #namesFor} lists them. */
    public static final List<String> NAMES = List.of(OneHotEncoding.NAME, CellPathEncoding.NAME, Arch2VecEncoding.NAME);

    private Encodings() {
    }

    /**
     * The encoding called {@code name} (case-insensitive, surrounding blanks ignored) of {@code space}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones, or for an encoding
     *     {@code space} does not have, listing the ones it has
     */
    public static Encoding of(String name, SearchSpace space) {
        Objects.requireNonNull(space, "space");
        String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (normalised.equals(OneHotEncoding.NAME)) {
            return OneHotEncoding.of(space);
        }
        if (normalised.equals(CellPathEncoding.NAME)) {
            Encoding path = pathOf(space);
            if (path == null) {
                throw new IllegalArgumentException("the search space '" + space.name() + "' has no path encoding"
                        + " (only nb201, tnb101-micro, nb101, nb101-fixed-ops and samples of them do); its encodings: "
                        + String.join(", ", namesFor(space)));
            }
            return path;
        }
        if (normalised.equals(Arch2VecEncoding.NAME)) {
            if (!Arch2VecEncoding.available(space)) {
                throw new IllegalArgumentException("the search space '" + space.name() + "' has no arch2vec embedding"
                        + " (only nb201 and tnb101-micro do); its encodings: " + String.join(", ", namesFor(space)));
            }
            return Arch2VecEncoding.of(space);
        }
        throw new IllegalArgumentException("unknown encoding '" + name + "'; known: " + String.join(", ", NAMES));
    }

    /** The names of the encodings {@code space} has, in the order of {@link #NAMES}. */
    public static List<String> namesFor(SearchSpace space) {
        Objects.requireNonNull(space, "space");
        List<String> names = new ArrayList<>(List.of(OneHotEncoding.NAME));
        if (pathOf(space) != null) {
            names.add(CellPathEncoding.NAME);
        }
        if (Arch2VecEncoding.available(space)) {
            names.add(Arch2VecEncoding.NAME);
        }
        return List.copyOf(names);
    }

    /** The path encoding of {@code space} or of the space it samples, or null when there is none. */
    private static Encoding pathOf(SearchSpace space) {
        SearchSpace view = space;
        while (view instanceof SampledSpace sampled) {
            view = sampled.underlying();
        }
        FourNodeCell cell = FourNodeCell.of(view);
        if (cell != null) {
            return CellPathEncoding.of(cell);
        }
        if (view instanceof Nb101Space || view instanceof Nb101FixedOpsSpace) {
            return Nb101PathEncoding.instance();
        }
        return null;
    }

    /** "Nb101Cell 01.00|in-out", or "null", for messages. */
    static String describe(Architecture architecture) {
        return architecture == null ? "null" : architecture.getClass().getSimpleName() + " " + architecture.key();
    }
}
