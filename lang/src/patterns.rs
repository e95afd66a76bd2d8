//! Building `match` statements and their patterns from the grammar's pieces, with the syntax
//! errors CPython's parser reports for them. The errors that need a whole pattern in view
//! (names bound twice, unreachable cases, alternatives binding different names) are the
//! validator's (`validate.rs`), as they are CPython's compiler's.

use crate::ast::*;
use crate::error::ParseError;
use crate::span::{Pos, Span};

type Result<'t, T> = std::result::Result<T, lalrpop_util::ParseError<Pos, crate::token::Tok<'t>, ParseError>>;

fn fail<'t, T>(msg: impl Into<String>, span: Span) -> Result<'t, T> {
    Err(lalrpop_util::ParseError::User { error: ParseError::new(msg, span.start, span.end) })
}

/// An item between the braces of a mapping pattern.
pub enum MapItem<'a> {
    Pair(Box<(Expr, Pattern)>),
    /// `**name`: the name, where the `**` is and where the name is.
    Rest(&'a str, Span, Span),
}

/// An argument of a class pattern: `C(pattern)` or `C(name=pattern)`.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(Ident, Pattern),
}

/// `colon`: where the header's `:` is, which CPython blames for a starred subject.
pub fn match_stmt<'t>(start: Pos, subject: Expr, colon: Span, cases: Vec<MatchCase>) -> Result<'t, Stmt> {
    if let ExprKind::Starred { .. } = subject.kind {
        return fail("invalid syntax", colon);
    }
    let end = cases.last().and_then(|c| c.body.last()).map_or(subject.span.end, |s| s.span.end);
    Ok(Stmt::new(Span::new(start, end), StmtKind::Match(Box::new(Match { subject, cases }))))
}

/// A bare name: the wildcard `_`, or a capture.
pub fn capture<'t>(name: &str, span: Span) -> Result<'t, Pattern> {
    let name = crate::builder::ident(name);
    let name = (&*name != "_").then_some(name);
    Ok(Pattern { span, kind: PatternKind::MatchAs { pattern: None, name } })
}

pub fn as_pattern<'t>(pattern: Pattern, name: &str, name_span: Span, span: Span) -> Result<'t, Pattern> {
    if name == "_" {
        return fail("cannot use '_' as a target", name_span);
    }
    let name = Some(crate::builder::ident(name));
    Ok(Pattern { span, kind: PatternKind::MatchAs { pattern: Some(Box::new(pattern)), name } })
}

pub fn star(name: &str, span: Span) -> Pattern {
    let name = crate::builder::ident(name);
    Pattern { span, kind: PatternKind::MatchStar((&*name != "_").then_some(name)) }
}

pub fn or(first: Pattern, rest: Vec<Pattern>, span: Span) -> Pattern {
    let mut all = vec![first];
    all.extend(rest);
    Pattern { span, kind: PatternKind::MatchOr(all) }
}

pub fn sequence(first: Pattern, rest: Vec<Pattern>, span: Span) -> Pattern {
    let mut all = vec![first];
    all.extend(rest);
    Pattern { span, kind: PatternKind::MatchSequence(all) }
}

pub fn list<'t>(items: Vec<Pattern>, span: Span) -> Result<'t, Pattern> {
    Ok(Pattern { span, kind: PatternKind::MatchSequence(items) })
}

/// A literal: `None`, `True` and `False` compare by identity, the rest by equality; formatted
/// strings are not literals.
pub fn literal(e: Expr, span: Span) -> Pattern {
    let kind = match &e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
            PatternKind::MatchSingleton(c.clone())
        }
        _ => PatternKind::MatchValue(e),
    };
    Pattern { span, kind }
}

fn is_imaginary(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::Complex(_)))
}

/// `real + imag` or `real - imag`: the only sums a pattern may hold.
pub fn complex<'t>(real: Expr, op: Operator, imag: Expr, span: Span) -> Result<'t, Expr> {
    let real_part = match &real.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => &real,
    };
    if is_imaginary(real_part) {
        return fail("real number required in complex literal", real.span);
    }
    if !is_imaginary(&imag) {
        return fail("imaginary number required in complex literal", imag.span);
    }
    Ok(Expr::new(span, ExprKind::BinOp { left: real.boxed(), op, right: imag.boxed() }))
}

/// Checks a literal used as a pattern or a mapping key: formatted strings are not literals.
fn literal_key<'t>(e: &Expr) -> Result<'t, ()> {
    if let ExprKind::JoinedStr(_) = e.kind {
        return fail("patterns may only match literals and attribute lookups", e.span);
    }
    Ok(())
}

/// A literal pattern, checked.
pub fn checked_literal<'t>(e: Expr, span: Span) -> Result<'t, Pattern> {
    literal_key(&e)?;
    Ok(literal(e, span))
}

pub fn mapping<'t>(items: Vec<MapItem<'_>>, span: Span) -> Result<'t, Pattern> {
    let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
    for item in items {
        match item {
            MapItem::Pair(pair) => {
                let (k, p) = *pair;
                if rest.is_some() {
                    // `**rest` must come last.
                    return fail("invalid syntax", k.span);
                }
                literal_key(&k)?;
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Rest(name, stars, at) => {
                if rest.is_some() {
                    return fail("invalid syntax", stars);
                }
                if name == "_" {
                    return fail("invalid syntax", at);
                }
                rest = Some(crate::builder::ident(name));
            }
        }
    }
    Ok(Pattern { span, kind: PatternKind::MatchMapping { keys, patterns, rest } })
}

pub fn class<'t>(cls: Expr, args: Vec<ClassArg>, span: Span) -> Result<'t, Pattern> {
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
    for arg in args {
        match arg {
            ClassArg::Positional(p) => {
                if !kwd_attrs.is_empty() {
                    return fail("positional patterns follow keyword patterns", p.span);
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(Pattern { span, kind: PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } })
}
