package org.sanca.parser.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sanca.parser.AstDump;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;

/**
 * Compares Sanca's AST dumps of the standard-library sources with the SHA-256 hashes of CPython's
 * dumps (recorded by tools/ast/record_stdlib.py). Usage:
 * {@code StdlibCheck ZIP-OR-DIRECTORY HASHES [--dump-dir DIR] [--only PATH]}.
 */
public final class StdlibCheck {
    private StdlibCheck() {
    }

    /** Reads a hash file: path to expected hash, in file order. */
    public static Map<String, String> readHashes(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                out.put(line.substring(sp + 1), line.substring(0, sp));
            }
        }
        return out;
    }

    /** What Sanca makes of one source, in the form record_stdlib.py hashes. */
    public static String dumpOf(byte[] src, String name) {
        try {
            return AstDump.dump(Parser.parse(src, name, Mode.EXEC), true);
        } catch (PySyntaxError e) {
            return "ERROR " + e.kind() + ": " + e.msg() + " line " + e.lineno() + " offset " + e.offset();
        }
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one source by its recorded path, or returns null when there is none. */
    public interface Sources {
        byte[] read(String path) throws IOException;
    }

    /** The sources in a zip file. */
    public static Sources zipSources(ZipFile zip) {
        return path -> {
            ZipEntry e = zip.getEntry(path);
            return e == null ? null : zip.getInputStream(e).readAllBytes();
        };
    }

    /** The paths among {@code paths} whose dump differs from the recorded hash. */
    public static List<String> mismatches(ZipFile zip, Map<String, String> hashes, List<String> paths,
                                          Path dumpDir) throws IOException {
        return mismatches(zipSources(zip), hashes, paths, dumpDir);
    }

    /** The paths among {@code paths} whose dump differs from the recorded hash. */
    public static List<String> mismatches(Sources sources, Map<String, String> hashes, List<String> paths,
                                          Path dumpDir) throws IOException {
        List<String> bad = new ArrayList<>();
        for (String path : paths) {
            byte[] src = sources.read(path);
            if (src == null) {
                bad.add(path + " (missing)");
                continue;
            }
            String dump = dumpOf(src, path);
            if (!sha256(dump).equals(hashes.get(path))) {
                bad.add(path);
                if (dumpDir != null) {
                    Files.writeString(dumpDir.resolve(path.replace("/", "__") + ".dump"), dump);
                }
            }
        }
        return bad;
    }

    public static void main(String[] args) throws IOException {
        Path dumpDir = null;
        String only = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--dump-dir")) {
                dumpDir = Path.of(args[++i]);
            } else if (args[i].equals("--only")) {
                only = args[++i];
            }
        }
        Map<String, String> hashes = readHashes(Path.of(args[1]));
        List<String> paths = new ArrayList<>(hashes.keySet());
        if (only != null) {
            paths = List.of(only);
        }
        Path root = Path.of(args[0]);
        List<String> bad;
        if (Files.isDirectory(root)) {
            bad = mismatches(path -> Files.readAllBytes(root.resolve(path)), hashes, paths, dumpDir);
        } else {
            try (ZipFile zip = new ZipFile(args[0])) {
                bad = mismatches(zip, hashes, paths, dumpDir);
            }
        }
        for (String b : bad) {
            System.out.println("DIFFERS " + b);
        }
        System.out.println((paths.size() - bad.size()) + " of " + paths.size() + " files dump as CPython 3.12 does");
        if (!bad.isEmpty()) {
            System.exit(1);
        }
    }
}
