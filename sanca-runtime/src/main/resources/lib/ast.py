"""Abstract syntax trees of Python source.

parse() turns source text into a tree of node objects (the classes come from
the _ast module, one per node kind of Python's grammar); compile() accepts such
a tree back. This module adds the helpers to inspect and rewrite trees: dump,
walk, the visitor classes, location fixing, literal_eval and unparse.

Sanca's implementation.
"""

import sys
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse source into a tree of nodes (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}; only 3 is supported")
    else:
        minor = feature_version
    return compile(source, filename, mode, flags, _feature_version=minor)


# ---------------------------------------------------------------- literal_eval

def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display:
    strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None and Ellipsis."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def _malformed(node):
    message = "malformed node or string"
    line = getattr(node, 'lineno', None)
    if line:
        message += f' on line {line}'
    raise ValueError(message + f': {node!r}')


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return value if isinstance(node.op, UAdd) else -value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(item) for item in node.elts)
    if isinstance(node, List):
        return [_literal(item) for item in node.elts]
    if isinstance(node, Set):
        return {_literal(item) for item in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(key): _literal(value) for key, value in zip(node.keys, node.values)}
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _literal_signed(node.left)
        right = _literal_number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
        _malformed(node)
    return _literal_signed(node)


# ---------------------------------------------------------------- dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted text of a tree, for debugging. Fields left at their default None are
    omitted; with indent (a number of spaces or a string) nested nodes go on lines of
    their own."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {node.__class__.__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _dump(node, 0, annotate_fields, include_attributes, indent)[0]


def _dump(node, level, annotate, attributes, indent):
    """(text, whether it is simple enough to stay on the caller's line)."""
    if indent is not None:
        level += 1
        opening = '\n' + indent * level
        separator = ',\n' + indent * level
    else:
        opening = ''
        separator = ', '
    if isinstance(node, AST):
        cls = type(node)
        shown = []
        simple = True
        named = annotate
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, plain = _dump(value, level, annotate, attributes, indent)
            simple = simple and plain
            shown.append(f'{name}={text}' if named else text)
        if attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, plain = _dump(value, level, annotate, attributes, indent)
                simple = simple and plain
                shown.append(f'{name}={text}')
        if simple and len(shown) <= 3:
            return f"{cls.__name__}({', '.join(shown)})", not shown
        return f'{cls.__name__}({opening}{separator.join(shown)})', False
    if isinstance(node, list):
        if not node:
            return '[]', True
        items = separator.join(_dump(item, level, annotate, attributes, indent)[0] for item in node)
        return f'[{opening}{items}]', False
    return repr(node), True


# ---------------------------------------------------------------- locations

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node; returns new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith("end_")):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking positions those of its parent (the root getting line 1,
    column 0), as compile() needs them; returns node."""
    # Start positions count as missing when absent, end positions also when None.
    inherited = {'lineno': 1, 'col_offset': 0, 'end_lineno': 1, 'end_col_offset': 0}
    pending = [(node, inherited)]
    while pending:
        current, outer = pending.pop()
        mine = dict(outer)
        for name in _POSITIONS:
            if name not in current._attributes:
                continue
            value = getattr(current, name, None)
            if value is None and (name.startswith('end_') or not hasattr(current, name)):
                setattr(current, name, outer[name])
            else:
                mine[name] = value
        pending.extend((child, mine) for child in iter_child_nodes(current))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants; returns node."""
    for child in walk(node):
        # A TypeIgnore's line number is a field, not an attribute.
        if isinstance(child, TypeIgnore) or 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if isinstance(child, TypeIgnore):
            continue
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


# ---------------------------------------------------------------- traversal

