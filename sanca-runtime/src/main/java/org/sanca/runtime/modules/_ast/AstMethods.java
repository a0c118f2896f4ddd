package org.sanca.runtime.modules._ast;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyMethod;

/** The methods of {@code ast.AST} ({@code ast_type_init}, {@code ast_type_reduce} in {@code Python/Python-ast.c}). */
final class AstMethods {
    private static final PyStr FIELDS = PyStr.of("_fields");

    private AstMethods() {
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", name = "__init__")
    static void init(PyObject self, PyTuple args, PyDict kwargs) {
        PyObject declared = Abstract.lookupAttr(self.type(), FIELDS);
        PyObject[] fields = declared == null ? new PyObject[0] : PyList.fromIterable(declared).toArray();
        String type = self.type().getName();
        if (args.size() > fields.length) {
            throw PyErr.typeError("%s constructor takes at most %d positional argument%s", type, fields.length,
                    fields.length == 1 ? "" : "s");
        }
        for (int i = 0; i < args.size(); i++) {
            Abstract.setAttr(self, (PyStr) Abstract.str(fields[i]), args.get(i));
        }
        if (kwargs == null) {
            return;
        }
        for (PyObject key : kwargs.keysArray()) {
            for (int i = 0; i < args.size(); i++) {
                if (Abstract.richCompareBool(fields[i], key, org.sanca.runtime.types.CompareOp.EQ)) {
                    throw PyErr.typeError("%s got multiple values for argument '%s'", type, Abstract.str(key).value());
                }
            }
            Abstract.setAttr(self, (PyStr) key, kwargs.getItem(key));
        }
    }

    @PyMethod(value = "($self, /)", name = "__reduce__")
    static PyObject reduce(PyObject self) {
        PyDict dict = self instanceof WithDict w ? w.getDict() : null;
        if (dict != null && dict.size() > 0) {
            return PyTuple.of(self.type(), PyTuple.EMPTY, dict);
        }
        return PyTuple.of(self.type(), PyTuple.EMPTY);
    }
}
