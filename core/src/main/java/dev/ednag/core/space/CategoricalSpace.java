package dev.ednag.core.space;

import java.util.Arrays;

/**
 * A space whose architectures are a fixed-length vector of categorical choices (e.g. one op per
 * edge). This is the view that the classic discrete baselines (mutation, local search, a policy
 * per position) work in, beside the real-valued genome every {@link SearchSpace} has.
 */
public interface CategoricalSpace extends SearchSpace {

    /** The number of options at each position; a fresh array, one entry per position. */
    int[] choiceCounts();

    /**
     * The choice at each position of {@code architecture}.
     *
     * @throws IllegalArgumentException when {@code architecture} is not of this space
     */
    int[] choices(Architecture architecture);

    /**
     * The architecture with these choices, or {@code null} when the combination is not a valid
     * architecture of the space.
     *
     * @throws IllegalArgumentException for the wrong number of positions or an option out of range
     */
    Architecture fromChoices(int[] choices);

    /**
     * Checks that {@code choices} fits {@code choiceCounts}, for implementations of
     * {@link #fromChoices}.
     *
     * @throws IllegalArgumentException naming the space, the position and the allowed range
     */
    static void checkChoices(String spaceName, int[] choiceCounts, int[] choices) {
        if (choices == null || choices.length != choiceCounts.length) {
            throw new IllegalArgumentException(spaceName + " needs " + choiceCounts.length + " choices, got "
                    + (choices == null ? "none" : choices.length + " " + Arrays.toString(choices)));
        }
        for (int position = 0; position < choices.length; position++) {
            if (choices[position] < 0 || choices[position] >= choiceCounts[position]) {
                throw new IllegalArgumentException(spaceName + " choice at position " + position + " must be in 0.."
                        + (choiceCounts[position] - 1) + ", got " + choices[position]);
            }
        }
    }

    /**
     * {@code space} as a categorical space, for algorithms that need one.
     *
     * @param user the algorithm asking, named in the message
     * @throws IllegalArgumentException naming the space when it is not categorical
     */
    static CategoricalSpace require(SearchSpace space, String user) {
        if (space instanceof CategoricalSpace categorical) {
            return categorical;
        }
        throw new IllegalArgumentException(user + " needs a search space of categorical choices, but '"
                + space.name() + "' does not offer one (it does not implement CategoricalSpace)");
    }
}
