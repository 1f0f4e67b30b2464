package dev.ednag.core.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampledSpaceTest {

    private static final int D = 9;

    private final ToyChoiceSpace toy = ToyChoiceSpace.withOneInvalid(3, 3);
    private final SampledSpace space = new SampledSpace("toy-sample", toy,
            List.of(toy.parse("012"), toy.parse("120"), toy.parse("222"), toy.parse("001")));

    @Test
    void describesItselfFromTheUnderlyingSpace() {
        assertEquals("toy-sample", space.name());
        assertEquals("toy-sample", space.toString());
        assertEquals(toy.shape(), space.shape());
        assertEquals(toy.genomeRange(), space.genomeRange());
        assertEquals(4, space.size());
        assertSame(toy, space.underlying());
        assertEquals(List.of("012", "120", "222", "001"), keys(space.enumerate().orElseThrow()));
        assertSame(space.members(), space.enumerate().orElseThrow());
        assertTrue(space.description().startsWith("4 sampled architectures of toy-choices"), space.description());
    }

    private static List<String> keys(List<? extends Architecture> architectures) {
        return architectures.stream().map(Architecture::key).toList();
    }

    @Test
    void membersRoundTripThroughGenomeAndKey() {
        double[] genomes = new double[3 * D];
        double[] expected = new double[D];
        for (Architecture member : space.members()) {
            space.encode(member, genomes, D); // middle slot: offsets must be honoured
            toy.encode(member, expected, 0);
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(genomes, D, 2 * D));
            assertSame(member, space.decode(genomes, D));
            assertSame(member, space.parse(member.key()));
        }
    }

    @Test
    void decodeSnapsToTheNearestMember() {
        assertEquals("222", decodeEncodingOf("221")); // one row from 222, at least two from the others
        assertEquals("120", decodeEncodingOf("121"));
        SplittableRandom random = new SplittableRandom(3);
        double[] genome = new double[D];
        for (int trial = 0; trial < 2_000; trial++) {
            for (int i = 0; i < D; i++) {
                genome[i] = random.nextGaussian();
            }
            assertSame(nearestByHand(genome), space.decode(genome, 0));
        }
    }

    private String decodeEncodingOf(String key) {
        double[] genome = new double[D];
        toy.encode(toy.parse(key), genome, 0);
        return space.decode(genome, 0).key();
    }

    /** The nearest member by a plain full-distance scan, first member on ties. */
    private Architecture nearestByHand(double[] genome) {
        Architecture best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        double[] encoding = new double[D];
        for (Architecture member : space.members()) {
            toy.encode(member, encoding, 0);
            double distance = 0;
            for (int i = 0; i < D; i++) {
                distance += (genome[i] - encoding[i]) * (genome[i] - encoding[i]);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = member;
            }
        }
        return best;
    }

    @Test
    void tiesGoToTheLowestMemberIndex() {
        assertEquals("012", decodeEncodingOf("011")); // one row from 012 and from 001
        assertEquals("012", space.decode(new double[D], 0).key()); // the origin is as far from every member
        SampledSpace reversed = new SampledSpace("reversed", toy, List.of(toy.parse("001"), toy.parse("012")));
        double[] genome = new double[D];
        toy.encode(toy.parse("011"), genome, 0);
        assertEquals("001", reversed.decode(genome, 0).key());
    }

    @Test
    void aGenomeWithNanDecodesToNull() {
        double[] genome = new double[2 * D];
        toy.encode(toy.parse("012"), genome, D);
        genome[2 * D - 1] = Double.NaN;
        assertNull(space.decode(genome, D));
        genome[2 * D - 1] = 0;
        genome[D - 1] = Double.NaN; // outside the genome: ignored
        assertEquals("012", space.decode(genome, D).key());
    }

    @Test
    void parseRejectsWhatIsNotAMember() {
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> space.parse("111"));
        assertEquals("'111' is a toy-choices architecture but not among the 4 sampled architectures of 'toy-sample'",
                outside.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> space.parse("000"));
        assertEquals("invalid toy architecture 000", invalid.getMessage()); // the underlying space's own message
    }

    @Test
    void encodeAcceptsOnlyMembers() {
        double[] genome = new double[D];
        Architecture foreign = () -> "222";
        space.encode(foreign, genome, 0);
        assertEquals("222", space.decode(genome, 0).key());
        assertThrows(IllegalArgumentException.class, () -> space.encode(toy.parse("111"), genome, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> space.encode(foreign, genome, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> space.decode(genome, 1));
    }

    @Test
    void membersMustBeDistinctValidAndPresent() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new SampledSpace("s", toy, List.of(toy.parse("012"), toy.parse("120"), toy.parse("012"))));
        assertEquals("sampled space 's' lists 012 twice (members 0 and 2)", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SampledSpace("s", toy, List.of()));
        Architecture invalid = () -> "000";
        assertThrows(IllegalArgumentException.class, () -> new SampledSpace("s", toy, List.of(invalid)));
    }

    @Test
    void membersAreTheUnderlyingSpacesOwnInstances() {
        Architecture foreign = () -> "120";
        SampledSpace fromForeign = new SampledSpace("s", toy, List.of(foreign));
        assertEquals(toy.parse("120"), fromForeign.members().get(0));
    }

    @Test
    void sampleIsUniformOverMembers() {
        SplittableRandom random = new SplittableRandom(8);
        int[] counts = new int[4];
        List<Architecture> members = space.members();
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            counts[members.indexOf(space.sample(random))]++; // -1 (not a member) would throw
        }
        for (int count : counts) {
            assertEquals(n / 4, count, 600); // sd about 87
        }
    }

    @Test
    void isNotCategoricalBecauseASampleHasNoNeighbourhood() {
        assertFalse(((SearchSpace) space) instanceof CategoricalSpace);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CategoricalSpace.require(space, "local search"));
        assertTrue(e.getMessage().contains("'toy-sample'"), e.getMessage());
    }

    @Test
    void decodeAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        List<Architecture> many = new ArrayList<>();
        ToyChoiceSpace big = ToyChoiceSpace.withOneInvalid(4, 5);
        for (int i = 1; i < 300; i++) {
            many.add(big.all().get(i));
        }
        SampledSpace sample = new SampledSpace("big", big, many);
        SplittableRandom random = new SplittableRandom(4);
        double[] population = new double[32 * 20];
        for (int i = 0; i < population.length; i++) {
            population[i] = random.nextDouble();
        }
        int sink = decodeAll(sample, population, 200);
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        sink += decodeAll(sample, population, 200); // 6,400 decodes
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 16 * 1024, "decode allocated " + allocated + " bytes over 6,400 calls");
        assertTrue(sink != Integer.MIN_VALUE);
    }

    private static int decodeAll(SampledSpace sample, double[] population, int rounds) {
        int sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int offset = 0; offset < population.length; offset += 20) {
                sum += sample.decode(population, offset).key().length();
            }
        }
        return sum;
    }
}
