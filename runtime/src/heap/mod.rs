//! The heap every interpreter owns: reference-counted object slots, and the generations the
//! cycle collector walks (`collector.rs`).
//!
//! An object lives in a slot addressed by an [`ObjId`]. Its count says how many references exist:
//! values on the VM stack, in locals, in containers. The VM increments and decrements counts
//! explicitly (`incref`/`decref`), as CPython does, because destruction must be driven by the
//! interpreter: when a count reaches zero the object is handed back to the VM, which may run
//! `__del__` (and so resurrect it) before its slot is freed. A Rust `Drop` could not be undone.
//!
//! Convention, as in CPython: functions return new references; arguments are borrowed.

pub mod alloc;
pub mod collector;
mod spare;

use std::sync::Arc;

use crate::object::Object;
use crate::object::code::DeadCode;
pub use crate::value::ObjId;
use crate::value::Value;

/// Objects with this count are never freed: interned names, builtin types, singletons.
const IMMORTAL: u32 = u32::MAX / 2;

/// Per-object flags.
pub mod flags {
    /// `__del__` has run (PEP 442: at most once per object, ever).
    pub const FINALIZED: u8 = 1;
    /// Some weak reference points at the object (the VM keeps the list).
    pub const HAS_WEAKREFS: u8 = 2;
    /// In the generation being collected.
    pub const COLLECTING: u8 = 4;
    /// Tentatively or finally unreachable in the current collection.
    pub const UNREACHABLE: u8 = 8;
    /// An instance's `__dict__` that the script never looked at: CPython 3.11 does not make
    /// such dicts at all, so the collector does not count them among the objects it found.
    pub const INLINE_DICT: u8 = 16;
    /// A string the interner made: the one id for its text, so names compare by identity.
    pub const INTERNED: u8 = 32;
    /// The object is a tuple, or a dict: the collector treats both specially and learns which
    /// from here, without reading the objects themselves.
    pub const TUPLE: u8 = 64;
    pub const DICT: u8 = 128;
}

/// Generation number of an object the collector does not track (atoms, immortals, objects
/// being collected).
pub const UNTRACKED: u8 = u8::MAX;
/// `gc.freeze()` moves tracked objects here, where no collection looks.
pub const PERMANENT: u8 = 3;

/// What the heap knows of each object besides the object itself, kept apart from it so that
/// counting references and the collector's passes walk a dense array.
#[derive(Clone, Copy)]
struct Meta {
    refcount: u32,
    /// Scratch count of a collection (`gc_refs` in CPython).
    gc_refs: u32,
    /// Index of this object's entry in its generation's list.
    pos: u32,
    generation: u8,
    flags: u8,
}

/// The collector's bookkeeping: CPython's three generations and a permanent one, each a list in
/// the order objects joined it (that order decides the order finalizers run in).
#[derive(Clone)]
pub struct GcState {
    /// Entries are slot indices; an entry is stale once its object left the generation (a slot's
    /// `generation` and `pos` must match it), and lists are compacted when stale entries pile up.
    gens: [Vec<u32>; 4],
    /// How many live objects each list holds.
    sizes: [usize; 4],
    /// `gc.get_count()`: allocations minus deallocations of tracked objects since the last
    /// collection, then collections of the younger generation since this one's last.
    pub count: [usize; 3],
    pub threshold: [usize; 3],
    pub enabled: bool,
    /// `REAP_GC_STRESS`: collect everything at every chance.
    pub stress: bool,
    /// A collection is in progress (a `gc.collect()` from a finalizer then does nothing).
    pub collecting: bool,
    /// An automatic collection is due: the VM runs it at its next safe point.
    pub due: bool,
    /// Objects that survived a full collection, and those promoted to it since (CPython's rule
    /// against quadratic full collections).
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    /// Per generation: collections, objects collected, uncollectable.
    pub stats: [[usize; 3]; 3],
    /// Collections started so far.
    pub collections: u64,
}

