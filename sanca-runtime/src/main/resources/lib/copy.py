"""Sanca's copy module: copy(x) makes a shallow copy, deepcopy(x) a deep one.

A value is copied by the first of these that applies: a per-type entry in this
module's own tables, the class's __copy__ or the object's __deepcopy__,
copyreg's dispatch table, and finally the object's reduce protocol
(__reduce_ex__(4), else __reduce__), whose recipe is then replayed.
"""

import types
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _reduction(x, cls, which):
    """The reduce recipe for x, or raise Error when there is none."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    reducer = getattr(x, "__reduce_ex__", None)
    if reducer is not None:
        return reducer(4)
    reducer = getattr(x, "__reduce__", None)
    if not reducer:
        raise Error("un(%s)copyable object of type %s" % (which, cls))
    return reducer()


def copy(x):
    """Return a shallow copy of x: a new container holding the same items."""
    cls = type(x)
    special = _copy_dispatch.get(cls)
    if special:
        return special(x)
    if issubclass(cls, type):
        return x
    own = getattr(cls, "__copy__", None)
    if own is not None:
        return own(x)
    recipe = _reduction(x, cls, "shallow")
    if isinstance(recipe, str):
        return x
    return _reconstruct(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x, copying what it holds recursively.

    memo maps id(original) to its copy, so shared and cyclic structure is
    reproduced rather than duplicated.
    """
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    special = _deepcopy_dispatch.get(cls)
    if special is not None:
        result = special(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        own = getattr(x, "__deepcopy__", None)
        if own is not None:
            result = own(memo)
        else:
            recipe = _reduction(x, cls, "deep")
            result = x if isinstance(recipe, str) else _reconstruct(x, memo, *recipe)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    """Hold x in the memo so its id cannot be reused while the copy runs."""
    memo.setdefault(id(memo), []).append(x)


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    fresh = []
    memo[id(x)] = fresh
    fresh.extend(deepcopy(item, memo) for item in x)
    return fresh


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # A cycle through x may already have produced its copy.
    already = memo.get(id(x))
    if already is not None:
        return already
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    fresh = {}
    memo[id(x)] = fresh
    for k, v in x.items():
        # The key is copied before the value, as CPython does.
        k = deepcopy(k, memo)
        fresh[k] = deepcopy(v, memo)
    return fresh


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _build_tables():
    try:
        from weakref import ref as weak_ref
    except ImportError:
        weak_ref = None
    shared = [types.NoneType, int, float, bool, complex, str, bytes, type, range,
              property, types.BuiltinFunctionType, types.EllipsisType,
              types.NotImplementedType, types.FunctionType, types.CodeType]
    if weak_ref is not None:
        shared.append(weak_ref)
    shallow = {t: _copy_immutable for t in shared + [tuple, frozenset, slice]}
    shallow.update({list: list.copy, dict: dict.copy, set: set.copy,
                    bytearray: bytearray.copy})
    deep = {t: _deepcopy_atomic for t in shared}
    deep.update({list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                 types.MethodType: _deepcopy_method})
    return shallow, deep


def _copy_immutable(x):
    return x


_copy_dispatch, _deepcopy_dispatch = _build_tables()
del _build_tables


def _apply_state(y, state):
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    """Replay a reduce recipe; with a memo, every part is deep-copied first."""
    if memo is None:
        def part(v):
            return v
    else:
        def part(v):
            return deepcopy(v, memo)
    if memo is not None and args:
        args = part(args)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, part(state))
    if listiter is not None:
        for item in listiter:
            y.append(part(item))
    if dictiter is not None:
        for k, v in dictiter:
            k = part(k)
            y[k] = part(v)
    return y
