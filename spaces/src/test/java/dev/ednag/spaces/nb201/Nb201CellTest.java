package dev.ednag.spaces.nb201;

import static dev.ednag.spaces.nb201.Nb201Op.AVG_POOL_3X3;
import static dev.ednag.spaces.nb201.Nb201Op.NONE;
import static dev.ednag.spaces.nb201.Nb201Op.NOR_CONV_1X1;
import static dev.ednag.spaces.nb201.Nb201Op.NOR_CONV_3X3;
import static dev.ednag.spaces.nb201.Nb201Op.SKIP_CONNECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Nb201CellTest {

    private final Nb201Space space = Nb201Space.instance();

    @Test
    void keyIsTheOfficialArchString() {
        // The spec's example and the CIFAR-100 optimum (PROVENANCE.md).
        Nb201Cell cell = space.cell(NOR_CONV_3X3, NOR_CONV_3X3, NOR_CONV_3X3, SKIP_CONNECT, NOR_CONV_3X3, NOR_CONV_3X3);
        String expected = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        assertEquals(expected, cell.key());
        assertEquals(expected, cell.toString());
    }

    @Test
    void edgeOrderIsOneTwoTwoThreeThreeThree() {
        Nb201Cell cell = space.cell(NONE, SKIP_CONNECT, NOR_CONV_1X1, NOR_CONV_3X3, AVG_POOL_3X3, NONE);
        assertEquals("|none~0|+|skip_connect~0|nor_conv_1x1~1|+|nor_conv_3x3~0|avg_pool_3x3~1|none~2|", cell.key());
        assertEquals(List.of(NONE, SKIP_CONNECT, NOR_CONV_1X1, NOR_CONV_3X3, AVG_POOL_3X3, NONE), cell.ops());
        int[] sources = {0, 0, 1, 0, 1, 2};
        int[] targets = {1, 2, 2, 3, 3, 3};
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            assertEquals(sources[e], Nb201Cell.source(e));
            assertEquals(targets[e], Nb201Cell.target(e));
        }
    }

    @Test
    void indexIsBase5WithEdgeZeroMostSignificant() {
        assertEquals(0, space.cell(NONE, NONE, NONE, NONE, NONE, NONE).index());
        assertEquals(1, space.cell(NONE, NONE, NONE, NONE, NONE, SKIP_CONNECT).index());
        assertEquals(3125, space.cell(SKIP_CONNECT, NONE, NONE, NONE, NONE, NONE).index());
        assertEquals(15_624, space.cell(AVG_POOL_3X3, AVG_POOL_3X3, AVG_POOL_3X3, AVG_POOL_3X3, AVG_POOL_3X3,
                AVG_POOL_3X3).index());
        // op_code 333132 of the CIFAR-10 optimum read in base 5
        assertEquals(((((3 * 5 + 3) * 5 + 3) * 5 + 1) * 5 + 3) * 5 + 2,
                space.parse("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|")
                        .index());
    }

    @Test
    void keysAreDistinctAndEqualityFollowsTheIndex() {
        Set<String> keys = new HashSet<>();
        for (Nb201Cell cell : space.cells()) {
            keys.add(cell.key());
            assertEquals(cell.index(), cell.hashCode());
        }
        assertEquals(Nb201Cell.COUNT, keys.size());
        // A freshly built cell (not the interned one) still equals the interned cell.
        assertEquals(space.cell(42), new Nb201Cell(42));
        assertEquals(space.cell(42).hashCode(), new Nb201Cell(42).hashCode());
        assertNotEquals(space.cell(42), space.cell(43));
    }
}
