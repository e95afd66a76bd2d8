//! The syntax tree. Node and field names follow CPython's `ast` module, so that `reap dump-ast`
//! prints what `ast.dump(ast.parse(src), indent=2)` prints and can be checked against it.

use num_bigint::BigInt;

pub use crate::span::{Pos, Span};

/// Identifiers are immutable once parsed; a boxed `str` is two words instead of three.
pub type Ident = Box<str>;

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    /// `simple` is true for a bare name target that was not parenthesised, as in CPython.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For(Box<For>),
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try(Box<Try>),
    Match(Box<Match>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct For {
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub subject: Expr,
    pub cases: Vec<MatchCase>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub span: Span,
    pub kind: PatternKind,
}

/// CPython's pattern nodes (`ast.MatchValue` ...).
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`.
    MatchValue(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    MatchSingleton(Constant),
    MatchSequence(Vec<Pattern>),
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` in a sequence pattern; `*_` has no name.
    MatchStar(Option<Ident>),
    /// `pattern as name`, a capture (`name`, no pattern) or the wildcard `_` (neither).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    MatchOr(Vec<Pattern>),
}

impl Pattern {
    /// The expressions the pattern evaluates (values, classes, mapping keys), outermost first.
    pub fn for_each_expr<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        match &self.kind {
            PatternKind::MatchValue(e) => f(e),
            PatternKind::MatchSingleton(_) | PatternKind::MatchStar(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                ps.iter().for_each(|p| p.for_each_expr(f))
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                keys.iter().for_each(&mut *f);
                patterns.iter().for_each(|p| p.for_each_expr(f));
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                f(cls);
                patterns.iter().chain(kwd_patterns).for_each(|p| p.for_each_expr(f));
            }
            PatternKind::MatchAs { pattern, .. } => pattern.iter().for_each(|p| p.for_each_expr(f)),
        }
    }

    /// The names the pattern binds, in the order CPython binds them.
    pub fn for_each_name<'a>(&'a self, f: &mut dyn FnMut(&'a str)) {
        match &self.kind {
            PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchStar(n) => n.iter().for_each(|n| f(n)),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                ps.iter().for_each(|p| p.for_each_name(f))
            }
            PatternKind::MatchMapping { patterns, rest, .. } => {
                patterns.iter().for_each(|p| p.for_each_name(f));
                rest.iter().for_each(|n| f(n));
            }
            PatternKind::MatchClass { patterns, kwd_patterns, .. } => {
                patterns.iter().chain(kwd_patterns).for_each(|p| p.for_each_name(f))
            }
            PatternKind::MatchAs { pattern, name } => {
                pattern.iter().for_each(|p| p.for_each_name(f));
                name.iter().for_each(|n| f(n));
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
    /// `except*` clauses (CPython's `TryStar` node).
    pub is_star: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub type_: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub span: Span,
    pub name: Ident,
    pub asname: Option<Ident>,
}

/// A function's or lambda's parameters. `kw_defaults` has one entry per keyword-only parameter;
/// `defaults` belong to the last positional parameters (positional-only ones included).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub span: Span,
    pub arg: Ident,
    pub annotation: Option<Expr>,
}

/// A keyword argument in a call or class header; `arg` is `None` for `**mapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub span: Span,
    pub arg: Option<Ident>,
    pub value: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
    /// How deeply the node nests (1 for a leaf). Bounded by [`MAX_EXPR_DEPTH`] at construction,
    /// so that nothing that walks or drops a tree can recurse deep enough to overflow the stack.
    pub depth: u32,
}

/// A tree as deep as [`MAX_EXPR_DEPTH`] allows would overflow a small thread's stack if its
/// nodes were dropped by the compiler's recursive drop glue: each node's children go on a
/// stack with room for them (see [`crate::grow_stack`]).
impl Drop for Expr {
    fn drop(&mut self) {
        if self.depth > 1 && self.depth != TOO_DEEP {
            let kind = std::mem::replace(&mut self.kind, ExprKind::Constant(Constant::None));
            crate::grow_stack(move || drop(kind));
        }
    }
}

/// Expression nesting allowed, about where CPython's compiler gives up with `RecursionError:
/// maximum recursion depth exceeded during compilation` (`-` repeated 2992 times then `1`).
pub const MAX_EXPR_DEPTH: u32 = 2993;

