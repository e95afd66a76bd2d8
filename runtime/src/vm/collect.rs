//! Destruction and finalization, driven by the interpreter: freeing objects whose count reached
//! zero, running `__del__` (PEP 442: at most once per object), clearing weak references and
//! calling their callbacks, and the cycle collector's second half (what happens to the garbage
//! `heap/collector.rs` finds), all in CPython's order.
//!
//! Python code never runs inside a `decref`: an object that needs it (a `__del__`, weak
//! references, a suspended generator) is put on the heap's `doomed` queue, and the evaluation
//! loop runs it at its next instruction boundary, first died first (what dies meanwhile forms a
//! level of its own, run before the next of this level). Native code that released a reference
//! can then never see a container change under it, and the order of what runs is CPython's.
//! A returning frame and a finished exit finalizer run the queue at once, between releases, as
//! CPython's synchronous deallocation would: a weak reference released next must not miss the
//! callback of an object released before it.

use crate::heap::{ObjId, flags};
use crate::object::exc_kind::ExcKind;
use crate::object::{GenKind, Object};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where the callback of a cleared weak reference is when it is called. CPython's two paths
/// differ, and `__callback__` shows it during the call.
enum WeakCallback {
    /// Taken out of the reference, and owned here: an object freed when its count reached
    /// zero (`PyObject_ClearWeakRefs`).
    Taken(Value),
    /// Left in the reference, which keeps it until it dies itself: the collector's garbage
    /// (`handle_weakrefs`).
    InReference,
}

/// How deep finalizers may nest (a `__del__` releasing an object with a `__del__`...); beyond
/// it they run one after the other, as CPython's trashcan does for deep deallocations.
const MAX_FINALIZER_NESTING: usize = 48;

/// Destruction's state, as a part of the VM.
#[derive(Default)]
pub struct Dealloc {
    /// Finalizers that nest run only the doomed objects above this mark.
    pub(crate) doomed_floor: usize,
    pub(crate) finalizer_depth: usize,
    /// `free_tree`'s work lists, kept for its next call.
    pub(crate) scratch: (Vec<Value>, Vec<Value>),
    /// `reap.trace_finalizers`: print a line as each finalizer runs, saying why (`cause`).
    pub(crate) trace: bool,
    pub(crate) cause: crate::vm::finalizer_trace::Cause,
    /// The bytearrays memoryviews look at, with how many views each (`Vm::export`): while it
    /// has any, a bytearray cannot change its size.
    pub(crate) exports: std::collections::HashMap<ObjId, usize>,
}

/// `gc.DEBUG_SAVEALL`: collected garbage goes to `gc.garbage` instead of being freed.
const DEBUG_SAVEALL: i64 = 32;

/// What scripts configure through the `gc` module (the collector's own state is the heap's).
#[derive(Default, Clone)]
pub struct GcHooks {
    /// `gc.callbacks` (a list), once the `gc` module exists.
    pub(crate) callbacks: Option<ObjId>,
    /// `gc.garbage` (a list).
    pub(crate) garbage: Option<ObjId>,
    /// The flags of `gc.set_debug`.
    pub(crate) debug: i64,
}

impl GcHooks {
    /// Forgets the hooks, handing back the lists they held for the caller to release.
    pub(crate) fn take(&mut self) -> Vec<ObjId> {
        self.debug = 0;
        self.callbacks.take().into_iter().chain(self.garbage.take()).collect()
    }
}

impl Vm {
    /// Frees an object whose count reached zero, and what only it held, without recursion (a
    /// long linked list must not overflow the stack).
    pub(crate) fn destroy(&mut self, id: ObjId) {
        let start = self.heap.doomed.len();
        self.free_tree(id, false);
        if self.heap.doomed.len() > start {
            self.heap.attention = true;
        }
        // A function, frame or traceback freed here may have held the last reference to its
        // code: the code's constants die with it, as in CPython.
        if self.heap.dead_code.pending() {
            self.release_dead_code();
        }
    }

    /// Releases what code objects left when they went (`DeadCode`): their constants, and
    /// their cache entries for other code to use.
    #[cold]
    #[inline(never)]
    pub fn release_dead_code(&mut self) {
        while self.heap.dead_code.pending() {
            let left = self.heap.dead_code.take();
            for (start, names) in left.caches {
                self.free_code_cache(start, names);
            }
            for v in left.values {
                self.decref(v);
            }
        }
    }

