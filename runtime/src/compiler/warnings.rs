//! The compiler's `SyntaxWarning`s, CPython's hints for code that is valid but almost
//! certainly a slip: `x is 1`, `assert (test, "message")`, `(1, 2)(3)` (a missing comma).
//!
//! The compiler only collects them; the VM issues them through `warnings` once the code is
//! compiled, so that filters apply (an error filter turns one into a `SyntaxError`).

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::Compiler;
use super::fold;

/// A warning the compiler found: its text and where.
#[derive(Debug, Clone)]
pub struct CompileWarning {
    pub msg: String,
    pub span: Span,
}

/// What CPython calls a literal for `is`: a constant after folding, other than the singletons.
fn is_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => {
            !matches!(c, Constant::None | Constant::True | Constant::False | Constant::Ellipsis)
        }
        ExprKind::Tuple { elts, .. } if elts.is_empty() => true,
        _ => fold::folds(e).is_some(),
    }
}

/// The type CPython infers for an expression whose type the syntax decides.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => constant_type(c),
        ExprKind::Slice { .. } => "slice",
        _ => match fold::folds(e)? {
            fold::Lit::Int(_) => "int",
            fold::Lit::Float(_) => "float",
            fold::Lit::Str(_) => "str",
            fold::Lit::Tuple(_) => "tuple",
            _ => return None,
        },
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::True | Constant::False => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex(_) => "complex",
        Constant::Str { .. } => "str",
        Constant::Bytes(_) => "bytes",
    }
}

/// Whether the expression is a constant (after folding) in CPython's AST.
fn is_constant(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_)) || fold::folds(e).is_some()
}

impl Compiler<'_> {
    fn warn(&mut self, msg: String, span: Span) {
        self.warnings.push(CompileWarning { msg, span });
    }

    /// `a is 1`, `a is not ()`: identity with a literal.
    pub(super) fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left = is_literal(left);
        for (op, c) in ops.iter().zip(comparators) {
            let right = is_literal(c);
            let msg = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => "",
            };
            if !msg.is_empty() && (left || right) {
                self.warn(msg.into(), e.span);
                return;
            }
            left = right;
        }
    }

    /// `(1, 2)(3)`: calling what cannot be called.
    pub(super) fn check_caller(&mut self, e: &Expr, func: &Expr) {
        let uncallable = matches!(
            func.kind,
            ExprKind::Constant(_)
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        ) || fold::folds(func).is_some();
        if uncallable && let Some(t) = inferred_type(func) {
            self.warn(format!("'{t}' object is not callable; perhaps you missed a comma?"), e.span);
        }
    }

    /// `[1, 2][3, 4]`, `5[0]`: subscripting what cannot be, or with what cannot index it.
    pub(super) fn check_subscript(&mut self, e: &Expr, value: &Expr, slice: &Expr) {
        let unsubscriptable = match &value.kind {
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ if is_constant(value) => {
                matches!(
                    inferred_type(value),
                    Some("NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex")
                )
            }
            _ => false,
        };
        if unsubscriptable {
            if let Some(t) = inferred_type(value) {
                self.warn(format!("'{t}' object is not subscriptable; perhaps you missed a comma?"), e.span);
            }
            return;
        }
        let Some(index) = inferred_type(slice) else { return };
        if matches!(index, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &value.kind {
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => true,
            _ if is_constant(value) => matches!(inferred_type(value), Some("str" | "bytes" | "tuple")),
            _ => false,
        };
        if sequence && let Some(t) = inferred_type(value) {
            self.warn(
                format!("{t} indices must be integers or slices, not {index}; perhaps you missed a comma?"),
                e.span,
            );
        }
    }

    /// `assert (x, "message")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, test: &Expr, span: Span) {
        if let ExprKind::Tuple { elts, .. } = &test.kind
            && !elts.is_empty()
        {
            self.warn("assertion is always true, perhaps remove parentheses?".into(), span);
        }
    }
}
