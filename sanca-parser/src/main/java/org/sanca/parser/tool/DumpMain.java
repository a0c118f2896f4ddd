package org.sanca.parser.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sanca.parser.AstDump;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;

/** Prints {@code ast.dump(ast.parse(src), include_attributes=True)} for each file named. */
public final class DumpMain {
    private DumpMain() {
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            byte[] src = Files.readAllBytes(Path.of(a));
            try {
                System.out.println(AstDump.dump(Parser.parse(src, a, Mode.EXEC), true));
            } catch (PySyntaxError e) {
                System.out.println("ERROR " + e.kind() + ": " + e.msg() + " line " + e.lineno() + " offset " + e.offset()
                    + " end " + e.endLineno() + " " + e.endOffset());
            }
        }
    }
}
