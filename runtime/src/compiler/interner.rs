//! The interner: one string object per name, shared by all code of an interpreter.

use std::sync::Arc;

use crate::heap::{Heap, ObjId};
use crate::object::{Object, PyStr};

/// Interned strings: names, and the string constants CPython interns; immortal (as CPython
/// 3.12 makes interned strings) and shared by all code.
///
/// hashbrown's default hasher: interning runs at every start and every compile, and needs no
/// protection against hash flooding (names come from code, not from input).
#[derive(Default)]
pub struct Interner {
    /// The names of the interpreter this one was copied from (`vm/image.rs`), shared: a copy
    /// then costs one count, not a table of a thousand names.
    base: Arc<Names>,
    /// The names interned since.
    own: Names,
}

type Names = hashbrown::HashMap<Box<str>, ObjId>;

impl Interner {
    pub fn with_capacity(n: usize) -> Interner {
        Interner { base: Arc::default(), own: Names::with_capacity(n) }
    }

    pub fn intern(&mut self, heap: &mut Heap, s: &str) -> ObjId {
        if let Some(id) = self.get(s) {
            return id;
        }
        let id = heap.alloc_immortal(Object::Str(PyStr::new(s)));
        heap.set_flag(id, crate::heap::flags::INTERNED);
        self.own.insert(s.into(), id);
        id
    }

    /// The interned string equal to `s`, if there is one (without making it).
    pub fn get(&self, s: &str) -> Option<ObjId> {
        self.base.get(s).or_else(|| self.own.get(s)).copied()
    }

    /// Makes every name shared, so that the copies made from now on share them.
    pub fn freeze(&mut self) {
        if self.own.is_empty() {
            return;
        }
        let own = std::mem::take(&mut self.own);
        let base = Arc::make_mut(&mut self.base);
        base.extend(own);
    }

    /// The same names, for a copy of this interpreter's heap.
    pub fn duplicate(&self) -> Interner {
        let mut copy = Interner { base: self.base.clone(), own: Names::new() };
        if !self.own.is_empty() {
            copy.own = self.own.iter().map(|(k, &v)| (k.clone(), v)).collect();
        }
        copy
    }
}
