//! `reap dump-ast`: the tree printed exactly as CPython's `ast.dump(tree, indent=2)` prints it
//! (with `include_attributes=True` when positions are asked for), so the two can be diffed.

use crate::ast::*;
use crate::repr;

/// A node in the generic shape `ast.dump` walks: a class name and its fields in order.
enum Value {
    Node(&'static str, Vec<(&'static str, Value)>),
    List(Vec<Value>),
    /// Already a Python `repr`.
    Atom(String),
    /// A field whose value is `None` and whose class default is `None`: `ast.dump` leaves it out.
    Omit,
}

pub struct Dumper {
    positions: bool,
}

/// Dumps a module as `ast.dump(ast.parse(src), indent=2, include_attributes=positions)`.
pub fn dump_module(m: &Module, positions: bool) -> String {
    let d = Dumper { positions };
    let v =
        Value::Node("Module", vec![("body", d.stmts(&m.body)), ("type_ignores", Value::List(Vec::new()))]);
    format(&v, 0).0
}

/// Dumps an expression as `ast.dump(ast.parse(src, mode='eval').body, indent=2)`.
pub fn dump_expr(e: &Expr, positions: bool) -> String {
    format(&Dumper { positions }.expr(e), 0).0
}

fn atom(s: impl Into<String>) -> Value {
    Value::Atom(s.into())
}

fn name(s: &str) -> Value {
    atom(repr::str_repr(s))
}

fn unit(name: &'static str) -> Value {
    Value::Node(name, Vec::new())
}

impl Dumper {
    fn stmts(&self, v: &[Stmt]) -> Value {
        Value::List(v.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, v: &[Expr]) -> Value {
        Value::List(v.iter().map(|e| self.expr(e)).collect())
    }

    fn opt(&self, e: &Option<Expr>) -> Value {
        e.as_ref().map_or(Value::Omit, |e| self.expr(e))
    }

    fn opt_box(&self, e: &Option<Box<Expr>>) -> Value {
        e.as_ref().map_or(Value::Omit, |e| self.expr(e))
    }

    fn located(&self, class: &'static str, mut fields: Vec<(&'static str, Value)>, span: Span) -> Value {
        if self.positions {
            fields.push(("lineno", atom(span.start.line.to_string())));
            fields.push(("col_offset", atom(span.start.col.to_string())));
            fields.push(("end_lineno", atom(span.end.line.to_string())));
            fields.push(("end_col_offset", atom(span.end.col.to_string())));
        }
        Value::Node(class, fields)
    }