    fn free_tree(&mut self, id: ObjId, finalized: bool) {
        // Most objects that die hold no other object (a string, a list of numbers, a slice):
        // freed at once, without the walk below.
        if self.holds_no_objects(id) && (finalized || !self.needs_finalizing(id)) {
            self.heap.free(id);
            return;
        }
        // Scratch vectors kept between calls: freeing is too frequent to allocate them each
        // time (nothing here re-enters `free_tree`). `releases` holds the references still to
        // drop, the next on top: one at a time, each with all it frees before the next, as
        // CPython's deallocators do.
        let (mut releases, mut children) = std::mem::take(&mut self.dealloc.scratch);
        let mut next = Some((id, finalized));
        loop {
            if let Some((id, ready)) = next.take() {
                if !ready && self.needs_finalizing(id) {
                    // It leaves the collector's view: what it holds stays counted until it goes.
                    self.heap.untrack(id);
                    self.heap.doomed.push(id);
                    // Python code runs before it goes: the references not yet dropped wait
                    // for it (a weak reference beside it in a dead object still calls back).
                    if !releases.is_empty() {
                        self.defer_releases(&mut releases);
                    }
                    break;
                }
                match self.heap.get(id) {
                    Object::Type(_) => self.caches.type_epoch += 1,
                    // A new dict may reuse this slot with a version already cached.
                    Object::Dict(_) => self.caches.dict_epoch += 1,
                    &Object::WeakRef(crate::object::WeakRef { referent: Some(r), .. }) => {
                        self.unlink_weakref(r, id)
                    }
                    Object::MemoryView(m) => {
                        if let Some(b) = m.export {
                            self.unexport(b);
                        }
                    }
                    _ => {}
                }
                // In CPython's order of freeing: a list's items last to first, an instance's
                // attributes before its class.
                self.heap.get(id).children(&mut children);
                self.heap.free(id);
                releases.extend(children.drain(..).rev().filter(|c| matches!(c, Value::Obj(_))));
            }
            let Some(v) = releases.pop() else { break };
            if let Value::Obj(c) = v
                && self.heap.decref(c)
            {
                next = Some((c, false));
            }
        }
        self.dealloc.scratch = (releases, children);
    }

    /// Queues the references `releases` still holds (the next on top) to be dropped after
    /// the finalizer just queued: a tuple at count zero, doomed itself, whose freeing drops
    /// them in that order.
    fn defer_releases(&mut self, releases: &mut Vec<Value>) {
        // A tuple drops its items last to first: the top of the stack is its last item.
        let held = self.heap.alloc(Object::Tuple(std::mem::take(releases)));
        let zero = self.heap.decref(held);
        debug_assert!(zero, "a new tuple has one reference");
        self.heap.untrack(held);
        self.heap.doomed.push(held);
    }

    /// Whether freeing the object releases no reference: its contents are numbers, text or
    /// `None`. (Types, dicts and weak references, which freeing must also report, always hold
    /// some.)
    #[inline]
    fn holds_no_objects(&self, id: ObjId) -> bool {
        let plain = |v: &Value| !matches!(v, Value::Obj(_));
        match self.heap.get(id) {
            Object::Str(_) | Object::Bytes(_) | Object::BigInt(_) | Object::Complex { .. } => true,
            Object::List(items) | Object::Tuple(items) => items.iter().all(plain),
            Object::Slice { start, stop, step } => plain(start) && plain(stop) && plain(step),
            _ => false,
        }
    }

    /// What CPython's collector finds besides a dead class object itself: its `__mro__` and
    /// `__bases__` tuples, which Reap keeps inside the class; the count `gc.collect()` returns
    /// must be CPython's. (The descriptors a class made and its namespace are objects of
    /// Reap's heap as of CPython's, and counted as found.)
    fn class_parts(&self, id: ObjId) -> usize {
        let Object::Type(t) = self.heap.get(id) else { return 0 };
        let user = |c: ObjId| !self.heap.is_immortal(c);
        // `__mro__` holds the class itself, so it stays tracked. `__bases__` holding only
        // builtin classes is untracked by the first collection that sees it alive.
        let bases_tracked =
            t.bases.iter().any(|&b| user(b)) || self.heap.gc.collections <= t.made_at_collection + 1;
        1 + bases_tracked as usize
    }

