package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.tnb101.Tnb101Benchmark;
import dev.ednag.core.baseline.RandomSearch;
import dev.ednag.core.run.RunResult;
import org.junit.jupiter.api.Test;

class GneNasTest {

    @Test
    void spendsExactlyTheBudgetOnDistinctCells() {
        TableProblems p = TableProblems.nb201Cifar10();
        for (GneNasConfig config : new GneNasConfig[] {GneNasConfig.defaults(), GneNasConfig.defaults().withoutGan()}) {
            TableProblems.assertSpentOnDistinct(p.run(new GneNas(config), 3, 43, 1), 43);
        }
    }

    @Test
    void beatsRandomSearchOnAverage() {
        TableProblems p = TableProblems.nb201Cifar10();
        double gne = 0;
        double random = 0;
        for (int seed = 1; seed <= 10; seed++) {
            gne += p.regret(p.run(new GneNas(GneNasConfig.defaults().withoutGan()), seed, 60, 1));
            random += p.regret(p.run(new RandomSearch(), seed, 60, 1));
        }
        assertTrue(gne < random, "mean regret gne-nas-no-gan " + gne / 10 + " vs random " + random / 10);
    }

    @Test
    void aRunIsAPureFunctionOfItsSeedWhateverTheThreads() {
        TableProblems p = TableProblems.nb201Cifar10();
        GneNas gne = new GneNas(GneNasConfig.defaults());
        RunResult one = p.run(gne, 7, 30, 1);
        RunResult four = p.run(gne, 7, 30, 4);
        assertEquals(one.evaluations(), four.evaluations());
        assertNotEquals(one.evaluations(), p.run(gne, 8, 30, 1).evaluations());
    }

    @Test
    void theGanChangesTheSearch() {
        TableProblems p = TableProblems.nb201Cifar10();
        RunResult with = p.run(new GneNas(GneNasConfig.defaults()), 5, 40, 1);
        RunResult without = p.run(new GneNas(GneNasConfig.defaults().withoutGan()), 5, 40, 1);
        assertEquals(with.evaluations().subList(0, 10), without.evaluations().subList(0, 10),
                "the same random start");
        assertNotEquals(with.evaluations(), without.evaluations());
    }

    @Test
    void searchesTheTransNasMicroCell() {
        TableProblems micro = TableProblems.of(Tnb101Benchmark.micro(), "class_object");
        assertEquals(35, micro.run(new GneNas(GneNasConfig.defaults()), 1, 35, 1).uniqueArchitectures());
    }

    @Test
    void refusesASpaceWithoutAnEmbedding() {
        TableProblems macro = TableProblems.of(Tnb101Benchmark.macro(), "jigsaw");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> macro.run(new GneNas(GneNasConfig.defaults()), 1, 20, 1));
        assertTrue(e.getMessage().contains("arch2vec"), e.getMessage());
    }

    @Test
    void namesTheAblation() {
        assertEquals("gne-nas", new GneNas(GneNasConfig.defaults()).name());
        assertEquals("gne-nas-no-gan", new GneNas(GneNasConfig.defaults().withoutGan()).name());
        assertThrows(IllegalArgumentException.class, () -> GneNasConfig.defaults().withKappa(-1));
    }
}