/// The depth of a node that would have been too deep: it stands in, childless, for the subtree.
const TOO_DEEP: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys[i]` is `None` for a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is `'s'`, `'r'` or `'a'`, or `None` (CPython's -1).
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: Ctx,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Box<Expr>,
        ctx: Ctx,
    },
    Name {
        id: Ident,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(Int),
    Float(f64),
    /// An imaginary literal such as `2j`: the value of its imaginary part.
    Complex(f64),
    /// `u_prefix` records a `u"..."` literal, which CPython's AST marks with `kind='u'`.
    Str {
        value: String,
        u_prefix: bool,
    },
    Bytes(Vec<u8>),
}

/// Integer literals are unbounded; most fit a machine word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    /// Makes a node. One too deep is replaced by a childless stand-in marked [`Expr::too_deep`],
    /// and the mark travels up to the statement, where the parser reports it.
    pub fn new(span: Span, kind: ExprKind) -> Expr {
        let depth = kind.child_depth().saturating_add(1);
        if depth > MAX_EXPR_DEPTH {
            return Expr { span, kind: ExprKind::Constant(Constant::None), depth: TOO_DEEP };
        }
        Expr { span, kind, depth }
    }

    pub fn too_deep(&self) -> bool {
        self.depth == TOO_DEEP
    }

    pub fn boxed(self) -> Box<Expr> {
        Box::new(self)
    }
}

impl ExprKind {
    /// The greatest depth among the node's children.
    fn child_depth(&self) -> u32 {
        fn d(e: &Expr) -> u32 {
            e.depth
        }
        fn all(v: &[Expr]) -> u32 {
            v.iter().map(d).max().unwrap_or(0)
        }
        fn args(a: &Arguments) -> u32 {
            let params =
                a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg);
            let annotations = params.filter_map(|p| p.annotation.as_ref()).map(d).max().unwrap_or(0);
            let kw = a.kw_defaults.iter().flatten().map(d).max().unwrap_or(0);
            annotations.max(kw).max(all(&a.defaults))
        }
        fn gens(g: &[Comprehension]) -> u32 {
            g.iter().map(|c| d(&c.target).max(d(&c.iter)).max(all(&c.ifs))).max().unwrap_or(0)
        }
        match self {
            ExprKind::BoolOp { values, .. } => all(values),
            ExprKind::NamedExpr { target, value } => d(target).max(d(value)),
            ExprKind::BinOp { left, right, .. } => d(left).max(d(right)),
            ExprKind::UnaryOp { operand, .. } => d(operand),
            ExprKind::Lambda { args: a, body } => args(a).max(d(body)),
            ExprKind::IfExp { test, body, orelse } => d(test).max(d(body)).max(d(orelse)),
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().map(d).max().unwrap_or(0).max(all(values))
            }
            ExprKind::Set(elts) | ExprKind::JoinedStr(elts) => all(elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => d(elt).max(gens(generators)),
            ExprKind::DictComp { key, value, generators } => d(key).max(d(value)).max(gens(generators)),
            ExprKind::Await(v) | ExprKind::YieldFrom(v) => d(v),
            ExprKind::Yield(v) => v.as_deref().map_or(0, d),
            ExprKind::Compare { left, comparators, .. } => d(left).max(all(comparators)),
            ExprKind::Call { func, args, keywords } => {
                d(func).max(all(args)).max(keywords.iter().map(|k| d(&k.value)).max().unwrap_or(0))
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                d(value).max(format_spec.as_deref().map_or(0, d))
            }
            ExprKind::Constant(_) | ExprKind::Name { .. } => 0,
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => d(value),
            ExprKind::Subscript { value, slice, .. } => d(value).max(d(slice)),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => all(elts),
            ExprKind::Slice { lower, upper, step } => {
                [lower, upper, step].into_iter().flatten().map(|e| d(e)).max().unwrap_or(0)
            }
        }
    }
}

impl Stmt {
    /// Calls `f` on each expression the statement holds directly, and `body` on each block of
    /// statements it contains.
    pub fn for_each_child(&self, f: &mut impl FnMut(&Expr), body: &mut impl FnMut(&[Stmt])) {
        let args = |a: &Arguments, f: &mut dyn FnMut(&Expr)| {
            let params =
                a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg);
            params.filter_map(|p| p.annotation.as_ref()).for_each(&mut *f);
            a.kw_defaults.iter().flatten().chain(&a.defaults).for_each(f);
        };
        match &self.kind {
            StmtKind::FunctionDef(def) => {
                def.decorator_list.iter().for_each(&mut *f);
                args(&def.args, f);
                def.returns.iter().for_each(&mut *f);
                body(&def.body);
            }
            StmtKind::ClassDef(c) => {
                c.decorator_list.iter().chain(&c.bases).for_each(&mut *f);
                c.keywords.iter().map(|k| &k.value).for_each(&mut *f);
                body(&c.body);
            }
            StmtKind::Return(v) => v.iter().for_each(f),
            StmtKind::Delete(targets) => targets.iter().for_each(f),
            StmtKind::Assign { targets, value } => targets.iter().chain([value]).for_each(f),
            StmtKind::AugAssign { target, value, .. } => [target, value].into_iter().for_each(f),
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                [target, annotation].into_iter().chain(value).for_each(f);
            }
            StmtKind::For(x) => {
                [&x.target, &x.iter].into_iter().for_each(f);
                body(&x.body);
                body(&x.orelse);
            }
            StmtKind::While { test, body: b, orelse } | StmtKind::If { test, body: b, orelse } => {
                f(test);
                body(b);
                body(orelse);
            }
            StmtKind::With { items, body: b, .. } => {
                for item in items {
                    f(&item.context_expr);
                    item.optional_vars.iter().for_each(&mut *f);
                }
                body(b);
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(f),
            StmtKind::Try(t) => {
                body(&t.body);
                for h in &t.handlers {
                    h.type_.iter().for_each(&mut *f);
                    body(&h.body);
                }
                body(&t.orelse);
                body(&t.finalbody);
            }
            StmtKind::Match(m) => {
                f(&m.subject);
                for case in &m.cases {
                    case.pattern.for_each_expr(&mut *f);
                    case.guard.iter().for_each(&mut *f);
                    body(&case.body);
                }
            }
            StmtKind::Assert { test, msg } => [test].into_iter().chain(msg).for_each(f),
            StmtKind::Expr(e) => f(e),
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }
}

impl Stmt {
    pub fn new(span: Span, kind: StmtKind) -> Stmt {
        Stmt { span, kind }
    }
}