    /// The `__del__` still to run for an object: it has one and was never finalized (PEP 442).
    fn pending_del(&self, id: ObjId) -> Option<Value> {
        match self.heap.get(id) {
            Object::Instance(i) if self.heap.flags(id) & flags::FINALIZED == 0 => {
                self.lookup_in_mro(i.class, self.common.del)
            }
            // A class whose metaclass has a `__del__`.
            Object::Type(t) if self.heap.flags(id) & flags::FINALIZED == 0 => {
                self.lookup_in_mro(t.metaclass?, self.common.del)
            }
            _ => None,
        }
    }

    /// Whether Python code must run before the object can go.
    fn needs_finalizing(&mut self, id: ObjId) -> bool {
        let f = self.heap.flags(id);
        if f & flags::HAS_WEAKREFS != 0 {
            return true;
        }
        match self.heap.get(id) {
            Object::Instance(i) => f & flags::FINALIZED == 0 && self.class_has_del(i.class),
            Object::Type(t) => match t.metaclass {
                Some(m) => f & flags::FINALIZED == 0 && self.class_has_del(m),
                None => false,
            },
            Object::Generator(_) => self.generator_needs_finalizing(id),
            _ => false,
        }
    }

    /// Whether instances of `class` have a `__del__`, remembered on the class until a class
    /// changes.
    fn class_has_del(&mut self, class: ObjId) -> bool {
        let epoch = self.caches.type_epoch;
        if let Object::Type(t) = self.heap.get(class)
            && let Some((at, has)) = t.has_del
            && at == epoch
        {
            return has;
        }
        let has = self.lookup_in_mro(class, self.common.del).is_some();
        if let Object::Type(t) = self.heap.get_mut(class) {
            t.has_del = Some((epoch, has));
        }
        has
    }

    /// A suspended generator is closed before it goes; a coroutine never started warns that
    /// it was never awaited (CPython's `_PyGen_Finalize`).
    fn generator_needs_finalizing(&self, id: ObjId) -> bool {
        match self.heap.get(id) {
            Object::Generator(g) if g.finished || g.frame.is_none() => false,
            Object::Generator(g) => g.started || g.kind == GenKind::Coroutine || g.finalizer.is_some(),
            _ => false,
        }
    }

    /// Runs what is due at a safe point: finalizers of objects that died, then an automatic
    /// collection. Called by the evaluation loop when `heap.attention` is set.
    #[cold]
    #[inline(never)]
    pub fn attend(&mut self) {
        self.run_doomed();
        if self.heap.gc.due && !self.heap.gc.collecting {
            self.heap.gc.due = false;
            if self.heap.gc.enabled {
                self.collect_generations();
            }
            self.run_doomed();
        }
        self.heap.attention = self.heap.doomed.len() > self.dealloc.doomed_floor;
    }

    /// Finalizes and frees the doomed objects above the current floor (those that died while the
    /// current finalizer ran, when finalizers nest), first to die first: CPython would have run
    /// each one's `__del__`, and released what it held, before the next one's count fell.
    pub fn run_doomed(&mut self) {
        if self.dealloc.finalizer_depth >= MAX_FINALIZER_NESTING {
            return;
        }
        let floor = self.dealloc.doomed_floor;
        let mut next = floor;
        while let Some(&id) = self.heap.doomed.get(next) {
            next += 1;
            // What dies while this one is finalized forms a level of its own, above every
            // object of this level: it runs (and is gone) before the next one here starts.
            let saved = self.dealloc.doomed_floor;
            self.dealloc.doomed_floor = self.heap.doomed.len();
            self.dealloc.finalizer_depth += 1;
            self.finalize_dead(id);
            self.dealloc.finalizer_depth -= 1;
            self.dealloc.doomed_floor = saved;
        }
        self.heap.doomed.truncate(floor);
    }