pub struct Heap {
    meta: Vec<Meta>,
    /// The objects, by slot; `None` for a free slot.
    objects: Vec<Option<Object>>,
    /// Debug builds: each slot's generation, bumped when its object is freed, which the ids
    /// handed out carry (see `ObjId`).
    #[cfg(debug_assertions)]
    slot_gens: Vec<u32>,
    free: Vec<u32>,
    pub gc: GcState,
    /// Objects whose count reached zero and that need Python code to run before they can go
    /// (`__del__`, weak reference callbacks), in the order they died: the VM runs them at its
    /// next safe point, oldest first (`Vm::run_doomed`). They stay in their slots, count zero,
    /// until then.
    pub doomed: Vec<ObjId>,
    /// Set when `doomed` is not empty or a collection is due: checked once per instruction.
    pub attention: bool,
    /// Where code objects leave the constants they owned when they go (see `Vm::destroy`).
    pub dead_code: Arc<DeadCode>,
    /// Under a host's heap limit: this thread's net allocation (`alloc::thread_net_bytes`) at
    /// which the limit is met. The slot tables grow by doubling, and a doubling made just
    /// before the limit stops a run would stay held after it (the tables never shrink): near
    /// the ceiling they grow only by what is left below it.
    pub table_ceiling: Option<isize>,
}

impl Drop for Heap {
    fn drop(&mut self) {
        let objects = std::mem::take(&mut self.objects);
        let meta = std::mem::take(&mut self.meta);
        spare::give_back(spare::Tables { objects, meta });
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let stress = std::env::var_os("REAP_GC_STRESS").is_some_and(|v| !v.is_empty() && v != "0");
        Heap {
            meta: Vec::with_capacity(2048),
            objects: Vec::with_capacity(2048),
            #[cfg(debug_assertions)]
            slot_gens: Vec::with_capacity(2048),
            free: Vec::new(),
            gc: GcState {
                gens: Default::default(),
                sizes: [0; 4],
                count: [0; 3],
                threshold: [700, 10, 10],
                enabled: true,
                stress,
                collecting: false,
                due: false,
                long_lived_total: 0,
                long_lived_pending: 0,
                stats: [[0; 3]; 3],
                collections: 0,
            },
            doomed: Vec::new(),
            attention: false,
            dead_code: Arc::default(),
            table_ceiling: None,
        }
    }

    /// A copy of a heap that has run nothing yet (no object waits to die), every object at
    /// the same id with the same count; `None` if it holds an object that cannot be copied.
    pub fn duplicate(&self) -> Option<Heap> {
        if !self.doomed.is_empty() {
            return None;
        }
        // Filled in place: collecting through `Option` would grow the vector step by step.
        let room = self.objects.len() + 1024;
        let (mut objects, mut meta) = match spare::take(room) {
            Some(t) => (t.objects, t.meta),
            None => (Vec::with_capacity(room), Vec::with_capacity(room)),
        };
        meta.extend_from_slice(&self.meta);
        // One `extend` over a slice writes each copy in place (no capacity check, no
        // temporary per object); an object that cannot be copied leaves a stand-in and the
        // copy is abandoned.
        let mut complete = true;
        objects.extend(self.objects.iter().map(|o| {
            o.as_ref().map(|o| {
                o.duplicate().unwrap_or_else(|| {
                    complete = false;
                    Object::Ellipsis
                })
            })
        }));
        if !complete {
            return None;
        }
        Some(Heap {
            meta,
            objects,
            #[cfg(debug_assertions)]
            slot_gens: self.slot_gens.clone(),
            free: self.free.clone(),
            gc: self.gc.clone(),
            doomed: Vec::new(),
            attention: self.attention,
            // Each heap has its own: code objects leave their constants in their heap's.
            dead_code: Arc::default(),
            table_ceiling: None,
        })
    }

