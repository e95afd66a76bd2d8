//! The syntax errors CPython raises after parsing, while compiling: `return` outside a function,
//! `break` outside a loop, misplaced starred targets, and the like. `ast.parse` accepts these
//! programs; `compile()` and running them do not. Checks that need scopes resolved (`nonlocal`
//! bindings, names used before `global`) belong to the compiler's symbol table.

use crate::ast::*;
use crate::error::ParseError;

#[derive(Clone, Copy, Default)]
struct Context {
    in_function: bool,
    in_async_function: bool,
    in_loop: bool,
    at_module_level: bool,
    /// In an `except*` clause and no loop inside it: `break` and `continue` cannot leave it.
    in_except_star: bool,
    /// The line of the module's last future statement (0 for none): a `from __future__`
    /// import past it is misplaced.
    future_line: u32,
}

/// Checks a parsed module the way CPython's compiler would before running it.
pub fn check_module(m: &Module) -> Result<(), ParseError> {
    let future_line = future_statements(&m.body)?;
    let cx = Context { at_module_level: true, future_line, ..Context::default() };
    stmts(&m.body, cx)
}

/// The features a future statement may name in 3.11.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

/// The future statements at the start of a module (after a docstring, perhaps several on a
/// line joined by semicolons), checked as CPython's future parser checks them: each names a
/// known feature, and one after another statement on the same line is misplaced (reported a
/// column to the left, as CPython does). Returns the line of the last one.
fn future_statements(body: &[Stmt]) -> Result<u32, ParseError> {
    let (mut done, mut found_docstring, mut prev_line, mut last) = (false, false, 0, 0);
    for s in body {
        let line = s.span.start.line;
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, .. } if &**m == "__future__" => {
                if done {
                    let mut at = s.span.start;
                    at.col = at.col.saturating_sub(1);
                    at.offset = at.offset.saturating_sub(1);
                    return Err(ParseError::at(LATE_FUTURE, at));
                }
                for a in names {
                    if &*a.name == "braces" {
                        return Err(ParseError::at("not a chance", s.span.start));
                    }
                    if !FUTURE_FEATURES.contains(&&*a.name) {
                        let msg = format!("future feature {} is not defined", a.name);
                        return Err(ParseError::at(msg, s.span.start));
                    }
                }
                last = line;
            }
            StmtKind::Expr(e) if !found_docstring => {
                found_docstring = true;
                done = !matches!(e.kind, ExprKind::Constant(Constant::Str { .. }));
            }
            _ => done = true,
        }
    }
    Ok(last)
}

fn fail<T>(msg: &str, span: Span) -> Result<T, ParseError> {
    Err(ParseError::new(msg, span.start, span.end))
}

fn stmts(body: &[Stmt], cx: Context) -> Result<(), ParseError> {
    body.iter().try_for_each(|s| stmt(s, cx))
}

