//! The graph half of the cycle collector: CPython's trial deletion over the tracked containers
//! of a generation. No roots are scanned: an object is reachable when the references it has
//! exceed those that come from inside the generation, or when a reachable object refers to it.
//! What to do with the garbage found (weak reference callbacks, `__del__`, breaking the cycles)
//! needs the interpreter, and lives in `vm/collect.rs`.

use super::{Heap, ObjId, UNTRACKED, flags};
use crate::value::Value;

impl Heap {
    fn slot_children(&self, i: u32, out: &mut Vec<Value>) {
        out.clear();
        if let Some(o) = &self.slots[i as usize].object {
            o.children(out);
        }
    }

    /// Subtracts from each collecting object's `gc_refs` the references that come from the
    /// other collecting objects in `members`.
    fn subtract_internal(&mut self, members: &[u32]) {
        let mut kids = Vec::new();
        for &i in members {
            self.slot_children(i, &mut kids);
            for k in &kids {
                if let Value::Obj(c) = *k {
                    let s = &mut self.slots[c.index()];
                    if s.flags & flags::COLLECTING != 0 {
                        s.gc_refs = s.gc_refs.saturating_sub(1);
                    }
                }
            }
        }
    }

    /// The first half of collecting generation `g`: the younger generations merge into it, the
    /// objects that nothing outside refers to are found, and the survivors move one generation
    /// up. Returns the unreachable objects in the order CPython would hold them; they are no
    /// longer tracked and keep the `COLLECTING | UNREACHABLE` flags until the collection ends.
    pub fn find_unreachable(&mut self, g: usize) -> Vec<ObjId> {
        let mut young: Vec<u32> = Vec::new();
        for src in std::iter::once(g).chain(0..g) {
            self.compact(src);
            young.append(&mut self.gc.gens[src]);
            self.gc.sizes[src] = 0;
        }
        // As CPython, a tuple holding nothing the collector tracks stops being tracked.
        let mut kids = Vec::new();
        young.retain(|&i| {
            let Some(crate::object::Object::Tuple(_)) = &self.slots[i as usize].object else { return true };
            self.slot_children(i, &mut kids);
            let keep = kids.iter().any(|k| match *k {
                Value::Obj(c) => {
                    let s = &self.slots[c.index()];
                    s.generation != UNTRACKED || s.flags & flags::COLLECTING != 0
                }
                _ => false,
            });
            if !keep {
                self.slots[i as usize].generation = UNTRACKED;
            }
            keep
        });
        for (k, &i) in young.iter().enumerate() {
            let s = &mut self.slots[i as usize];
            s.generation = UNTRACKED;
            s.flags |= flags::COLLECTING;
            s.gc_refs = s.refcount;
            s.pos = k as u32;
        }
        self.subtract_internal(&young);

        // Scan in order. An object with references from outside is reachable, and so is what it
        // refers to: those already judged unreachable go back to the end of the list to be
        // scanned again. `pos` names the live entry of an object listed twice.
        let mut list = young;
        let mut unreachable = Vec::new();
        let mut kids = Vec::new();
        let mut k = 0;
        while k < list.len() {
            let i = list[k];
            k += 1;
            if self.slots[i as usize].pos as usize != k - 1 {
                continue;
            }
            if self.slots[i as usize].gc_refs == 0 {
                self.slots[i as usize].flags |= flags::UNREACHABLE;
                unreachable.push(i);
                continue;
            }
            self.slot_children(i, &mut kids);
            for v in &kids {
                let Value::Obj(c) = *v else { continue };
                let s = &mut self.slots[c.index()];
                if s.flags & flags::COLLECTING == 0 {
                    continue;
                }
                if s.flags & flags::UNREACHABLE != 0 {
                    s.flags &= !flags::UNREACHABLE;
                    s.gc_refs = 1;
                    s.pos = list.len() as u32;
                    list.push(c.0);
                } else if s.gc_refs == 0 {
                    s.gc_refs = 1;
                }
            }
            // Scanned: later visits leave it alone.
            self.slots[i as usize].flags &= !flags::COLLECTING;
        }

        let older = (g + 1).min(2);
        let mut survivors = 0;
        for (k, &i) in list.iter().enumerate() {
            let s = &self.slots[i as usize];
            if s.pos as usize == k && s.flags & flags::UNREACHABLE == 0 && s.object.is_some() {
                self.join(ObjId(i), older as u8);
                survivors += 1;
            }
        }
        if g == 1 {
            self.gc.long_lived_pending += survivors;
        }
        unreachable
            .into_iter()
            .filter(|&i| self.slots[i as usize].flags & flags::UNREACHABLE != 0)
            .map(ObjId)
            .collect()
    }

    /// After the finalizers ran (PEP 442): which of `garbage` is still garbage. Each holds
    /// `hold` references the collector took; an object referred to from elsewhere now was
    /// resurrected, with all it refers to, and joins generation `older`.
    pub fn still_unreachable(&mut self, garbage: &[ObjId], hold: u32, older: u8) -> Vec<ObjId> {
        let members: Vec<u32> = garbage.iter().map(|id| id.0).collect();
        for &i in &members {
            let s = &mut self.slots[i as usize];
            s.flags |= flags::COLLECTING | flags::UNREACHABLE;
            s.gc_refs = s.refcount.saturating_sub(hold);
        }
        self.subtract_internal(&members);
        let mut alive: Vec<u32> =
            members.iter().copied().filter(|&i| self.slots[i as usize].gc_refs > 0).collect();
        for &i in &alive {
            self.slots[i as usize].flags &= !flags::UNREACHABLE;
        }
        let mut kids = Vec::new();
        let mut k = 0;
        while k < alive.len() {
            let i = alive[k];
            k += 1;
            self.slot_children(i, &mut kids);
            for v in &kids {
                let Value::Obj(c) = *v else { continue };
                let s = &mut self.slots[c.index()];
                if s.flags & flags::COLLECTING != 0 && s.flags & flags::UNREACHABLE != 0 {
                    s.flags &= !flags::UNREACHABLE;
                    alive.push(c.0);
                }
            }
        }
        let mut rest = Vec::new();
        for &i in &members {
            let s = &mut self.slots[i as usize];
            if s.flags & flags::UNREACHABLE == 0 {
                s.flags &= !flags::COLLECTING;
                if s.object.as_ref().is_some_and(|o| o.is_container()) {
                    self.join(ObjId(i), older);
                }
            } else {
                rest.push(ObjId(i));
            }
        }
        rest
    }

    /// Ends a collection for objects it found: they carry no collection flags any more.
    pub fn end_collection(&mut self, ids: &[ObjId]) {
        for id in ids {
            self.slots[id.index()].flags &= !(flags::COLLECTING | flags::UNREACHABLE);
        }
    }
}