    /// Puts an object in the heap with one reference, which the caller owns. Containers join
    /// the youngest generation.
    pub fn alloc(&mut self, object: Object) -> ObjId {
        // As CPython: every container counts towards the next collection, but an empty dict is
        // tracked only once something that may be tracked goes in (see `maybe_track`).
        let gc_type = object.is_container();
        let track = gc_type && !matches!(&object, Object::Dict(t) if t.is_empty());
        let kind = match &object {
            Object::Tuple(_) => flags::TUPLE,
            Object::Dict(_) => flags::DICT,
            _ => 0,
        };
        let id = if let Some(i) = self.free.pop() {
            self.meta[i as usize] =
                Meta { refcount: 1, gc_refs: 0, pos: 0, generation: UNTRACKED, flags: kind };
            self.objects[i as usize] = Some(object);
            self.id_at(i)
        } else {
            if self.objects.len() == self.objects.capacity() {
                self.grow_tables();
            }
            self.meta.push(Meta { refcount: 1, gc_refs: 0, pos: 0, generation: UNTRACKED, flags: kind });
            self.objects.push(Some(object));
            #[cfg(debug_assertions)]
            self.slot_gens.push(0);
            self.id_at(self.objects.len() as u32 - 1)
        };
        if track {
            self.track(id);
        }
        if gc_type {
            let gc = &mut self.gc;
            gc.count[0] += 1;
            if gc.enabled
                && (gc.stress || (gc.threshold[0] > 0 && gc.count[0] > gc.threshold[0]))
                && !gc.collecting
            {
                gc.due = true;
                self.attention = true;
            }
        }
        id
    }

    /// Room for more slots: as many again as there are, but under a heap limit no more than
    /// what is left below it (and at least a small step, since an allocation cannot fail here:
    /// the limit check that follows stops the run).
    #[cold]
    fn grow_tables(&mut self) {
        const STEP: usize = 1024;
        let mut more = self.objects.capacity().max(STEP);
        if let Some(ceiling) = self.table_ceiling {
            let mut per_slot = std::mem::size_of::<Option<Object>>() + std::mem::size_of::<Meta>();
            if cfg!(debug_assertions) {
                per_slot += std::mem::size_of::<u32>();
            }
            let left = (ceiling - alloc::thread_net_bytes()).max(0) as usize;
            more = more.min((left / per_slot).max(STEP));
        }
        self.objects.reserve_exact(more);
        self.meta.reserve_exact(more);
        #[cfg(debug_assertions)]
        self.slot_gens.reserve_exact(more);
    }

    /// An object that lives as long as the heap; the collector never looks at it (whatever it
    /// references counts as referenced from outside).
    pub fn alloc_immortal(&mut self, object: Object) -> ObjId {
        let id = self.alloc(object);
        self.untrack(id);
        self.gc.count[0] = self.gc.count[0].saturating_sub(1);
        self.meta[id.index()].refcount = IMMORTAL;
        id
    }

    /// The id of the object now in slot `i` (the collector works with slot indices).
    #[inline]
    pub(crate) fn id_at(&self, i: u32) -> ObjId {
        ObjId::new(
            i,
            #[cfg(debug_assertions)]
            self.slot_gens[i as usize],
        )
    }

    /// Debug builds: panics if `id` is not the id of the object now in its slot (it outlived
    /// its object, whose slot may hold another one since). Free in release builds.
    #[inline(always)]
    fn check(&self, id: ObjId) {
        #[cfg(debug_assertions)]
        check_in(&self.slot_gens, &self.objects, id);
        #[cfg(not(debug_assertions))]
        let _ = id;
    }

    /// A constant of compiled code, with one reference for the code to own. Counted towards
    /// collections as CPython counts its compiler's objects, but never tracked: constants hold
    /// only names, and the collector has nothing to find through them.
    pub fn alloc_constant(&mut self, object: Object) -> ObjId {
        let id = self.alloc(object);
        self.untrack(id);
        id
    }

