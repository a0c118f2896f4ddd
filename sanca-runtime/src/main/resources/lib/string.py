"""Common string constants, capwords, Template strings and the Formatter class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep (a space when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == "_" or ("a" <= c.lower() <= "z")


def _is_id_char(c):
    return _is_id_start(c) or "0" <= c <= "9"


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for a literal $.

    Placeholders are ASCII identifiers (the default idpattern); a subclass may change the delimiter.
    """

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, text, position): kind is 'text', 'escaped', 'named', 'braced' or 'invalid'."""
        s = self.template
        d = self.delimiter
        i = 0
        n = len(s)
        start = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                break
            if j > start:
                yield "text", s[start:j], start
            k = j + len(d)
            if s.startswith(d, k):
                yield "escaped", d, j
                i = start = k + len(d)
                continue
            if k < n and _is_id_start(s[k]):
                e = k + 1
                while e < n and _is_id_char(s[e]):
                    e += 1
                yield "named", s[k:e], j
                i = start = e
                continue
            if k < n and s[k] == "{" and k + 1 < n and _is_id_start(s[k + 1]):
                e = k + 2
                while e < n and _is_id_char(s[e]):
                    e += 1
                if e < n and s[e] == "}":
                    yield "braced", s[k + 1:e], j
                    i = start = e + 1
                    continue
            yield "invalid", d, k
            i = start = k
        if start < n:
            yield "text", s[start:], start

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        for kind, text, pos in self._scan():
            if kind in ("text", "escaped"):
                out.append(text)
            elif kind == "invalid":
                if not safe:
                    self._invalid(pos)
                out.append(text)
            else:
                try:
                    out.append("%s" % (mapping[text],))
                except KeyError:
                    if not safe:
                        raise
                    out.append(self.delimiter + (text if kind == "named" else "{" + text + "}"))
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(_merge(mapping, kws), True)

    def is_valid(self):
        return all(kind != "invalid" for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, _ in self._scan():
            if kind in ("named", "braced") and text not in ids:
                ids.append(text)
        return ids


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


class _ChainMap:
    """Looks a key up in the keywords first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _parse_format(format_string):
    """(literal_text, field_name, format_spec, conversion) tuples, as str.format reads the string."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == "{":
            literal.append("{")
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        depth = 1
        j = i + 1
        while j < n and depth:
            if s[j] == "{":
                depth += 1
            elif s[j] == "}":
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j - 1]
        name, conversion, spec = _split_field(field)
        yield "".join(literal), name, spec, conversion
        literal = []
        i = j
    if literal:
        yield "".join(literal), None, None, None


def _split_field(field):
    depth = 0
    k = 0
    while k < len(field):
        ch = field[k]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and ch in "!:":
            break
        k += 1
    name = field[:k]
    conversion = None
    rest = field[k:]
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, conversion, spec


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) for a field name such as 'a.b[0]'."""
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    first = name[:k]
    first = int(first) if first.isdigit() else first
    rest = []
    while k < len(name):
        if name[k] == ".":
            e = k + 1
            while e < len(name) and name[e] not in ".[":
                e += 1
            if e == k + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[k + 1:e]))
            k = e
        else:
            e = name.find("]", k)
            if e < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:e]
            if key == "":
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = e + 1
            if k < len(name) and name[k] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
