"""The standard codecs: a package of codec modules and the search function that finds them.

Importing the package registers search_function with the codec registry. An encoding name is
normalized (normalize_encoding), mapped through encodings.aliases, and the module of that name
in this package gives the codec through its getregentry().
"""

import codecs
import sys
from . import aliases

_cache = {}
_unknown = "--unknown--"
_import_tail = ["*"]
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Collapses each run of characters other than ASCII letters, digits and '.' into one '_'
    (none at either end)."""
    if type(encoding) is bytes:
        encoding = encoding.decode("ascii")
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if gap and out:
                out.append("_")
            if c.isascii():
                out.append(c)
            gap = False
        else:
            gap = True
    return "".join(out)


def _module_for(names):
    for name in names:
        if not name or "." in name:
            continue
        try:
            return __import__("encodings." + name, fromlist=_import_tail, level=0)
        except ImportError:
            pass
    return None


def _as_codec_info(entry, module):
    if isinstance(entry, codecs.CodecInfo):
        return entry
    if not 4 <= len(entry) <= 7:
        raise CodecRegistryError("module \"%s\" (%s) failed to register"
                                 % (module.__name__, module.__file__))
    for i, part in enumerate(entry[:6]):
        if (i < 2 or part is not None) and not callable(part):
            raise CodecRegistryError("incompatible codecs in module \"%s\" (%s)"
                                     % (module.__name__, module.__file__))
    if len(entry) < 7 or entry[6] is None:
        entry = entry[:6] + (None,) * (6 - len(entry[:6])) + (module.__name__.split(".", 1)[1],)
    return codecs.CodecInfo(*entry)


def search_function(encoding):
    found = _cache.get(encoding, _unknown)
    if found is not _unknown:
        return found
    norm = normalize_encoding(encoding)
    alias = _aliases.get(norm) or _aliases.get(norm.replace(".", "_"))
    names = [alias, norm] if alias is not None else [norm]
    module = _module_for(names)
    if module is None:
        from . import _codepage
        info = _codepage.lookup(alias or norm)
        _cache[encoding] = info
        return info
    getregentry = getattr(module, "getregentry", None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    info = _as_codec_info(getregentry(), module)
    _cache[encoding] = info
    try:
        extra = module.getaliases()
    except AttributeError:
        pass
    else:
        for name in extra:
            if name not in _aliases:
                _aliases[name] = module.__name__.split(".", 1)[1]
    return info


codecs.register(search_function)
