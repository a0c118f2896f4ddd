package org.sanca.runtime.modules._socket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The services database ({@code /etc/services}, what {@code getservbyname} reads): a name, its
 * port and protocol, and aliases. Read once, on first use.
 */
final class Services {
    private record Entry(String name, List<String> aliases, int port, String proto) {
    }

    private static volatile List<Entry> entries;

    private Services() {
    }

    private static List<Entry> entries() {
        List<Entry> e = entries;
        if (e == null) {
            e = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(Path.of("/etc/services"))) {
                    int hash = line.indexOf('#');
                    String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                    int slash = f.length < 2 ? -1 : f[1].indexOf('/');
                    if (slash <= 0) {
                        continue;
                    }
                    e.add(new Entry(f[0], List.of(f).subList(2, f.length), Integer.parseInt(f[1].substring(0, slash)),
                            f[1].substring(slash + 1)));
                }
            } catch (IOException | NumberFormatException ignored) {
                // no database: every lookup fails, as with an empty file
            }
            entries = e;
        }
        return e;
    }

    /** The port of service {@code name} over {@code proto} (null: any), or null. */
    static Integer port(String name, String proto) {
        for (Entry e : entries()) {
            if ((proto == null || proto.equals(e.proto)) && (e.name.equals(name) || e.aliases.contains(name))) {
                return e.port;
            }
        }
        return null;
    }

    /** The name of the service at {@code port} over {@code proto} (null: any), or null. */
    static String name(int port, String proto) {
        for (Entry e : entries()) {
            if (e.port == port && (proto == null || proto.equals(e.proto))) {
                return e.name;
            }
        }
        return null;
    }
}
