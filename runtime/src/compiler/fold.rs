//! Constant folding: operators on literals, and tuples of literals, computed once by the
//! compiler, as CPython's AST optimizer does (`-1`, `2**20`, `60 * 60`, `("a", "b")`).
//!
//! Scripts can tell the difference (`(1, 2) is (1, 2)`, one tuple per code instead of one per
//! evaluation), so folding follows CPython's; where CPython's result would be one Reap keeps
//! as a heap object anyway (an int past 64 bits, a float `**`, `%`, `//`), nothing is folded
//! and the operator runs as before, which no script can tell apart.

use reap_lang::ast::*;

use super::Compiler;
use super::unit::Unit;
use crate::object::Object;
use crate::value::Value;

/// Folding is tried on trees at most this deep, so that a long chain of operators with a name
/// at its far end (`x + 1 + 1 + ...`) costs each node a bounded walk.
const MAX_FOLD_DEPTH: u32 = 32;

/// CPython leaves strings longer than this unfolded (`MAX_STR_SIZE`).
const MAX_STR_SIZE: usize = 4096;

/// A value the compiler can compute.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Lit {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    Float(f64),
    Str(String),
    Tuple(Vec<Lit>),
}

/// A key telling constants apart as CPython's merging does: by type and value, `0.0` from
/// `-0.0`, `1` from `1.0` and `True`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum LitKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    Float(u64),
    Str(String),
    Tuple(Vec<LitKey>),
    /// Literals that are objects of their own (merged by `load_constant`, not folded).
    Bytes(Vec<u8>),
    BigInt(num_bigint::BigInt),
    Imaginary(u64),
}

impl Lit {
    fn key(&self) -> LitKey {
        match self {
            Lit::None => LitKey::None,
            Lit::Bool(b) => LitKey::Bool(*b),
            Lit::Ellipsis => LitKey::Ellipsis,
            Lit::Int(i) => LitKey::Int(*i),
            Lit::Float(f) => LitKey::Float(f.to_bits()),
            Lit::Str(s) => LitKey::Str(s.clone()),
            Lit::Tuple(items) => LitKey::Tuple(items.iter().map(Lit::key).collect()),
        }
    }
}

/// The value of `e` if the compiler can compute it: a literal, an operator on such values
/// whose result CPython would fold, or a tuple of them.
pub(super) fn fold(e: &Expr) -> Option<Lit> {
    if e.depth > MAX_FOLD_DEPTH {
        return None;
    }
    match &e.kind {
        ExprKind::Constant(c) => literal(c),
        ExprKind::UnaryOp { op, operand } => unary(*op, fold(operand)?),
        ExprKind::BinOp { left, op, right } => binary(fold(left)?, *op, fold(right)?),
        // `()` is the runtime's one empty tuple, not a constant of the code's.
        ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
            elts.iter().map(fold).collect::<Option<Vec<_>>>().map(Lit::Tuple)
        }
        _ => None,
    }
}

/// Whether compiling `e` should load a constant instead: an operator or tuple that folds
/// (a lone literal already compiles to one).
pub(super) fn folds(e: &Expr) -> Option<Lit> {
    match e.kind {
        ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } | ExprKind::Tuple { .. } => fold(e),
        _ => None,
    }
}

fn literal(c: &Constant) -> Option<Lit> {
    Some(match c {
        Constant::None => Lit::None,
        Constant::True => Lit::Bool(true),
        Constant::False => Lit::Bool(false),
        Constant::Ellipsis => Lit::Ellipsis,
        Constant::Int(Int::Small(i)) => Lit::Int(*i),
        Constant::Float(f) => Lit::Float(*f),
        Constant::Str { value, .. } => Lit::Str(value.clone()),
        // Kept as their own objects (see `load_constant`); a tuple of them is built at run time.
        Constant::Int(Int::Big(_)) | Constant::Complex(_) | Constant::Bytes(_) => return None,
    })
}

fn unary(op: UnaryOp, v: Lit) -> Option<Lit> {
    match (op, v) {
        (UnaryOp::USub, Lit::Int(i)) => i.checked_neg().map(Lit::Int),
        (UnaryOp::UAdd, Lit::Int(i)) => Some(Lit::Int(i)),
        (UnaryOp::Invert, Lit::Int(i)) => Some(Lit::Int(!i)),
        (UnaryOp::USub, Lit::Float(f)) => Some(Lit::Float(-f)),
        (UnaryOp::UAdd, Lit::Float(f)) => Some(Lit::Float(f)),
        _ => None,
    }
}

/// Ints convert exactly to floats below 2**53: mixed arithmetic on such operands gives what
/// CPython's run-time conversion gives.
fn exact_float(i: i64) -> Option<f64> {
    (i.unsigned_abs() <= 1 << 53).then_some(i as f64)
}

