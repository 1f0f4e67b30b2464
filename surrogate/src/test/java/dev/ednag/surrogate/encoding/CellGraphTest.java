package dev.ednag.surrogate.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.spaces.SearchSpaces;
import dev.ednag.spaces.nb201.Nb201Op;
import dev.ednag.spaces.nb201.Nb201Space;
import org.junit.jupiter.api.Test;

class CellGraphTest {

    @Test
    void wiresEdgeOpsAsNodesBetweenInputAndOutput() {
        CellGraph graph = CellGraph.of(Nb201Space.instance());
        boolean[][] a = graph.adjacency();
        // input feeds the ops of edges leaving cell node 0: 0→1, 0→2, 0→3 (op nodes 1, 2, 4)
        assertTrue(a[0][1] && a[0][2] && a[0][4]);
        assertFalse(a[0][3]);
        // edge 0→1 (node 1) feeds edges leaving cell node 1: 1→2, 1→3 (nodes 3, 5)
        assertTrue(a[1][3] && a[1][5]);
        assertFalse(a[1][6]);
        // edges into cell node 3 (0→3, 1→3, 2→3: nodes 4, 5, 6) feed the output
        assertTrue(a[4][7] && a[5][7] && a[6][7]);
        int edges = 0;
        for (boolean[] row : a) {
            for (boolean b : row) {
                edges += b ? 1 : 0;
            }
        }
        assertEquals(3 + 3 + 4, edges, "3 from the input, 3 to the output, 4 between ops");
    }

    @Test
    void typesNodesByTheirOps() {
        Nb201Space space = Nb201Space.instance();
        CellGraph graph = CellGraph.of(space);
        assertEquals(7, graph.types());
        var cell = space.cell(Nb201Op.NOR_CONV_3X3, Nb201Op.NONE, Nb201Op.SKIP_CONNECT, Nb201Op.AVG_POOL_3X3,
                Nb201Op.NOR_CONV_1X1, Nb201Op.NOR_CONV_3X3);
        int[] expected = {CellGraph.INPUT, 2 + 3, 2, 2 + 1, 2 + 4, 2 + 2, 2 + 3, CellGraph.OUTPUT};
        assertArrayEquals(expected, graph.nodeTypes(graph.index(cell)));
        assertEquals(6, CellGraph.of(SearchSpaces.get("tnb101-micro")).types());
        assertThrows(IllegalArgumentException.class, () -> CellGraph.of(SearchSpaces.get("nb101")));
    }
}
