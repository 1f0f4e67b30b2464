package dev.ednag.spaces.nb101;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Nb101CellTest {

    private final Nb101Space space = Nb101Space.instance();

    @Test
    void keyListsThePrunedMatrixRowsAndTheVertexLabels() {
        Nb101Cell cell = space.fromSpec(new int[][] {
            {0, 1, 1, 0},
            {0, 0, 0, 1},
            {0, 0, 0, 1},
            {0, 0, 0, 0}}, List.of("input", "maxpool3x3", "conv3x3-bn-relu", "output"));
        assertEquals("0110.0001.0001.0000|in-c3-mp-out", cell.key()); // conv3x3 sorts before maxpool
        assertEquals(cell.key(), cell.toString());
        assertEquals(4, cell.vertexCount());
        assertEquals(4, cell.edgeCount());
        assertEquals(Nb101Op.CONV3X3, cell.op(1));
        assertEquals(Nb101Op.MAXPOOL3X3, cell.op(2));
        assertEquals(List.of("input", "conv3x3-bn-relu", "maxpool3x3", "output"), cell.benchmarkOps());
        assertArrayEquals(new int[][] {{0, 1, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 0, 0}}, cell.adjacencyMatrix());
    }

    @Test
    void smallestCellIsInputToOutput() {
        Nb101Cell cell = space.fromSpec("0100", "input;output");
        assertEquals("01.00|in-out", cell.key());
        assertEquals(1, cell.edgeCount());
        assertEquals(List.of("input", "output"), cell.benchmarkOps());
    }

    @Test
    void edgesAndOpsAreOnlyAskedOfExistingVertices() {
        Nb101Cell cell = space.parse("010.001.000|in-c1-out");
        assertTrue(cell.hasEdge(0, 1));
        assertFalse(cell.hasEdge(0, 2));
        assertFalse(cell.hasEdge(2, 1)); // backwards: never an edge
        assertThrows(IllegalArgumentException.class, () -> cell.hasEdge(0, 3));
        assertThrows(IllegalArgumentException.class, () -> cell.op(0));
        assertThrows(IllegalArgumentException.class, () -> cell.op(2));
    }

    @Test
    void equalityAndHashFollowTheKey() {
        Nb101Cell a = space.parse("010.001.000|in-c1-out");
        Nb101Cell c = space.fromSpec(new int[][] {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}},
                List.of("input", "conv1x1-bn-relu", "output"));
        assertEquals(a, c);
        assertEquals(a.hashCode(), c.hashCode());
        assertNotEquals(a, space.parse("010.001.000|in-c3-out"));
        assertNotEquals(a, space.parse("011.001.000|in-c1-out"));
    }
}
