//! The operator methods of the builtin numbers, sequences, sets and dicts as a script sees
//! them (`int.__radd__`, `(5).__neg__()`, `set.__rsub__`, `list.__iadd__`): CPython's slot
//! wrappers. Each answers `NotImplemented` for an operand its type does not handle itself
//! (`(5).__add__(1.5)`), so that the binary-operator protocol can go on to the other operand,
//! and otherwise computes as the operator does.

use crate::object::Object;
use crate::object::code::{BinOp, UnOp};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

/// The kinds of builtin value the wrappers tell apart (of an instance: its payload's). The
/// numbers are ordered: an operand of a lower kind converts to a higher one.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Other,
}

const INT: u8 = 0;
const FLOAT: u8 = 1;
const COMPLEX: u8 = 2;

fn number_kind(k: u8) -> Kind {
    match k {
        INT => Kind::Int,
        FLOAT => Kind::Float,
        _ => Kind::Complex,
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Int => "int",
        Kind::Float => "float",
        Kind::Complex => "complex",
        Kind::Str => "str",
        Kind::Bytes => "bytes",
        Kind::ByteArray => "bytearray",
        Kind::List => "list",
        Kind::Tuple => "tuple",
        Kind::Dict => "dict",
        Kind::Set | Kind::Other => "set",
        Kind::FrozenSet => "frozenset",
    }
}

fn kind(vm: &Vm, v: Value) -> Kind {
    match vm.payload(v) {
        Value::Int(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::None => Kind::Other,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(_) => Kind::Int,
            Object::Complex { .. } => Kind::Complex,
            Object::Str(_) => Kind::Str,
            Object::Bytes(_) => Kind::Bytes,
            Object::ByteArray(_) => Kind::ByteArray,
            Object::List(_) => Kind::List,
            Object::Tuple(_) => Kind::Tuple,
            Object::Dict(_) => Kind::Dict,
            Object::Set { frozen: false, .. } => Kind::Set,
            Object::Set { frozen: true, .. } => Kind::FrozenSet,
            _ => Kind::Other,
        },
    }
}

/// Whether the comparison slot of `a`'s builtin type takes `b` at all: called by name
/// (`int.__eq__(1, 1.0)`), it answers NotImplemented for the types it leaves to the other
/// operand, as CPython's do (`float.__eq__` takes ints, `int.__eq__` no floats).
pub(crate) fn compares_with(vm: &Vm, a: Value, b: Value, op: crate::object::code::CmpKind) -> bool {
    use crate::object::code::CmpKind;
    let (ka, kb) = (kind(vm, a), kind(vm, b));
    match ka {
        Kind::Other => true,
        Kind::Float => matches!(kb, Kind::Int | Kind::Float),
        Kind::Complex => matches!(op, CmpKind::Eq | CmpKind::Ne) && kb <= Kind::Complex,
        // A bytearray compares with any bytes-like object.
        Kind::ByteArray => matches!(kb, Kind::Bytes | Kind::ByteArray | Kind::Other),
        Kind::Set | Kind::FrozenSet => matches!(kb, Kind::Set | Kind::FrozenSet),
        _ => kb == ka,
    }
}

/// The receiver and the arguments of a slot wrapper, checked as CPython checks them: the
/// receiver of the wrapper's type, `min..=max` arguments after it.
fn unpack<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    own: Kind,
    name: &str,
    (min, max): (usize, usize),
) -> PyResult<(Value, &'a [Value])> {
    let Some((&this, rest)) = args.split_first() else {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{name}' of '{}' object needs an argument", kind_name(own)),
        ));
    };
    if kind(vm, this) != own {
        let tn = vm.type_name(this);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{name}' requires a '{}' object but received a '{tn}'", kind_name(own)),
        ));
    }
    crate::vm::args::wrapper_arity(vm, rest, min, max)?;
    Ok((vm.payload(this), rest))
}

fn not_implemented(vm: &mut Vm) -> Value {
    vm.share(Value::Obj(vm.not_implemented))
}

