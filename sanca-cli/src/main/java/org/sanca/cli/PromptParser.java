package org.sanca.cli;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How JLine sees a line of Python: never incomplete (the prompt decides that with Python's own
 * grammar), no quoting or escapes, and for completion one word, the text before the cursor after
 * the last of readline's word delimiters, which is what {@code rlcompleter} completes.
 */
final class PromptParser implements Parser {
    /** GNU readline's delimiters as CPython's {@code readline} module sets them: not {@code .} nor {@code _}. */
    private static final String DELIMITERS = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = cursor;
        while (start > 0 && DELIMITERS.indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        return new Parsed(line, cursor, line.substring(start, cursor));
    }

    /** A line parsed into one word, the one being completed. */
    private record Parsed(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
