//! Global and builtin name lookups from code, with the per-site caches that make them cheap:
//! a cached position in the globals dict, checked against the key found there.

use crate::object::Object;
use crate::object::code::Code;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The builtins code running with `globals` sees: the dict (or module) their
    /// `__builtins__` names, so that `exec(src, {"__builtins__": {}})` runs without them; the
    /// interpreter's when there is none.
    pub fn builtins_of(&self, globals: ObjId) -> ObjId {
        let named = self.dict_get_str(globals, "__builtins__").and_then(|b| b.as_obj());
        match named.map(|b| (b, self.heap.get(b))) {
            Some((_, Object::Module { dict, .. })) => *dict,
            Some((d, Object::Dict(_))) => d,
            _ => self.builtins,
        }
    }

    /// The index in `global_cache` of name `i` of `code`, its entries given out on first use.
    #[inline]
    pub(crate) fn global_cache_slot(&mut self, code: &Code, i: u32) -> usize {
        use std::sync::atomic::Ordering::Relaxed;
        let mut base = code.cache_base.load(Relaxed);
        if base == u32::MAX {
            base = self.new_code_cache(code);
        }
        base as usize + i as usize
    }

    /// A global (or builtin) name's value, a new reference. The position where it was found
    /// last is cached: it holds while the entry there has this very name as its key (a dict
    /// holds a key once) and, for a builtin, while the globals gained no key.
    #[inline(always)]
    pub(crate) fn load_global(&mut self, f: &FrameState, code: &Code, i: u32) -> PyResult<Value> {
        let slot = self.global_cache_slot(code, i);
        let id = code.names[i as usize];
        if let Some(v) = self.cached_global(f, id, slot) {
            self.incref(v);
            return Ok(v);
        }
        self.load_global_uncached(f, code, i, slot)
    }

    /// The value at the cached position, if the cache holds for this frame's globals.
    #[inline(always)]
    fn cached_global(&self, f: &FrameState, id: ObjId, slot: usize) -> Option<Value> {
        let c = self.caches.global_cache.get(slot).copied().flatten()?;
        if c.globals != f.globals || c.dict_epoch != self.caches.dict_epoch {
            return None;
        }
        let Object::Dict(g) = self.heap.get(f.globals) else { return None };
        let e = if let Some(builtins) = c.builtins {
            match self.heap.get(builtins) {
                Object::Dict(b) if g.version() == c.globals_version => b.entry(c.position as usize),
                _ => None,
            }
        } else {
            g.entry(c.position as usize)
        }?;
        e.key.is(Value::Obj(id)).then_some(e.value)
    }

    /// `load_global` past its cache: looks the name up and caches where it was found.
    #[inline(never)]
    fn load_global_uncached(&mut self, f: &FrameState, code: &Code, i: u32, slot: usize) -> PyResult<Value> {
        let id = code.names[i as usize];
        let (dict, builtins, position) = match self.dict_find_name(f.globals, id) {
            Some(p) => (f.globals, None, p),
            None => {
                let builtins = self.builtins_of(f.globals);
                match self.dict_find_name(builtins, id) {
                    Some(p) => (builtins, Some(builtins), p),
                    None => return Err(self.name_error_in(Self::name_str(code, i), f, code)),
                }
            }
        };
        let Object::Dict(t) = self.heap.get(dict) else {
            return Err(self.name_error_in(Self::name_str(code, i), f, code));
        };
        let Some(v) = t.entry(position).map(|e| e.value) else {
            return Err(self.name_error_in(Self::name_str(code, i), f, code));
        };
        self.caches.global_cache[slot] = Some(crate::object::code::GlobalCacheEntry {
            globals: f.globals,
            dict_epoch: self.caches.dict_epoch,
            globals_version: self.dict_version(f.globals),
            builtins,
            position: position as u32,
        });
        self.incref(v);
        Ok(v)
    }

    /// The site's cache slot for global name `i`, and where the name's entry is in `globals`
    /// if the cache knows and the entry there still has that name as its key.
    #[inline]
    pub(crate) fn cached_global_position(
        &mut self,
        globals: ObjId,
        code: &Code,
        i: u32,
    ) -> (usize, Option<usize>) {
        let slot = self.global_cache_slot(code, i);
        let name = Value::Obj(code.names[i as usize]);
        let at = match (self.caches.global_cache[slot], self.heap.get(globals)) {
            (Some(c), Object::Dict(t))
                if c.globals == globals
                    && c.builtins.is_none()
                    && c.dict_epoch == self.caches.dict_epoch
                    && t.entry(c.position as usize).is_some_and(|e| e.key == name) =>
            {
                Some(c.position as usize)
            }
            _ => None,
        };
        (slot, at)
    }

    /// Sets a global: in place, where the name's cached position is still valid (a new key
    /// takes the general path).
    #[inline]
    /// The value it replaces, if it dies, has its finalizer see the line of `f` that stored.
    pub(crate) fn store_global(&mut self, f: &FrameState, code: &Code, i: u32, v: Value) {
        let globals = f.globals;
        let (slot, at) = self.cached_global_position(globals, code, i);
        let name = code.names[i as usize];
        if let Some(at) = at
            && let Object::Dict(t) = self.heap.get_mut(globals)
            && let Some(old) = t.set_value(at, v)
        {
            self.heap.maybe_track(globals, Value::Obj(name), v);
            self.release_here(f, old);
            return;
        }
        self.frames.note_call(f.ip.saturating_sub(1));
        // A new key: later loads and stores of the name find it where it went.
        if let Some(position) = self.dict_set_name_at(globals, name, v) {
            self.caches.global_cache[slot] = Some(crate::object::code::GlobalCacheEntry {
                globals,
                dict_epoch: self.caches.dict_epoch,
                globals_version: self.dict_version(globals),
                builtins: None,
                position: position as u32,
            });
        }
    }

    /// Deletes a global, found at its cached position if that is still valid.
    pub(crate) fn delete_global(&mut self, globals: ObjId, code: &Code, i: u32) -> bool {
        let name = code.names[i as usize];
        if let (_, Some(at)) = self.cached_global_position(globals, code, i)
            && let Object::Dict(t) = self.heap.get_mut(globals)
            && let Some(e) = t.remove(at)
        {
            self.decref(e.key);
            self.decref(e.value);
            return true;
        }
        self.dict_del_name(globals, name)
    }
}