fn bin_op(op: u8) -> BinOp {
    match op {
        0 => BinOp::Add,
        1 => BinOp::Sub,
        2 => BinOp::Mul,
        3 => BinOp::TrueDiv,
        4 => BinOp::FloorDiv,
        5 => BinOp::Mod,
        6 => BinOp::Pow,
        7 => BinOp::LShift,
        8 => BinOp::RShift,
        9 => BinOp::And,
        10 => BinOp::Or,
        _ => BinOp::Xor,
    }
}

const ADD: u8 = 0;
const SUB: u8 = 1;
const MUL: u8 = 2;
const TRUEDIV: u8 = 3;
const FLOORDIV: u8 = 4;
const MOD: u8 = 5;
const POW: u8 = 6;
const LSHIFT: u8 = 7;
const RSHIFT: u8 = 8;
const AND: u8 = 9;
const OR: u8 = 10;
const XOR: u8 = 11;

fn dunder_name(op: BinOp, reflected: bool) -> &'static str {
    let (name, rname, _) = op.dunders();
    if reflected { rname } else { name }
}

/// Calls a function of the builtins module (`divmod`, `pow`, `abs`, `reversed`): what the
/// wrapper does is what the builtin does once the operands are known to be the wrapper's own.
pub(crate) fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let Some(f) = vm.dict_get_str(vm.builtins, name) else {
        return Err(vm.new_exc(ExcKind::SystemError, &format!("builtins.{name} is missing")));
    };
    // Held while it runs: the call may rebind the builtin.
    let f = vm.share(f);
    let r = vm.call(f, args, &[]);
    vm.decref(f);
    r
}

/// `int.__add__`, `float.__rtruediv__`, `complex.__rpow__`...: the number type `T`'s operator
/// `OP`, its reflected form when `R`.
fn number_op<const T: u8, const OP: u8, const R: bool>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let op = bin_op(OP);
    let own = number_kind(T);
    let arity = if OP == POW { (1, 2) } else { (1, 1) };
    let (this, rest) = unpack(vm, args, own, dunder_name(op, R), arity)?;
    let other = vm.payload(rest[0]);
    if kind(vm, other) > own {
        return Ok(not_implemented(vm));
    }
    let (a, b) = if R { (other, this) } else { (this, other) };
    match rest.get(1) {
        Some(&m) if m != Value::None => call_builtin(vm, "pow", &[a, b, m]),
        _ => vm.binary_op(a, b, op, false),
    }
}

/// `int.__divmod__` and `__rdivmod__` (`float`'s too).
fn number_divmod<const T: u8, const R: bool>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let own = number_kind(T);
    let name = if R { "__rdivmod__" } else { "__divmod__" };
    let (this, rest) = unpack(vm, args, own, name, (1, 1))?;
    let other = vm.payload(rest[0]);
    if kind(vm, other) > own {
        return Ok(not_implemented(vm));
    }
    let (a, b) = if R { (other, this) } else { (this, other) };
    call_builtin(vm, "divmod", &[a, b])
}

const NEG: u8 = 0;
const POS: u8 = 1;
const INVERT: u8 = 2;
const ABS: u8 = 3;
const BOOL: u8 = 4;

/// `(5).__neg__()`, `__pos__`, `__invert__`, `__abs__`, `__bool__`.
fn number_unary<const T: u8, const U: u8>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let name = ["__neg__", "__pos__", "__invert__", "__abs__", "__bool__"][U as usize];
    let (this, _) = unpack(vm, args, number_kind(T), name, (0, 0))?;
    match U {
        NEG => vm.unary_op(this, UnOp::Neg),
        POS => vm.unary_op(this, UnOp::Pos),
        INVERT => vm.unary_op(this, UnOp::Invert),
        ABS => call_builtin(vm, "abs", &[this]),
        _ => vm.truthy(this).map(Value::Bool),
    }
}