    /// An object whose count reached zero: `__del__`, then weak reference callbacks (as
    /// CPython's `subtype_dealloc`), then it is freed unless `__del__` resurrected it.
    fn finalize_dead(&mut self, id: ObjId) {
        if let Some(del) = self.pending_del(id) {
            self.heap.set_flag(id, flags::FINALIZED);
            self.heap.incref(id);
            self.call_finalizer(del, Value::Obj(id));
            if !self.heap.decref(id) {
                self.resurrected(id);
                return;
            }
        }
        if self.generator_needs_finalizing(id) {
            self.heap.incref(id);
            self.close_generator(id);
            if !self.heap.decref(id) {
                self.resurrected(id);
                return;
            }
        }
        if self.heap.flags(id) & flags::HAS_WEAKREFS != 0 {
            self.clear_weakrefs(id, true);
        }
        self.free_tree(id, true);
        self.run_doomed();
    }

    fn resurrected(&mut self, id: ObjId) {
        if self.heap.get(id).is_container() {
            self.heap.track(id);
        }
    }

    /// Calls `__del__` (found on the class) with the object; an exception is printed, not raised.
    fn call_finalizer(&mut self, del: Value, obj: Value) {
        self.trace_finalizer(|vm| format!("__del__ of {}", vm.describe(obj)));
        let del = self.share(del);
        let r = self.call(del, &[obj], &[]);
        match r {
            Ok(v) => self.decref(v),
            Err(e) => self.write_unraisable(e, "Exception ignored in", del),
        }
        self.decref(del);
    }

    /// A generator's (or coroutine's) finalizer, as its `__del__` and its death run it.
    pub(crate) fn close_generator(&mut self, id: ObjId) {
        // An async generator first iterated under an event loop's hooks goes back to the
        // loop, which closes it with `aclose()` as a task (its `finally` may await).
        if let Some(f) = self.asyncgen_finalizer(id) {
            match self.call(Value::Obj(f), &[Value::Obj(id)], &[]) {
                Ok(v) => self.decref(v),
                Err(e) => self.write_unraisable(e, "Exception ignored in", Value::Obj(id)),
            }
            self.decref_id(f);
            return;
        }
        let never_awaited = match self.heap.get(id) {
            Object::Generator(g) if g.kind == GenKind::Coroutine && !g.started => {
                Some(g.qualname().to_owned())
            }
            _ => None,
        };
        let r = match never_awaited {
            Some(name) => self.warn_never_awaited(id, &name),
            None => self.gen_close(id),
        };
        if let Err(e) = r {
            self.write_unraisable(e, "Exception ignored in", Value::Obj(id));
        }
        if let Object::Generator(g) = self.heap.get_mut(id) {
            g.finished = true;
        }
    }

    /// CPython's `RuntimeWarning: coroutine '...' was never awaited`, through `warnings` so
    /// that filters apply and the line is the running one's.
    fn warn_never_awaited(&mut self, id: ObjId, name: &str) -> PyResult<()> {
        let warnings = self.import("warnings", 0, Value::None, self.builtins)?;
        let warn = self.getattr_str(warnings, "warn");
        self.decref(warnings);
        let warn = warn?;
        let msg = self.new_str(format!("coroutine '{name}' was never awaited"));
        let category = Value::Obj(self.exc_type(ExcKind::RuntimeWarning));
        // Past the modules' teardown CPython cannot import tracemalloc for its hint: no source.
        let source = self.intern("source");
        let kwargs = [(source, Value::Obj(id))];
        let kwargs = if self.exit.finalizing_modules { &[][..] } else { &kwargs[..] };
        let r = self.call(warn, &[msg, category, Value::Int(1)], kwargs);
        self.decref(warn);
        self.decref(msg);
        r.map(|v| self.decref(v))
    }

    /// Prints an exception that cannot propagate (from `__del__`, a callback, an atexit
    /// handler) as CPython's `sys.unraisablehook` does, then drops it.
    pub fn write_unraisable(&mut self, exc: ObjId, what: &str, obj: Value) {
        self.add_running_frame_to_unraisable(exc);
        if self.custom_unraisablehook(exc, what, obj) {
            return;
        }
        self.print_unraisable(exc, what, obj);
    }

