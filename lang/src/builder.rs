//! The grammar's actions that need more than one line: assembling nodes and the checks CPython's
//! grammar makes on whole constructs (assignment targets, parameter order, call arguments), with
//! its messages and locations.

use unicode_normalization::UnicodeNormalization;

use crate::ast::*;
use crate::error::ParseError;

/// What a fallible action returns: lalrpop's error type around ours. The token lifetime is free, so
/// these helpers serve the parser whatever text it borrows.
type Result<'t, T> = std::result::Result<T, lalrpop_util::ParseError<Pos, crate::token::Tok<'t>, ParseError>>;

fn fail<'t, T>(msg: impl Into<String>, span: Span) -> Result<'t, T> {
    Err(lalrpop_util::ParseError::User { error: ParseError::new(msg, span.start, span.end) })
}

/// What the parser's single start rule produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// A parameter as written, before the order rules are checked.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Slash(Span),
    Star(Option<Arg>, Span),
    /// `**kwargs`, and the span of a default wrongly given to it.
    DoubleStar(Arg, Option<Span>),
}

/// A call argument as written, before the order rules are checked.
pub enum Argument {
    Positional(Expr),
    Generator(Expr, Vec<Comprehension>, Span),
    Keyword(Expr, Expr, Span),
    DoubleStar(Expr, Span),
}

/// Where a target appears, which decides CPython's wording for an invalid one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    Assign,
    For,
    With,
    Del,
}

/// Identifiers are NFKC-normalised, as Python specifies (`ﬁ` and `fi` are the same name).
pub fn ident(name: &str) -> Ident {
    if name.is_ascii() { name.into() } else { name.nfkc().collect::<String>().into() }
}

/// CPython's name for a kind of expression in error messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target (`_PyPegen_get_invalid_target`).
fn invalid_target(e: &Expr, kind: SubjectKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == SubjectKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == SubjectKind::For && ops[0] == CmpOp::In => {
            invalid_target(left, kind)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Turns a parsed expression into a target with the given context, or says why it cannot be one.
pub fn target<'t>(mut e: Expr, ctx: Ctx, kind: SubjectKind) -> Result<'t, Expr> {
    if let Some(bad) = invalid_target(&e, kind) {
        let verb = if kind == SubjectKind::Del { "delete" } else { "assign to" };
        return fail(format!("cannot {verb} {}", expr_name(bad)), bad.span);
    }
    set_ctx(&mut e, ctx);
    Ok(e)
}

fn set_ctx(e: &mut Expr, new: Ctx) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => {
            *ctx = new;
        }
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for x in elts {
                set_ctx(x, new);
            }
        }
        _ => {}
    }
}

pub fn expr_stmt<'t>(e: Expr, span: Span) -> Result<'t, Stmt> {
    if let ExprKind::Starred { .. } = e.kind {
        return fail("can't use starred expression here", e.span);
    }
    Ok(Stmt::new(span, StmtKind::Expr(e)))
}

pub fn assign<'t>(first: Expr, rest: Vec<Expr>, span: Span) -> Result<'t, Stmt> {
    let mut exprs = Vec::with_capacity(rest.len() + 1);
    exprs.push(first);
    exprs.extend(rest);
    let value = exprs.pop().unwrap_or_else(|| unreachable!("an assignment has a value"));
    let single = exprs.len() == 1;
    let mut targets = Vec::with_capacity(exprs.len());
    for (k, t) in exprs.into_iter().enumerate() {
        // A yield after an `=` may be bare (`x = yield = 3`), which CPython refuses as an
        // assignment to it; the first target can only be one in parentheses (`(yield) = 3`),
        // an invalid target like any other (a bare one is `parser::assignment_to_yield`'s).
        if k > 0 && matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return fail("assignment to yield expression not possible", t.span);
        }
        if let Some(bad) = invalid_target(&t, SubjectKind::Assign) {
            // CPython's invalid_named_expression rule: a lone, non-display target followed by a
            // simple value reads as a comparison typed with one '='.
            let display = matches!(
                t.kind,
                ExprKind::List { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            );
            let msg = if single && !display && is_bitwise_or_level(&value) {
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(bad))
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return fail(msg, bad.span);
        }
        let mut t = t;
        set_ctx(&mut t, Ctx::Store);
        targets.push(t);
    }
    Ok(Stmt::new(span, StmtKind::Assign { targets, value }))
}

