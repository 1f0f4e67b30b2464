package dev.ednag.core.space;

import dev.ednag.core.evolution.RowRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The finite set of architectures a benchmark table samples from a larger space, searched as a space
 * of its own. NAS-Bench-101 and -301 tables hold a few hundred architectures of spaces of 10^5 and
 * 10^18, so a random genome of the full space almost never decodes to a tabled architecture; a study
 * on such a table searches this space instead.
 *
 * <p>Genomes keep the underlying space's shape, range and encodings, so EDNAG's denoising moves them
 * through the same representation. A sample has no neighbourhood structure of its own, so decoding
 * snaps a genome to the member whose canonical encoding is nearest in squared Euclidean distance (the
 * lowest member index on ties): every genome is then evaluable, and a genome that is a member's
 * encoding decodes to that member. Only a genome holding a NaN decodes to null.
 *
 * <p>It is deliberately not a {@link CategoricalSpace}: one-position changes of a member almost never
 * give another member, so mutation and local search would have no neighbours to move to.
 *
 * <p>Immutable and thread-safe; decoding allocates nothing.
 */
public final class SampledSpace implements SearchSpace {

    private final String name;
    private final SearchSpace underlying;
    private final List<Architecture> members;
    private final Map<String, Integer> indexByKey;
    /** Member {@code m}'s canonical encoding at {@code [m·D, (m+1)·D)}. */
    private final double[] encodings;
    private final int length;
    private final int cols;

    /**
     * @param name the space's name, e.g. {@code nb301-sample}
     * @param underlying the space the members come from
     * @param members distinct architectures of {@code underlying}; each is replaced by
     *     {@code underlying.parse(key)}, so the members are the underlying space's own instances
     * @throws IllegalArgumentException when there are no members, a member is not valid in
     *     {@code underlying} or two members share a key
     */
    public SampledSpace(String name, SearchSpace underlying, List<? extends Architecture> members) {
        this.name = Objects.requireNonNull(name, "name");
        this.underlying = Objects.requireNonNull(underlying, "underlying");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("sampled space '" + name + "' needs at least one architecture");
        }
        this.length = underlying.shape().length();
        this.cols = underlying.shape().cols();
        List<Architecture> canonical = new ArrayList<>(members.size());
        this.indexByKey = new HashMap<>(2 * members.size());
        this.encodings = new double[Math.multiplyExact(members.size(), length)];
        for (Architecture member : members) {
            Architecture own = underlying.parse(Objects.requireNonNull(member, "member").key());
            Integer earlier = indexByKey.putIfAbsent(own.key(), canonical.size());
            if (earlier != null) {
                throw new IllegalArgumentException("sampled space '" + name + "' lists " + own.key()
                        + " twice (members " + earlier + " and " + canonical.size() + ")");
            }
            underlying.encode(own, encodings, canonical.size() * length);
            canonical.add(own);
        }
        this.members = List.copyOf(canonical);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return members.size() + " sampled architectures of " + underlying.name() + " (" + underlying.description()
                + "); genomes snap to the nearest sampled architecture";
    }

    /** The space the members come from. */
    public SearchSpace underlying() {
        return underlying;
    }

    /** The members, in the order given. */
    public List<Architecture> members() {
        return members;
    }

    @Override
    public GenomeShape shape() {
        return underlying.shape();
    }

    /** The number of members. */
    @Override
    public long size() {
        return members.size();
    }

    @Override
    public RowRange genomeRange() {
        return underlying.genomeRange();
    }

    /** The underlying space's costs, which hold for its members too. */
    @Override
    public Optional<CostModel> costs() {
        return underlying.costs();
    }

    /**
     * The member whose canonical encoding is nearest to the genome (squared Euclidean distance, the
     * lowest member index on ties); null only when the genome holds a NaN.
     */
    @Override
    public Architecture decode(double[] genomes, int offset) {
        Objects.checkFromIndexSize(offset, length, genomes.length);
        for (int i = offset; i < offset + length; i++) {
            if (Double.isNaN(genomes[i])) {
                return null;
            }
        }
        int nearest = 0;
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int member = 0, start = 0; member < members.size(); member++, start += length) {
            double distance = 0.0;
            // Adding squares never lowers a partial sum, so a member is abandoned once it cannot win;
            // checking once per row keeps the inner loop free of branches.
            for (int row = 0; row < length && distance < nearestDistance; row += cols) {
                for (int j = row; j < row + cols; j++) {
                    double difference = genomes[offset + j] - encodings[start + j];
                    distance += difference * difference;
                }
            }
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = member;
            }
        }
        return members.get(nearest);
    }

    /**
     * Writes the member's canonical encoding, as the underlying space would.
     *
     * @throws IllegalArgumentException when {@code architecture} is not a member
     */
    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        String key = Objects.requireNonNull(architecture, "architecture").key();
        Integer known = indexByKey.get(key);
        // Not a member key: the underlying parse explains a malformed key, indexOf a non-member.
        int member = known != null ? known : indexOf(underlying.parse(key).key());
        Objects.checkFromIndexSize(offset, length, genomes.length);
        System.arraycopy(encodings, member * length, genomes, offset, length);
    }

    /**
     * Parses a key of the underlying space that names a member.
     *
     * @throws IllegalArgumentException when the underlying space rejects the key or it is not a member
     */
    @Override
    public Architecture parse(String key) {
        return members.get(indexOf(underlying.parse(key).key()));
    }

    private int indexOf(String key) {
        Integer member = indexByKey.get(key);
        if (member == null) {
            throw new IllegalArgumentException("'" + key + "' is a " + underlying.name() + " architecture but not among the "
                    + members.size() + " sampled architectures of '" + name + "'");
        }
        return member;
    }

    /** A uniformly random member. */
    @Override
    public Architecture sample(RandomGenerator random) {
        return members.get(random.nextInt(members.size()));
    }

    /** The members, in the order given. */
    @Override
    public Optional<List<? extends Architecture>> enumerate() {
        return Optional.of(members);
    }

    @Override
    public String toString() {
        return name;
    }
}
