package org.sanca.compiler;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sanca.ast.Bytes;

/**
 * The identity of a constant for de-duplication, as CPython's {@code _PyCode_ConstantKey}:
 * values of different types never merge (1, 1.0 and True stay apart), floats compare by bits
 * (0.0 and -0.0 stay apart) and bytes by content.
 */
final class ConstKey {
    private ConstKey() {
    }

    static Object of(Object value) {
        if (value instanceof CodeUnit) {
            return value;
        }
        if (value instanceof Bytes b) {
            return List.of(Bytes.class, HexFormat.of().formatHex(b.value()));
        }
        if (value instanceof ConstTuple t) {
            List<Object> items = new ArrayList<>();
            items.add(ConstTuple.class);
            for (Object item : t.items()) {
                items.add(of(item));
            }
            return items;
        }
        return List.of(value.getClass(), value);
    }
}
