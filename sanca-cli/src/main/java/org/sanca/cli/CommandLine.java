package org.sanca.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of a {@code python3} command line, parsed as {@code Python/getopt.c} and
 * {@code Python/initconfig.c} do: short options may be grouped ({@code -qui}), {@code -c},
 * {@code -m}, {@code -W}, {@code -X} take the rest of their word or the next word, and
 * {@code -c}, {@code -m}, the script name or {@code -} end the options.
 */
final class CommandLine {
    /** What the program is: {@code -c CODE}, {@code -m MODULE}, a file, or standard input. */
    enum Source { COMMAND, MODULE, FILE, STDIN }

    Source source = Source.STDIN;
    /** The code, module name or file name, per {@link #source}; null for standard input. */
    String program;
    /** True when the program is {@code -} (read from stdin even when it is a terminal). */
    boolean explicitStdin;
    final List<String> args = new ArrayList<>();
    String help;
    int version;
    boolean inspect;
    boolean quiet;
    boolean unbuffered;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean noUserSite;
    boolean noSite;
    boolean dontWriteBytecode;
    int optimize;
    boolean safePath;
    int verbose;
    int bytesWarning;
    int debug;
    boolean skipFirstLine;
    final List<String> warnOptions = new ArrayList<>();
    /** {@code -X} options in order; a name given without {@code =value} maps to null. */
    final Map<String, String> xoptions = new LinkedHashMap<>();

    private final String[] words;
    private int next;

    private CommandLine(String[] words) {
        this.words = words;
    }

    static CommandLine parse(String[] words) throws UsageError {
        CommandLine line = new CommandLine(words);
        line.parseOptions();
        line.parseProgram();
        return line;
    }

    private void parseOptions() throws UsageError {
        while (next < words.length && help == null) {
            String word = words[next];
            if (word.equals("--")) {
                next++;
                return;
            }
            if (!word.startsWith("-") || word.equals("-")) {
                return;
            }
            next++;
            if (word.startsWith("--")) {
                longOption(word);
            } else if (shortOptions(word)) {
                return;
            }
        }
    }

    private void longOption(String word) throws UsageError {
        switch (word) {
            case "--help" -> help = "usage";
            case "--help-env" -> help = "env";
            case "--help-xoptions" -> help = "xoptions";
            case "--help-all" -> help = "all";
            case "--version" -> version++;
            case "--check-hash-based-pycs" -> checkHashBasedPycs();
            default -> throw new UsageError("unknown option " + word);
        }
    }

    private void checkHashBasedPycs() throws UsageError {
        if (next >= words.length) {
            throw new UsageError("Argument expected for the --check-hash-based-pycs options");
        }
        String mode = words[next++];
        if (!mode.equals("default") && !mode.equals("always") && !mode.equals("never")) {
            throw new UsageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
    }

    /** Parses one word of grouped short options; true when it ended the option list. */
    private boolean shortOptions(String word) throws UsageError {
        for (int i = 1; i < word.length() && help == null; i++) {
            char option = word.charAt(i);
            if ("cmWX".indexOf(option) >= 0) {
                String value = i + 1 < word.length() ? word.substring(i + 1) : argumentOf(option);
                return optionWithArgument(option, value);
            }
            flag(option);
        }
        return false;
    }

    private String argumentOf(char option) throws UsageError {
        if (next >= words.length) {
            throw new UsageError("Argument expected for the -" + option + " option");
        }
        return words[next++];
    }

    private boolean optionWithArgument(char option, String value) {
        switch (option) {
            case 'c' -> {
                source = Source.COMMAND;
                program = value;
                return true;
            }
            case 'm' -> {
                source = Source.MODULE;
                program = value;
                return true;
            }
            case 'W' -> warnOptions.add(value);
            default -> xoption(value);
        }
        return false;
    }

    private void xoption(String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            xoptions.put(value, null);
        } else {
            xoptions.put(value.substring(0, eq), value.substring(eq + 1));
        }
    }

    private void flag(char option) throws UsageError {
        switch (option) {
            case 'b' -> bytesWarning++;
            case 'B' -> dontWriteBytecode = true;
            case 'd' -> debug++;
            case 'E' -> ignoreEnvironment = true;
            case 'h', '?' -> help = "usage";
            case 'i' -> inspect = true;
            case 'I' -> isolated();
            case 'O' -> optimize++;
            case 'P' -> safePath = true;
            case 'q' -> quiet = true;
            case 's' -> noUserSite = true;
            case 'S' -> noSite = true;
            case 'u' -> unbuffered = true;
            case 'v' -> verbose++;
            case 'V' -> version++;
            case 'x' -> skipFirstLine = true;
            case 'J' -> throw new UsageError("-J is reserved for Jython");
            default -> throw new UsageError("Unknown option: -" + option);
        }
    }

    private void isolated() {
        isolated = true;
        ignoreEnvironment = true;
        noUserSite = true;
        safePath = true;
    }

    private void parseProgram() {
        if (help != null) {
            return;
        }
        if (source == Source.STDIN && next < words.length) {
            String word = words[next++];
            explicitStdin = word.equals("-");
            if (!explicitStdin) {
                source = Source.FILE;
                program = word;
            }
            args.add(word);
        } else {
            args.add(switch (source) {
                case COMMAND -> "-c";
                case MODULE -> "-m";
                default -> "";
            });
        }
        while (next < words.length) {
            args.add(words[next++]);
        }
    }
}