    /// What the default `sys.unraisablehook` prints for `exc` (whose reference it drops).
    pub fn print_unraisable(&mut self, exc: ObjId, what: &str, obj: Value) {
        // With no `sys.stderr` (set to None, or gone with `sys` at the very end) nothing is
        // written.
        let no_stderr = match self.module_dict("sys") {
            Some(sys) => self.dict_get_str(sys, "stderr").is_none_or(|e| e == Value::None),
            None => self.exit.done,
        };
        if no_stderr {
            self.decref_id(exc);
            return;
        }
        let described = match self.repr(obj) {
            Ok(r) => r,
            Err(e) => {
                self.decref_id(e);
                "<object repr() failed>".to_string()
            }
        };
        // CPython's default hook writes the traceback and then `Type: message` itself: never a
        // chain, notes or suggestion, and the colon even when the message is empty.
        let mut text = format!("{what}: {described}\n");
        let tb = self.format_traceback_entries(exc);
        if !tb.is_empty() {
            text.push_str("Traceback (most recent call last):\n");
            text.push_str(&tb);
        }
        let cls = self.type_of(Value::Obj(exc));
        let t = self.type_obj(cls);
        let name = match &*t.module {
            "builtins" | "__main__" => t.qualname.to_string(),
            module => format!("{module}.{}", t.qualname),
        };
        let msg = self.exc_str(exc);
        text.push_str(&format!("{name}: {msg}\n"));
        self.flush();
        let _ = std::io::Write::write_all(&mut self.io.err, text.as_bytes());
        self.decref_id(exc);
    }

    // ---- Weak references ---------------------------------------------------------------------

    /// The weak references to an object, in CPython's list order.
    pub fn weakrefs_of(&self, id: ObjId) -> &[ObjId] {
        self.weaklists.get(&id).map_or(&[], |l| l.as_slice())
    }

    fn unlink_weakref(&mut self, referent: ObjId, wr: ObjId) {
        if let Some(list) = self.weaklists.get_mut(&referent) {
            list.retain(|w| *w != wr);
            if list.is_empty() {
                self.weaklists.remove(&referent);
                if self.heap.is_live(referent) {
                    self.heap.clear_flag(referent, flags::HAS_WEAKREFS);
                }
            }
        }
    }

    /// Registers a new weak reference to `referent` where CPython's list would hold it: plain
    /// references (no callback) first, then the others newest first.
    pub fn link_weakref(&mut self, referent: ObjId, wr: ObjId, basic: bool) {
        let heap = &self.heap;
        let list = self.weaklists.entry(referent).or_default();
        let at = if basic {
            0
        } else {
            list.iter()
                .take_while(
                    |&&w| matches!(heap.get(w), Object::WeakRef(x) if x.callback == Value::None && x.owner.is_none()),
                )
                .count()
        };
        list.insert(at, wr);
        self.heap.set_flag(referent, flags::HAS_WEAKREFS);
    }

    /// The referent died: every weak reference to it now returns `None`; with `call`, their
    /// callbacks run, in list order, each given its weak reference.
    fn clear_weakrefs(&mut self, referent: ObjId, call: bool) {
        let list = self.weaklists.remove(&referent).unwrap_or_default();
        self.heap.clear_flag(referent, flags::HAS_WEAKREFS);
        let mut calls: smallvec::SmallVec<[(ObjId, WeakCallback, Option<String>); 2]> =
            smallvec::SmallVec::new();
        let subject = (call && self.dealloc.trace).then(|| self.describe(Value::Obj(referent)));
        for wr in list {
            let target = crate::vm::weakref::callback_target(self, wr);
            let Object::WeakRef(w) = self.heap.get_mut(wr) else { continue };
            w.referent = None;
            let cb = std::mem::replace(&mut w.callback, Value::None);
            match target {
                Some(t) if cb != Value::None && call => {
                    self.heap.incref(t);
                    calls.push((t, WeakCallback::Taken(cb), subject.clone()));
                }
                _ => self.decref(cb),
            }
        }
        self.call_weakref_callbacks(calls);
    }