/// `__getnewargs__` of the immutable builtins: the value as a plain one, in a tuple (a
/// complex number's parts).
fn getnewargs<const K: u8>(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let own = [Kind::Int, Kind::Float, Kind::Complex, Kind::Str, Kind::Bytes, Kind::Tuple][K as usize];
    let (this, _) = unpack(vm, args, own, "__getnewargs__", (0, 0))?;
    let items = match (own, this.as_obj().map(|id| vm.heap.get(id))) {
        (Kind::Complex, Some(&Object::Complex { re, im })) => vec![Value::Float(re), Value::Float(im)],
        (Kind::Tuple, Some(Object::Tuple(items))) => {
            let items = items.clone();
            for &i in &items {
                vm.incref(i);
            }
            vec![vm.new_tuple(items)]
        }
        (Kind::Int, _) => vec![match this {
            Value::Bool(b) => Value::Int(i64::from(b)),
            v => vm.share(v),
        }],
        _ => vec![vm.share(this)],
    };
    Ok(vm.new_tuple(items))
}

/// `bytes.__bytes__` and `complex.__complex__`: the plain value.
fn plain_value<const K: u8>(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (own, name) = if K == 0 { (Kind::Bytes, "__bytes__") } else { (Kind::Complex, "__complex__") };
    let (this, _) = unpack(vm, args, own, name, (0, 0))?;
    Ok(vm.share(this))
}

/// `bytearray.__alloc__()`: the bytes allocated, which for Reap is the length plus the NUL
/// byte CPython keeps after the data.
fn bytearray_alloc(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (this, _) = unpack(vm, args, Kind::ByteArray, "__alloc__", (0, 0))?;
    let n = match this.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::ByteArray(b)) => b.capacity().max(b.len() + 1),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

const STR: u8 = 0;
const BYTES: u8 = 1;
const BYTEARRAY: u8 = 2;
const LIST: u8 = 3;
const TUPLE: u8 = 4;
const DICT: u8 = 5;
const SET: u8 = 6;
const FROZENSET: u8 = 7;

fn container_kind(k: u8) -> Kind {
    [Kind::Str, Kind::Bytes, Kind::ByteArray, Kind::List, Kind::Tuple, Kind::Dict, Kind::Set, Kind::FrozenSet]
        [k as usize]
}

/// `seq.__mul__(n)` and `seq.__rmul__(n)`: the sequence repeated; `n` must be an index.
fn seq_repeat<const K: u8, const R: bool>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let (this, rest) = unpack(vm, args, container_kind(K), if R { "__rmul__" } else { "__mul__" }, (1, 1))?;
    let n = crate::vm::args::index_arg(vm, rest[0])?;
    let n = vm.new_bigint(n);
    let r = vm.binary_op(this, n, BinOp::Mul, false);
    vm.decref(n);
    r
}

/// `str.__mod__`, `bytes.__rmod__`...: formatting with `%`; reflected, only a format of the
/// same type formats.
fn seq_mod<const K: u8, const R: bool>(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let own = container_kind(K);
    let (this, rest) = unpack(vm, args, own, if R { "__rmod__" } else { "__mod__" }, (1, 1))?;
    if !R {
        return vm.binary_op(this, rest[0], BinOp::Mod, false);
    }
    let other = vm.payload(rest[0]);
    if kind(vm, other) != own {
        return Ok(not_implemented(vm));
    }
    vm.binary_op(other, this, BinOp::Mod, false)
}

/// A list's or a bytearray's `+=` and `*=` (the receiver, changed).
fn seq_inplace<const K: u8, const OP: u8>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let op = bin_op(OP);
    let name = if OP == ADD { "__iadd__" } else { "__imul__" };
    let (this, rest) = unpack(vm, args, container_kind(K), name, (1, 1))?;
    if OP == MUL {
        crate::vm::args::index_arg(vm, rest[0])?;
    }
    vm.binary_op(this, rest[0], op, true)
}

