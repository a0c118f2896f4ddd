package org.sanca.runtime.modules._random;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code _random.Random} ({@code RandomObject} in {@code Modules/_randommodule.c}): the state
 * of a Mersenne Twister and the few primitives {@code random.Random} builds on. Each call holds
 * the object's lock, so threads sharing a generator never corrupt its state.
 */
public class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin("_random.Random", PyRandom.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = PyRandom::newRandom;
        t.tp_init = PyRandom::init;
    });

    static {
        TYPE.setQualname("Random");
    }

    private static final BigInteger WORD = BigInteger.ONE.shiftLeft(64);

    private final MersenneTwister mt = new MersenneTwister();

    PyRandom() {
        mt.seedWord(19650218);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newRandom(PyObject type, PyObject[] args, String[] kwnames) {
        if (type == TYPE) {
            if (kwnames != null && kwnames.length > 0) {
                throw PyErr.typeError("Random() takes no keyword arguments");
            }
            PyRandom r = new PyRandom();
            init(r, args, kwnames);
            return r;
        }
        return new PyRandomDerived((PyType) type);
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        if (self.type() == TYPE && kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("Random() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("Random() expected at most 1 argument, got %d", args.length);
        }
        ((PyRandom) self).seed(args.length == 1 ? args[0] : PyNone.NONE);
        return PyNone.NONE;
    }

    @PyMethod("($self, n=None, /)")
    public synchronized void seed(PyObject n) {
        if (n == null || n == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            SecureRandom source = new SecureRandom();
            for (int i = 0; i < key.length; i++) {
                key[i] = source.nextInt();
            }
            mt.seedArray(key, key.length);
            return;
        }
        BigInteger value;
        if (n instanceof PyInt i) {
            value = i.bigValue().abs();
        } else {
            value = BigInteger.valueOf(Abstract.hash(n));
            if (value.signum() < 0) {
                value = value.add(WORD);
            }
        }
        mt.seedInteger(value);
    }

    @PyMethod("($self, /)")
    public synchronized PyObject random() {
        return PyFloat.of(mt.nextDouble());
    }

    @PyMethod("($self, k, /)")
    public PyObject getrandbits(PyObject k) {
        if (k instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        long bits = Abstract.indexValue(k);
        if (bits < 0) {
            throw PyErr.valueError("number of bits must be non-negative");
        }
        if (bits > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        synchronized (this) {
            if (bits == 0) {
                return PyInt.of(0);
            }
            if (bits <= 32) {
                return PyInt.of((mt.next() & 0xffffffffL) >>> (32 - bits));
            }
            return PyInt.of(mt.bits((int) bits));
        }
    }

    @PyMethod("($self, /)")
    public synchronized PyObject getstate() {
        PyObject[] items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            items[i] = PyInt.of(mt.state[i] & 0xffffffffL);
        }
        items[MersenneTwister.N] = PyInt.of(mt.index);
        return PyTuple.of(items);
    }

    @PyMethod("($self, state, /)")
    public void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw PyErr.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) {
            words[i] = unsignedWord(t.get(i));
        }
        long index = Abstract.indexValue(t.get(MersenneTwister.N));
        if (index < 0 || index > MersenneTwister.N) {
            throw PyErr.valueError("invalid state");
        }
        synchronized (this) {
            System.arraycopy(words, 0, mt.state, 0, words.length);
            mt.index = (int) index;
        }
    }

    /** {@code PyLong_AsUnsignedLong} truncated to the 32 bits the generator keeps. */
    private static int unsignedWord(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        BigInteger v = i.bigValue();
        if (v.signum() < 0) {
            throw PyErr.format(PyExc.OverflowError, "can't convert negative int to unsigned");
        }
        if (v.bitLength() > 64) {
            throw PyErr.format(PyExc.OverflowError, "int too big to convert");
        }
        return v.intValue();
    }
}
