package org.sanca.runtime.modules._weakref;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.WeakRefList;

/** What references and proxies share: the anchor to the referent and the callback to run once it dies. */
abstract class WeakBase extends PyObject {
    final WeakRefList.Anchor anchor;
    private PyObject callback;

    WeakBase(WeakRefList.Anchor anchor, PyObject callback) {
        this.anchor = anchor;
        this.callback = callback;
    }

    /** The callback to call once the referent dies (null: none or already called). */
    PyObject callback() {
        return callback;
    }

    /** Takes the callback, so it runs once. */
    synchronized PyObject takeCallback() {
        PyObject c = callback;
        callback = null;
        return c;
    }
}