def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """node and all its descendants, breadth first (order otherwise unspecified)."""
    pending = [node]
    while pending:
        current = pending.pop(0)
        pending.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, cleaned up with
    inspect.cleandoc() unless clean is false; None when it has none."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{node.__class__.__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _lines_keeping_ends(source):
    """Split at \\r\\n, \\n and \\r only (not at the form feeds str.splitlines() knows)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == '\r' or ch == '\n':
            end = i + 2 if ch == '\r' and source[i + 1:i + 2] == '\n' else i + 1
            lines.append(source[start:end])
            start = i = end
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None without positions. With
    padded, the first line keeps its indentation (as spaces, tabs kept)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines_keeping_ends(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    padding = ''
    if padded:
        before = lines[first_line].encode()[:start].decode()
        padding = ''.join(ch if ch in '\f\t' else ' ' for ch in before)
    head = padding + lines[first_line].encode()[start:].decode()
    tail = lines[last_line].encode()[:end].decode()
    return ''.join([head] + lines[first_line + 1:last_line] + [tail])


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) for each node that has such a method,
    generic_visit(node) (which visits the children) for the others."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        old_name = _OLD_CONSTANT_VISITORS.get(type(value))
        if old_name is None and value is ...:
            old_name = 'Ellipsis'
        if old_name is not None:
            handler = getattr(self, 'visit_' + old_name, None)
            if handler is not None:
                import warnings
                warnings.warn(f"{'visit_' + old_name} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return handler(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node: the node itself
    to keep it, None to remove it, a list of nodes (in a list field) to put several there."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old[:] = kept
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


# ---------------------------------------------------------------- deprecated node classes

_UNUSED = "Deprecated AST node class.  Unused in Python 3."


class slice(AST):
    __doc__ = "Deprecated AST node class."


class Index(slice):
    __doc__ = "Deprecated AST node class. Use the index value directly instead."

    def __new__(cls, value, **ignored):
        return value


class ExtSlice(slice):
    __doc__ = "Deprecated AST node class. Use ast.Tuple instead."

    def __new__(cls, dims=(), **positions):
        return Tuple(elts=list(dims), ctx=Load(), **positions)


class Suite(mod):
    __doc__ = _UNUSED


class AugLoad(expr_context):
    __doc__ = _UNUSED


class AugStore(expr_context):
    __doc__ = _UNUSED


class Param(expr_context):
    __doc__ = _UNUSED


def _warn_removed(name, replacement):
    import warnings
    warnings.warn(f"{name} is deprecated and will be removed in Python 3.14; use {replacement} instead",
                  DeprecationWarning, stacklevel=3)


class _OldConstantMeta(type):
    """Makes isinstance(Constant(1), Num) true, as the classes Constant replaced were."""

    def __instancecheck__(cls, instance):
        if cls in _OLD_CONSTANT_TYPES:
            if not isinstance(instance, Constant):
                return False
            try:
                value = instance.value
            except AttributeError:
                return False
            kinds = _OLD_CONSTANT_TYPES[cls]
            return isinstance(value, kinds) and not (cls is _Num and isinstance(value, bool))
        return type.__instancecheck__(cls, instance)


def _old_constant_new(cls, *args, **kwargs):
    _warn_removed(f"ast.{cls.__name__}", "ast.Constant")
    if cls is _Ellipsis:
        return Constant(value=..., *args, **kwargs)
    fields = cls._fields
    if len(args) > len(fields):
        raise TypeError(f"{cls.__name__} constructor takes at most {len(fields)} "
                        f"positional argument{'s' if len(fields) != 1 else ''}")
    for name, value in zip(fields, args):
        if name in kwargs:
            raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
        kwargs[name] = value
    for name in fields:
        if name in kwargs and name not in Constant._fields:
            kwargs['value'] = kwargs.pop(name)
    return Constant(**kwargs)


def _make_old_constant(name, fields):
    cls = _OldConstantMeta(name, (Constant,), {
        '__module__': 'ast', '_fields': fields, '__new__': _old_constant_new,
        '__doc__': 'Deprecated AST node class. Use ast.Constant instead'})
    return cls


_Num = _make_old_constant('Num', ('n',))
_Str = _make_old_constant('Str', ('s',))
_Bytes = _make_old_constant('Bytes', ('s',))
_NameConstant = _make_old_constant('NameConstant', ('value', 'kind'))
_Ellipsis = _make_old_constant('Ellipsis', ())

_OLD_CONSTANT_TYPES = {
    _Num: (int, float, complex),
    _Str: (str,),
    _Bytes: (bytes,),
    _NameConstant: (type(None), bool),
    _Ellipsis: (type(...),),
}
_OLD_CONSTANT_VISITORS = {int: 'Num', float: 'Num', complex: 'Num', str: 'Str', bytes: 'Bytes',
                          bool: 'NameConstant', type(None): 'NameConstant'}
_OLD_CLASSES = {'Num': _Num, 'Str': _Str, 'Bytes': _Bytes, 'NameConstant': _NameConstant,
                'Ellipsis': _Ellipsis}


def _old_value_property(name):
    def get(self):
        _warn_removed(f"Attribute {name}", "value")
        return self.value

    def set(self, value):
        _warn_removed(f"Attribute {name}", "value")
        self.value = value
    return property(get, set)


Constant.n = _old_value_property('n')
Constant.s = _old_value_property('s')


def __getattr__(name):
    if name == '_Unparser':
        from _ast_unparse import Unparser
        return Unparser
    if name in _OLD_CLASSES:
        _warn_removed(f"ast.{name}", "ast.Constant")
        return _OLD_CLASSES[name]
    raise AttributeError(f"module 'ast' has no attribute {name!r}")


# ---------------------------------------------------------------- unparse

def unparse(ast_obj):
    """Source text that parses back to an equivalent tree (formatting and comments are
    not kept)."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main():
    """python -m ast [file]: print the dump of a file's tree (standard input by default)."""
    import argparse
    options = argparse.ArgumentParser(prog='python -m ast')
    options.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                         help='source file (standard input if left out)')
    options.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'),
                         help='what the source is parsed as')
    options.add_argument('--no-type-comments', dest='type_comments', default=True, action='store_false',
                         help='leave type comments out of the tree')
    options.add_argument('-a', '--include-attributes', dest='attributes', action='store_true',
                         help='show positions (line numbers, column offsets) too')
    options.add_argument('-i', '--indent', type=int, default=3,
                         help='spaces per nesting level')
    chosen = options.parse_args()
    with chosen.infile as stream:
        text = stream.read()
    tree = parse(text, chosen.infile.name, chosen.mode, type_comments=chosen.type_comments)
    print(dump(tree, include_attributes=chosen.attributes, indent=chosen.indent))


if __name__ == '__main__':
    main()