/// The set operators of sets and dicts (`|` of dicts): only another of the kind is an
/// operand; `I` marks the in-place forms (`set.__ior__`), whose receiver is changed.
fn set_op<const K: u8, const OP: u8, const R: bool, const I: bool>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let op = bin_op(OP);
    let own = container_kind(K);
    let name = if I { op.dunders().2 } else { dunder_name(op, R) };
    let (this, rest) = unpack(vm, args, own, name, (1, 1))?;
    let other = vm.payload(rest[0]);
    // A dict's `|=` takes what `update` takes; sets and frozensets combine with each other.
    let set_like = |k| matches!(k, Kind::Set | Kind::FrozenSet);
    let theirs = kind(vm, other);
    if theirs != own && !(I && own == Kind::Dict) && !(set_like(own) && set_like(theirs)) {
        return Ok(not_implemented(vm));
    }
    let (a, b) = if R { (other, this) } else { (this, other) };
    vm.binary_op(a, b, op, I)
}

/// `list.__reversed__`, `dict.__reversed__`, `range.__reversed__`: `reversed(self)`.
fn reversed(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match args {
        [this] => call_builtin(vm, "reversed", &[vm.payload(*this)]),
        _ => Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("__reversed__() takes no arguments ({} given)", args.len().saturating_sub(1)),
        )),
    }
}

/// `range.__bool__()`: whether it is empty.
fn range_bool(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::receiver(vm, args, vm.types.range, "range.__bool__")?;
    crate::vm::args::wrapper_arity(vm, &args[1..], 0, 0)?;
    vm.truthy(args[0]).map(Value::Bool)
}