    /// Calls the callbacks of weak references whose referent died, in order, each given its
    /// weak reference (CPython's `handle_callback`); an exception is printed, not raised. Each
    /// entry comes with a reference to its weak reference (the subclass instance, for one
    /// that is a payload), released after the call. Returns how many of the weak references
    /// that release freed (the collector counts them).
    fn call_weakref_callbacks(
        &mut self,
        calls: impl IntoIterator<Item = (ObjId, WeakCallback, Option<String>)>,
    ) -> usize {
        let mut freed = 0;
        for (wr, cb, subject) in calls {
            let cb = match cb {
                WeakCallback::Taken(cb) => cb,
                // Read only now: the callbacks called before this one ran Python code.
                WeakCallback::InReference => {
                    match self.heap.get(self.payload(Value::Obj(wr)).as_obj().unwrap_or(wr)) {
                        Object::WeakRef(w) => self.share(w.callback),
                        _ => Value::None,
                    }
                }
            };
            if cb != Value::None {
                self.trace_finalizer(|vm| {
                    let of = subject.unwrap_or_else(|| "an object".into());
                    match cb.as_obj().map(|c| vm.heap.get(c)) {
                        Some(Object::Finalize(_)) => format!("weakref.finalize of {of}"),
                        _ => format!("weak reference callback {} of {of}", vm.describe(cb)),
                    }
                });
                match self.call(cb, &[Value::Obj(wr)], &[]) {
                    Ok(v) => self.decref(v),
                    Err(e) => self.write_unraisable(e, "Exception ignored in", cb),
                }
                self.decref(cb);
            }
            if self.heap.refcount(wr) == 1 {
                freed += 1;
            }
            self.decref_id(wr);
        }
        freed
    }

    // ---- The cycle collector -----------------------------------------------------------------

    /// CPython's choice of generation when a collection is due: the oldest whose count passed
    /// its threshold (the oldest only once enough new objects reached it).
    fn collect_generations(&mut self) {
        if self.heap.gc.stress {
            self.collect(2);
            return;
        }
        let gc = &self.heap.gc;
        for g in (0..3).rev() {
            if gc.count[g] > gc.threshold[g] {
                if g == 2 && gc.long_lived_pending < gc.long_lived_total / 4 {
                    continue;
                }
                self.collect(g);
                return;
            }
        }
        // The count that made the collection due may have fallen since (the VM collects at its
        // next instruction, CPython during the allocation): the youngest generation still goes.
        self.collect(0);
    }

    /// Collects generation `g` (and the younger ones); returns how many unreachable objects it
    /// found, as `gc.collect()` does. The phases are CPython's (`gc_collect_main`), in its
    /// order, which decides what Python code can see while it runs: weak reference callbacks
    /// first, then `__del__`, and only then are the cycles broken.
    pub fn collect(&mut self, g: usize) -> usize {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        self.heap.gc.collections += 1;
        // What the collector frees at exit, it frees because the interpreter is exiting.
        use crate::vm::finalizer_trace::Cause;
        let cause = self.dealloc.cause;
        if cause != Cause::Exit {
            self.dealloc.cause = Cause::Collected(g as u8);
        }
        self.run_gc_callbacks("start", g, 0, 0);
        // `update_refs`, `subtract_refs`, `move_unreachable` (heap/collector.rs): the graph
        // alone decides what is garbage, before any Python code can change it.
        let unreachable = self.heap.find_unreachable(g);
        // Held while Python code runs, so nothing in the set is freed before the end.
        for &id in &unreachable {
            self.heap.incref(id);
        }
        // Weak references go before any finalizer: a callback, or a `__del__` reading a weak
        // reference, must not reach an object that may be torn apart below.
        let mut found = self.handle_weakrefs(&unreachable);
        // The objects are still whole while their `__del__` runs (PEP 442), and may be
        // resurrected by it.
        self.finalize_garbage(&unreachable);
        // So the graph is checked again: only what is still unreachable is cleared.
        let older = (g + 1).min(2) as u8;
        let garbage = self.heap.handle_resurrected_objects(&unreachable, 1, older);
        let counted = self.heap.left_by_counts(&garbage, 1);
        found += self.garbage_count(&counted);
        // Last, the cycles are broken; what they held dies of its count, `__del__` included.
        self.delete_garbage(&garbage, older);
        self.heap.end_collection(&garbage);
        for &id in &unreachable {
            self.decref_id(id);
        }
        self.update_collection_stats(g, found);
        self.heap.gc.collecting = false;
        self.run_gc_callbacks("stop", g, found, 0);
        self.run_doomed();
        self.dealloc.cause = cause;
        found
    }