    pub fn get(&self, id: ObjId) -> &Object {
        self.check(id);
        match self.objects.get(id.index()).and_then(Option::as_ref) {
            Some(o) => o,
            None => dangling(id),
        }
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        self.check(id);
        match self.objects.get_mut(id.index()).and_then(Option::as_mut) {
            Some(o) => o,
            None => dangling(id),
        }
    }

    /// Whether the slot holds an object (ids kept without a reference may outlive theirs).
    pub fn is_live(&self, id: ObjId) -> bool {
        let occupied = self.objects.get(id.index()).is_some_and(Option::is_some);
        // Asking after a dead object is fine while its slot is empty; once the slot holds
        // another object, a release build would answer for that one, which debug builds catch.
        if occupied {
            self.check(id);
        }
        occupied
    }

    pub fn incref(&mut self, id: ObjId) {
        self.check(id);
        let slot = &mut self.meta[id.index()];
        if slot.refcount < IMMORTAL {
            slot.refcount += 1;
        }
    }

    /// Drops one reference; returns true when it was the last, and the caller must destroy the
    /// object (see `Vm::destroy`).
    #[must_use]
    pub fn decref(&mut self, id: ObjId) -> bool {
        self.check(id);
        let slot = &mut self.meta[id.index()];
        if slot.refcount >= IMMORTAL {
            return false;
        }
        // A count already at zero is an object dead or waiting to be finalized: one reference
        // too many was dropped somewhere, which release builds survive by saturating.
        debug_assert!(
            slot.refcount > 0,
            "internal error: reference count of object {} below zero",
            id.slot()
        );
        slot.refcount = slot.refcount.saturating_sub(1);
        slot.refcount == 0
    }

    pub fn refcount(&self, id: ObjId) -> u32 {
        self.check(id);
        self.meta[id.index()].refcount
    }

    pub fn is_immortal(&self, id: ObjId) -> bool {
        self.check(id);
        self.meta[id.index()].refcount >= IMMORTAL
    }

    pub fn flags(&self, id: ObjId) -> u8 {
        self.check(id);
        self.meta[id.index()].flags
    }

    pub fn set_flag(&mut self, id: ObjId, flag: u8) {
        self.check(id);
        self.meta[id.index()].flags |= flag;
    }

    pub fn clear_flag(&mut self, id: ObjId, flag: u8) {
        self.check(id);
        self.meta[id.index()].flags &= !flag;
    }

    /// Drops a dead object where it lies (moving it out would copy it for nothing) and frees
    /// the slot for reuse.
    pub fn free(&mut self, id: ObjId) {
        self.check(id);
        self.release_slot(id);
        match self.objects.get_mut(id.index()) {
            Some(slot @ Some(_)) => *slot = None,
            _ => dangling(id),
        }
        #[cfg(debug_assertions)]
        {
            self.slot_gens[id.index()] = self.slot_gens[id.index()].wrapping_add(1);
        }
        self.free.push(id.slot());
    }

    /// The bookkeeping of an object leaving its slot.
    fn release_slot(&mut self, id: ObjId) {
        self.untrack(id);
        let counted = self.objects[id.index()].as_ref().is_some_and(Object::is_container);
        if counted && self.meta[id.index()].flags & flags::INLINE_DICT == 0 {
            self.gc.count[0] = self.gc.count[0].saturating_sub(1);
        }
        self.meta[id.index()].flags = 0;
    }

    /// Marks an instance's `__dict__` that the script has not seen: CPython 3.11 makes no such
    /// object, so it does not count towards collections or among the objects a collection finds.
    pub fn inline_dict(&mut self, id: ObjId) {
        self.check(id);
        self.meta[id.index()].flags |= flags::INLINE_DICT;
        self.gc.count[0] = self.gc.count[0].saturating_sub(1);
    }

    /// A script looked at an instance's `__dict__`: from now on it is a dict of its own, as
    /// CPython 3.11 makes one at that moment.
    pub fn materialize_dict(&mut self, id: ObjId) {
        self.check(id);
        let m = &mut self.meta[id.index()];
        if m.flags & flags::INLINE_DICT != 0 {
            m.flags &= !flags::INLINE_DICT;
            self.gc.count[0] += 1;
        }
    }

