//! The graph half of the cycle collector: CPython's trial deletion over the tracked containers
//! of a generation. No roots are scanned: an object is reachable when the references it has
//! exceed those that come from inside the generation, or when a reachable object refers to it.
//! What to do with the garbage found (weak reference callbacks, `__del__`, breaking the cycles)
//! needs the interpreter, and lives in `vm/collect.rs`.

use super::{Heap, Meta, ObjId, UNTRACKED, flags};
use crate::object::Object;

impl Heap {
    /// The first half of collecting generation `g` (CPython's `gc_collect_main` up to its
    /// handling of the garbage): the younger generations merge into it, the objects that
    /// nothing outside refers to are found, and the survivors move one generation up. Returns
    /// the unreachable objects in the order CPython would hold them; they are no longer tracked
    /// and keep the `COLLECTING | UNREACHABLE` flags until the collection ends.
    pub fn find_unreachable(&mut self, g: usize) -> Vec<ObjId> {
        let mut young = self.merge_younger(g);
        // Counts are copied before anything is subtracted from them, and tuples are judged
        // once every member of the generation is marked as collected, which they look at.
        self.update_refs(&young);
        self.untrack_tuples(&mut young);
        // What is left of each count once the references from inside the generation are
        // subtracted is the references from outside: what `move_unreachable` starts from.
        self.subtract_refs(&young);
        let (scanned, unreachable) = self.move_unreachable(young);
        self.move_survivors(g, &scanned);
        unreachable
    }

    /// Generation `g` and the younger ones, as one list: a collection of a generation is one
    /// of the younger ones too, older members first.
    fn merge_younger(&mut self, g: usize) -> Vec<u32> {
        let mut young: Vec<u32> = Vec::new();
        for src in std::iter::once(g).chain(0..g) {
            self.compact(src);
            young.append(&mut self.gc.gens[src]);
            self.gc.sizes[src] = 0;
        }
        young
    }

    /// Marks each object of `young` as being collected and starts its scratch count at its
    /// reference count.
    fn update_refs(&mut self, young: &[u32]) {
        for &i in young {
            let m = &mut self.meta[i as usize];
            m.generation = UNTRACKED;
            m.flags |= flags::COLLECTING;
            m.gc_refs = m.refcount;
        }
    }

    /// As CPython, a tuple holding nothing the collector tracks stops being tracked: it can
    /// never be part of a cycle, and the counts `gc` reports leave it out.
    fn untrack_tuples(&mut self, young: &mut Vec<u32>) {
        let (objects, meta) = (&self.objects, &mut self.meta);
        young.retain(|&i| {
            if meta[i as usize].flags & flags::TUPLE == 0 {
                return true;
            }
            let Some(Object::Tuple(items)) = &objects[i as usize] else { return true };
            // Kept if an item may be tracked: a container other than a tuple (an untracked
            // dict may take one in later), or a tuple still tracked.
            let keep = items.iter().any(|v| {
                v.as_obj().is_some_and(|c| match &objects[c.index()] {
                    Some(Object::Tuple(_)) => {
                        let m = &meta[c.index()];
                        m.generation != UNTRACKED || m.flags & flags::COLLECTING != 0
                    }
                    Some(o) => o.is_container(),
                    None => false,
                })
            });
            if !keep {
                meta[i as usize].flags &= !flags::COLLECTING;
            }
            keep
        });
    }

    /// Subtracts from each collecting object's `gc_refs` the references that come from the
    /// other collecting objects in `members`.
    fn subtract_refs(&mut self, members: &[u32]) {
        #[cfg(debug_assertions)]
        let slot_gens = &self.slot_gens;
        let (objects, meta) = (&self.objects, &mut self.meta);
        for &i in members {
            if let Some(o) = &objects[i as usize] {
                o.visit_refs(|c| {
                    // A reference to a freed object would be miscounted here, against the
                    // object now in its slot.
                    #[cfg(debug_assertions)]
                    super::check_in(slot_gens, objects, c);
                    let m = &mut meta[c.index()];
                    if m.flags & flags::COLLECTING != 0 {
                        m.gc_refs = m.gc_refs.saturating_sub(1);
                    }
                });
            }
        }
    }