fn binary(a: Lit, op: Operator, b: Lit) -> Option<Lit> {
    use Operator::*;
    match (a, b) {
        (Lit::Int(x), Lit::Int(y)) => int_op(x, op, y).map(Lit::Int).or_else(|| match op {
            Div if y != 0 => Some(Lit::Float(exact_float(x)? / exact_float(y)?)),
            _ => None,
        }),
        (Lit::Float(x), Lit::Float(y)) => float_op(x, op, y),
        (Lit::Int(x), Lit::Float(y)) => float_op(exact_float(x)?, op, y),
        (Lit::Float(x), Lit::Int(y)) => float_op(x, op, exact_float(y)?),
        (Lit::Str(x), Lit::Str(y)) if op == Add && x.chars().count() + y.chars().count() <= MAX_STR_SIZE => {
            Some(Lit::Str(x + &y))
        }
        (Lit::Str(s), Lit::Int(n)) | (Lit::Int(n), Lit::Str(s)) if op == Mult => repeat(&s, n),
        _ => None,
    }
}

fn int_op(x: i64, op: Operator, y: i64) -> Option<i64> {
    use Operator::*;
    match op {
        Add => x.checked_add(y),
        Sub => x.checked_sub(y),
        Mult => x.checked_mul(y),
        // Python's floor division and modulo take the divisor's sign.
        FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q })
        }
        Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
        Pow if y >= 0 => x.checked_pow(u32::try_from(y).ok()?),
        LShift if (0..64).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            (r >> y == x).then_some(r)
        }
        RShift if y >= 0 => Some(x >> y.min(63)),
        BitAnd => Some(x & y),
        BitOr => Some(x | y),
        BitXor => Some(x ^ y),
        _ => None,
    }
}

/// The float operators whose result is the IEEE operation's, as CPython computes it; `//`, `%`
/// and `**` have rules of their own and run at run time.
fn float_op(x: f64, op: Operator, y: f64) -> Option<Lit> {
    use Operator::*;
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mult => x * y,
        Div if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Lit::Float(r))
}

fn repeat(s: &str, n: i64) -> Option<Lit> {
    let n = usize::try_from(n.max(0)).ok()?;
    let len = s.chars().count();
    if len != 0 && n > MAX_STR_SIZE / len {
        return None;
    }
    Some(Lit::Str(s.repeat(n)))
}

impl Compiler<'_> {
    /// Loads a folded constant. Tuples are one object per compilation for equal contents, as
    /// CPython merges them, and tracked by the collector as CPython's are until a collection
    /// finds they hold nothing it tracks.
    pub(super) fn load_lit(&mut self, u: &mut Unit<'_>, lit: &Lit) {
        let v = self.lit_value(lit);
        self.load_const(u, v);
    }

    /// The value of `lit`, borrowed from the compilation's caches.
    fn lit_value(&mut self, lit: &Lit) -> Value {
        match lit {
            Lit::None => Value::None,
            Lit::Bool(b) => Value::Bool(*b),
            Lit::Ellipsis => Value::Obj(self.ellipsis),
            Lit::Int(i) => Value::Int(*i),
            Lit::Float(f) => Value::Float(*f),
            Lit::Str(s) => self.str_const(s),
            Lit::Tuple(items) => {
                let key = lit.key();
                if let Some(&id) = self.tuples.get(&key) {
                    return Value::Obj(id);
                }
                let values: Vec<Value> = items.iter().map(|item| self.lit_value(item)).collect();
                for v in &values {
                    if let Value::Obj(id) = *v {
                        self.heap.incref(id);
                    }
                }
                let id = self.heap.alloc(Object::Tuple(values));
                self.tuples.insert(key, id);
                Value::Obj(id)
            }
        }
    }
}

/// Python's equality among the literals a constant set may hold (numbers by value, strings by
/// text), as a key: `{1, 1.0, True}` holds one item.
#[derive(PartialEq, Eq, Hash)]
enum SetKey {
    Int(i64),
    Float(u64),
    Str(String),
    Tuple(Vec<SetKey>),
}

/// The hash and equality key of a literal a compile-time set can hold: ints, bools, non-NaN
/// floats, strings and tuples of them (None's hash is its address in CPython; other kinds are
/// left to run time).
fn set_member(lit: &Lit) -> Option<(i64, SetKey)> {
    use crate::object::hash::{float_hash, int_hash, str_hash, tuple_hash};
    Some(match lit {
        Lit::Bool(b) => (int_hash(i64::from(*b)), SetKey::Int(i64::from(*b))),
        Lit::Int(i) => (int_hash(*i), SetKey::Int(*i)),
        Lit::Float(f) if f.is_nan() => return None,
        Lit::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => (float_hash(*f), SetKey::Int(*f as i64)),
        Lit::Float(f) => (float_hash(*f), SetKey::Float(f.to_bits())),
        Lit::Str(s) => (str_hash(s), SetKey::Str(s.clone())),
        Lit::Tuple(items) => {
            let (hashes, keys): (Vec<i64>, Vec<SetKey>) =
                items.iter().map(set_member).collect::<Option<_>>()?;
            (tuple_hash(hashes.into_iter()), SetKey::Tuple(keys))
        }
        _ => return None,
    })
}

