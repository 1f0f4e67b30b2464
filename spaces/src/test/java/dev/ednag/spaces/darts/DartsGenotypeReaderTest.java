package dev.ednag.spaces.darts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DartsGenotypeReaderTest {

    /** A canonical cell: node inputs (0,1), (0,2), (1,3), (2,4). */
    private static final String CELL = "max_pool_3x3~0|avg_pool_3x3~1|skip_connect~0|sep_conv_3x3~2"
            + "|sep_conv_5x5~1|dil_conv_3x3~3|dil_conv_5x5~2|max_pool_3x3~4";

    private final DartsSpace space = DartsSpace.instance();

    @Test
    void parseAcceptsTheCanonicalKey() {
        String key = "normal=" + CELL + ";reduce=" + CELL;
        assertEquals(key, space.parse(key).key());
        assertEquals(CELL, space.parse(key).reduce().tokens());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '@', quoteCharacter = '"', value = {
        "\"\"@it must start with 'normal='",
        "normal:CELL@it must start with 'normal='",
        "normal=CELL@it has no ';reduce=' after the normal cell",
        "normal=CELL;reduce=;reduce=@it has more than one ';reduce='",
        "normal=CELL|max_pool_3x3~0;reduce=CELL@the normal cell has 9 token(s), expected 8",
        "normal=CELL;reduce=@the reduction cell has 1 token(s), expected 8",
        "normal=conv_3x3~0|avg_pool_3x3~1|skip_connect~0|sep_conv_3x3~2|sep_conv_5x5~1|dil_conv_3x3~3"
                + "|dil_conv_5x5~2|max_pool_3x3~4;reduce=CELL@token 1 of the normal cell has unknown op 'conv_3x3'",
        "normal=max_pool_3x3|avg_pool_3x3~1|skip_connect~0|sep_conv_3x3~2|sep_conv_5x5~1|dil_conv_3x3~3"
                + "|dil_conv_5x5~2|max_pool_3x3~4;reduce=CELL@token 1 of the normal cell is 'max_pool_3x3', expected op~input",
        "normal=CELL;reduce=max_pool_3x3~0|avg_pool_3x3~2|skip_connect~0|sep_conv_3x3~2|sep_conv_5x5~1"
                + "|dil_conv_3x3~3|dil_conv_5x5~2|max_pool_3x3~4@token 2 of the reduction cell is 'avg_pool_3x3~2':"
                + " intermediate node 0 reads inputs 0..1, got '2'",
        "normal=max_pool_3x3~0|avg_pool_3x3~01|skip_connect~0|sep_conv_3x3~2|sep_conv_5x5~1|dil_conv_3x3~3"
                + "|dil_conv_5x5~2|max_pool_3x3~4;reduce=CELL@token 2 of the normal cell is 'avg_pool_3x3~01':"
                + " intermediate node 0 reads inputs 0..1, got '01'",
        "normal=max_pool_3x3~0|avg_pool_3x3~1|none~0|sep_conv_3x3~2|sep_conv_5x5~1|dil_conv_3x3~3"
                + "|dil_conv_5x5~2|max_pool_3x3~4;reduce=CELL@token 3 of the normal cell is 'none~0': 'none' is a"
                + " DARTS search candidate that never appears in a derived genotype",
        "normal=max_pool_3x3~0|avg_pool_3x3~1|skip_connect~2|sep_conv_3x3~2|sep_conv_5x5~1|dil_conv_3x3~3"
                + "|dil_conv_5x5~2|max_pool_3x3~4;reduce=CELL@intermediate node 1 (tokens 3 and 4 of the normal cell)"
                + " reads input 2 twice; its two inputs must differ",
    })
    void parseExplainsWhatIsWrong(String pattern, String detail) {
        String key = pattern.replace("CELL", CELL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        String message = e.getMessage();
        assertTrue(message.startsWith("'" + key + "' is not a darts architecture: " + detail + "; expected "), message);
        assertTrue(message.contains("normal=<cell>;reduce=<cell>"), message);
        assertTrue(message.contains("node i (0..3) reading two distinct inputs among 0..i+1"), message);
        assertTrue(message.contains(DartsOp.tokenList()), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void parseNamesTheCanonicalKeyWhenANodeIsOutOfOrder() {
        String swapped = "avg_pool_3x3~1|max_pool_3x3~0" + CELL.substring(CELL.indexOf("|skip_connect"));
        String key = "normal=" + swapped + ";reduce=" + CELL;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        assertTrue(e.getMessage().contains("a node's two tokens are not in canonical order (lower input first);"
                + " the canonical key is normal=" + CELL + ";reduce=" + CELL + ";"), e.getMessage());
        assertEquals(space.parse("normal=" + CELL + ";reduce=" + CELL), space.fromGenotype(swapped, CELL));
    }

    @Test
    void fromGenotypeNamesTheCellAndItsProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.fromGenotype(CELL, CELL.replace("max_pool_3x3~4", "max_pool_3x3~5")));
        assertTrue(e.getMessage().startsWith("'" + CELL.replace("max_pool_3x3~4", "max_pool_3x3~5")
                + "' is not a DARTS reduction cell: token 8 of the reduction cell is 'max_pool_3x3~5':"
                + " intermediate node 3 reads inputs 0..4, got '5'; expected 8 tokens op~input"), e.getMessage());
        assertThrows(NullPointerException.class, () -> space.fromGenotype(null, CELL));
        assertThrows(NullPointerException.class, () -> space.parse(null));
    }

    @Test
    void hugeInputIsAbbreviated() {
        String huge = "normal=" + "x".repeat(10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(huge));
        assertTrue(e.getMessage().length() < 900, e.getMessage());
    }
}