fn stmt(s: &Stmt, cx: Context) -> Result<(), ParseError> {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            f.decorator_list.iter().try_for_each(|e| expr(e, cx))?;
            arguments(&f.args, cx)?;
            if let Some(r) = &f.returns {
                expr(r, cx)?;
            }
            let inner = Context {
                in_function: true,
                in_async_function: f.is_async,
                in_loop: false,
                at_module_level: false,
                in_except_star: false,
                future_line: cx.future_line,
            };
            stmts(&f.body, inner)
        }
        StmtKind::ClassDef(c) => {
            c.decorator_list.iter().try_for_each(|e| expr(e, cx))?;
            c.bases.iter().try_for_each(|e| expr(e, cx))?;
            c.keywords.iter().try_for_each(|k| expr(&k.value, cx))?;
            stmts(&c.body, Context { in_loop: false, at_module_level: false, in_except_star: false, ..cx })
        }
        StmtKind::Return(v) => {
            if !cx.in_function {
                return fail("'return' outside function", s.span);
            }
            v.iter().try_for_each(|e| expr(e, cx))
        }
        StmtKind::Delete(targets) => targets.iter().try_for_each(|e| expr(e, cx)),
        StmtKind::Assign { targets, value } => {
            for t in targets {
                target(t)?;
                expr(t, cx)?;
            }
            expr(value, cx)
        }
        StmtKind::AugAssign { target: t, value, .. } => {
            expr(t, cx)?;
            expr(value, cx)
        }
        StmtKind::AnnAssign { target: t, annotation, value, .. } => {
            expr(t, cx)?;
            expr(annotation, cx)?;
            value.iter().try_for_each(|e| expr(e, cx))
        }
        StmtKind::For(f) => {
            if f.is_async && !cx.in_async_function {
                return fail("'async for' outside async function", s.span);
            }
            target(&f.target)?;
            expr(&f.target, cx)?;
            expr(&f.iter, cx)?;
            stmts(&f.body, Context { in_loop: true, in_except_star: false, ..cx })?;
            stmts(&f.orelse, cx)
        }
        StmtKind::While { test, body, orelse } => {
            expr(test, cx)?;
            stmts(body, Context { in_loop: true, in_except_star: false, ..cx })?;
            stmts(orelse, cx)
        }
        StmtKind::If { test, body, orelse } => {
            expr(test, cx)?;
            stmts(body, cx)?;
            stmts(orelse, cx)
        }
        StmtKind::With { items, body, is_async } => {
            if *is_async && !cx.in_async_function {
                return fail("'async with' outside async function", s.span);
            }
            for item in items {
                expr(&item.context_expr, cx)?;
                if let Some(v) = &item.optional_vars {
                    target(v)?;
                    expr(v, cx)?;
                }
            }
            stmts(body, cx)
        }
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause.iter()).try_for_each(|e| expr(e, cx)),
        StmtKind::Try(t) => {
            stmts(&t.body, cx)?;
            for (i, h) in t.handlers.iter().enumerate() {
                if h.type_.is_none() && i + 1 < t.handlers.len() {
                    return fail("default 'except:' must be last", h.span);
                }
                h.type_.iter().try_for_each(|e| expr(e, cx))?;
                stmts(&h.body, Context { in_except_star: t.is_star || cx.in_except_star, ..cx })?;
            }
            stmts(&t.orelse, cx)?;
            stmts(&t.finalbody, cx)
        }
        StmtKind::Assert { test, msg } => {
            expr(test, cx)?;
            msg.iter().try_for_each(|e| expr(e, cx))
        }
        StmtKind::ImportFrom { module: Some(m), .. }
            if &**m == "__future__" && s.span.start.line > cx.future_line =>
        {
            fail(LATE_FUTURE, s.span)
        }
        StmtKind::ImportFrom { names, .. } => match names.iter().find(|a| &*a.name == "*") {
            Some(star) if !cx.at_module_level => fail("import * only allowed at module level", star.span),
            _ => Ok(()),
        },
        StmtKind::Expr(e) => expr(e, cx),
        StmtKind::Match(m) => {
            expr(&m.subject, cx)?;
            for (i, case) in m.cases.iter().enumerate() {
                let last = i + 1 == m.cases.len();
                Patterns::default().check(&case.pattern, case.guard.is_some() || last)?;
                case.guard.iter().try_for_each(|e| expr(e, cx))?;
                stmts(&case.body, cx)?;
            }
            Ok(())
        }
        StmtKind::Break | StmtKind::Continue if cx.in_except_star => {
            fail("'break', 'continue' and 'return' cannot appear in an except* block", s.span)
        }
        StmtKind::Break if !cx.in_loop => fail("'break' outside loop", s.span),
        StmtKind::Continue if !cx.in_loop => fail("'continue' not properly in loop", s.span),
        StmtKind::Import(_)
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => Ok(()),
    }
}

fn arguments(a: &Arguments, cx: Context) -> Result<(), ParseError> {
    a.defaults.iter().chain(a.kw_defaults.iter().flatten()).try_for_each(|e| expr(e, cx))?;
    let all = a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg);
    all.filter_map(|p| p.annotation.as_ref()).try_for_each(|e| expr(e, cx))
}