impl Compiler<'_> {
    /// The frozenset CPython's compiler makes of a set display of three or more constants,
    /// or `None` when an item is not one the compiler can hash. CPython builds it from the
    /// items, then builds it again from that set's own order when it merges the code's
    /// constants; the display's set copies its layout at run time. Its iteration order is what
    /// `print({-1, -2, 7})` shows, so it is made the same two-step way here.
    pub(super) fn constant_frozenset(&mut self, elts: &[Expr], min_len: usize) -> Option<Object> {
        use crate::object::set_table::SetTable;
        if elts.len() < min_len.max(1) {
            return None;
        }
        let lits: Vec<Lit> = elts.iter().map(fold).collect::<Option<_>>()?;
        let mut seen = std::collections::HashSet::new();
        let mut first = SetTable::new();
        let mut values = Vec::new();
        for lit in &lits {
            let (hash, key) = set_member(lit)?;
            if seen.insert(key) {
                values.push(self.lit_value(lit));
                first.insert(hash, Value::Int(values.len() as i64 - 1));
            }
        }
        // Built again from the first build's order, as CPython's compiler does when it merges
        // the code's constants (the keys of `first` are indexes into `values`). CPython builds
        // a set holding a short identifier-like string (`'a'`) once more when it interns its
        // strings, depending on what the process interned before: not modelled.
        let mut table = SetTable::new();
        for (hash, at) in first.entries() {
            let Value::Int(at) = at else { continue };
            let v = values[at as usize];
            if let Value::Obj(id) = v {
                self.heap.incref(id);
            }
            table.insert(hash, v);
        }
        Some(Object::Set { table, frozen: true })
    }
}

impl<'a> Compiler<'a> {
    /// What a `for` loop, a comprehension or an `in` test iterates: a set display of constants
    /// is the frozenset constant CPython's optimizer turns it into (it iterates in that
    /// frozenset's order, and is built once); anything else is evaluated.
    pub(super) fn iterable<'s>(&mut self, u: &mut Unit<'s>, e: &'s Expr) -> super::CResult {
        if let ExprKind::Set(elts) = &e.kind
            && let Some(frozen) = self.constant_frozenset(elts, 1)
        {
            let i = self.new_const(u, frozen);
            self.emit(u, crate::object::code::Instr::LoadConst(i));
            return Ok(());
        }
        self.expr(u, e)
    }
}

#[cfg(test)]
mod tests {
    use super::{Lit, binary, int_op, repeat};
    use reap_lang::ast::Operator;

    #[test]
    fn integer_division_and_modulo_round_toward_negative_infinity() {
        assert_eq!(int_op(-7, Operator::FloorDiv, 2), Some(-4));
        assert_eq!(int_op(7, Operator::FloorDiv, -2), Some(-4));
        assert_eq!(int_op(-7, Operator::Mod, 2), Some(1));
        assert_eq!(int_op(7, Operator::Mod, -2), Some(-1));
        assert_eq!(int_op(i64::MIN, Operator::FloorDiv, -1), None);
        assert_eq!(int_op(1, Operator::Mod, 0), None);
    }

    #[test]
    fn results_past_a_machine_word_are_left_to_run_time() {
        assert_eq!(int_op(10, Operator::Pow, 9), Some(1_000_000_000));
        assert_eq!(int_op(2, Operator::Pow, 64), None);
        assert_eq!(int_op(1, Operator::LShift, 63), None);
        assert_eq!(int_op(-1, Operator::RShift, 200), Some(-1));
        assert_eq!(int_op(2, Operator::Pow, -1), None);
    }

    #[test]
    fn strings_fold_up_to_cpythons_size_limit() {
        assert_eq!(repeat("ab", 3), Some(Lit::Str("ababab".into())));
        assert_eq!(repeat("ab", -3), Some(Lit::Str(String::new())));
        assert_eq!(repeat("ab", 2049), None);
        assert_eq!(
            binary(Lit::Str("a".into()), Operator::Add, Lit::Str("b".into())),
            Some(Lit::Str("ab".into()))
        );
    }

    #[test]
    fn float_division_by_zero_is_left_to_raise() {
        assert_eq!(binary(Lit::Float(1.0), Operator::Div, Lit::Int(0)), None);
        assert_eq!(binary(Lit::Int(1), Operator::Div, Lit::Int(4)), Some(Lit::Float(0.25)));
    }
}
