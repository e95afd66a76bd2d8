"""`ast.unparse`: source text for a tree, written for Reap to give what CPython 3.11's gives
(its parentheses, quotes, blank lines and escapes), so that printed results match.

Expressions are written by `_Writer.expr(node, level)`, `level` being the binding strength
the surrounding text needs: a node whose operator binds less tightly comes out in parentheses.
"""

from ast import (
    AST, AsyncFunctionDef, ClassDef, Constant, Expr, FormattedValue, FunctionDef, JoinedStr,
    Module, Name, Tuple,
)

# Binding strengths, loosest first.
NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = (
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18
)
EXPR = BOR

_BINOPS = {
    "Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
    "Div": ("/", TERM), "Mod": ("%", TERM), "FloorDiv": ("//", TERM), "LShift": ("<<", SHIFT),
    "RShift": (">>", SHIFT), "BitOr": ("|", BOR), "BitXor": ("^", BXOR), "BitAnd": ("&", BAND),
    "Pow": ("**", POWER),
}
_UNARY = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR), "USub": ("-", FACTOR)}
_COMPARE = {
    "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
    "IsNot": "is not", "In": "in", "NotIn": "not in",
}
_BOOL = {"And": ("and", AND), "Or": ("or", OR)}

_SINGLE = ("'", '"')
_TRIPLE = ('"""', "'''")
_QUOTES = _SINGLE + _TRIPLE

# An infinity in a tree came from a literal too large for a float: written as one again.
_HUGE = "1e309"


def _escape(c):
    """`c` as the `unicode_escape` codec writes it."""
    named = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    if c in named:
        return named[c]
    n = ord(c)
    if n < 0x20 or 0x7F <= n < 0x100:
        return f"\\x{n:02x}"
    if n < 0x10000:
        return f"\\u{n:04x}"
    return f"\\U{n:08x}"