/// Whether CPython's `bitwise_or` rule matches a prefix of `e`: it does unless `e` starts with
/// `not`, `lambda`, `yield` or a star.
fn is_bitwise_or_level(e: &Expr) -> bool {
    let mut e = e;
    loop {
        e = match &e.kind {
            ExprKind::BoolOp { values, .. } => &values[0],
            ExprKind::Compare { left, .. } | ExprKind::BinOp { left, .. } => left,
            ExprKind::IfExp { body, .. } => body,
            ExprKind::Tuple { elts, .. } if !elts.is_empty() && elts[0].span.start == e.span.start => {
                &elts[0]
            }
            ExprKind::Lambda { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Starred { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. } => return false,
            _ => return true,
        };
    }
}

pub fn aug_assign<'t>(mut target: Expr, op: Operator, value: Expr, span: Span) -> Result<'t, Stmt> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target));
            return fail(msg, target.span);
        }
    }
    set_ctx(&mut target, Ctx::Store);
    Ok(Stmt::new(span, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign<'t>(
    mut target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    span: Span,
) -> Result<'t, Stmt> {
    let simple = match &target.kind {
        // A parenthesised name starts after the statement does.
        ExprKind::Name { .. } => target.span.start == span.start,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } => {
            return fail("only single target (not tuple) can be annotated", target.span);
        }
        ExprKind::List { .. } => return fail("only single target (not list) can be annotated", target.span),
        _ => return fail("illegal target for annotation", target.span),
    };
    set_ctx(&mut target, Ctx::Store);
    Ok(Stmt::new(span, StmtKind::AnnAssign { target, annotation, value, simple }))
}

pub fn delete<'t>(targets: Vec<Expr>, span: Span) -> Result<'t, Stmt> {
    let targets =
        targets.into_iter().map(|t| target(t, Ctx::Del, SubjectKind::Del)).collect::<Result<'_, Vec<_>>>()?;
    Ok(Stmt::new(span, StmtKind::Delete(targets)))
}

pub fn import_from<'t>(
    level: u32,
    module: Option<(Pos, String, Pos)>,
    names: Vec<Alias>,
    span: Span,
) -> Result<'t, Stmt> {
    if level == 0 && module.is_none() {
        return fail("invalid syntax", span);
    }
    let module = module.map(|m| m.1.into());
    Ok(Stmt::new(span, StmtKind::ImportFrom { module, names, level }))
}

pub fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    s
}

/// A compound statement spans from its keyword to the end of its last block.
pub fn block_span(start: Pos, body: &[Stmt], orelse: &[Stmt]) -> Span {
    let last = orelse.last().or(body.last()).map_or(start, |s| s.span.end);
    Span::new(start, last)
}