/// Starred targets: at most one per tuple or list, and never on their own.
fn target(t: &Expr) -> Result<(), ParseError> {
    match &t.kind {
        ExprKind::Starred { .. } => fail("starred assignment target must be in a list or tuple", t.span),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            let starred = elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count();
            if starred > 1 {
                return fail("multiple starred expressions in assignment", t.span);
            }
            // CPython's bytecode holds the count before the star in one byte.
            if elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })).is_some_and(|i| i >= 256)
            {
                return fail("too many expressions in star-unpacking assignment", t.span);
            }
            for e in elts {
                match &e.kind {
                    ExprKind::Starred { value, .. } => target_inner(value)?,
                    _ => target(e)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn target_inner(t: &Expr) -> Result<(), ParseError> {
    match &t.kind {
        ExprKind::Tuple { .. } | ExprKind::List { .. } => target(t),
        _ => Ok(()),
    }
}

fn expr(e: &Expr, cx: Context) -> Result<(), ParseError> {
    crate::grow_stack(|| expr_checked(e, cx))
}

fn expr_checked(e: &Expr, cx: Context) -> Result<(), ParseError> {
    let sub = |x: &Expr| expr(x, cx);
    match &e.kind {
        ExprKind::Yield(v) => {
            if !cx.in_function {
                return fail("'yield' outside function", e.span);
            }
            v.as_deref().map_or(Ok(()), sub)
        }
        ExprKind::YieldFrom(v) => {
            if !cx.in_function {
                return fail("'yield' outside function", e.span);
            }
            if cx.in_async_function {
                return fail("'yield from' inside async function", e.span);
            }
            sub(v)
        }
        ExprKind::Await(v) => {
            if !cx.in_function {
                return fail("'await' outside function", e.span);
            }
            if !cx.in_async_function {
                return fail("'await' outside async function", e.span);
            }
            sub(v)
        }
        // Displays, calls and targets look through their starred elements; anywhere else a star
        // is misplaced.
        ExprKind::Starred { .. } => fail("can't use starred expression here", e.span),
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(sub),
        ExprKind::NamedExpr { value, .. } => sub(value),
        ExprKind::BinOp { left, right, .. } => {
            sub(left)?;
            sub(right)
        }
        ExprKind::UnaryOp { operand, .. } => sub(operand),
        ExprKind::Lambda { args, body } => {
            arguments(args, cx)?;
            expr(
                body,
                Context {
                    in_function: true,
                    in_async_function: false,
                    in_loop: false,
                    at_module_level: false,
                    in_except_star: false,
                    future_line: cx.future_line,
                },
            )
        }
        ExprKind::IfExp { test, body, orelse } => {
            sub(test)?;
            sub(body)?;
            sub(orelse)
        }
        ExprKind::Dict { keys, values } => keys.iter().flatten().chain(values).try_for_each(sub),
        ExprKind::Set(elts) | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().try_for_each(|x| unstarred(x, cx))
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehension(generators, cx)?;
            no_yield_in_comprehension(elt, e)?;
            sub(elt)
        }
        ExprKind::DictComp { key, value, generators } => {
            comprehension(generators, cx)?;
            no_yield_in_comprehension(key, e)?;
            no_yield_in_comprehension(value, e)?;
            sub(key)?;
            sub(value)
        }
        ExprKind::Compare { left, comparators, .. } => {
            sub(left)?;
            comparators.iter().try_for_each(sub)
        }
        ExprKind::Call { func, args, keywords } => {
            sub(func)?;
            args.iter().try_for_each(|x| unstarred(x, cx))?;
            keywords.iter().try_for_each(|k| sub(&k.value))
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            sub(value)?;
            format_spec.as_deref().map_or(Ok(()), sub)
        }
        ExprKind::JoinedStr(values) => values.iter().try_for_each(sub),
        ExprKind::Constant(_) | ExprKind::Name { .. } => Ok(()),
        ExprKind::Attribute { value, .. } => sub(value),
        ExprKind::Subscript { value, slice, .. } => {
            sub(value)?;
            sub(slice)
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().try_for_each(|x| sub(x))
        }
    }
}

/// An element of a display or an argument, where `*x` is allowed.
fn unstarred(e: &Expr, cx: Context) -> Result<(), ParseError> {
    match &e.kind {
        ExprKind::Starred { value, .. } => expr(value, cx),
        _ => expr(e, cx),
    }
}

fn comprehension(generators: &[Comprehension], cx: Context) -> Result<(), ParseError> {
    for g in generators {
        target(&g.target)?;
        expr(&g.iter, cx)?;
        g.ifs.iter().try_for_each(|e| expr(e, cx))?;
    }
    Ok(())
}

/// `[(yield x) for x in y]` is an error since Python 3.8; the message names the comprehension.
fn no_yield_in_comprehension(e: &Expr, comp: &Expr) -> Result<(), ParseError> {
    if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = e.kind {
        let what = match comp.kind {
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            _ => "generator expression",
        };
        return fail(&format!("'yield' inside {what}"), e.span);
    }
    Ok(())
}

/// The checks CPython's compiler makes of a case's pattern, in the order it makes them: a
/// name bound twice, a capture or wildcard that makes what follows unreachable, alternatives
/// binding different names, two starred names, duplicate literal keys or attributes.
#[derive(Default)]
struct Patterns<'a> {
    /// The names bound so far, in order.
    bound: Vec<&'a str>,
}

