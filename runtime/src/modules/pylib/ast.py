"""Abstract syntax trees, as CPython 3.11's `ast` module gives them.

Reap's parser builds the tree; `compile(source, filename, mode, PyCF_ONLY_AST)` hands it
over as the node classes below, with CPython's fields, positions (UTF-8 byte columns) and
optional fields. Written for Reap, following the module's documentation.

Differences from CPython: `compile()` of a tree (and so `exec`/`eval` of one) goes through
`unparse`, so the code's line numbers are those of the unparsed text; `type_comments` and
`feature_version` are accepted and ignored.
"""

import sys as _sys

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

# Every node class: `Name base[ @]: field field?`, `@` for the classes with positions, `?`
# for the optional fields (None on the class, left out of `dump`).
_NODES = """
    mod AST:
    Module mod: body type_ignores
    Interactive mod: body
    Expression mod: body
    FunctionType mod: argtypes returns
    stmt AST @:
    FunctionDef stmt @: name args body decorator_list returns? type_comment?
    AsyncFunctionDef stmt @: name args body decorator_list returns? type_comment?
    ClassDef stmt @: name bases keywords body decorator_list
    Return stmt @: value?
    Delete stmt @: targets
    Assign stmt @: targets value type_comment?
    AugAssign stmt @: target op value
    AnnAssign stmt @: target annotation value? simple
    For stmt @: target iter body orelse type_comment?
    AsyncFor stmt @: target iter body orelse type_comment?
    While stmt @: test body orelse
    If stmt @: test body orelse
    With stmt @: items body type_comment?
    AsyncWith stmt @: items body type_comment?
    Match stmt @: subject cases
    Raise stmt @: exc? cause?
    Try stmt @: body handlers orelse finalbody
    TryStar stmt @: body handlers orelse finalbody
    Assert stmt @: test msg?
    Import stmt @: names
    ImportFrom stmt @: module? names level?
    Global stmt @: names
    Nonlocal stmt @: names
    Expr stmt @: value
    Pass stmt @:
    Break stmt @:
    Continue stmt @:
    expr AST @:
    BoolOp expr @: op values
    NamedExpr expr @: target value
    BinOp expr @: left op right
    UnaryOp expr @: op operand
    Lambda expr @: args body
    IfExp expr @: test body orelse
    Dict expr @: keys values
    Set expr @: elts
    ListComp expr @: elt generators
    SetComp expr @: elt generators
    DictComp expr @: key value generators
    GeneratorExp expr @: elt generators
    Await expr @: value
    Yield expr @: value?
    YieldFrom expr @: value
    Compare expr @: left ops comparators
    Call expr @: func args keywords
    FormattedValue expr @: value conversion format_spec?
    JoinedStr expr @: values
    Constant expr @: value kind?
    Attribute expr @: value attr ctx
    Subscript expr @: value slice ctx
    Starred expr @: value ctx
    Name expr @: id ctx
    List expr @: elts ctx
    Tuple expr @: elts ctx
    Slice expr @: lower? upper? step?
    expr_context AST:
    Load expr_context:
    Store expr_context:
    Del expr_context:
    boolop AST:
    And boolop:
    Or boolop:
    operator AST:
    Add operator:
    Sub operator:
    Mult operator:
    MatMult operator:
    Div operator:
    Mod operator:
    Pow operator:
    LShift operator:
    RShift operator:
    BitOr operator:
    BitXor operator:
    BitAnd operator:
    FloorDiv operator:
    unaryop AST:
    Invert unaryop:
    Not unaryop:
    UAdd unaryop:
    USub unaryop:
    cmpop AST:
    Eq cmpop:
    NotEq cmpop:
    Lt cmpop:
    LtE cmpop:
    Gt cmpop:
    GtE cmpop:
    Is cmpop:
    IsNot cmpop:
    In cmpop:
    NotIn cmpop:
    comprehension AST: target iter ifs is_async
    excepthandler AST @:
    ExceptHandler excepthandler @: type? name? body
    arguments AST: posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
    arg AST @: arg annotation? type_comment?
    keyword AST @: arg? value
    alias AST @: name asname?
    withitem AST: context_expr optional_vars?
    match_case AST: pattern guard? body
    pattern AST @:
    MatchValue pattern @: value
    MatchSingleton pattern @: value
    MatchSequence pattern @: patterns
    MatchMapping pattern @: keys patterns rest?
    MatchClass pattern @: cls patterns kwd_attrs kwd_patterns
    MatchStar pattern @: name?
    MatchAs pattern @: pattern? name?
    MatchOr pattern @: patterns
    type_ignore AST:
    TypeIgnore type_ignore: lineno tag
"""