pub fn if_chain(
    start: Pos,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(Pos, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    // `elif` nests: the last one gets the `else`, each earlier one holds the next.
    let mut orelse = orelse.unwrap_or_default();
    for (at, test, body) in elifs.into_iter().rev() {
        let span = block_span(at, &body, &orelse);
        orelse = vec![Stmt::new(span, StmtKind::If { test, body, orelse })];
    }
    let span = block_span(start, &body, &orelse);
    Stmt::new(span, StmtKind::If { test, body, orelse })
}

pub fn try_stmt<'t>(
    start: Pos,
    body: Vec<Stmt>,
    clauses: Vec<(ExceptHandler, Option<Pos>)>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Result<'t, Stmt> {
    // The first clause decides the kind; CPython names the first clause of the other kind.
    let is_star = clauses.first().is_some_and(|c| c.1.is_some());
    if let Some((h, star)) = clauses.iter().find(|c| c.1.is_some() != is_star) {
        let end = match star {
            Some(s) => *s,
            None => {
                Pos { offset: h.span.start.offset + 6, line: h.span.start.line, col: h.span.start.col + 6 }
            }
        };
        return fail(
            "cannot have both 'except' and 'except*' on the same 'try'",
            Span::new(h.span.start, end),
        );
    }
    let handlers: Vec<ExceptHandler> = clauses.into_iter().map(|c| c.0).collect();
    let end = finalbody
        .last()
        .or(orelse.last())
        .map(|s| s.span.end)
        .or(handlers.last().map(|h| h.span.end))
        .or(body.last().map(|s| s.span.end))
        .unwrap_or(start);
    let t = Try { body, handlers, orelse, finalbody, is_star };
    Ok(Stmt::new(Span::new(start, end), StmtKind::Try(Box::new(t))))
}

/// `except*:` names no type, which CPython's grammar refuses at the colon.
pub fn bare_except_star<'t, T>(colon: Span) -> Result<'t, T> {
    fail("expected one or more exception types", colon)
}