impl<'a> Patterns<'a> {
    fn bind(&mut self, name: &'a str, span: Span) -> Result<(), ParseError> {
        if name == "__debug__" {
            return fail("cannot assign to __debug__", span);
        }
        if self.bound.contains(&name) {
            return fail(&format!("multiple assignments to name '{name}' in pattern"), span);
        }
        self.bound.push(name);
        Ok(())
    }

    /// `irrefutable_ok`: whether a pattern that always matches may stand here (the last case,
    /// a guarded one, a sub-pattern, the last alternative of one of those).
    fn check(&mut self, p: &'a Pattern, irrefutable_ok: bool) -> Result<(), ParseError> {
        match &p.kind {
            PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchAs { pattern: None, name } => {
                if !irrefutable_ok {
                    let msg = match name {
                        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return fail(&msg, p.span);
                }
                name.as_deref().map_or(Ok(()), |n| self.bind(n, p.span))
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                self.check(inner, irrefutable_ok)?;
                name.as_deref().map_or(Ok(()), |n| self.bind(n, p.span))
            }
            PatternKind::MatchStar(name) => name.as_deref().map_or(Ok(()), |n| self.bind(n, p.span)),
            PatternKind::MatchSequence(items) => {
                if items.iter().filter(|i| matches!(i.kind, PatternKind::MatchStar(_))).count() > 1 {
                    return fail("multiple starred names in sequence pattern", p.span);
                }
                items.iter().try_for_each(|i| self.check(i, true))
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                let mut seen: Vec<String> = Vec::new();
                for k in keys {
                    if let ExprKind::Constant(c) = &k.kind {
                        let text = crate::dump::constant_repr(c);
                        if seen.contains(&text) {
                            return fail(&format!("mapping pattern checks duplicate key ({text})"), p.span);
                        }
                        seen.push(text);
                    }
                }
                patterns.iter().try_for_each(|i| self.check(i, true))?;
                rest.as_deref().map_or(Ok(()), |n| self.bind(n, p.span))
            }
            PatternKind::MatchClass { patterns, kwd_attrs, kwd_patterns, .. } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(attr) {
                        return fail(
                            &format!("attribute name repeated in class pattern: {attr}"),
                            kwd_patterns[i].span,
                        );
                    }
                }
                patterns.iter().chain(kwd_patterns).try_for_each(|i| self.check(i, true))
            }
            PatternKind::MatchOr(alts) => {
                let mut first: Option<Vec<&'a str>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    let mut inner = Patterns::default();
                    inner.check(alt, irrefutable_ok && i + 1 == alts.len())?;
                    match &first {
                        None => first = Some(inner.bound),
                        Some(names) => {
                            let same = names.len() == inner.bound.len()
                                && inner.bound.iter().all(|n| names.contains(n));
                            if !same {
                                // Where CPython's compiler stands when it finds out: the
                                // alternative's last pattern.
                                return fail(
                                    "alternative patterns bind different names",
                                    last_node(alt).span,
                                );
                            }
                        }
                    }
                }
                for name in first.unwrap_or_default() {
                    self.bind(name, p.span)?;
                }
                Ok(())
            }
        }
    }
}

/// The pattern compiled last within `p`: its rightmost, deepest sub-pattern.
fn last_node(p: &Pattern) -> &Pattern {
    let last = match &p.kind {
        PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => ps.last(),
        PatternKind::MatchMapping { patterns, .. } => patterns.last(),
        PatternKind::MatchClass { patterns, kwd_patterns, .. } => kwd_patterns.last().or(patterns.last()),
        PatternKind::MatchAs { pattern, .. } => pattern.as_deref(),
        PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) | PatternKind::MatchStar(_) => None,
    };
    last.map_or(p, last_node)
}