    fn stmt(&self, s: &Stmt) -> Value {
        let (class, fields): (&'static str, Vec<(&'static str, Value)>) = match &s.kind {
            StmtKind::FunctionDef(f) => (
                if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
                vec![
                    ("name", name(&f.name)),
                    ("args", self.arguments(&f.args)),
                    ("body", self.stmts(&f.body)),
                    ("decorator_list", self.exprs(&f.decorator_list)),
                    ("returns", self.opt(&f.returns)),
                    ("type_comment", Value::Omit),
                ],
            ),
            StmtKind::ClassDef(c) => (
                "ClassDef",
                vec![
                    ("name", name(&c.name)),
                    ("bases", self.exprs(&c.bases)),
                    ("keywords", Value::List(c.keywords.iter().map(|k| self.keyword(k)).collect())),
                    ("body", self.stmts(&c.body)),
                    ("decorator_list", self.exprs(&c.decorator_list)),
                ],
            ),
            StmtKind::Return(v) => ("Return", vec![("value", self.opt(v))]),
            StmtKind::Delete(t) => ("Delete", vec![("targets", self.exprs(t))]),
            StmtKind::Assign { targets, value } => (
                "Assign",
                vec![
                    ("targets", self.exprs(targets)),
                    ("value", self.expr(value)),
                    ("type_comment", Value::Omit),
                ],
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![("target", self.expr(target)), ("op", unit(operator(*op))), ("value", self.expr(value))],
            ),
            StmtKind::AnnAssign { target, annotation, value, simple } => (
                "AnnAssign",
                vec![
                    ("target", self.expr(target)),
                    ("annotation", self.expr(annotation)),
                    ("value", self.opt(value)),
                    ("simple", atom(if *simple { "1" } else { "0" })),
                ],
            ),
            StmtKind::For(f) => (
                if f.is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(&f.target)),
                    ("iter", self.expr(&f.iter)),
                    ("body", self.stmts(&f.body)),
                    ("orelse", self.stmts(&f.orelse)),
                    ("type_comment", Value::Omit),
                ],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![("test", self.expr(test)), ("body", self.stmts(body)), ("orelse", self.stmts(orelse))],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![("test", self.expr(test)), ("body", self.stmts(body)), ("orelse", self.stmts(orelse))],
            ),
            StmtKind::With { items, body, is_async } => (
                if *is_async { "AsyncWith" } else { "With" },
                vec![
                    ("items", Value::List(items.iter().map(|i| self.with_item(i)).collect())),
                    ("body", self.stmts(body)),
                    ("type_comment", Value::Omit),
                ],
            ),
            StmtKind::Raise { exc, cause } => {
                ("Raise", vec![("exc", self.opt(exc)), ("cause", self.opt(cause))])
            }
            StmtKind::Try(t) => (
                if t.is_star { "TryStar" } else { "Try" },
                vec![
                    ("body", self.stmts(&t.body)),
                    ("handlers", Value::List(t.handlers.iter().map(|h| self.handler(h)).collect())),
                    ("orelse", self.stmts(&t.orelse)),
                    ("finalbody", self.stmts(&t.finalbody)),
                ],
            ),
            StmtKind::Match(m) => (
                "Match",
                vec![
                    ("subject", self.expr(&m.subject)),
                    ("cases", Value::List(m.cases.iter().map(|c| self.case(c)).collect())),
                ],
            ),
            StmtKind::Assert { test, msg } => {
                ("Assert", vec![("test", self.expr(test)), ("msg", self.opt(msg))])
            }
            StmtKind::Import(names) => ("Import", vec![("names", self.aliases(names))]),
            StmtKind::ImportFrom { module, names, level } => (
                "ImportFrom",
                vec![
                    ("module", module.as_deref().map_or(Value::Omit, name)),
                    ("names", self.aliases(names)),
                    ("level", atom(level.to_string())),
                ],
            ),
            StmtKind::Global(names) => {
                ("Global", vec![("names", Value::List(names.iter().map(|n| name(n)).collect()))])
            }
            StmtKind::Nonlocal(names) => {
                ("Nonlocal", vec![("names", Value::List(names.iter().map(|n| name(n)).collect()))])
            }
            StmtKind::Expr(e) => ("Expr", vec![("value", self.expr(e))]),
            StmtKind::Pass => ("Pass", Vec::new()),
            StmtKind::Break => ("Break", Vec::new()),
            StmtKind::Continue => ("Continue", Vec::new()),
        };
        self.located(class, fields, s.span)
    }

    fn aliases(&self, names: &[Alias]) -> Value {
        Value::List(
            names
                .iter()
                .map(|a| {
                    let asname = a.asname.as_deref().map_or(Value::Omit, name);
                    self.located("alias", vec![("name", name(&a.name)), ("asname", asname)], a.span)
                })
                .collect(),
        )
    }

    fn with_item(&self, i: &WithItem) -> Value {
        Value::Node(
            "withitem",
            vec![("context_expr", self.expr(&i.context_expr)), ("optional_vars", self.opt(&i.optional_vars))],
        )
    }

    fn case(&self, c: &MatchCase) -> Value {
        Value::Node(
            "match_case",
            vec![
                ("pattern", self.pattern(&c.pattern)),
                ("guard", self.opt(&c.guard)),
                ("body", self.stmts(&c.body)),
            ],
        )
    }

    fn patterns(&self, ps: &[Pattern]) -> Value {
        Value::List(ps.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        let opt_name = |n: &Option<Ident>| n.as_deref().map_or(Value::Omit, name);
        let (class, fields): (&'static str, Vec<(&'static str, Value)>) = match &p.kind {
            PatternKind::MatchValue(e) => ("MatchValue", vec![("value", self.expr(e))]),
            PatternKind::MatchSingleton(c) => ("MatchSingleton", vec![("value", atom(constant_repr(c)))]),
            PatternKind::MatchSequence(ps) => ("MatchSequence", vec![("patterns", self.patterns(ps))]),
            PatternKind::MatchMapping { keys, patterns, rest } => (
                "MatchMapping",
                vec![
                    ("keys", self.exprs(keys)),
                    ("patterns", self.patterns(patterns)),
                    ("rest", opt_name(rest)),
                ],
            ),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => (
                "MatchClass",
                vec![
                    ("cls", self.expr(cls)),
                    ("patterns", self.patterns(patterns)),
                    ("kwd_attrs", Value::List(kwd_attrs.iter().map(|n| name(n)).collect())),
                    ("kwd_patterns", self.patterns(kwd_patterns)),
                ],
            ),
            PatternKind::MatchStar(n) => ("MatchStar", vec![("name", opt_name(n))]),
            PatternKind::MatchAs { pattern, name: n } => (
                "MatchAs",
                vec![
                    ("pattern", pattern.as_ref().map_or(Value::Omit, |p| self.pattern(p))),
                    ("name", opt_name(n)),
                ],
            ),
            PatternKind::MatchOr(ps) => ("MatchOr", vec![("patterns", self.patterns(ps))]),
        };
        self.located(class, fields, p.span)
    }

    fn handler(&self, h: &ExceptHandler) -> Value {
        let fields = vec![
            ("type", self.opt(&h.type_)),
            ("name", h.name.as_deref().map_or(Value::Omit, name)),
            ("body", self.stmts(&h.body)),
        ];
        self.located("ExceptHandler", fields, h.span)
    }

    fn arg(&self, a: &Arg) -> Value {
        let fields = vec![
            ("arg", name(&a.arg)),
            ("annotation", self.opt(&a.annotation)),
            ("type_comment", Value::Omit),
        ];
        self.located("arg", fields, a.span)
    }

    fn arguments(&self, a: &Arguments) -> Value {
        let args = |v: &[Arg]| Value::List(v.iter().map(|x| self.arg(x)).collect());
        let kw_defaults = Value::List(
            a.kw_defaults.iter().map(|d| d.as_ref().map_or(atom("None"), |e| self.expr(e))).collect(),
        );
        Value::Node(
            "arguments",
            vec![
                ("posonlyargs", args(&a.posonlyargs)),
                ("args", args(&a.args)),
                ("vararg", a.vararg.as_ref().map_or(Value::Omit, |x| self.arg(x))),
                ("kwonlyargs", args(&a.kwonlyargs)),
                ("kw_defaults", kw_defaults),
                ("kwarg", a.kwarg.as_ref().map_or(Value::Omit, |x| self.arg(x))),
                ("defaults", self.exprs(&a.defaults)),
            ],
        )
    }

    fn keyword(&self, k: &Keyword) -> Value {
        let fields =
            vec![("arg", k.arg.as_deref().map_or(Value::Omit, name)), ("value", self.expr(&k.value))];
        self.located("keyword", fields, k.span)
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Value {
        Value::List(
            gens.iter()
                .map(|c| {
                    Value::Node(
                        "comprehension",
                        vec![
                            ("target", self.expr(&c.target)),
                            ("iter", self.expr(&c.iter)),
                            ("ifs", self.exprs(&c.ifs)),
                            ("is_async", atom(if c.is_async { "1" } else { "0" })),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn expr(&self, e: &Expr) -> Value {
        let ctx = |c: &Ctx| {
            unit(match c {
                Ctx::Load => "Load",
                Ctx::Store => "Store",
                Ctx::Del => "Del",
            })
        };
        let (class, fields): (&'static str, Vec<(&'static str, Value)>) = match &e.kind {
            ExprKind::BoolOp { op, values } => (
                "BoolOp",
                vec![
                    ("op", unit(if *op == BoolOp::And { "And" } else { "Or" })),
                    ("values", self.exprs(values)),
                ],
            ),
            ExprKind::NamedExpr { target, value } => {
                ("NamedExpr", vec![("target", self.expr(target)), ("value", self.expr(value))])
            }
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![("left", self.expr(left)), ("op", unit(operator(*op))), ("right", self.expr(right))],
            ),
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                ("UnaryOp", vec![("op", unit(op)), ("operand", self.expr(operand))])
            }
            ExprKind::Lambda { args, body } => {
                ("Lambda", vec![("args", self.arguments(args)), ("body", self.expr(body))])
            }
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![("test", self.expr(test)), ("body", self.expr(body)), ("orelse", self.expr(orelse))],
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                vec![
                    (
                        "keys",
                        Value::List(
                            keys.iter().map(|k| k.as_ref().map_or(atom("None"), |k| self.expr(k))).collect(),
                        ),
                    ),
                    ("values", self.exprs(values)),
                ],
            ),
            ExprKind::Set(elts) => ("Set", vec![("elts", self.exprs(elts))]),
            ExprKind::ListComp { elt, generators } => {
                ("ListComp", vec![("elt", self.expr(elt)), ("generators", self.comprehensions(generators))])
            }
            ExprKind::SetComp { elt, generators } => {
                ("SetComp", vec![("elt", self.expr(elt)), ("generators", self.comprehensions(generators))])
            }
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![("elt", self.expr(elt)), ("generators", self.comprehensions(generators))],
            ),
            ExprKind::DictComp { key, value, generators } => (
                "DictComp",
                vec![
                    ("key", self.expr(key)),
                    ("value", self.expr(value)),
                    ("generators", self.comprehensions(generators)),
                ],
            ),
            ExprKind::Await(v) => ("Await", vec![("value", self.expr(v))]),
            ExprKind::Yield(v) => ("Yield", vec![("value", self.opt_box(v))]),
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![("value", self.expr(v))]),
            ExprKind::Compare { left, ops, comparators } => (
                "Compare",
                vec![
                    ("left", self.expr(left)),
                    ("ops", Value::List(ops.iter().map(|o| unit(cmp_op(*o))).collect())),
                    ("comparators", self.exprs(comparators)),
                ],
            ),
            ExprKind::Call { func, args, keywords } => (
                "Call",
                vec![
                    ("func", self.expr(func)),
                    ("args", self.exprs(args)),
                    ("keywords", Value::List(keywords.iter().map(|k| self.keyword(k)).collect())),
                ],
            ),
            ExprKind::FormattedValue { value, conversion, format_spec } => (
                "FormattedValue",
                vec![
                    ("value", self.expr(value)),
                    ("conversion", atom(conversion.map_or(-1, |c| c as i64).to_string())),
                    ("format_spec", self.opt_box(format_spec)),
                ],
            ),
            ExprKind::JoinedStr(values) => ("JoinedStr", vec![("values", self.exprs(values))]),
            ExprKind::Constant(c) => {
                let kind = match c {
                    Constant::Str { u_prefix: true, .. } => atom("'u'"),
                    _ => Value::Omit,
                };
                ("Constant", vec![("value", atom(constant_repr(c))), ("kind", kind)])
            }
            ExprKind::Attribute { value, attr, ctx: c } => {
                ("Attribute", vec![("value", self.expr(value)), ("attr", name(attr)), ("ctx", ctx(c))])
            }
            ExprKind::Subscript { value, slice, ctx: c } => {
                ("Subscript", vec![("value", self.expr(value)), ("slice", self.expr(slice)), ("ctx", ctx(c))])
            }
            ExprKind::Starred { value, ctx: c } => {
                ("Starred", vec![("value", self.expr(value)), ("ctx", ctx(c))])
            }
            ExprKind::Name { id, ctx: c } => ("Name", vec![("id", name(id)), ("ctx", ctx(c))]),
            ExprKind::List { elts, ctx: c } => ("List", vec![("elts", self.exprs(elts)), ("ctx", ctx(c))]),
            ExprKind::Tuple { elts, ctx: c } => ("Tuple", vec![("elts", self.exprs(elts)), ("ctx", ctx(c))]),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                vec![
                    ("lower", self.opt_box(lower)),
                    ("upper", self.opt_box(upper)),
                    ("step", self.opt_box(step)),
                ],
            ),
        };
        self.located(class, fields, e.span)
    }
}

