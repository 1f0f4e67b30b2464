package dev.ednag.spaces.darts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SampledSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A NAS-Bench-301-like table: a few hundred DARTS architectures searched as a space of their own. */
class DartsSampleTest {

    private static final int D = 16 * 12;

    private final DartsSpace darts = DartsSpace.instance();

    private SampledSpace sampleOf(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Architecture> members = new ArrayList<>();
        members.add(darts.fromGenotype(DartsSpaceTest.DATA_NORMAL, DartsSpaceTest.DATA_REDUCE));
        while (members.size() < count) {
            members.add(darts.sample(random)); // 10^18 architectures: a repeat is practically impossible
        }
        return new SampledSpace("darts-sample", darts, members);
    }

    @Test
    void keepsTheDartsGenomeAndRange() {
        SampledSpace sample = sampleOf(20, 1);
        assertEquals(darts.shape(), sample.shape());
        assertEquals(RowRange.ZERO_TO_ONE, sample.genomeRange());
        assertEquals(20, sample.size());
        assertEquals(DartsSpaceTest.DATA_KEY, sample.parse(DartsSpaceTest.DATA_KEY).key());
    }

    @Test
    void noisyMemberEncodingsSnapBackToTheirMember() {
        SampledSpace sample = sampleOf(300, 2);
        SplittableRandom random = new SplittableRandom(9);
        double[] genome = new double[D];
        for (Architecture member : sample.members()) {
            sample.encode(member, genome, 0);
            for (int i = 0; i < D; i++) {
                genome[i] += 0.2 * random.nextGaussian();
            }
            assertSame(member, sample.decode(genome, 0));
        }
    }

    @Test
    void randomDartsGenomesAlwaysDecodeToAMember() {
        SampledSpace sample = sampleOf(50, 3);
        SplittableRandom random = new SplittableRandom(4);
        double[] genome = new double[D];
        int invalidInDarts = 0;
        for (int trial = 0; trial < 200; trial++) {
            for (int i = 0; i < D; i++) {
                genome[i] = random.nextDouble();
            }
            invalidInDarts += darts.decode(genome, 0) == null ? 1 : 0;
            assertTrue(sample.members().contains(sample.decode(genome, 0)));
        }
        assertTrue(invalidInDarts > 100, invalidInDarts + " of 200"); // most are invalid in the full space
    }

    @Test
    void parseRejectsDartsArchitecturesOutsideTheSample() {
        SampledSpace sample = sampleOf(10, 5);
        String outside = darts.sample(new SplittableRandom(6)).key();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample.parse(outside));
        assertTrue(e.getMessage().endsWith("is a darts architecture but not among the 10 sampled architectures of"
                + " 'darts-sample'"), e.getMessage());
    }
}
