package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses each invalid program of conformance/syntax and checks the error against the traceback
 * CPython 3.12 printed for it (X.err): class, message, line, and the caret's offset and width.
 */
class SyntaxCorpusTest {

    /** What the last lines of a recorded SyntaxError traceback say. */
    record Expected(String kind, String msg, int lineno, int caretStart, int caretWidth) {
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Path dir = Oracle.repoRoot().resolve("conformance/syntax");
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(cases.size() >= 150, "expected at least 150 cases in " + dir + ", found " + cases.size());
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path py) throws IOException {
        String stem = py.getFileName().toString().replaceFirst("\\.py$", "");
        Path errFile = py.resolveSibling(stem + ".err");
        if (!Files.exists(errFile)) {
            fail("no recorded " + errFile.getFileName());
        }
        Expected want = parseErr(Files.readAllLines(errFile, StandardCharsets.UTF_8));
        byte[] src = Files.readAllBytes(py);
        PySyntaxError got;
        try {
            Parser.parse(src, py.getFileName().toString(), Mode.EXEC);
            fail("parsed without error; CPython says " + want.kind() + ": " + want.msg());
            return;
        } catch (PySyntaxError e) {
            got = e;
        }
        String where = " (got " + got.kind() + ": " + got.msg() + " at line " + got.lineno() + " offset "
            + got.offset() + "-" + got.endLineno() + ":" + got.endOffset() + ")";
        assertEquals(want.kind() + ": " + want.msg(), got.kind() + ": " + got.msg(), "error" + where);
        assertEquals(want.lineno(), got.lineno(), "line" + where);
        if (want.caretStart() >= 0) {
            int[] caret = caret(got);
            assertEquals(want.caretStart(), caret[0], "caret column" + where);
            assertEquals(want.caretWidth(), caret[1], "caret width" + where);
        }
    }

    /**
     * The caret CPython's display of an uncaught SyntaxError draws for {@code e}: its column in the
     * stripped line and its width, or {-1, 0} when none is drawn. An IndentationError (and TabError)
     * gets a single caret whatever its range, as the recordings show.
     */
    static int[] caret(PySyntaxError e) {
        String text = e.text();
        if (text == null) {
            return new int[] {-1, 0};
        }
        int offset = e.offset();
        int endOffset = e.endLineno() > e.lineno() || e.endOffset() <= 0 ? -1 : e.endOffset();
        int lead = 0;
        while (lead < text.length() && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t'
                || text.charAt(lead) == '\f')) {
            lead++;
        }
        String stripped = text.substring(lead).stripTrailing();
        int start = offset - 1 - lead;
        if (start < 0) {
            return new int[] {-1, 0};
        }
        int len = stripped.length();
        start = Math.min(start, len);
        int end = endOffset < 0 ? start + 1 : Math.min(endOffset - 1 - lead, len + 1);
        int width = e.kind().equals("SyntaxError") ? Math.max(1, end - start) : 1;
        return new int[] {start, width};
    }

    static Expected parseErr(List<String> lines) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        String summary = lines.get(last);
        int colon = summary.indexOf(": ");
        String kind = colon < 0 ? summary : summary.substring(0, colon);
        String msg = colon < 0 ? "" : summary.substring(colon + 2);
        int fileLine = last - 1;
        while (fileLine >= 0 && !lines.get(fileLine).startsWith("  File \"")) {
            fileLine--;
        }
        String f = lines.get(fileLine);
        int lineno = Integer.parseInt(f.substring(f.lastIndexOf("line ") + 5).trim());
        int caretStart = -1;
        int caretWidth = 0;
        if (last - fileLine == 3) {
            String caret = lines.get(last - 1);
            int first = caret.indexOf('^');
            if (first >= 0) {
                caretStart = first - 4;
                caretWidth = caret.lastIndexOf('^') - first + 1;
            }
        }
        return new Expected(kind, msg, lineno, caretStart, caretWidth);
    }
}