pub(crate) fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(Int::Small(i)) => i.to_string(),
        Constant::Int(Int::Big(b)) => b.to_string(),
        Constant::Float(f) => repr::float_repr(*f),
        Constant::Complex(im) => repr::imag_repr(*im),
        Constant::Str { value, .. } => repr::str_repr(value),
        Constant::Bytes(b) => repr::bytes_repr(b),
    }
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// `ast.dump`'s `_format` with `indent='  '`: returns the text and whether it was "simple" (an
/// atom or a node without fields), which decides whether a node fits on one line.
fn format(v: &Value, level: usize) -> (String, bool) {
    let level = level + 1;
    let prefix = format!("\n{}", "  ".repeat(level));
    let sep = format!(",\n{}", "  ".repeat(level));
    match v {
        Value::Node(class, fields) => {
            let mut args = Vec::new();
            let mut all_simple = true;
            for (field, value) in fields {
                if let Value::Omit = value {
                    continue;
                }
                let (text, simple) = format(value, level);
                all_simple &= simple;
                args.push(format!("{field}={text}"));
            }
            if all_simple && args.len() <= 3 {
                let simple = args.is_empty();
                return (format!("{class}({})", args.join(", ")), simple);
            }
            (format!("{class}({prefix}{})", args.join(&sep)), false)
        }
        Value::List(items) => {
            if items.is_empty() {
                return ("[]".into(), true);
            }
            let parts: Vec<String> = items.iter().map(|x| format(x, level).0).collect();
            (format!("[{prefix}{}]", parts.join(&sep)), false)
        }
        Value::Atom(s) => (s.clone(), true),
        Value::Omit => ("None".into(), true),
    }
}
