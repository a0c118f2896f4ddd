package org.sanca.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PySet;

/** Single container operations stay atomic and raise nothing Java-level under concurrent use. */
class ContainerThreadsTest {
    private static final int THREADS = 4;
    private static final int EACH = 20_000;

    private static void runAll(Runnable body) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), new ArrayList<>(errors));
    }

    @Test
    void appendsAndReadsLoseNothing() throws InterruptedException {
        PyList l = new PyList();
        runAll(() -> {
            for (int i = 0; i < EACH; i++) {
                l.append(PyInt.of(i));
                Abstract.len(l);
                PyObject it = Abstract.getIter(l);
                Abstract.next(it);
                if (i % 100 == 0) {
                    Abstract.repr(l);
                }
            }
        });
        assertEquals(THREADS * EACH, l.size());
    }

    @Test
    void dictAndSetStayConsistent() throws InterruptedException {
        PyDict d = new PyDict();
        PySet s = new PySet();
        runAll(() -> {
            long id = Thread.currentThread().threadId();
            for (int i = 0; i < EACH; i++) {
                PyInt k = PyInt.of(id * 1_000_000 + i);
                d.setItem(k, k);
                s.add(k);
                if (i % 2 == 0) {
                    d.delItem(k);
                    Abstract.callMethod(s, "discard", k);
                }
            }
        });
        assertEquals(THREADS * EACH / 2, d.size());
        assertEquals(THREADS * EACH / 2, Abstract.len(s));
    }
}
