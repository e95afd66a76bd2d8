//! A Python value as the VM handles it: 16 bytes, copied freely. Small integers and floats are
//! immediate; everything else is a reference into the heap, whose count the VM maintains.

/// A reference to an object in the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub(crate) u32);

impl ObjId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits 64 bits; larger ones are `Object::BigInt` in the heap.
    Int(i64),
    Float(f64),
    Obj(ObjId),
}

impl Value {
    pub fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(id),
            _ => None,
        }
    }

    /// `a is b`.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}
