package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.sanca.parser.tool.StdlibCheck;

/**
 * Sanca's AST dumps of CPython 3.12's standard library equal CPython's (recorded as hashes in
 * stdlib312-ast-hashes.txt). A fixed sample runs by default; -Dsanca.stdlib.full=true runs all.
 */
class StdlibAstTest {
    private static final int SAMPLE = 60;

    @Test
    void stdlibDumpsMatchCPython() throws Exception {
        Path zipPath;
        try {
            zipPath = Oracle.stdlibZip();
        } catch (IOException e) {
            fail("cannot locate CPython 3.12's standard library via ../shared/oracle/py312 --stdlib-zip: "
                + e.getMessage());
            return;
        }
        Path hashFile = Path.of(StdlibAstTest.class.getResource("/stdlib312-ast-hashes.txt").toURI());
        Map<String, String> hashes = StdlibCheck.readHashes(hashFile);
        List<String> all = new ArrayList<>(hashes.keySet());
        List<String> paths = all;
        if (!Boolean.getBoolean("sanca.stdlib.full")) {
            paths = new ArrayList<>();
            int step = Math.max(1, all.size() / SAMPLE);
            for (int i = 0; i < all.size() && paths.size() < SAMPLE; i += step) {
                paths.add(all.get(i));
            }
        }
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            List<String> bad = StdlibCheck.mismatches(zip, hashes, paths, null);
            assertEquals(List.of(), bad, "files whose AST dump differs from CPython's "
                + "(see one with tools/ast/stdlib-check FILE)");
        }
    }
}
