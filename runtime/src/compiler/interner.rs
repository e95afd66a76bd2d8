//! The interner: one string object per name, shared by all code of an interpreter.

use crate::heap::{Heap, ObjId};
use crate::object::{Object, PyStr};

/// Interned strings: names, and the string constants CPython interns; immortal (as CPython
/// 3.12 makes interned strings) and shared by all code.
#[derive(Default, Clone)]
pub struct Interner {
    /// hashbrown's default hasher: interning runs at every start and every compile, and needs
    /// no protection against hash flooding (names come from code, not from input).
    /// Shared text: a copied interpreter (`vm/image.rs`) shares the keys instead of
    /// allocating each again.
    map: hashbrown::HashMap<std::sync::Arc<str>, ObjId>,
}

impl Interner {
    pub fn with_capacity(n: usize) -> Interner {
        Interner { map: hashbrown::HashMap::with_capacity(n) }
    }

    pub fn intern(&mut self, heap: &mut Heap, s: &str) -> ObjId {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = heap.alloc_immortal(Object::Str(PyStr::new(s.to_string())));
        heap.set_flag(id, crate::heap::flags::INTERNED);
        self.map.insert(s.into(), id);
        id
    }

    /// The interned string equal to `s`, if there is one (without making it).
    pub fn get(&self, s: &str) -> Option<ObjId> {
        self.map.get(s).copied()
    }
}