_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(
                f"{type(self).__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}"
            )
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[: len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        state = getattr(self, "__dict__", None)
        if state:
            return type(self), (), state
        return type(self), ()


AST.__module__ = "ast"


def _make_nodes():
    made = {"AST": AST}
    for line in _NODES.strip().splitlines():
        head, _, fields = line.partition(":")
        name, base, *positioned = head.split()
        fields = fields.split()
        ns = {
            "__module__": "ast",
            "_fields": tuple(f.rstrip("?") for f in fields),
            "__match_args__": tuple(f.rstrip("?") for f in fields),
        }
        for f in fields:
            if f.endswith("?"):
                ns[f[:-1]] = None
        if positioned:
            ns["_attributes"] = _POSITIONS
            if base != "pattern" and name != "pattern":
                ns["end_lineno"] = None
                ns["end_col_offset"] = None
        made[name] = type(name, (made[base],), ns)
    return made


globals().update(_make_nodes())


# The names deprecated since 3.8: constructors that make `Constant`s, and `isinstance`
# checks that look at a `Constant`'s value.
class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            else:
                return isinstance(value, _const_types[cls]) and not isinstance(
                    value, _const_types_not.get(cls, ())
                )
        return type.__instancecheck__(cls, inst)


def _deprecated_new(cls, *args, **kwargs):
    given = cls._fields[: len(args)]
    for key in kwargs:
        if key in given:
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ("n",)
    __new__ = _deprecated_new


class Str(Constant, metaclass=_ABC):
    _fields = ("s",)
    __new__ = _deprecated_new


class Bytes(Constant, metaclass=_ABC):
    _fields = ("s",)
    __new__ = _deprecated_new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _deprecated_new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {Num: (bool,)}
_const_node_type_names = {
    bool: "NameConstant",
    type(None): "NameConstant",
    int: "Num",
    float: "Num",
    complex: "Num",
    str: "Str",
    bytes: "Bytes",
    type(...): "Ellipsis",
}


def _constant_n(self):
    return self.value


def _constant_set_n(self, value):
    self.value = value


Constant.n = property(_constant_n, _constant_set_n)
Constant.s = property(_constant_n, _constant_set_n)


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_getter(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _dims_setter(self, value):
    self.elts = value


Tuple.dims = property(_dims_getter, _dims_setter)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _cls in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param, Num, Str, Bytes, NameConstant, Ellipsis):
    _cls.__module__ = "ast"
del _cls


def _from_dump(text, mode="exec"):
    """The tree `compile(..., PyCF_ONLY_AST)` hands over: Reap's parser writes it as
    `dump(tree, include_attributes=True)` would, and the node classes read it back."""
    tree = eval(text, _BUILD_NAMESPACE)
    if mode == "single":
        return Interactive(body=tree.body)
    return tree


_MODE_NODES = {"exec": "Module", "eval": "Expression", "single": "Interactive"}


def _source_of_tree(tree, mode, only_ast):
    """For `compile()` given a tree: the tree itself with PyCF_ONLY_AST, else its source."""
    if not isinstance(tree, AST):
        raise TypeError(f"expected an AST, got {type(tree).__name__}")
    want = _MODE_NODES.get(mode)
    if want is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, globals()[want]):
        raise TypeError(f"expected {want} node, got {type(tree).__name__}")
    if only_ast:
        return tree
    if mode == "eval":
        return unparse(tree.body)
    return unparse(tree)