    /// Clears the weak references to the garbage and runs their callbacks, before any
    /// finalizer. Weak references that are garbage themselves are cleared without callbacks
    /// (their callbacks could see the garbage). Returns how many weak references died when
    /// their callback was done: they count among the objects collected.
    fn handle_weakrefs(&mut self, unreachable: &[ObjId]) -> usize {
        for &id in unreachable {
            if let Object::WeakRef(w) = self.heap.get(id)
                && let Some(r) = w.referent
            {
                self.unlink_weakref(r, id);
                if let Object::WeakRef(w) = self.heap.get_mut(id) {
                    w.referent = None;
                }
            }
        }
        let mut to_call = Vec::new();
        for &id in unreachable {
            if self.heap.flags(id) & flags::HAS_WEAKREFS == 0 {
                continue;
            }
            let list = self.weaklists.remove(&id).unwrap_or_default();
            self.heap.clear_flag(id, flags::HAS_WEAKREFS);
            let subject = self.dealloc.trace.then(|| self.describe(Value::Obj(id)));
            for wr in list {
                let garbage = self.heap.flags(wr) & flags::UNREACHABLE != 0;
                let Object::WeakRef(w) = self.heap.get_mut(wr) else { continue };
                w.referent = None;
                if w.callback == Value::None || garbage {
                    continue;
                }
                let Some(target) = crate::vm::weakref::callback_target(self, wr) else { continue };
                self.heap.incref(target);
                to_call.push((target, WeakCallback::InReference, subject.clone()));
            }
        }
        self.call_weakref_callbacks(to_call)
    }

    /// PEP 442: `__del__` of each unreachable object, in order, once ever (a suspended
    /// generator is closed instead); then what died meanwhile is finalized.
    fn finalize_garbage(&mut self, unreachable: &[ObjId]) {
        for &id in unreachable {
            if let Some(del) = self.pending_del(id) {
                self.heap.set_flag(id, flags::FINALIZED);
                self.call_finalizer(del, Value::Obj(id));
            } else if self.generator_needs_finalizing(id) {
                self.heap.set_flag(id, flags::FINALIZED);
                self.close_generator(id);
            }
        }
        self.run_doomed();
    }

    /// How many objects CPython would count for the garbage: the instance dicts it would not
    /// have made left out, the parts of classes it would have made added.
    fn garbage_count(&self, garbage: &[ObjId]) -> usize {
        garbage
            .iter()
            .filter(|&&id| self.heap.flags(id) & flags::INLINE_DICT == 0)
            .map(|&id| 1 + self.class_parts(id))
            .sum()
    }

    /// Breaks the cycles of the garbage by clearing each object's references (CPython's
    /// `tp_clear`); what that frees is freed by its count. With `gc.DEBUG_SAVEALL` the garbage
    /// goes to `gc.garbage` instead, alive and tracked in generation `older`.
    fn delete_garbage(&mut self, garbage: &[ObjId], older: u8) {
        let mut refs = Vec::new();
        let save = (self.gc_hooks.debug & DEBUG_SAVEALL != 0).then_some(self.gc_hooks.garbage).flatten();
        for &id in garbage {
            if let Some(list) = save {
                self.heap.incref(id);
                if let Object::List(items) = self.heap.get_mut(list) {
                    items.push(Value::Obj(id));
                }
                // Still alive: tracked again, so a later collection finds its cycles.
                self.heap.join(id, older);
                continue;
            }
            self.heap.get_mut(id).clear_refs(&mut refs);
            for v in refs.drain(..) {
                self.decref(v);
            }
        }
        // Cleared dicts and classes may have cached versions, and their slots may be reused.
        self.caches.dict_epoch += 1;
        self.caches.type_epoch += 1;
    }

    /// The counts that decide the next collections (`gc.get_count()`) and `gc.get_stats()`.
    fn update_collection_stats(&mut self, g: usize, found: usize) {
        let oldest = self.heap.generation_sizes()[2];
        let gc = &mut self.heap.gc;
        if g < 2 {
            gc.count[g + 1] += 1;
        } else {
            gc.long_lived_pending = 0;
            gc.long_lived_total = oldest;
        }
        for c in gc.count.iter_mut().take(g + 1) {
            *c = 0;
        }
        gc.stats[g][0] += 1;
        gc.stats[g][1] += found;
    }