    /// After `key: value` went into an untracked dict: the dict is tracked from now on if either
    /// may be tracked (CPython's `MAINTAIN_TRACKING`).
    pub fn maybe_track(&mut self, dict: ObjId, key: Value, value: Value) {
        self.check(dict);
        let m = &self.meta[dict.index()];
        if m.generation != UNTRACKED || m.refcount >= IMMORTAL || m.flags & flags::COLLECTING != 0 {
            return;
        }
        if self.may_be_tracked(key) || self.may_be_tracked(value) {
            self.track(dict);
        }
    }

    fn may_be_tracked(&self, v: Value) -> bool {
        let Value::Obj(id) = v else { return false };
        self.check(id);
        match &self.objects[id.index()] {
            Some(Object::Tuple(_)) => self.meta[id.index()].generation != UNTRACKED,
            Some(o) => o.is_container(),
            None => false,
        }
    }

    /// A dict holding nothing that may be tracked (CPython's `_PyDict_MaybeUntrack`).
    pub(crate) fn untrackable_dict(&self, i: u32) -> bool {
        match &self.objects[i as usize] {
            Some(Object::Dict(t)) => {
                t.iter().all(|(_, e)| !self.may_be_tracked(e.key) && !self.may_be_tracked(e.value))
            }
            _ => false,
        }
    }

    /// Which generation the object is in, if the collector tracks it.
    pub fn generation(&self, id: ObjId) -> Option<u8> {
        self.check(id);
        let g = self.meta[id.index()].generation;
        (g != UNTRACKED).then_some(g)
    }

    /// Starts tracking a container (in the youngest generation).
    pub fn track(&mut self, id: ObjId) {
        self.join(id, 0);
    }

    pub(crate) fn join(&mut self, id: ObjId, generation: u8) {
        self.check(id);
        let g = generation as usize;
        let slot = &mut self.meta[id.index()];
        if slot.generation != UNTRACKED {
            return;
        }
        slot.generation = generation;
        slot.pos = self.gc.gens[g].len() as u32;
        self.gc.gens[g].push(id.slot());
        self.gc.sizes[g] += 1;
    }

    pub fn untrack(&mut self, id: ObjId) {
        self.check(id);
        let slot = &mut self.meta[id.index()];
        if slot.generation == UNTRACKED {
            return;
        }
        let g = slot.generation as usize;
        slot.generation = UNTRACKED;
        self.gc.sizes[g] -= 1;
        // Stale entries are dropped in bulk, so freeing stays O(1) and the order of the rest holds.
        if self.gc.gens[g].len() > 2 * self.gc.sizes[g] + 1024 {
            self.compact(g);
        }
    }

    pub(crate) fn compact(&mut self, g: usize) {
        let mut list = std::mem::take(&mut self.gc.gens[g]);
        let mut kept = 0;
        for k in 0..list.len() {
            let i = list[k];
            // A freed slot was untracked first, and one reused since joined at another
            // position: neither matches.
            let slot = &mut self.meta[i as usize];
            if slot.generation as usize == g && slot.pos as usize == k {
                slot.pos = kept as u32;
                list[kept] = i;
                kept += 1;
            }
        }
        list.truncate(kept);
        self.gc.gens[g] = list;
    }

    /// The live members of a generation, in order.
    pub fn generation_members(&mut self, g: usize) -> Vec<ObjId> {
        self.compact(g);
        self.gc.gens[g].iter().map(|&i| self.id_at(i)).collect()
    }

    /// How many objects each generation holds (`gc: objects in each generation`).
    pub fn generation_sizes(&self) -> [usize; 4] {
        self.gc.sizes
    }

    /// `gc.freeze()`: every tracked object moves to the permanent generation.
    pub fn freeze(&mut self) {
        for g in 0..3 {
            for id in self.generation_members(g) {
                self.untrack(id);
                self.join(id, PERMANENT);
            }
        }
        self.gc.count = [0; 3];
    }

