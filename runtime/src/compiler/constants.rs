//! Constants and names in a unit's tables.

use num_bigint::BigInt;
use reap_lang::ast::*;
use reap_lang::span::Span;

use super::unit::Unit;
use super::{CResult, Compiler};
use crate::object::Object;
use crate::object::code::Instr;
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn const_index(&mut self, u: &mut Unit<'_>, v: Value) -> u32 {
        if let Some(i) =
            u.consts.iter().position(|c| c.is(v) && std::mem::discriminant(c) == std::mem::discriminant(&v))
        {
            return i as u32;
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    pub(super) fn load_const(&mut self, u: &mut Unit<'_>, v: Value) {
        let i = self.const_index(u, v);
        self.emit(u, Instr::LoadConst(i));
    }

    pub(super) fn str_const(&mut self, s: &str) -> Value {
        Value::Obj(self.interner.intern(self.heap, s))
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
        match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str { value, .. }), .. })) => {
                Some(self.str_const(value))
            }
            _ => None,
        }
    }

    pub(super) fn constant(&mut self, c: &Constant, span: Span) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Obj(self.ellipsis),
            Constant::Int(Int::Small(i)) => Value::Int(*i),
            Constant::Int(Int::Big(b)) => {
                Value::Obj(self.heap.alloc_immortal(Object::BigInt(BigInt::clone(b))))
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(im) => {
                let _ = span;
                Value::Obj(self.heap.alloc_immortal(Object::Complex { re: 0.0, im: *im }))
            }
            Constant::Str { value, .. } => self.str_const(value),
            Constant::Bytes(b) => Value::Obj(self.heap.alloc_immortal(Object::Bytes(b.clone()))),
        })
    }
}