    /// Calls each of `gc.callbacks` with the phase and CPython's info dict.
    fn run_gc_callbacks(&mut self, phase: &str, g: usize, collected: usize, uncollectable: usize) {
        let Some(list) = self.gc_hooks.callbacks else { return };
        let funcs = match self.heap.get(list) {
            Object::List(v) if !v.is_empty() => v.clone(),
            _ => return,
        };
        for &f in &funcs {
            self.incref(f);
        }
        let phase = self.new_str(phase);
        let info = self.new_dict();
        self.dict_set_str(info, "generation", Value::Int(g as i64));
        self.dict_set_str(info, "collected", Value::Int(collected as i64));
        self.dict_set_str(info, "uncollectable", Value::Int(uncollectable as i64));
        for f in funcs {
            match self.call(f, &[phase, Value::Obj(info)], &[]) {
                Ok(v) => self.decref(v),
                Err(e) => self.write_unraisable(e, "Exception ignored in", f),
            }
            self.decref(f);
        }
        self.decref(phase);
        self.decref_id(info);
    }

    /// Whether an object can be weakly referenced (CPython's `tp_weaklistoffset`).
    pub fn weakrefable(&self, v: Value) -> bool {
        let Value::Obj(id) = v else { return false };
        match self.heap.get(id) {
            Object::Instance(i) => {
                let t = self.type_obj(i.class);
                t.slots.as_ref().is_none_or(|s| s.iter().any(|n| n == "__weakref__")) || t.has_dict
            }
            Object::Function(_)
            | Object::Type(_)
            | Object::BoundMethod { .. }
            | Object::Set { .. }
            | Object::Generator(_)
            | Object::Code(_)
            | Object::Module { .. }
            | Object::File(_)
            | Object::Host { .. }
            | Object::Array(_)
            | Object::MemoryView(_)
            | Object::Finalize(_)
            | Object::Builtin(_) => true,
            _ => false,
        }
    }

    /// A script's own `sys.unraisablehook` gets what CPython gives it (an object with
    /// `exc_type`, `exc_value`, `exc_traceback`, `err_msg` and `object`); true if it ran.
    fn custom_unraisablehook(&mut self, exc: ObjId, what: &str, obj: Value) -> bool {
        let Some(sys) = self.module_dict("sys") else { return false };
        let (Some(hook), original) =
            (self.dict_get_str(sys, "unraisablehook"), self.dict_get_str(sys, "__unraisablehook__"))
        else {
            return false;
        };
        if original.is_some_and(|o| o.is(hook)) {
            return false;
        }
        let hook = self.share(hook);
        let ns = self.new_dict();
        self.store_exc_info(ns, exc, ["exc_type", "exc_value", "exc_traceback"]);
        let msg = if what == "Exception ignored in" { Value::None } else { self.new_str(what) };
        self.dict_set_str(ns, "err_msg", msg);
        let o = self.share(obj);
        self.dict_set_str(ns, "object", o);
        let object = self.types.object;
        // A class serves as the attribute holder: it takes over the namespace.
        let args = match self.make_type("UnraisableHookArgs", vec![object], ns) {
            Ok(cls) => Value::Obj(cls),
            Err(e) => {
                self.decref_id(e);
                Value::None
            }
        };
        match self.call(hook, &[args], &[]) {
            Ok(v) => self.decref(v),
            Err(e) => {
                let text = self.format_exception(e);
                self.flush();
                let _ = std::io::Write::write_all(&mut self.io.err, text.as_bytes());
                self.decref_id(e);
            }
        }
        self.decref(args);
        self.decref(hook);
        self.decref_id(exc);
        true
    }
}

/// Releases values in the order CPython would release them (`in_order` is that order), which
/// decides the order their `__del__`s run in: the doomed queue runs first-died first.
pub fn release_in_order(vm: &mut Vm, in_order: Vec<Value>) {
    for v in in_order {
        vm.decref(v);
    }
}
