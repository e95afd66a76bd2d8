//! Taking an interpreter apart after its shutdown, so that every object it made is freed: what
//! builtin types, `builtins` and `sys.modules` hold (they never die) is released and the rest
//! collected. The heap's count of mortal objects must then be zero, which tests check.

use crate::object::Object;
use crate::vm::Vm;

impl Vm {
    /// Whether the shutdown sequence and the teardown could do nothing a script or its host
    /// would see: no `atexit` handler, finalizer, weak reference, `__del__` anywhere, gc
    /// callback, suspended generator (whose `finally` would run) or open file. The heap's
    /// objects can then simply be dropped with it, which is most of the cost of a short-lived
    /// embedded interpreter.
    pub fn ends_quietly(&self) -> bool {
        if self.exit.handlers.iter().any(Option::is_some)
            || self.finalize.live() > 0
            || !self.weaklists.is_empty()
        {
            return false;
        }
        let callbacks = self.gc_hooks.callbacks.map(|c| self.heap.get(c));
        if matches!(callbacks, Some(Object::List(items)) if !items.is_empty()) {
            return false;
        }
        let del_hash = crate::object::hash::str_hash("__del__");
        self.heap.live().all(|(id, _, o)| match o {
            Object::Generator(_) | Object::File(_) | Object::WeakRef(_) | Object::Finalize(_) => false,
            // The builtin generator types' `__del__` is for generators, counted above.
            Object::Type(_) if self.heap.is_immortal(id) => true,
            Object::Type(t) => match self.heap.get(t.dict) {
                // By text: a name set with `setattr` need not be the interned one.
                Object::Dict(d) => !d
                    .candidates(del_hash)
                    .any(|i| d.entry(i).is_some_and(|e| self.str_of(e.key) == Some("__del__"))),
                _ => false,
            },
            _ => true,
        })
    }

    pub fn teardown(&mut self) {
        self.shutdown();
        self.release_finalizer_registry();
        for held in self.gc_hooks.take().into_iter().chain(self.asyncgen_hooks.take()) {
            self.decref_id(held);
        }
        while let Some(e) = self.handled.pop() {
            self.decref_id(e);
        }
        // `sys`'s namespace goes first, before the builtins, as CPython's
        // `finalize_clear_sys_builtins_dict`: a finalizer that runs then still finds `print`,
        // but no `sys.stdout` to print to.
        if let Some(sys) = self.module_dict("sys") {
            let entries = match self.heap.get_mut(sys) {
                Object::Dict(t) => std::mem::take(t).iter().flat_map(|(_, e)| [e.key, e.value]).collect(),
                _ => Vec::new(),
            };
            for v in entries {
                self.decref(v);
                self.run_doomed();
            }
        }
        // The containers that live as long as the heap: builtins, sys.modules, the dicts of
        // builtin types.
        let mut roots = vec![self.builtins, self.modules, self.object_extras];
        roots.extend(self.heap.live().filter(|&(_, _, o)| matches!(o, Object::Type(_))).filter_map(
            |(id, _, o)| match o {
                Object::Type(t) if self.heap.is_immortal(id) => Some(t.dict),
                _ => None,
            },
        ));
        let mut refs = Vec::new();
        for d in roots {
            if let Object::Dict(t) = self.heap.get_mut(d) {
                std::mem::take(t).iter().for_each(|(_, e)| refs.extend([e.key, e.value]));
            }
        }
        for v in refs {
            self.decref(v);
            self.run_doomed();
        }
        self.heap.gc.enabled = false;
        self.collect(2);
        self.run_doomed();
        self.release_dead_code();
    }
}