    /// Scans `young` in order. An object with references from outside is reachable, and so is
    /// what it refers to: those already judged unreachable go back to the end of the list to
    /// be scanned again (`pos` names the live entry of an object listed twice). Returns the
    /// scanned list, duplicates included, and the unreachable objects in the order CPython's
    /// list would hold them.
    fn move_unreachable(&mut self, young: Vec<u32>) -> (Vec<u32>, Vec<ObjId>) {
        for (k, &i) in young.iter().enumerate() {
            self.meta[i as usize].pos = k as u32;
        }
        let mut list = young;
        let mut unreachable = Vec::new();
        let mut k = 0;
        while k < list.len() {
            let i = list[k];
            k += 1;
            let m = &mut self.meta[i as usize];
            if m.pos as usize != k - 1 {
                continue;
            }
            if m.gc_refs == 0 {
                m.flags |= flags::UNREACHABLE;
                unreachable.push(i);
                continue;
            }
            // Scanned: later visits leave it alone.
            m.flags &= !flags::COLLECTING;
            let (objects, meta) = (&self.objects, &mut self.meta);
            if let Some(o) = &objects[i as usize] {
                o.visit_refs(|c| {
                    let m: &mut Meta = &mut meta[c.index()];
                    if m.flags & flags::COLLECTING == 0 {
                        return;
                    }
                    if m.flags & flags::UNREACHABLE != 0 {
                        m.flags &= !flags::UNREACHABLE;
                        m.gc_refs = 1;
                        m.pos = list.len() as u32;
                        list.push(c.slot());
                    } else if m.gc_refs == 0 {
                        m.gc_refs = 1;
                    }
                });
            }
        }
        // Objects judged unreachable and found reachable later are listed again further on.
        let unreachable = unreachable
            .into_iter()
            .filter(|&i| self.meta[i as usize].flags & flags::UNREACHABLE != 0)
            .map(|i| self.id_at(i))
            .collect();
        (list, unreachable)
    }

    /// The reachable objects of a collection of generation `g` move one generation up (the
    /// oldest stays), in the order they were scanned.
    fn move_survivors(&mut self, g: usize, scanned: &[u32]) {
        let older = (g + 1).min(2) as u8;
        let mut survivors = 0;
        let mut dicts = Vec::new();
        for (k, &i) in scanned.iter().enumerate() {
            let m = &self.meta[i as usize];
            if m.pos as usize == k && m.flags & flags::UNREACHABLE == 0 {
                let dict = m.flags & flags::DICT != 0;
                self.join(self.id_at(i), older);
                survivors += 1;
                if dict {
                    dicts.push(i);
                }
            }
        }
        // Only full collections untrack dicts, as CPython's (building a big dict must not cost
        // quadratic time), once every survivor is tracked again.
        if g == 2 {
            for i in dicts {
                if self.untrackable_dict(i) {
                    self.untrack(self.id_at(i));
                }
            }
        }
        if g == 1 {
            self.gc.long_lived_pending += survivors;
        }
    }

    /// After the finalizers ran (PEP 442): which of `garbage` is still garbage, found as the
    /// first half found it. Each holds `hold` references the collector took; an object
    /// referred to from elsewhere now was resurrected, with all it refers to, and joins
    /// generation `older`.
    pub fn handle_resurrected_objects(&mut self, garbage: &[ObjId], hold: u32, older: u8) -> Vec<ObjId> {
        let members: Vec<u32> = garbage.iter().map(|id| id.slot()).collect();
        for &i in &members {
            let m = &mut self.meta[i as usize];
            m.flags |= flags::COLLECTING | flags::UNREACHABLE;
            m.gc_refs = m.refcount.saturating_sub(hold);
        }
        self.subtract_refs(&members);
        let mut alive: Vec<u32> =
            members.iter().copied().filter(|&i| self.meta[i as usize].gc_refs > 0).collect();
        for &i in &alive {
            self.meta[i as usize].flags &= !flags::UNREACHABLE;
        }
        let mut k = 0;
        while k < alive.len() {
            let i = alive[k];
            k += 1;
            let (objects, meta) = (&self.objects, &mut self.meta);
            if let Some(o) = &objects[i as usize] {
                o.visit_refs(|c| {
                    let m = &mut meta[c.index()];
                    if m.flags & flags::COLLECTING != 0 && m.flags & flags::UNREACHABLE != 0 {
                        m.flags &= !flags::UNREACHABLE;
                        alive.push(c.slot());
                    }
                });
            }
        }
        let mut rest = Vec::new();
        for &i in &members {
            let m = &mut self.meta[i as usize];
            if m.flags & flags::UNREACHABLE == 0 {
                m.flags &= !flags::COLLECTING;
                if self.objects[i as usize].as_ref().is_some_and(Object::is_container) {
                    self.join(self.id_at(i), older);
                }
            } else {
                rest.push(self.id_at(i));
            }
        }
        rest
    }

