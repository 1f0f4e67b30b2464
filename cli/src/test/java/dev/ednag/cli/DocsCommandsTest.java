package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The manual cannot rot: every {@code ednag} command on the README and the pages under
 * {@code docs/} must parse with today's options and values, the quick ones must run, and the
 * README's tour must print what it shows.
 */
class DocsCommandsTest {

    private static final Path ROOT = Path.of("..");
    /** Commands that finish in about a second and need nothing but the jar's own data. */
    private static final Set<String> QUICK = Set.of("generate", "spaces");
    private static final Pattern INLINE = Pattern.compile("`(?:\\./)?ednag ([^`]+)`");
    private static final Pattern MILLIS = Pattern.compile("\\d+ ms");

    @Test
    void everyDocumentedCommandParses() throws IOException {
        List<DocCommand> commands = commands();
        assertTrue(commands.size() >= 30, "found only " + commands.size() + " commands in the docs");
        for (DocCommand command : commands) {
            CommandLine cl = EdnagCommand.commandLine(command.args());
            if (command.args().length == 1 && !command.args()[0].startsWith("-") && command.where().endsWith("(inline)")) {
                // a command named in prose or a table, such as `ednag optimize`: it must exist
                assertTrue(cl.getSubcommands().containsKey(command.args()[0]), command.where() + ": no command 'ednag "
                        + command.args()[0] + "'");
                continue;
            }
            // a placeholder such as D or S in "--dataset D --seed S" stands for a value; 1 converts to every type
            String[] args = Arrays.stream(command.args()).map(w -> isPlaceholder(w) ? "1" : w).toArray(String[]::new);
            try {
                cl.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                fail(command.where() + ": 'ednag " + String.join(" ", command.args()) + "' does not parse: "
                        + e.getMessage());
            }
        }
    }

    @Test
    void quickDocumentedCommandsRun(@TempDir Path out) throws IOException {
        int ran = 0;
        for (DocCommand command : commands()) {
            String[] args = command.args();
            boolean help = Arrays.asList(args).contains("--help");
            // own tables and images are not in the jar; a predictor-guided run refits for a minute
            boolean ownData = Stream.of("--table", "--fitness", "--data", "predictor")
                    .anyMatch(Arrays.asList(args)::contains);
            boolean placeholder = Arrays.stream(args).anyMatch(DocsCommandsTest::isPlaceholder);
            if (!help && (!QUICK.contains(args[0]) || ownData || placeholder)) {
                continue;
            }
            String[] run = args[0].equals("generate") && !help
                    ? append(args, "--out", out.resolve("run" + ran).toString(), "-q") : args;
            CliRun result = CliRun.of(run);
            assertEquals(0, result.exitCode(), command.where() + ": 'ednag " + String.join(" ", args)
                    + "' failed: " + result.err());
            ran++;
        }
        assertTrue(ran >= 8, "ran only " + ran + " documented commands");
    }

    @Test
    void theTourPrintsWhatTheReadmeShows(@TempDir Path out) throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        int start = readme.indexOf("```text");
        assertTrue(start >= 0, "the README has no tour");
        String commandLine = readme.get(start + 1);
        assertTrue(commandLine.startsWith("$ ./ednag "), commandLine);
        List<String> shown = new ArrayList<>();
        for (int i = start + 2; !readme.get(i).startsWith("```"); i++) {
            shown.add(readme.get(i));
        }
        String[] args = words(commandLine.substring("$ ./ednag ".length()));
        Path dir = out.resolve("nb201-cifar10-oracle-faithful-seed1");
        CliRun result = CliRun.of(append(args, "--out", dir.toString()));
        assertEquals(0, result.exitCode(), result.err());
        List<String> printed = result.out().lines()
                .map(line -> line.replace(out.toString(), "ednag-runs"))
                .toList();
        assertEquals(normalised(shown), normalised(printed));
    }

    private static List<String> normalised(List<String> lines) {
        return lines.stream().map(line -> MILLIS.matcher(line.stripTrailing()).replaceAll("N ms")).toList();
    }

    /** A command found in the docs: its words after {@code ednag} and where it was found. */
    private record DocCommand(String[] args, String where) {}

    private static List<DocCommand> commands() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<DocCommand> found = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page);
            String name = ROOT.relativize(page).toString();
            found.addAll(fencedCommands(text, name));
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                String[] args = words(inline.group(1).replaceAll("\\s+", " "));
                if (args.length > 0 && !isPlaceholder(args[0])) {
                    found.add(new DocCommand(args, name + " (inline)"));
                }
            }
        }
        assertFalse(found.isEmpty());
        return found;
    }

    /** Lines of fenced blocks that start with {@code ./ednag} or {@code $ ./ednag}, joined over {@code \}. */
    private static List<DocCommand> fencedCommands(String text, String page) {
        List<DocCommand> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            String stripped = line.startsWith("$ ") ? line.substring(2) : line;
            if (!fenced || !stripped.startsWith("./ednag ")) {
                continue;
            }
            int lineNumber = i + 1;
            StringBuilder command = new StringBuilder(stripped.substring("./ednag ".length()));
            while (command.toString().stripTrailing().endsWith("\\") && i + 1 < lines.length) {
                String joined = command.toString().stripTrailing();
                command.setLength(0);
                command.append(joined, 0, joined.length() - 1).append(' ').append(lines[++i].strip());
            }
            found.add(new DocCommand(words(command.toString()), page + ":" + lineNumber));
        }
        return found;
    }

    /** {@code COMMAND} in "ednag COMMAND --help" stands for any command. */
    private static boolean isPlaceholder(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
    }

    /** Shell words: blanks separate, single and double quotes group, {@code #} starts a comment. */
    static String[] words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    private static String[] append(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
