package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help renders as formatted text. A stray '%' makes picocli warn on standard error and print the
 * raw string instead.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        CommandLine root = EdnagCommand.commandLine(new String[0]);
        assertFalse(root.getSubcommands().isEmpty());
        PrintStream originalErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
                String usage = sub.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
                assertTrue(usage.contains("Usage: ednag " + sub.getKey()), sub.getKey());
            }
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }
}