    /// The garbage that its reference counts alone would not free (`hold` counts being the
    /// collector's own): CPython's finalizers run with no such holds, so an object whose
    /// `__del__` broke its cycle dies of its count there and then, and the collection neither
    /// counts it nor saves it in `gc.garbage`. The garbage still carries its collection flags.
    pub fn left_by_counts(&mut self, garbage: &[ObjId], hold: u32) -> Vec<ObjId> {
        let mut dying = Vec::new();
        for id in garbage {
            let m = &mut self.meta[id.index()];
            m.gc_refs = m.refcount.saturating_sub(hold);
            if m.gc_refs == 0 {
                dying.push(id.slot());
            }
        }
        let mut k = 0;
        while k < dying.len() {
            let i = dying[k];
            k += 1;
            let (objects, meta) = (&self.objects, &mut self.meta);
            if let Some(o) = &objects[i as usize] {
                o.visit_refs(|c| {
                    let m = &mut meta[c.index()];
                    if m.flags & flags::COLLECTING != 0 && m.flags & flags::UNREACHABLE != 0 && m.gc_refs > 0
                    {
                        m.gc_refs -= 1;
                        if m.gc_refs == 0 {
                            dying.push(c.slot());
                        }
                    }
                });
            }
        }
        garbage.iter().copied().filter(|id| self.meta[id.index()].gc_refs > 0).collect()
    }