def _quoted(text, quotes=_QUOTES, escape_whitespace=False):
    """`text` escaped for a string literal with as few backslashes as one of `quotes` allows:
    (the body, the quotes that fit it, best first)."""
    out = []
    for c in text:
        if c in "\n\t" and not escape_whitespace:
            out.append(c)
        elif c == "\\" or not c.isprintable():
            out.append(_escape(c))
        else:
            out.append(c)
    body = "".join(out)
    fits = [q for q in quotes if (q in _TRIPLE or "\n" not in body) and q not in body]
    if not fits:
        # Nothing fits as it is: repr's escaping, in one of the quotes asked for if it can.
        literal = repr(text)
        quote = next((q for q in quotes if q[0] == literal[0]), literal[0])
        return literal[1:-1], [quote]
    if body:
        # A quote that does not end the text goes first; a triple one that does gets its
        # last character escaped.
        fits.sort(key=lambda q: q[0] == body[-1])
        if fits[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, fits


def _literal_avoiding_backslashes(text, quotes=_QUOTES):
    body, fits = _quoted(text, quotes)
    return fits[0] + body + fits[0]


class _Writer:
    def __init__(self, in_fstring=False):
        self.out = []
        self.depth = 0
        self.in_fstring = in_fstring
        self.try_star = False
        # A module's `# type: ignore` comments, by line.
        self.ignores = {}

    # Statements

    def line(self, text=""):
        if self.out:
            self.out.append("\n")
        self.out.append("    " * self.depth + text)

    def blank_before(self):
        if self.out:
            self.out.append("\n")

    def body(self, stmts, suffix=""):
        self.out.append(":" + suffix)
        self.depth += 1
        for s in stmts:
            self.stmt(s)
        self.depth -= 1

    def stmts(self, nodes):
        for n in nodes:
            self.stmt(n)

    def docstring_and_body(self, node):
        first = node.body[0] if node.body else None
        if (
            isinstance(first, Expr)
            and isinstance(first.value, Constant)
            and isinstance(first.value.value, str)
        ):
            self.line()
            if first.value.kind == "u":
                self.out.append("u")
            self.out.append(_literal_avoiding_backslashes(first.value.value, _TRIPLE))
            self.stmts(node.body[1:])
        else:
            self.stmts(node.body)

    def type_comment(self, node):
        comment = self.ignores.get(node.lineno) or node.type_comment
        return "" if comment is None else f" # type: {comment}"

    def stmt(self, node):
        if isinstance(node, list):
            self.stmts(node)
            return
        kind = type(node).__name__
        handler = getattr(self, "s_" + kind, None)
        if handler is None:
            # An expression or a helper node given on its own.
            self.out.append(self.expr(node, TEST))
            return
        handler(node)

    def s_Module(self, node):
        self.ignores = {t.lineno: f"ignore{t.tag}" for t in node.type_ignores}
        self.docstring_and_body(node)
        self.ignores = {}

    def s_Interactive(self, node):
        # As CPython's: only the last statement comes out.
        if node.body:
            self.stmt(node.body[-1])

    def s_Expression(self, node):
        self.out.append(self.expr(node.body, TEST))

    def s_FunctionType(self, node):
        self.out.append("(" + ", ".join(self.expr(a, TEST) for a in node.argtypes) + ")")
        self.out.append(" -> " + self.expr(node.returns, TEST))

    def s_Expr(self, node):
        self.line(self.expr(node.value, YIELD))

    def s_Import(self, node):
        self.line("import " + ", ".join(self.alias(a) for a in node.names))

    def s_ImportFrom(self, node):
        self.line("from " + "." * (node.level or 0) + (node.module or ""))
        self.out.append(" import " + ", ".join(self.alias(a) for a in node.names))

    def s_Assign(self, node):
        self.line("".join(self.expr(t, TUPLE) + " = " for t in node.targets) + self.expr(node.value, TEST))
        self.out.append(self.type_comment(node))

    def s_AugAssign(self, node):
        op = _BINOPS[type(node.op).__name__][0]
        self.line(f"{self.expr(node.target, TEST)} {op}= {self.expr(node.value, TEST)}")

    def s_AnnAssign(self, node):
        target = self.expr(node.target, TEST)
        if not node.simple and isinstance(node.target, Name):
            target = f"({target})"
        text = f"{target}: {self.expr(node.annotation, TEST)}"
        if node.value:
            text += " = " + self.expr(node.value, TEST)
        self.line(text)

    def s_Return(self, node):
        self.line("return" + (" " + self.expr(node.value, TEST) if node.value else ""))

    def s_Pass(self, node):
        self.line("pass")

    def s_Break(self, node):
        self.line("break")

    def s_Continue(self, node):
        self.line("continue")

    def s_Delete(self, node):
        self.line("del " + ", ".join(self.expr(t, TEST) for t in node.targets))

    def s_Assert(self, node):
        text = "assert " + self.expr(node.test, TEST)
        if node.msg:
            text += ", " + self.expr(node.msg, TEST)
        self.line(text)

    def s_Global(self, node):
        self.line("global " + ", ".join(node.names))

    def s_Nonlocal(self, node):
        self.line("nonlocal " + ", ".join(node.names))

    def s_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.line("raise")
            return
        text = "raise " + self.expr(node.exc, TEST)
        if node.cause:
            text += " from " + self.expr(node.cause, TEST)
        self.line(text)

    def try_statement(self, node, star):
        outer = self.try_star
        self.try_star = star
        try:
            self.line("try")
            self.body(node.body)
            for handler in node.handlers:
                self.stmt(handler)
            if node.orelse:
                self.line("else")
                self.body(node.orelse)
            if node.finalbody:
                self.line("finally")
                self.body(node.finalbody)
        finally:
            self.try_star = outer

    def s_Try(self, node):
        self.try_statement(node, False)

    def s_TryStar(self, node):
        self.try_statement(node, True)

    def s_ExceptHandler(self, node):
        text = "except*" if self.try_star else "except"
        if node.type:
            text += " " + self.expr(node.type, TEST)
        if node.name:
            text += " as " + node.name
        self.line(text)
        self.body(node.body)

    def decorators(self, node):
        self.blank_before()
        for d in node.decorator_list:
            self.line("@" + self.expr(d, TEST))

    def s_ClassDef(self, node):
        self.decorators(node)
        bases = [self.expr(b, TEST) for b in node.bases] + [self.keyword(k) for k in node.keywords]
        self.line("class " + node.name + (f"({', '.join(bases)})" if bases else ""))
        self.out.append(":")
        self.depth += 1
        self.docstring_and_body(node)
        self.depth -= 1

    def function(self, node, keyword):
        self.decorators(node)
        text = f"{keyword} {node.name}({self.arguments(node.args)})"
        if node.returns:
            text += " -> " + self.expr(node.returns, TEST)
        self.line(text)
        self.out.append(":" + self.type_comment(node))
        self.depth += 1
        self.docstring_and_body(node)
        self.depth -= 1

    def s_FunctionDef(self, node):
        self.function(node, "def")

    def s_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def loop(self, node, keyword):
        self.line(f"{keyword}{self.expr(node.target, TUPLE)} in {self.expr(node.iter, TEST)}")
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.line("else")
            self.body(node.orelse)

    def s_For(self, node):
        self.loop(node, "for ")

    def s_AsyncFor(self, node):
        self.loop(node, "async for ")

    def s_If(self, node):
        self.line("if " + self.expr(node.test, TEST))
        self.body(node.body)
        # A lone `if` in an else branch reads as `elif`.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], type(node)):
            node = node.orelse[0]
            self.line("elif " + self.expr(node.test, TEST))
            self.body(node.body)
        if node.orelse:
            self.line("else")
            self.body(node.orelse)

    def s_While(self, node):
        self.line("while " + self.expr(node.test, TEST))
        self.body(node.body)
        if node.orelse:
            self.line("else")
            self.body(node.orelse)

    def with_statement(self, node, keyword):
        self.line(keyword + ", ".join(self.withitem(i) for i in node.items))
        self.body(node.body, self.type_comment(node))

    def s_With(self, node):
        self.with_statement(node, "with ")

    def s_AsyncWith(self, node):
        self.with_statement(node, "async with ")

    def s_Match(self, node):
        self.line("match " + self.expr(node.subject, TEST))
        self.out.append(":")
        self.depth += 1
        for case in node.cases:
            self.s_match_case(case)
        self.depth -= 1

    def s_match_case(self, node):
        text = "case " + self.expr(node.pattern, TEST)
        if node.guard:
            text += " if " + self.expr(node.guard, TEST)
        self.line(text)
        self.body(node.body)

    # The helper nodes

    def alias(self, node):
        return node.name + (" as " + node.asname if node.asname else "")

    def withitem(self, node):
        text = self.expr(node.context_expr, TEST)
        if node.optional_vars:
            text += " as " + self.expr(node.optional_vars, TEST)
        return text

    def keyword(self, node):
        prefix = "**" if node.arg is None else node.arg + "="
        return prefix + self.expr(node.value, TEST)

    def arg(self, node):
        if node.annotation:
            return f"{node.arg}: {self.expr(node.annotation, TEST)}"
        return node.arg

    def arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, default) in enumerate(zip(positional, defaults), 1):
            text = self.arg(a)
            if default:
                text += "=" + self.expr(default, TEST)
            if i == len(node.posonlyargs):
                text += ", /"
            parts.append(text)
        if node.vararg or node.kwonlyargs:
            star = "*"
            if node.vararg:
                star += node.vararg.arg
                if node.vararg.annotation:
                    star += ": " + self.expr(node.vararg.annotation, TEST)
            parts.append(star)
        for a, default in zip(node.kwonlyargs, node.kw_defaults):
            text = self.arg(a)
            if default:
                text += "=" + self.expr(default, TEST)
            parts.append(text)
        if node.kwarg:
            text = "**" + node.kwarg.arg
            if node.kwarg.annotation:
                text += ": " + self.expr(node.kwarg.annotation, TEST)
            parts.append(text)
        return ", ".join(parts)

    def comprehension(self, node):
        text = " async for " if node.is_async else " for "
        text += self.expr(node.target, TUPLE) + " in " + self.expr(node.iter, OR)
        for cond in node.ifs:
            text += " if " + self.expr(cond, OR)
        return text

    # Expressions

    def expr(self, node, level):
        if isinstance(node, list):
            return "".join(self.expr(n, level) for n in node)
        handler = getattr(self, "e_" + type(node).__name__, None)
        if handler is None:
            helper = getattr(self, type(node).__name__, None)
            if helper is not None and type(node).__name__ in (
                "alias", "withitem", "keyword", "arg", "arguments", "comprehension"
            ):
                return helper(node)
            sub = _Writer(self.in_fstring)
            sub.depth = self.depth
            sub.stmt(node)
            return "".join(sub.out)
        return handler(node, level)

    @staticmethod
    def wrap(text, own, level):
        return f"({text})" if level > own else text

    def items(self, nodes, level=TEST):
        if len(nodes) == 1:
            return self.expr(nodes[0], level) + ","
        return ", ".join(self.expr(n, level) for n in nodes)

    def e_Name(self, node, level):
        return node.id

    def e_NamedExpr(self, node, level):
        return self.wrap(f"{self.expr(node.target, ATOM)} := {self.expr(node.value, ATOM)}", NAMED, level)

    def e_Await(self, node, level):
        text = "await" + (" " + self.expr(node.value, ATOM) if node.value else "")
        return self.wrap(text, AWAIT, level)

    def e_Yield(self, node, level):
        text = "yield" + (" " + self.expr(node.value, ATOM) if node.value else "")
        return self.wrap(text, YIELD, level)

    def e_YieldFrom(self, node, level):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return self.wrap("yield from " + self.expr(node.value, ATOM), YIELD, level)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace("inf", _HUGE).replace("nan", f"({_HUGE}-{_HUGE})")
        if self.in_fstring and isinstance(value, str):
            return _literal_avoiding_backslashes(value)
        return repr(value)

    def e_Constant(self, node, level):
        value = node.value
        if isinstance(value, tuple):
            if len(value) == 1:
                return "(" + self.constant(value[0]) + ",)"
            return "(" + ", ".join(self.constant(v) for v in value) + ")"
        if value is ...:
            return "..."
        return ("u" if node.kind == "u" else "") + self.constant(value)

    def e_List(self, node, level):
        return "[" + ", ".join(self.expr(e, TEST) for e in node.elts) + "]"

    def e_Tuple(self, node, level):
        text = self.items(node.elts)
        return f"({text})" if not node.elts or level > TUPLE else text

    def e_Set(self, node, level):
        if not node.elts:
            # `{}` is a dict and `set` may be rebound.
            return "{*()}"
        return "{" + ", ".join(self.expr(e, TEST) for e in node.elts) + "}"

    def e_Dict(self, node, level):
        parts = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                parts.append("**" + self.expr(v, EXPR))
            else:
                parts.append(self.expr(k, TEST) + ": " + self.expr(v, TEST))
        return "{" + ", ".join(parts) + "}"

    def generators(self, node):
        return "".join(self.comprehension(g) for g in node.generators)

    def e_ListComp(self, node, level):
        return "[" + self.expr(node.elt, TEST) + self.generators(node) + "]"

    def e_SetComp(self, node, level):
        return "{" + self.expr(node.elt, TEST) + self.generators(node) + "}"

    def e_GeneratorExp(self, node, level):
        return "(" + self.expr(node.elt, TEST) + self.generators(node) + ")"

    def e_DictComp(self, node, level):
        return "{" + self.expr(node.key, TEST) + ": " + self.expr(node.value, TEST) + self.generators(node) + "}"

    def e_IfExp(self, node, level):
        text = f"{self.expr(node.body, OR)} if {self.expr(node.test, OR)} else {self.expr(node.orelse, TEST)}"
        return self.wrap(text, TEST, level)

    def e_UnaryOp(self, node, level):
        op, own = _UNARY[type(node.op).__name__]
        sep = " " if own != FACTOR else ""
        return self.wrap(op + sep + self.expr(node.operand, own), own, level)

    def e_BinOp(self, node, level):
        op, own = _BINOPS[type(node.op).__name__]
        # `**` groups to the right, the others to the left.
        left, right = (own + 1, own) if op == "**" else (own, own + 1)
        text = f"{self.expr(node.left, left)} {op} {self.expr(node.right, right)}"
        return self.wrap(text, own, level)

    def e_Compare(self, node, level):
        text = self.expr(node.left, CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += f" {_COMPARE[type(op).__name__]} {self.expr(right, CMP + 1)}"
        return self.wrap(text, CMP, level)

    def e_BoolOp(self, node, level):
        op, own = _BOOL[type(node.op).__name__]
        # Each operand needs a tighter binding than the one before it.
        parts = [self.expr(v, min(own + i, ATOM)) for i, v in enumerate(node.values, 1)]
        return self.wrap(f" {op} ".join(parts), own, level)

    def e_Attribute(self, node, level):
        value = self.expr(node.value, ATOM)
        # `1.real` would read as a float: `1 .real`.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            value += " "
        return value + "." + node.attr

    def e_Call(self, node, level):
        args = [self.expr(a, TEST) for a in node.args] + [self.keyword(k) for k in node.keywords]
        return self.expr(node.func, ATOM) + "(" + ", ".join(args) + ")"

    def e_Subscript(self, node, level):
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            inside = self.items(s.elts)
        else:
            inside = self.expr(s, TEST)
        return self.expr(node.value, ATOM) + "[" + inside + "]"

    def e_Starred(self, node, level):
        return "*" + self.expr(node.value, EXPR)

    def e_Slice(self, node, level):
        text = (self.expr(node.lower, TEST) if node.lower else "") + ":"
        if node.upper:
            text += self.expr(node.upper, TEST)
        if node.step:
            text += ":" + self.expr(node.step, TEST)
        return text

    def e_Lambda(self, node, level):
        args = self.arguments(node.args)
        text = "lambda" + (" " + args if args else "") + ": " + self.expr(node.body, TEST)
        return self.wrap(text, TEST, level)

    # f-strings

    def fstring_body(self, node):
        if isinstance(node, JoinedStr):
            return "".join(self.fstring_body(v) for v in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace("{", "{{").replace("}", "}}")
        if isinstance(node, FormattedValue):
            return self.e_FormattedValue(node, TEST)
        raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def e_FormattedValue(self, node, level):
        inner = _Writer(in_fstring=True).expr(node.value, OR)
        if "\\" in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = "{" + (" " if inner.startswith("{") else "") + inner
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec:
            text += ":" + self.fstring_body(node.format_spec)
        return text + "}"

    def e_JoinedStr(self, node, level):
        if self.in_fstring:
            return "f" + _literal_avoiding_backslashes(self.fstring_body(node))
        pieces = [(self.fstring_body(v), isinstance(v, Constant)) for v in node.values]
        quotes = list(_QUOTES)
        bodies = []
        for text, literal in pieces:
            body, fits = _quoted(text, quotes, escape_whitespace=literal)
            if set(fits).isdisjoint(quotes):
                # No one quote suits every piece: repr's escapes inside triple quotes.
                quotes = ["'''"]
                bodies = [repr('"' + t)[2:-1] for t, _ in pieces]
                break
            bodies.append(body)
            quotes = fits
        return "f" + quotes[0] + "".join(bodies) + quotes[0]

    # Patterns

    def e_MatchValue(self, node, level):
        return self.expr(node.value, TEST)

    def e_MatchSingleton(self, node, level):
        return self.constant(node.value)

    def e_MatchSequence(self, node, level):
        return "[" + ", ".join(self.expr(p, TEST) for p in node.patterns) + "]"

    def e_MatchStar(self, node, level):
        return "*" + ("_" if node.name is None else node.name)

    def e_MatchMapping(self, node, level):
        if len(node.keys) != len(node.patterns):
            raise ValueError("zip() argument 2 is shorter than argument 1")
        parts = [self.expr(k, TEST) + ": " + self.expr(p, TEST) for k, p in zip(node.keys, node.patterns)]
        if node.rest is not None:
            parts.append("**" + node.rest)
        return "{" + ", ".join(parts) + "}"

    def e_MatchClass(self, node, level):
        parts = [self.expr(p, TEST) for p in node.patterns]
        if len(node.kwd_attrs) != len(node.kwd_patterns):
            raise ValueError("zip() argument 2 is shorter than argument 1")
        parts += [f"{a}={self.expr(p, TEST)}" for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
        return self.expr(node.cls, ATOM) + "(" + ", ".join(parts) + ")"

    def e_MatchAs(self, node, level):
        if node.name is None:
            return "_"
        if node.pattern is None:
            return node.name
        return self.wrap(f"{self.expr(node.pattern, BOR)} as {node.name}", TEST, level)

    def e_MatchOr(self, node, level):
        return self.wrap(" | ".join(self.expr(p, BOR + 1) for p in node.patterns), BOR, level)


def unparse(ast_obj):
    """Source text that parses to a tree equivalent to ast_obj."""
    writer = _Writer()
    writer.stmt(ast_obj)
    return "".join(writer.out)
