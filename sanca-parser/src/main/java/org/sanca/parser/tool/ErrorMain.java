package org.sanca.parser.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sanca.parser.AstDump;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;

/** Prints the SyntaxError attributes for each file named, one line each, as a debugging aid. */
public final class ErrorMain {
    private ErrorMain() {
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            Path p = Path.of(a);
            String name = p.getFileName().toString();
            try {
                Parser.parse(Files.readAllBytes(p), name, Mode.EXEC);
                System.out.println(name + " NOERROR");
            } catch (PySyntaxError e) {
                System.out.println(String.join("|", name, e.kind(), AstDump.repr(e.msg()), String.valueOf(e.lineno()),
                    String.valueOf(e.offset()), String.valueOf(e.endLineno()), String.valueOf(e.endOffset()),
                    e.text() == null ? "None" : AstDump.repr(e.text())));
            }
        }
    }
}
