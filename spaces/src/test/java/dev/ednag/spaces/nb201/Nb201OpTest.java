package dev.ednag.spaces.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Nb201OpTest {

    @Test
    void tokensAndColumnsFollowTheBenchmarkOrder() {
        String[] tokens = {"none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"};
        Nb201Op[] ops = Nb201Op.values();
        assertEquals(tokens.length, ops.length);
        for (int i = 0; i < ops.length; i++) {
            assertEquals(tokens[i], ops[i].token());
            assertEquals(i + 2, ops[i].column());
            assertSame(ops[i], Nb201Op.ofToken(tokens[i]));
            assertSame(ops[i], Nb201Op.ofColumn(i + 2));
        }
    }

    @Test
    void rejectsUnknownTokensAndNonOpColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nb201Op.ofToken("conv3x3"));
        assertTrue(e.getMessage().contains("'conv3x3'"), e.getMessage());
        assertTrue(e.getMessage().contains("none, skip_connect, nor_conv_1x1, nor_conv_3x3, avg_pool_3x3"));
        assertThrows(IllegalArgumentException.class, () -> Nb201Op.ofColumn(0));
        assertThrows(IllegalArgumentException.class, () -> Nb201Op.ofColumn(1));
        assertThrows(IllegalArgumentException.class, () -> Nb201Op.ofColumn(7));
    }
}