/// Builds `arguments` from parameters as written, enforcing Python's order rules.
pub fn arguments<'t>(items: Vec<ParamItem>) -> Result<'t, Arguments> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut names: Vec<Ident> = Vec::new();
    let n = items.len();
    // A bare `*` needs a keyword-only parameter right after it (`**kw` is none).
    let plain_at: Vec<bool> = items.iter().map(|p| matches!(p, ParamItem::Plain(..))).collect();
    let duplicate = |names: &[Ident], arg: &Arg| -> Result<'t, ()> {
        if names.contains(&arg.arg) {
            return fail(format!("duplicate argument '{}' in function definition", arg.arg), arg.span);
        }
        Ok(())
    };
    for (i, item) in items.into_iter().enumerate() {
        match item {
            ParamItem::Plain(arg, default) => {
                duplicate(&names, &arg)?;
                names.push(arg.arg.clone());
                if seen_star {
                    a.kw_defaults.push(default);
                    a.kwonlyargs.push(arg);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return fail("non-default argument follows default argument", arg.span);
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return fail("/ may appear only once", span);
                }
                if seen_star {
                    return fail("/ must be ahead of *", span);
                }
                if a.args.is_empty() {
                    return fail("at least one argument must precede /", span);
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(arg, span) => {
                if seen_star {
                    return fail("* argument may appear only once", span);
                }
                seen_star = true;
                if let Some(arg) = arg {
                    duplicate(&names, &arg)?;
                    names.push(arg.arg.clone());
                    a.vararg = Some(arg);
                } else if !plain_at.get(i + 1).copied().unwrap_or(false) {
                    return fail("named arguments must follow bare *", span);
                }
            }
            ParamItem::DoubleStar(arg, default) => {
                if let Some(d) = default {
                    return fail("var-keyword argument cannot have default value", d);
                }
                if i + 1 != n {
                    return fail("arguments cannot follow var-keyword argument", arg.span);
                }
                duplicate(&names, &arg)?;
                a.kwarg = Some(arg);
            }
        }
    }
    Ok(a)
}

pub fn lambda<'t>(params: Vec<ParamItem>, body: Expr, span: Span) -> Result<'t, Expr> {
    let args = arguments(params)?;
    Ok(Expr::new(span, ExprKind::Lambda { args: Box::new(args), body: body.boxed() }))
}

pub fn tuple(mut items: Vec<Expr>, last: Option<Expr>, span: Span) -> Expr {
    items.extend(last);
    Expr::new(span, ExprKind::Tuple { elts: items, ctx: Ctx::Load })
}

pub fn parenthesized<'t>(e: Expr) -> Result<'t, Expr> {
    if let ExprKind::Starred { .. } = e.kind {
        return fail("cannot use starred expression here", e.span);
    }
    Ok(e)
}

pub fn named_expr<'t>(target: Expr, value: Expr, span: Span) -> Result<'t, Expr> {
    if !matches!(target.kind, ExprKind::Name { .. }) {
        return fail(format!("cannot use assignment expressions with {}", expr_name(&target)), target.span);
    }
    let mut target = target;
    set_ctx(&mut target, Ctx::Store);
    Ok(Expr::new(span, ExprKind::NamedExpr { target: target.boxed(), value: value.boxed() }))
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    Expr::new(span, ExprKind::BoolOp { op, values })
}

pub fn bin(left: Expr, op: Operator, right: Expr, span: Span) -> Expr {
    Expr::new(span, ExprKind::BinOp { left: left.boxed(), op, right: right.boxed() })
}

/// A call. A generator expression as the sole argument takes the call's parentheses as its own
/// (`paren` is where they open), as in CPython.
pub fn call<'t>(func: Expr, args: Vec<Argument>, paren: Pos, span: Span) -> Result<'t, Expr> {
    let bare_generator = matches!(args.as_slice(), [Argument::Generator(..)]);
    // The closing parenthesis, one character before the call's end.
    let close = Pos { offset: span.end.offset - 1, line: span.end.line, col: span.end.col.saturating_sub(1) };
    let (mut args, keywords) = call_arguments(args, close)?;
    if bare_generator {
        args[0].span = Span::new(paren, span.end);
    }
    Ok(Expr::new(span, ExprKind::Call { func: func.boxed(), args, keywords }))
}

/// Splits call arguments into positional ones and keywords, enforcing Python's order rules.
/// `close` is where the closing parenthesis is: CPython reports a positional argument out of
/// order where its parser stopped, there.
pub fn call_arguments<'t>(items: Vec<Argument>, close: Pos) -> Result<'t, (Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let sole = items.len() == 1;
    let mut seen_keyword_unpacking = false;
    for item in items {
        match item {
            Argument::Positional(e) => {
                if !keywords.is_empty() {
                    let starred = matches!(e.kind, ExprKind::Starred { .. });
                    if starred && seen_keyword_unpacking {
                        // At the star, the token CPython's rule stops at.
                        let star_end = Pos {
                            offset: e.span.start.offset + 1,
                            col: e.span.start.col + 1,
                            ..e.span.start
                        };
                        return fail(
                            "iterable argument unpacking follows keyword argument unpacking",
                            Span::new(e.span.start, star_end),
                        );
                    }
                    if !starred {
                        let msg = if seen_keyword_unpacking {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        let close_end = Pos { offset: close.offset + 1, col: close.col + 1, ..close };
                        return fail(msg, Span::new(close, close_end));
                    }
                }
                args.push(e);
            }
            Argument::Generator(elt, generators, span) => {
                if !sole {
                    return fail("Generator expression must be parenthesized", span);
                }
                let kind = ExprKind::GeneratorExp { elt: elt.boxed(), generators };
                args.push(Expr::new(span, kind));
            }
            Argument::Keyword(k, value, span) => {
                let ExprKind::Name { id, .. } = &k.kind else {
                    let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                    return fail(msg, Span::new(k.span.start, value.span.end));
                };
                if keywords.iter().any(|kw| kw.arg.as_deref() == Some(&*id)) {
                    return fail(format!("keyword argument repeated: {id}"), k.span);
                }
                keywords.push(Keyword { span, arg: Some(id.clone()), value });
            }
            Argument::DoubleStar(value, span) => {
                seen_keyword_unpacking = true;
                keywords.push(Keyword { span, arg: None, value });
            }
        }
    }
    Ok((args, keywords))
}
