//! Constants and names in a unit's tables.
//!
//! A unit (then its code object) owns a reference to each of its constants. Names are interned
//! and immortal, as are string constants CPython interns; other string constants are made once
//! per compilation (CPython merges equal constants across one compile), so evaluating new
//! source leaves nothing behind once its code is gone.

use num_bigint::BigInt;
use reap_lang::ast::*;

use super::Compiler;
use super::fold::LitKey;
use super::unit::Unit;
use crate::object::code::Instr;
use crate::object::{Object, PyStr};
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// The index of `v` (borrowed) among the unit's constants, which take a reference to it if
    /// it is new there.
    pub(super) fn const_index(&mut self, u: &mut Unit<'_>, v: Value) -> u32 {
        if let Some(i) =
            u.consts.iter().position(|c| c.is(v) && std::mem::discriminant(c) == std::mem::discriminant(&v))
        {
            return i as u32;
        }
        if let Value::Obj(id) = v {
            self.heap.incref(id);
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    /// The compilation's one object for a literal (borrowed: the compilation keeps a
    /// reference until it ends, as it does its folded tuples).
    fn merged_const(&mut self, key: LitKey, make: impl FnOnce() -> Object) -> Value {
        if let Some(&id) = self.tuples.get(&key) {
            return Value::Obj(id);
        }
        let id = self.heap.alloc_constant(make());
        self.tuples.insert(key, id);
        Value::Obj(id)
    }

    /// A constant made for this unit alone, which takes its only reference.
    pub(super) fn new_const(&mut self, u: &mut Unit<'_>, object: Object) -> u32 {
        let id = self.heap.alloc_constant(object);
        u.consts.push(Value::Obj(id));
        u.consts.len() as u32 - 1
    }

    /// A tuple constant of `items` (borrowed), such as a call's keyword names.
    pub(super) fn tuple_const(&mut self, u: &mut Unit<'_>, items: Vec<Value>) -> u32 {
        for v in &items {
            if let Value::Obj(id) = *v {
                self.heap.incref(id);
            }
        }
        self.new_const(u, Object::Tuple(items))
    }

    pub(super) fn load_const(&mut self, u: &mut Unit<'_>, v: Value) {
        let i = self.const_index(u, v);
        self.emit(u, Instr::LoadConst(i));
    }

    /// A string constant, borrowed from the interner or from this compilation.
    pub(super) fn str_const(&mut self, s: &str) -> Value {
        if interned_constant(s) {
            return Value::Obj(self.interner.intern(self.heap, s));
        }
        if let Some(&id) = self.strings.get(s) {
            return Value::Obj(id);
        }
        let id = self.heap.alloc_constant(Object::Str(PyStr::new(s.to_string())));
        self.strings.insert(s.to_string(), id);
        Value::Obj(id)
    }

    /// The name index of attribute `attr`, mangled as the unit's class spells it.
    pub(super) fn attr_name(&mut self, u: &mut Unit<'_>, attr: &str) -> u32 {
        let m = self.table.mangled(u.scope, attr).into_owned();
        self.name(u, &m)
    }

    pub(super) fn name(&mut self, u: &mut Unit<'_>, s: &str) -> u32 {
        if let Some(&i) = u.name_index.get(s) {
            return i;
        }
        let id = self.interner.intern(self.heap, s);
        u.names.push(id);
        u.name_strs.push(s.to_string());
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(s.to_string(), i);
        i
    }

    pub(super) fn docstring(&mut self, body: &[Stmt]) -> Option<Value> {
        // `-OO` drops docstrings: `__doc__` is None and the string is left an expression.
        if self.optimize >= 2 {
            return None;
        }
        match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str { value, .. }), .. })) => {
                Some(self.str_const(value))
            }
            _ => None,
        }
    }

    pub(super) fn load_constant(&mut self, u: &mut Unit<'_>, c: &Constant) {
        let v = match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Obj(self.ellipsis),
            Constant::Int(Int::Small(i)) => Value::Int(*i),
            Constant::Float(f) => Value::Float(*f),
            Constant::Str { value, .. } => self.str_const(value),
            // One object for equal literals of a compilation, as CPython merges constants:
            // `b'ab' is b'ab'` holds, and pickle's memo sees one object.
            Constant::Int(Int::Big(b)) => {
                self.merged_const(LitKey::BigInt(b.clone()), || Object::BigInt(BigInt::clone(b)))
            }
            Constant::Complex(im) => {
                self.merged_const(LitKey::Imaginary(im.to_bits()), || Object::Complex { re: 0.0, im: *im })
            }
            Constant::Bytes(b) => self.merged_const(LitKey::Bytes(b.clone()), || Object::Bytes(b.clone())),
        };
        self.load_const(u, v);
    }
}

/// Whether CPython interns a string constant: one made of ASCII letters, digits and
/// underscores (`all_name_chars`), or one it keeps a single object of anyway (the empty string,
/// one Latin-1 character). Scripts see the difference through `is`.
fn interned_constant(s: &str) -> bool {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => true,
        (Some(c), None) if (c as u32) < 256 => true,
        _ => s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
    }
}
