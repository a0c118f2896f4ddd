package org.sanca.runtime.modules._ast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One node class of CPython 3.12's {@code ast} module as {@code nodes312.txt} lists it (what
 * {@code tools/ast/list_nodes.py} printed under CPython, the table the parser's records were
 * generated from): its name, base, docstring (the ASDL signature), fields and attributes, and
 * which fields the ASDL marks optional ({@code ?}) or a list ({@code *}).
 */
record NodeSpec(String name, String base, String doc, List<String> fields, List<String> attributes,
                Set<String> optional, Set<String> lists) {

    /** Every node class but the deprecated ones (those live in ast.py), bases before subclasses. */
    static final List<NodeSpec> ALL = load();

    /** The node classes by name. */
    static final java.util.Map<String, NodeSpec> BY_NAME = byName();

    private static java.util.Map<String, NodeSpec> byName() {
        java.util.Map<String, NodeSpec> out = new java.util.HashMap<>();
        for (NodeSpec spec : ALL) {
            out.put(spec.name(), spec);
        }
        return java.util.Map.copyOf(out);
    }

    private static List<NodeSpec> load() {
        try (InputStream in = NodeSpec.class.getResourceAsStream("nodes312.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<NodeSpec> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    NodeSpec spec = parse(line);
                    if (!spec.doc.startsWith("Deprecated")) {
                        out.add(spec);
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the ast node table is missing from the runtime", e);
        }
    }

    /** A line is "name | base | doc | fields | attributes"; the doc of a sum type holds " | " itself. */
    private static NodeSpec parse(String line) {
        String[] parts = line.split(" \\| ", -1);
        int n = parts.length;
        String doc = String.join(" | ", java.util.Arrays.asList(parts).subList(2, n - 2));
        List<String> fields = names(parts[n - 2]);
        Set<String> optional = new java.util.HashSet<>();
        Set<String> lists = new java.util.HashSet<>();
        int open = doc.indexOf('(');
        if (!doc.contains(" = ") && open > 0 && doc.endsWith(")")) {
            for (String decl : doc.substring(open + 1, doc.length() - 1).split(", ")) {
                String[] typeAndName = decl.trim().split(" ");
                if (typeAndName.length == 2) {
                    if (typeAndName[0].endsWith("?")) {
                        optional.add(typeAndName[1]);
                    } else if (typeAndName[0].endsWith("*")) {
                        lists.add(typeAndName[1]);
                    }
                }
            }
        }
        return new NodeSpec(parts[0], parts[1], doc, fields, names(parts[n - 1]), Set.copyOf(optional),
                Set.copyOf(lists));
    }

    /** The names of a Python tuple literal of strings: "('a', 'b')" or "()". */
    private static List<String> names(String tuple) {
        List<String> out = new ArrayList<>();
        for (String item : tuple.replaceAll("[()' ]", "").split(",")) {
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }
}
