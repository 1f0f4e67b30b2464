package dev.ednag.surrogate.encoding;

import static dev.ednag.surrogate.encoding.CellPathEncodingTest.active;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.core.space.SampledSpace;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.spaces.tnb101.Tnb101MicroCell;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OneHotEncodingTest {

    private final Nb201Space nb201 = Nb201Space.instance();

    /** NAS-Bench-201 seen only through its genome, as a space with no categorical view would be. */
    private static final class GenomeOnly implements SearchSpace {
        private final Nb201Space inner = Nb201Space.instance();

        @Override
        public String name() {
            return "nb201-genome-only";
        }

        @Override
        public String description() {
            return "test space";
        }

        @Override
        public GenomeShape shape() {
            return inner.shape();
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public Architecture decode(double[] genomes, int offset) {
            return inner.decode(genomes, offset);
        }

        @Override
        public void encode(Architecture architecture, double[] genomes, int offset) {
            inner.encode(architecture, genomes, offset);
        }

        @Override
        public Architecture parse(String key) {
            return inner.parse(key);
        }

        @Override
        public Architecture sample(RandomGenerator random) {
            return inner.sample(random);
        }
    }

    @Test
    void dimensionIsTheSumOfChoiceCountsWithOneOnePerPosition() {
        SplittableRandom random = new SplittableRandom(3);
        for (String name : SearchSpaces.names()) {
            CategoricalSpace space = (CategoricalSpace) SearchSpaces.get(name);
            int[] counts = space.choiceCounts();
            OneHotEncoding encoding = OneHotEncoding.of(space);
            assertTrue(encoding.categorical(), name);
            assertEquals(IntStream.of(counts).sum(), encoding.dimension(), name);
            for (int i = 0; i < 50; i++) {
                Architecture architecture = space.sample(random);
                double[] features = encoding.encode(architecture);
                int[] choices = space.choices(architecture);
                int start = 0;
                for (int position = 0; position < counts.length; position++) {
                    double[] block = Arrays.copyOfRange(features, start, start + counts[position]);
                    assertEquals(Set.of(choices[position]), active(block), name + " position " + position);
                    start += counts[position];
                }
            }
        }
        assertEquals(30, OneHotEncoding.of(nb201).dimension());
        assertEquals(24, OneHotEncoding.of(Tnb101MicroSpace.instance()).dimension());
        assertEquals(21 * 2 + 5 * 3, OneHotEncoding.of(SearchSpaces.get("nb101")).dimension());
    }

    @Test
    void handWorkedNb201Cell() {
        Nb201Cell cell = nb201.parse("|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|");
        // Ordinals 3, 0, 1, 4, 2, 0 on edges 0..5: feature 5·edge + ordinal.
        assertEquals(Set.of(3, 5, 11, 19, 22, 25), active(OneHotEncoding.of(nb201).encode(cell)));
    }

    @Test
    void injectiveOverAllNb201Cells() {
        OneHotEncoding encoding = OneHotEncoding.of(nb201);
        Set<String> seen = new HashSet<>();
        for (Nb201Cell cell : nb201.cells()) {
            assertTrue(seen.add(Arrays.toString(encoding.encode(cell))), cell.key());
        }
        assertEquals(15_625, seen.size());
    }

    @Test
    void fastCellPathAgreesWithTheCategoricalView() {
        OneHotEncoding encoding = OneHotEncoding.of(Tnb101MicroSpace.instance());
        for (Tnb101MicroCell cell : Tnb101MicroSpace.instance().cells()) {
            int[] choices = Tnb101MicroSpace.instance().choices(cell);
            Set<Integer> expected = new HashSet<>();
            for (int edge = 0; edge < choices.length; edge++) {
                expected.add(4 * edge + choices[edge]);
            }
            assertEquals(expected, active(encoding.encode(cell)), cell.key());
        }
    }

    @Test
    void sampledSpaceUsesTheUnderlyingCategoricalSpace() {
        SplittableRandom random = new SplittableRandom(5);
        List<Architecture> members = List.of(nb201.sample(random), nb201.sample(random), nb201.cell(77));
        SampledSpace sample = new SampledSpace("nb201-sample", nb201, members.stream().distinct().toList());
        OneHotEncoding encoding = OneHotEncoding.of(sample);
        assertTrue(encoding.categorical());
        assertEquals(30, encoding.dimension());
        for (Architecture member : sample.members()) {
            assertArrayEquals(OneHotEncoding.of(nb201).encode(member), encoding.encode(member));
        }
    }

    @Test
    void spaceWithoutCategoricalViewFallsBackToItsGenome() {
        GenomeOnly space = new GenomeOnly();
        OneHotEncoding encoding = OneHotEncoding.of(space);
        assertFalse(encoding.categorical());
        assertEquals(56, encoding.dimension());
        Nb201Cell cell = nb201.cell(1234);
        double[] genome = new double[56];
        nb201.encode(cell, genome, 0);
        assertArrayEquals(genome, encoding.encode(cell));

        SampledSpace sample = new SampledSpace("genome-sample", space, List.of(cell, nb201.cell(9)));
        assertFalse(OneHotEncoding.of(sample).categorical());
        assertArrayEquals(genome, OneHotEncoding.of(sample).encode(cell));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OneHotEncoding.of(sample).encode(nb201.cell(10)));
        assertTrue(e.getMessage().startsWith("the one-hot encoding of genome-sample cannot encode Nb201Cell"),
                e.getMessage());
    }

    @Test
    void writesOnlyItsOwnSlice() {
        double[] out = new double[40];
        Arrays.fill(out, 9.0);
        OneHotEncoding.of(nb201).encode(nb201.cell(0), out, 4);
        assertEquals(9.0, out[3]);
        assertEquals(9.0, out[34]);
        assertEquals(Set.of(0, 5, 10, 15, 20, 25), active(Arrays.copyOfRange(out, 4, 34)));
    }

    @Test
    void rejectsArchitecturesOfAnotherSpace() {
        Architecture microCell = Tnb101MicroSpace.instance().parse("64-41414-0_00_000");
        IllegalArgumentException cell = assertThrows(IllegalArgumentException.class,
                () -> OneHotEncoding.of(nb201).encode(microCell));
        assertTrue(cell.getMessage().contains("nb201") && cell.getMessage().contains("Tnb101MicroCell"),
                cell.getMessage());
        IllegalArgumentException generic = assertThrows(IllegalArgumentException.class,
                () -> OneHotEncoding.of(SearchSpaces.get("nb101")).encode(microCell));
        assertTrue(generic.getMessage().startsWith("the one-hot encoding of nb101 cannot encode Tnb101MicroCell"),
                generic.getMessage());
    }
}
