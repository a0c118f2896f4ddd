package org.sanca.cli.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expected failures of {@code conformance/xfail.txt}: one case id per line, {@code #} starts a
 * comment. The list may only shrink: a listed case that passes fails the run, and so does an
 * unlisted case that fails and a listed name that is no case.
 */
public final class XFail {
    static final String FILE = "conformance/xfail.txt";

    private final Set<String> listed;

    XFail(Collection<String> listed) {
        this.listed = new LinkedHashSet<>(listed);
    }

    public static XFail load(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new XFail(List.of());
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XFail parse(List<String> lines) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String id = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return new XFail(ids);
    }

    public boolean lists(String id) {
        return listed.contains(id);
    }

    /**
     * The verdict on one case. {@code failure} is null when it passed, else why it failed.
     */
    public Verdict judge(String id, String failure) {
        boolean expectedToFail = lists(id);
        if (failure == null) {
            return expectedToFail
                    ? Verdict.fail(id + " passes now: remove it from " + FILE)
                    : Verdict.PASS;
        }
        return expectedToFail ? Verdict.expectedFailure(failure) : Verdict.fail(failure);
    }

    /** Listed names that are no known case (renamed or deleted cases must leave the list too). */
    public Set<String> unknown(Collection<String> knownIds) {
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(knownIds);
        return unknown;
    }
}
