package dev.ednag.core.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A small categorical test space: {@code positions} digits, each one of {@code options} values; the
 * key is the digit string, e.g. {@code "0212"}. Combinations the predicate rejects are invalid. The
 * genome is one one-hot row per position, decoded by argmax.
 */
public final class ToyChoiceSpace implements CategoricalSpace {

    /** A choice vector written as its digit string. */
    public record Choice(String key) implements Architecture {
        public int option(int position) {
            return key.charAt(position) - '0';
        }
    }

    private final int positions;
    private final int options;
    private final Predicate<int[]> valid;
    private final boolean listable;
    private final List<Choice> all;

    public ToyChoiceSpace(int positions, int options, Predicate<int[]> valid, boolean listable) {
        if (options > 10) {
            throw new IllegalArgumentException("digits only");
        }
        this.positions = positions;
        this.options = options;
        this.valid = valid;
        this.listable = listable;
        this.all = listAll();
    }

    /** Every combination is valid except all zeros. */
    public static ToyChoiceSpace withOneInvalid(int positions, int options) {
        return new ToyChoiceSpace(positions, options, c -> !allZero(c), true);
    }

    /** The same space, but it cannot list its architectures (random search must resample). */
    public ToyChoiceSpace unlisted() {
        return new ToyChoiceSpace(positions, options, valid, false);
    }

    /** The same architectures behind a plain {@link SearchSpace}, which is not categorical. */
    public SearchSpace asPlainSearchSpace() {
        ToyChoiceSpace self = this;
        return new SearchSpace() {
            @Override public String name() { return "plain-toy"; }
            @Override public String description() { return "not categorical"; }
            @Override public GenomeShape shape() { return self.shape(); }
            @Override public long size() { return self.size(); }
            @Override public Architecture decode(double[] g, int offset) { return self.decode(g, offset); }
            @Override public void encode(Architecture a, double[] g, int offset) { self.encode(a, g, offset); }
            @Override public Architecture parse(String key) { return self.parse(key); }
            @Override public Architecture sample(RandomGenerator random) { return self.sample(random); }
        };
    }

    private static boolean allZero(int[] choices) {
        for (int c : choices) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    private List<Choice> listAll() {
        List<Choice> out = new ArrayList<>();
        int[] c = new int[positions];
        long total = (long) Math.pow(options, positions);
        for (long index = 0; index < total; index++) {
            long rest = index;
            for (int p = positions - 1; p >= 0; p--) {
                c[p] = (int) (rest % options);
                rest /= options;
            }
            if (valid.test(c)) {
                out.add(choice(c));
            }
        }
        return List.copyOf(out);
    }

    private static Choice choice(int[] c) {
        StringBuilder sb = new StringBuilder(c.length);
        for (int v : c) {
            sb.append((char) ('0' + v));
        }
        return new Choice(sb.toString());
    }

    public List<Choice> all() {
        return all;
    }

    @Override
    public String name() {
        return "toy-choices";
    }

    @Override
    public String description() {
        return positions + " positions x " + options + " options";
    }

    @Override
    public GenomeShape shape() {
        return new GenomeShape(positions, options);
    }

    @Override
    public long size() {
        return all.size();
    }

    @Override
    public Architecture decode(double[] genomes, int offset) {
        int[] c = new int[positions];
        for (int p = 0; p < positions; p++) {
            for (int o = 1; o < options; o++) {
                if (genomes[offset + p * options + o] > genomes[offset + p * options + c[p]]) {
                    c[p] = o;
                }
            }
        }
        return valid.test(c) ? choice(c) : null;
    }

    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        int[] c = choices(architecture);
        for (int p = 0; p < positions; p++) {
            for (int o = 0; o < options; o++) {
                genomes[offset + p * options + o] = c[p] == o ? 1 : 0;
            }
        }
    }

    @Override
    public Architecture parse(String key) {
        int[] c = new int[key.length()];
        for (int p = 0; p < c.length; p++) {
            c[p] = key.charAt(p) - '0';
        }
        Architecture a = fromChoices(c);
        if (a == null) {
            throw new IllegalArgumentException("invalid toy architecture " + key);
        }
        return a;
    }

    @Override
    public Architecture sample(RandomGenerator random) {
        return all.get(random.nextInt(all.size()));
    }

    @Override
    public Optional<List<? extends Architecture>> enumerate() {
        return listable ? Optional.of(all) : Optional.empty();
    }

    @Override
    public int[] choiceCounts() {
        int[] counts = new int[positions];
        java.util.Arrays.fill(counts, options);
        return counts;
    }

    @Override
    public int[] choices(Architecture architecture) {
        String key = architecture.key();
        if (key.length() != positions) {
            throw new IllegalArgumentException("not a toy architecture: " + key);
        }
        int[] c = new int[positions];
        for (int p = 0; p < positions; p++) {
            c[p] = key.charAt(p) - '0';
        }
        return c;
    }

    @Override
    public Architecture fromChoices(int[] choices) {
        CategoricalSpace.checkChoices(name(), choiceCounts(), choices);
        return valid.test(choices) ? choice(choices) : null;
    }
}