/// The wrappers, by type name: what `install` puts in each builtin type's dict.
fn table(tname: &str) -> Vec<(&'static str, NativeFn)> {
    macro_rules! numbers {
        ($t:expr) => {{
            const T: u8 = $t;
            let mut v: Vec<(&'static str, NativeFn)> = vec![
                ("__add__", number_op::<T, ADD, false>),
                ("__radd__", number_op::<T, ADD, true>),
                ("__sub__", number_op::<T, SUB, false>),
                ("__rsub__", number_op::<T, SUB, true>),
                ("__mul__", number_op::<T, MUL, false>),
                ("__rmul__", number_op::<T, MUL, true>),
                ("__truediv__", number_op::<T, TRUEDIV, false>),
                ("__rtruediv__", number_op::<T, TRUEDIV, true>),
                ("__pow__", number_op::<T, POW, false>),
                ("__rpow__", number_op::<T, POW, true>),
                ("__neg__", number_unary::<T, NEG>),
                ("__pos__", number_unary::<T, POS>),
                ("__abs__", number_unary::<T, ABS>),
                ("__bool__", number_unary::<T, BOOL>),
                ("__getnewargs__", getnewargs::<T>),
            ];
            if T != COMPLEX {
                v.extend([
                    ("__floordiv__", number_op::<T, FLOORDIV, false> as NativeFn),
                    ("__rfloordiv__", number_op::<T, FLOORDIV, true>),
                    ("__mod__", number_op::<T, MOD, false>),
                    ("__rmod__", number_op::<T, MOD, true>),
                    ("__divmod__", number_divmod::<T, false>),
                    ("__rdivmod__", number_divmod::<T, true>),
                ]);
            }
            if T == INT {
                v.extend([
                    ("__lshift__", number_op::<T, LSHIFT, false> as NativeFn),
                    ("__rlshift__", number_op::<T, LSHIFT, true>),
                    ("__rshift__", number_op::<T, RSHIFT, false>),
                    ("__rrshift__", number_op::<T, RSHIFT, true>),
                    ("__and__", number_op::<T, AND, false>),
                    ("__rand__", number_op::<T, AND, true>),
                    ("__or__", number_op::<T, OR, false>),
                    ("__ror__", number_op::<T, OR, true>),
                    ("__xor__", number_op::<T, XOR, false>),
                    ("__rxor__", number_op::<T, XOR, true>),
                    ("__invert__", number_unary::<T, INVERT>),
                ]);
            }
            if T == COMPLEX {
                v.push(("__complex__", plain_value::<1>));
            }
            v
        }};
    }
    macro_rules! sets {
        ($k:expr, $frozen:expr) => {{
            const K: u8 = $k;
            let mut v: Vec<(&'static str, NativeFn)> = Vec::new();
            for (name, rname, iname, f, rf, inf) in [
                (
                    "__and__",
                    "__rand__",
                    "__iand__",
                    set_op::<K, AND, false, false> as NativeFn,
                    set_op::<K, AND, true, false> as NativeFn,
                    set_op::<K, AND, false, true> as NativeFn,
                ),
                (
                    "__or__",
                    "__ror__",
                    "__ior__",
                    set_op::<K, OR, false, false>,
                    set_op::<K, OR, true, false>,
                    set_op::<K, OR, false, true>,
                ),
                (
                    "__xor__",
                    "__rxor__",
                    "__ixor__",
                    set_op::<K, XOR, false, false>,
                    set_op::<K, XOR, true, false>,
                    set_op::<K, XOR, false, true>,
                ),
                (
                    "__sub__",
                    "__rsub__",
                    "__isub__",
                    set_op::<K, SUB, false, false>,
                    set_op::<K, SUB, true, false>,
                    set_op::<K, SUB, false, true>,
                ),
            ] {
                v.push((name, f));
                v.push((rname, rf));
                if !$frozen {
                    v.push((iname, inf));
                }
            }
            v
        }};
    }
    match tname {
        "int" => numbers!(INT),
        "float" => numbers!(FLOAT),
        "complex" => numbers!(COMPLEX),
        "str" => vec![
            ("__mod__", seq_mod::<STR, false>),
            ("__rmod__", seq_mod::<STR, true>),
            ("__mul__", seq_repeat::<STR, false>),
            ("__rmul__", seq_repeat::<STR, true>),
            ("__getnewargs__", getnewargs::<3>),
        ],
        "bytes" => vec![
            ("__mod__", seq_mod::<BYTES, false>),
            ("__rmod__", seq_mod::<BYTES, true>),
            ("__mul__", seq_repeat::<BYTES, false>),
            ("__rmul__", seq_repeat::<BYTES, true>),
            ("__getnewargs__", getnewargs::<4>),
            ("__bytes__", plain_value::<0>),
        ],
        "bytearray" => vec![
            ("__mod__", seq_mod::<BYTEARRAY, false>),
            ("__rmod__", seq_mod::<BYTEARRAY, true>),
            ("__mul__", seq_repeat::<BYTEARRAY, false>),
            ("__rmul__", seq_repeat::<BYTEARRAY, true>),
            ("__iadd__", seq_inplace::<BYTEARRAY, ADD>),
            ("__imul__", seq_inplace::<BYTEARRAY, MUL>),
            ("__alloc__", bytearray_alloc),
        ],
        "list" => vec![
            ("__mul__", seq_repeat::<LIST, false>),
            ("__rmul__", seq_repeat::<LIST, true>),
            ("__iadd__", seq_inplace::<LIST, ADD>),
            ("__imul__", seq_inplace::<LIST, MUL>),
            ("__reversed__", reversed),
        ],
        "tuple" => vec![
            ("__mul__", seq_repeat::<TUPLE, false>),
            ("__rmul__", seq_repeat::<TUPLE, true>),
            ("__getnewargs__", getnewargs::<5>),
        ],
        "dict" => vec![
            ("__or__", set_op::<DICT, OR, false, false>),
            ("__ror__", set_op::<DICT, OR, true, false>),
            ("__ior__", set_op::<DICT, OR, false, true>),
            ("__reversed__", reversed),
        ],
        "range" => vec![("__bool__", range_bool), ("__reversed__", reversed)],
        "set" => sets!(SET, false),
        "frozenset" => sets!(FROZENSET, true),
        _ => Vec::new(),
    }
}

/// Puts the wrappers into the builtin types' dicts. The numbers' `__add__`, `__sub__` and
/// `__mul__` replace the general ones of `dunders.rs`, which do not decline other operands.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for (tname, ty) in [
        ("int", t.int),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
    ] {
        let dict = vm.type_obj(ty).dict;
        for (name, f) in table(tname) {
            let full = super::dunders::static_name(tname, name);
            super::def(vm, dict, full, f);
        }
    }
}
