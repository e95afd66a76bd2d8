//! The heap every interpreter owns: reference-counted object slots.
//!
//! An object lives in a slot addressed by an [`ObjId`]. Its count says how many references exist:
//! values on the VM stack, in locals, in containers. The VM increments and decrements counts
//! explicitly (`incref`/`decref`), as CPython does, because destruction must be driven by the
//! interpreter: when a count reaches zero the object is handed back to the VM, which may run
//! `__del__` (and so resurrect it) before its slot is freed. A Rust `Drop` could not be undone.
//!
//! Convention, as in CPython: functions return new references; arguments are borrowed.

use crate::object::Object;

/// A reference to an object in the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub(crate) u32);

impl ObjId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Objects with this count are never freed: constants of compiled code, builtin types, singletons.
const IMMORTAL: u32 = u32::MAX / 2;

struct Slot {
    refcount: u32,
    object: Option<Object>,
}

pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    live: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap { slots: Vec::with_capacity(1024), free: Vec::new(), live: 0 }
    }

    /// Puts an object in the heap with one reference, which the caller owns.
    pub fn alloc(&mut self, object: Object) -> ObjId {
        self.live += 1;
        if let Some(i) = self.free.pop() {
            let slot = &mut self.slots[i as usize];
            slot.refcount = 1;
            slot.object = Some(object);
            return ObjId(i);
        }
        self.slots.push(Slot { refcount: 1, object: Some(object) });
        ObjId(self.slots.len() as u32 - 1)
    }

    /// An object that lives as long as the heap.
    pub fn alloc_immortal(&mut self, object: Object) -> ObjId {
        let id = self.alloc(object);
        self.slots[id.index()].refcount = IMMORTAL;
        id
    }

    pub fn get(&self, id: ObjId) -> &Object {
        match self.slots.get(id.index()).and_then(|s| s.object.as_ref()) {
            Some(o) => o,
            None => dangling(id),
        }
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        match self.slots.get_mut(id.index()).and_then(|s| s.object.as_mut()) {
            Some(o) => o,
            None => dangling(id),
        }
    }

    pub fn incref(&mut self, id: ObjId) {
        let slot = &mut self.slots[id.index()];
        if slot.refcount < IMMORTAL {
            slot.refcount += 1;
        }
    }

    /// Drops one reference; returns true when it was the last, and the caller must destroy the
    /// object (see `Vm::destroy`).
    #[must_use]
    pub fn decref(&mut self, id: ObjId) -> bool {
        let slot = &mut self.slots[id.index()];
        if slot.refcount >= IMMORTAL {
            return false;
        }
        slot.refcount -= 1;
        slot.refcount == 0
    }

    pub fn refcount(&self, id: ObjId) -> u32 {
        self.slots[id.index()].refcount
    }

    /// Takes a dead object out of its slot and frees the slot for reuse.
    pub fn take(&mut self, id: ObjId) -> Object {
        let slot = &mut self.slots[id.index()];
        let object = slot.object.take().unwrap_or_else(|| dangling(id));
        self.free.push(id.0);
        self.live -= 1;
        object
    }

    /// Every live object with its count (for `gc.get_objects` and leak checks).
    pub fn live(&self) -> impl Iterator<Item = (ObjId, u32, &Object)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.object.as_ref().map(|o| (ObjId(i as u32), s.refcount, o)))
    }

    /// Live objects that can die (not constants, builtin types or interned names).
    pub fn mortal_objects(&self) -> usize {
        self.slots.iter().filter(|s| s.object.is_some() && s.refcount < IMMORTAL).count()
    }

    /// How many objects are alive: must come back to the immortal ones when an interpreter is
    /// done, which tests check.
    pub fn live_objects(&self) -> usize {
        self.live
    }
}

#[cold]
fn dangling(id: ObjId) -> ! {
    // Reaching a freed slot is a reference-counting bug in Reap itself, never a script's doing.
    panic!("internal error: object {} used after it was freed", id.0)
}
