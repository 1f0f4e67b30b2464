package dev.ednag.spaces.darts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DartsCellTest {

    @Test
    void countIsInputPairsTimesOpChoices() {
        long inputPairs = 1L * 3 * 6 * 10; // C(2,2)·C(3,2)·C(4,2)·C(5,2)
        long opChoices = 1;
        for (int edge = 0; edge < DartsCell.EDGES; edge++) {
            opChoices *= DartsOp.COUNT;
        }
        assertEquals(5_764_801L, opChoices);
        assertEquals(inputPairs * opChoices, DartsCell.COUNT);
    }

    @Test
    void firstAndLastCodesAreTheSmallestAndLargestChoices() {
        assertEquals("max_pool_3x3~0|max_pool_3x3~1|max_pool_3x3~0|max_pool_3x3~1"
                + "|max_pool_3x3~0|max_pool_3x3~1|max_pool_3x3~0|max_pool_3x3~1", new DartsCell(0).tokens());
        assertEquals("dil_conv_5x5~0|dil_conv_5x5~1|dil_conv_5x5~1|dil_conv_5x5~2"
                + "|dil_conv_5x5~2|dil_conv_5x5~3|dil_conv_5x5~3|dil_conv_5x5~4",
                new DartsCell(DartsCell.COUNT - 1).tokens());
        assertThrows(IllegalArgumentException.class, () -> new DartsCell(-1));
        assertThrows(IllegalArgumentException.class, () -> new DartsCell(DartsCell.COUNT));
    }

    @Test
    void lastNodeIsTheLeastSignificantDigit() {
        DartsCell cell = new DartsCell(1); // node 3: inputs (0, 1), ops max_pool_3x3 then avg_pool_3x3
        assertEquals(DartsOp.MAX_POOL_3X3, cell.op(6));
        assertEquals(DartsOp.AVG_POOL_3X3, cell.op(7));
        assertEquals(0, cell.input(6));
        assertEquals(1, cell.input(7));
    }

    @Test
    void everyDigitOfEveryNodeIsADistinctCanonicalEdgePair() {
        int place = 1;
        for (int node = DartsCell.NODES - 1; node >= 0; node--) {
            Set<String> pairs = new HashSet<>();
            for (int digit = 0; digit < DartsCell.nodeOptions(node); digit++) {
                DartsCell cell = new DartsCell(digit * place);
                int lower = cell.input(2 * node);
                int upper = cell.input(2 * node + 1);
                assertTrue(0 <= lower && lower < upper && upper <= node + 1, cell.tokens());
                pairs.add(lower + "," + cell.op(2 * node) + "," + upper + "," + cell.op(2 * node + 1));
                int[] inputs = new int[DartsCell.EDGES];
                int[] ops = new int[DartsCell.EDGES];
                for (int edge = 0; edge < DartsCell.EDGES; edge++) {
                    inputs[edge] = cell.input(edge);
                    ops[edge] = cell.op(edge).ordinal();
                }
                assertEquals(cell.code(), DartsCell.code(inputs, ops, 0));
            }
            int inputs = node + 2;
            assertEquals(inputs * (inputs - 1) / 2 * 49, pairs.size());
            place *= DartsCell.nodeOptions(node);
        }
    }

    @Test
    void edgeOrderWithinANodeDoesNotMatter() {
        int[] inputs = {1, 0, 2, 0, 3, 1, 4, 2};
        int[] ops = {6, 5, 0, 3, 2, 2, 1, 4};
        int[] swappedInputs = {0, 1, 0, 2, 1, 3, 2, 4};
        int[] swappedOps = {5, 6, 3, 0, 2, 2, 4, 1};
        int code = DartsCell.code(inputs, ops, 0);
        assertEquals(code, DartsCell.code(swappedInputs, swappedOps, 0));
        assertEquals("dil_conv_3x3~0|dil_conv_5x5~1|sep_conv_3x3~0|max_pool_3x3~2"
                + "|skip_connect~1|skip_connect~3|sep_conv_5x5~2|avg_pool_3x3~4", new DartsCell(code).tokens());
    }

    @Test
    void aNodeReadingOneInputTwiceHasNoCode() {
        int[] inputs = {0, 1, 0, 1, 2, 2, 0, 1};
        assertEquals(-1, DartsCell.code(inputs, new int[8], 0));
        assertEquals(-1, DartsCell.nodeDigit(3, 0, 3, 1));
    }

    @Test
    void edgeIndexIsChecked() {
        DartsCell cell = new DartsCell(42);
        assertThrows(IndexOutOfBoundsException.class, () -> cell.input(8));
        assertThrows(IndexOutOfBoundsException.class, () -> cell.op(-1));
    }

    @Test
    void equalityFollowsTheCode() {
        assertEquals(new DartsCell(7), new DartsCell(7));
        assertEquals(7, new DartsCell(7).hashCode());
        assertNotEquals(new DartsCell(7), new DartsCell(8));
        assertEquals(new DartsCell(7).tokens(), new DartsCell(7).toString());
    }
}