_BUILD_NAMESPACE = {name: value for name, value in globals().items() if isinstance(value, type) and issubclass(value, AST)}
_BUILD_NAMESPACE.update({"__builtins__": {}, "Ellipsis": ..., "inf": float("inf"), "infj": complex(0, float("inf"))})


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False, feature_version=None):
    """Parse the source into an AST node: compile(source, filename, mode, PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal: strings, bytes,
    numbers, tuples, lists, dicts, sets, booleans and None."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode="eval")
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


def _malformed(node):
    where = getattr(node, "lineno", None)
    msg = "malformed node or string"
    if where:
        msg += f" on line {where}"
    raise ValueError(f"{msg}: {node!r}")


def _number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _signed_number(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(e) for e in node.elts)
    if isinstance(node, List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, Set):
        return {_literal(e) for e in node.elts}
    if isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "set" and node.args == node.keywords == []:
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return dict(zip(map(_literal, node.keys), map(_literal, node.values)))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        # Complex literals: a real part, then an imaginary one.
        left = _signed_number(node.left)
        right = _number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _signed_number(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in node, for debugging: field names and values
    (positions too with include_attributes), on one line or indented."""
    if not isinstance(node, AST):
        raise TypeError(f"expected AST, got {type(node).__name__!r}")
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def fmt(value, level):
        # The text, and whether it is simple enough to keep a short node on one line.
        if indent is not None:
            level += 1
            opening = "\n" + indent * level
            between = ",\n" + indent * level
        else:
            opening, between = "", ", "
        if isinstance(value, list):
            if not value:
                return "[]", True
            return "[" + opening + between.join(fmt(v, level)[0] for v in value) + "]", False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = annotate_fields
        for name in value._fields:
            try:
                v = getattr(value, name)
            except AttributeError:
                named = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, plain = fmt(v, level)
            simple = simple and plain
            parts.append(f"{name}={text}" if named else text)
        if include_attributes and value._attributes:
            for name in value._attributes:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                text, plain = fmt(v, level)
                simple = simple and plain
                parts.append(f"{name}={text}")
        if simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return f"{cls.__name__}({opening}{between.join(parts)})", False

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy lineno, col_offset, end_lineno and end_col_offset from old_node to new_node
    where both have them; returns new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # The end positions are optional: copied even when None, if set.
            if value is not None or (name.startswith("end_") and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


_FIX_ORDER = ("lineno", "end_lineno", "col_offset", "end_col_offset")
_STARTS = ("lineno", "col_offset")


def fix_missing_locations(node):
    """Give every node below node that lacks a position its parent's, as compile() needs."""

    def fix(node, inherited):
        own = []
        for name, value in zip(_FIX_ORDER, inherited):
            if name in node._attributes:
                # A start counts as given once set; an end only when not None.
                given = hasattr(node, name) if name in _STARTS else getattr(node, name, None) is not None
                if given:
                    value = getattr(node, name)
                else:
                    setattr(node, name, value)
            own.append(value)
        for child in iter_child_nodes(node):
            fix(child, own)

    fix(node, (1, 1, 0, 0))
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree n lines down (its start and end lines)."""
    for child in walk(node):
        # A TypeIgnore's line is a field, not a position.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each of node's fields that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct children of node: its node fields and the nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned as
    inspect.cleandoc cleans it unless clean is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
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


def _source_lines(source):
    # Lines as the tokenizer splits them: at \n, \r and \r\n only (not \f or the other
    # characters str.splitlines knows).
    lines = []
    start = 0
    i = 0
    while i < len(source):
        c = source[i]
        i += 1
        if c == "\r" and i < len(source) and source[i] == "\n":
            i += 1
        if c in "\r\n":
            lines.append(source[start:i])
            start = i
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from, or None without its positions. With padded, a
    multi-line segment's first line keeps its indentation (as spaces, tabs and form feeds)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    pad = ""
    if padded:
        pad = "".join(c if c in "\f\t" else " " for c in lines[first].encode()[:start].decode())
    middle = lines[first + 1 : last]
    return pad + lines[first].encode()[start:].decode() + "".join(middle) + lines[last].encode()[:end].decode()


def walk(node):
    """Yield node and every node below it, breadth first."""
    from collections import deque

    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def unparse(ast_obj):
    """Source text that parses to a tree equivalent to ast_obj."""
    from _reap_ast_unparse import unparse

    return unparse(ast_obj)


class NodeVisitor(object):
    """Walks a tree calling `visit_<ClassName>` for each node, or `generic_visit` (which
    visits the children) where there is none; subclasses add the visitor methods."""

    def visit(self, node):
        visitor = getattr(self, "visit_" + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for the deprecated classes (visit_Num...) still get constants.
        value = node.value
        kind = _const_node_type_names.get(type(value))
        if kind is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    kind = name
                    break
        if kind is not None:
            method = "visit_" + kind
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings

                warnings.warn(f"{method} is deprecated; add visit_Constant", DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visitor methods return what replaces the node: the node itself,
    another node, None to remove it, or (in a list field) a list of nodes to splice in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node

