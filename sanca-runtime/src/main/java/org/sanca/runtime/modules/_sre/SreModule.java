package org.sanca.runtime.modules._sre;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/**
 * {@code _sre}, the engine under the {@code re} package. Unlike CPython's (which runs code that
 * {@code re._compiler} makes), ours takes the pattern source: {@link PatternTranslator} checks
 * it with CPython's errors and rewrites it for {@link java.util.regex}. {@code re} sets
 * {@code _sre.error} to its exception class, which the engine raises.
 */
public final class SreModule implements NativeModule {
    private static final PyStr ERROR = PyStr.of("error");

    /** The instance {@link java.util.ServiceLoader} makes. */
    public SreModule() {
    }

    @Override
    public String name() {
        return "_sre";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, SreModule.class);
        d.setItem(PyStr.of("MAXREPEAT"), PyInt.of(4294967295L));
        d.setItem(PyStr.of("MAXGROUPS"), PyInt.of(Integer.MAX_VALUE / 2));
        d.setItem(PyStr.of("Pattern"), PyPattern.TYPE);
        d.setItem(PyStr.of("Match"), PyMatch.TYPE);
        d.setItem(ERROR, PyNone.NONE);
    }

    @PyMethod("($module, pattern, flags, /)")
    static PyObject compile(PyObject pattern, PyObject flagsArg) {
        boolean bytes = !(pattern instanceof PyStr);
        if (bytes && !(pattern instanceof PyBytes)) {
            throw PyErr.typeError("first argument must be string or compiled pattern");
        }
        int flags = (int) Abstract.indexValue(flagsArg);
        String source = Subject.of(pattern, bytes).text;
        PatternTranslator.Translation t;
        try {
            t = PatternTranslator.translate(source, flags, bytes);
        } catch (ReSyntax e) {
            throw error(e.getMessage(), pattern, e.position);
        }
        int f = checkFlags(t.flags(), bytes);
        int javaFlags = Pattern.UNIX_LINES;
        boolean unicode = !bytes && (f & PatternTranslator.ASCII) == 0;
        if ((f & PatternTranslator.IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
        }
        if ((f & PatternTranslator.MULTILINE) != 0) {
            javaFlags |= Pattern.MULTILINE;
        }
        if ((f & PatternTranslator.DOTALL) != 0) {
            javaFlags |= Pattern.DOTALL;
        }
        if (unicode) {
            javaFlags |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        try {
            return new PyPattern(pattern, f, t, Pattern.compile(t.javaSource(), javaFlags), bytes);
        } catch (PatternSyntaxException | StackOverflowError e) {
            throw error(e instanceof PatternSyntaxException p && p.getDescription().contains("Look-behind")
                    ? "look-behind requires fixed-width pattern" : "pattern not supported", pattern, -1);
        }
    }

    /** {@code _parser.fix_flags}: the default UNICODE flag for text, and the incompatible pairs. */
    private static int checkFlags(int f, boolean bytes) {
        if (bytes) {
            if ((f & PatternTranslator.UNICODE) != 0) {
                throw PyErr.valueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((f & PatternTranslator.LOCALE) != 0 && (f & PatternTranslator.ASCII) != 0) {
                throw PyErr.valueError("ASCII and LOCALE flags are incompatible");
            }
            return f;
        }
        if ((f & PatternTranslator.LOCALE) != 0) {
            throw PyErr.valueError("cannot use LOCALE flag with a str pattern");
        }
        if ((f & PatternTranslator.ASCII) == 0) {
            return f | PatternTranslator.UNICODE;
        }
        if ((f & PatternTranslator.UNICODE) != 0) {
            throw PyErr.valueError("ASCII and UNICODE flags are incompatible");
        }
        return f;
    }

    static Template template(PyPattern p, String repl) {
        try {
            return Template.parse(repl, p.bytes, p.groups, p.groupNames);
        } catch (ReSyntax e) {
            throw error(e.getMessage(), Subject.wrap(repl, p.bytes), e.position);
        }
    }

    /** {@code re.error(msg, pattern, pos)}, from the class {@code re} registered. */
    static PyException error(String msg, PyObject pattern, int pos) {
        PyObject module = InterpreterState.current().modules().getItem(PyStr.of("_sre"));
        PyObject cls = module == null ? null : Abstract.lookupAttr(module, ERROR);
        if (cls == null || cls == PyNone.NONE) {
            return PyErr.format(PyExc.ValueError, "%s", msg);
        }
        PyObject e = pos < 0 ? Abstract.call(cls, PyStr.of(msg))
                : Abstract.call(cls, PyStr.of(msg), pattern, PyInt.of(pos));
        return new PyException((PyBaseException) e);
    }
}