    /// `gc.unfreeze()`: the permanent generation goes back to the oldest one.
    pub fn unfreeze(&mut self) {
        for id in self.generation_members(PERMANENT as usize) {
            self.untrack(id);
            self.join(id, 2);
        }
    }

    /// Every live object with its count (for `gc.get_objects` and leak checks).
    pub fn live(&self) -> impl Iterator<Item = (ObjId, u32, &Object)> + '_ {
        self.objects
            .iter()
            .zip(&self.meta)
            .enumerate()
            .filter_map(|(i, (o, m))| o.as_ref().map(|o| (self.id_at(i as u32), m.refcount, o)))
    }

    /// Live objects that can die (not constants, builtin types or interned names).
    pub fn mortal_objects(&self) -> usize {
        self.objects.iter().zip(&self.meta).filter(|(o, m)| o.is_some() && m.refcount < IMMORTAL).count()
    }
}

#[cold]
fn dangling(id: ObjId) -> ! {
    // Reaching a freed slot is a reference-counting bug in Reap itself, never a script's doing.
    panic!("internal error: object {} used after it was freed", id.slot())
}

/// `Heap::check` for the passes that hold the heap's parts apart.
#[cfg(debug_assertions)]
#[inline(always)]
fn check_in(slot_gens: &[u32], objects: &[Option<Object>], id: ObjId) {
    if let Some(&now) = slot_gens.get(id.index())
        && now != id.1
    {
        stale(id, now, objects[id.index()].is_some());
    }
}

/// An id used after its object died, in a debug build.
#[cfg(debug_assertions)]
#[cold]
#[inline(never)]
fn stale(id: ObjId, now: u32, occupied: bool) -> ! {
    let slot = if occupied { "holds another object since" } else { "is free" };
    panic!(
        "internal error: object {} used after it was freed (its id is of the slot's generation {}, \
         the slot is at generation {now} and {slot})",
        id.slot(),
        id.1
    )
}

#[cfg(test)]
mod tests {
    use super::Heap;
    use crate::object::Object;

    #[test]
    fn a_freed_slot_is_reused_and_the_new_id_reads_the_new_object() {
        let mut heap = Heap::new();
        let old = heap.alloc(Object::Bytes(b"old".to_vec()));
        heap.free(old);
        let new = heap.alloc(Object::Bytes(b"new".to_vec()));
        assert_eq!(new.index(), old.index());
        assert!(matches!(heap.get(new), Object::Bytes(b) if b == b"new"));
    }

    #[test]
    fn an_id_may_ask_whether_its_object_still_lives_until_the_slot_is_reused() {
        let mut heap = Heap::new();
        let id = heap.alloc(Object::Bytes(Vec::new()));
        assert!(heap.is_live(id));
        heap.free(id);
        assert!(!heap.is_live(id));
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "used after it was freed")]
    fn an_id_kept_past_its_object_is_caught_even_once_the_slot_is_reused() {
        let mut heap = Heap::new();
        let old = heap.alloc(Object::Bytes(b"old".to_vec()));
        heap.free(old);
        let _new = heap.alloc(Object::Bytes(b"new".to_vec()));
        heap.incref(old);
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "below zero")]
    fn dropping_a_reference_nobody_holds_is_caught() {
        let mut heap = Heap::new();
        let id = heap.alloc(Object::Bytes(Vec::new()));
        assert!(heap.decref(id));
        // The object waits at zero (as a doomed one does), and this reference never existed.
        let _ = heap.decref(id);
    }

    #[test]
    fn immortal_objects_ignore_counting() {
        let mut heap = Heap::new();
        let id = heap.alloc_immortal(Object::Bytes(Vec::new()));
        let before = heap.refcount(id);
        heap.incref(id);
        assert!(!heap.decref(id));
        assert!(!heap.decref(id));
        assert_eq!(heap.refcount(id), before);
    }
}