    /// Ends a collection for objects it found: they carry no collection flags any more.
    pub fn end_collection(&mut self, ids: &[ObjId]) {
        for id in ids {
            self.meta[id.index()].flags &= !(flags::COLLECTING | flags::UNREACHABLE);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::heap::{Heap, ObjId};
    use crate::object::Object;
    use crate::value::Value;

    /// A list holding `items`, each reference handed to it by the caller; the caller owns the
    /// list's one reference.
    fn list(heap: &mut Heap, items: &[ObjId]) -> ObjId {
        heap.alloc(Object::List(items.iter().map(|&i| Value::Obj(i)).collect()))
    }

    /// Makes `from` refer to `to`, as `from.append(to)` does.
    fn append(heap: &mut Heap, from: ObjId, to: ObjId) {
        heap.incref(to);
        if let Object::List(items) = heap.get_mut(from) {
            items.push(Value::Obj(to));
        }
    }

    /// `a = []; b = [a]; a.append(b)`: two lists referring to each other, which the caller
    /// still holds.
    fn cycle(heap: &mut Heap) -> (ObjId, ObjId) {
        let a = list(heap, &[]);
        heap.incref(a);
        let b = list(heap, &[a]);
        append(heap, a, b);
        (a, b)
    }

    fn release(heap: &mut Heap, id: ObjId) {
        assert!(!heap.decref(id), "only a cycle should hold it now");
    }

    #[test]
    fn a_cycle_nothing_else_refers_to_is_unreachable() {
        let mut heap = Heap::new();
        let (a, b) = cycle(&mut heap);
        release(&mut heap, a);
        release(&mut heap, b);
        assert_eq!(heap.find_unreachable(0), [a, b]);
        assert_eq!(heap.generation(a), None);
        assert_eq!(heap.generation(b), None);
    }

    #[test]
    fn a_cycle_referred_to_from_outside_survives_into_the_next_generation() {
        let mut heap = Heap::new();
        let (a, b) = cycle(&mut heap);
        // Something outside the generation (a variable) still holds `a`; `b` is reachable
        // through it.
        release(&mut heap, b);
        assert_eq!(heap.find_unreachable(0), []);
        assert_eq!(heap.generation(a), Some(1));
        assert_eq!(heap.generation(b), Some(1));
        assert_eq!(heap.refcount(a), 2, "the collector's scratch counts leave the real ones alone");
    }

    #[test]
    fn an_object_judged_unreachable_is_taken_back_when_a_reachable_one_refers_to_it() {
        let mut heap = Heap::new();
        // Scanned first, `inner` looks unreachable (only `outer` refers to it); `outer` is
        // held from outside, so scanning it brings `inner` back.
        let inner = list(&mut heap, &[]);
        let outer = list(&mut heap, &[inner]);
        assert_eq!(heap.find_unreachable(0), []);
        assert_eq!(heap.generation(inner), Some(1));
        assert_eq!(heap.generation(outer), Some(1));
    }

    #[test]
    fn what_only_garbage_refers_to_is_garbage_too() {
        let mut heap = Heap::new();
        let (a, b) = cycle(&mut heap);
        let hanger = list(&mut heap, &[]);
        // `b.append(hanger)`, and the caller's reference goes to the list.
        if let Object::List(items) = heap.get_mut(b) {
            items.push(Value::Obj(hanger));
        }
        release(&mut heap, a);
        release(&mut heap, b);
        assert_eq!(heap.find_unreachable(0), [a, b, hanger]);
    }

    #[test]
    fn a_collection_of_an_older_generation_takes_in_the_younger_ones() {
        let mut heap = Heap::new();
        let (a, b) = cycle(&mut heap);
        heap.incref(a);
        release(&mut heap, b);
        assert_eq!(heap.find_unreachable(0), []);
        assert_eq!(heap.generation(b), Some(1));
        // Now the cycle is garbage, in generation 1; a collection of generation 0 cannot see
        // it, one of generation 1 can.
        release(&mut heap, a);
        release(&mut heap, a);
        assert_eq!(heap.find_unreachable(0), []);
        assert_eq!(heap.find_unreachable(1), [a, b]);
    }

    #[test]
    fn a_tuple_of_atoms_is_untracked_and_one_holding_a_container_is_kept() {
        let mut heap = Heap::new();
        let atoms = heap.alloc(Object::Tuple(vec![Value::Int(1), Value::None]));
        let holder = list(&mut heap, &[]);
        let with_list = heap.alloc(Object::Tuple(vec![Value::Obj(holder)]));
        assert_eq!(heap.generation(atoms), Some(0));
        assert_eq!(heap.find_unreachable(0), []);
        assert_eq!(heap.generation(atoms), None);
        assert_eq!(heap.generation(with_list), Some(1));
    }

    #[test]
    fn an_object_a_finalizer_resurrected_survives_with_what_it_refers_to() {
        let mut heap = Heap::new();
        let (a, b) = cycle(&mut heap);
        release(&mut heap, a);
        release(&mut heap, b);
        let garbage = heap.find_unreachable(0);
        // The collector holds each while finalizers run; one of them stores `b` somewhere.
        for &id in &garbage {
            heap.incref(id);
        }
        heap.incref(b);
        assert_eq!(heap.handle_resurrected_objects(&garbage, 1, 1), []);
        assert_eq!(heap.generation(a), Some(1));
        assert_eq!(heap.generation(b), Some(1));
    }

    #[test]
    fn garbage_no_finalizer_touched_stays_garbage() {
        let mut heap = Heap::new();
        let (a, b) = cycle(&mut heap);
        release(&mut heap, a);
        release(&mut heap, b);
        let garbage = heap.find_unreachable(0);
        for &id in &garbage {
            heap.incref(id);
        }
        assert_eq!(heap.handle_resurrected_objects(&garbage, 1, 1), [a, b]);
        heap.end_collection(&garbage);
        assert_eq!(heap.flags(a) & (crate::heap::flags::COLLECTING | crate::heap::flags::UNREACHABLE), 0);
    }
}
