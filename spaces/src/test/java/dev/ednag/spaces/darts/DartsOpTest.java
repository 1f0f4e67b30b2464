package dev.ednag.spaces.darts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DartsOpTest {

    @Test
    void sevenGenotypeOpsInDartsOrder() {
        assertEquals(DartsOp.COUNT, DartsOp.values().length);
        assertEquals("max_pool_3x3, avg_pool_3x3, skip_connect, sep_conv_3x3, sep_conv_5x5, dil_conv_3x3, dil_conv_5x5",
                DartsOp.tokenList());
        for (DartsOp op : DartsOp.values()) {
            assertSame(op, DartsOp.ofToken(op.token()));
            assertSame(op, DartsOp.ofOrdinal(op.ordinal()));
        }
    }

    @Test
    void unknownTokensAreRejectedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DartsOp.ofToken("none"));
        assertTrue(e.getMessage().startsWith("unknown DARTS op 'none'; expected one of max_pool_3x3,"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DartsOp.ofToken("Sep_conv_3x3"));
    }
}
