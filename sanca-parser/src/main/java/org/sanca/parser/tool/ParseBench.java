package org.sanca.parser.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sanca.ast.Mod;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/**
 * Parses every .py file of a standard-library zip, several rounds in one process (the first ones
 * warm the JIT), and prints each round's time and the best. Usage: {@code ParseBench ZIP ROUNDS [SKIPFILE]}.
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[1]);
        Set<String> skip = new HashSet<>();
        if (args.length > 2) {
            skip.addAll(Files.readAllLines(Path.of(args[2])));
        }
        List<String> names = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        try (ZipFile zip = new ZipFile(args[0])) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (ZipEntry e : entries) {
                if (e.getName().endsWith(".py") && !skip.contains(e.getName())) {
                    byte[] src = zip.getInputStream(e).readAllBytes();
                    names.add(e.getName());
                    sources.add(src);
                    bytes += src.length;
                }
            }
        }
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < sources.size(); i++) {
                Mod m = Parser.parse(sources.get(i), names.get(i), Mode.EXEC);
                sink += m.hashCode() & 1;
            }
            double dt = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, dt);
            System.out.printf("sanca round %d: %.1f ms%n", r + 1, dt * 1000);
        }
        System.out.printf("best %.6f %d %d %d%n", best, sources.size(), bytes, sink & 0);
    }
}
