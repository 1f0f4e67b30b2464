package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.Generation;
import org.junit.jupiter.api.Test;

class GenerationBlocksTest {

    @Test
    void cutsEvaluationsIntoGenerationsAndDropsAPartialOne() {
        GenerationBlocks blocks = new GenerationBlocks(2, true);
        for (int i = 0; i < 5; i++) {
            blocks.add(new double[] {i}, 10 + i);
        }
        assertEquals(2, blocks.completed());
        assertEquals(2, blocks.all().size());
        Generation last = blocks.last().orElseThrow();
        assertEquals(1, last.index());
        assertArrayEquals(new double[] {12, 13}, last.fitness());
        assertEquals(3, last.positions()[1][0]);
    }

    @Test
    void keepsOnlyTheLatestWhenNotTracing() {
        GenerationBlocks blocks = new GenerationBlocks(3, false);
        assertTrue(blocks.last().isEmpty());
        for (int i = 0; i < 6; i++) {
            blocks.add(new double[] {i}, i);
        }
        assertTrue(blocks.all().isEmpty());
        assertEquals(1, blocks.last().orElseThrow().index());
    }
}
