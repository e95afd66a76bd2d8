//! The attribute instructions that read: `LoadAttr` and `LoadMethod`, and the fused forms the
//! compiler makes of a local followed by one of them (`self.x`, `self.m(...)`), each inlined
//! into the evaluation loop. The per-site caches they try first are in `inline_cache.rs`.

use crate::object::Object;
use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `obj.name` (name `i` of the code), its reference taken from `obj`, pushed; or, where the
    /// site knows the attribute to be a getter written in Python (a property's `fget`, a
    /// descriptor's `__get__`), that call pushed for the loop to run: its function (a new
    /// reference) and where it stands on the stack.
    #[inline(always)]
    pub(crate) fn load_attr(
        &mut self,
        f: &mut FrameState,
        code: &Code,
        i: u32,
        obj: Value,
    ) -> PyResult<Option<(ObjId, usize)>> {
        let slot = self.global_cache_slot(code, i);
        if let Some(v) = self.cached_getattr(obj, slot) {
            self.decref(obj);
            f.stack.push(v);
            return Ok(None);
        }
        if let Some(call) = self.getter_in_loop(&mut f.stack, obj, slot) {
            return Ok(Some(call));
        }
        self.load_attr_uncached(f, code, i, obj, slot)?;
        Ok(None)
    }

    /// `load_attr` for what the instance cache does not answer: module and class attributes
    /// (their own caches), then the full lookup, which fills the caches.
    #[inline(never)]
    fn load_attr_uncached(
        &mut self,
        f: &mut FrameState,
        code: &Code,
        i: u32,
        obj: Value,
        slot: usize,
    ) -> PyResult<()> {
        // A frame's `f_lineno` read by the code it runs is the line reading it: the running
        // frame's position is otherwise noted only at its calls.
        if let Value::Obj(id) = obj
            && matches!(self.heap.get(id), Object::Frame(_))
        {
            self.frames.note_call(f.ip.saturating_sub(1));
        }
        if let Some(fget) = self.cached_property(obj, slot) {
            // The getter is alive while the class holds the property: the call may change
            // the class, so it gets its own reference.
            self.incref(fget);
            let r = self.call(fget, &[obj], &[]);
            self.decref(fget);
            self.decref(obj);
            f.stack.push(r?);
            return Ok(());
        }
        if let Some((descr, get, class)) = self.cached_descriptor(obj, slot) {
            // Held for the call, which may change the class that holds them.
            self.incref(descr);
            self.incref(get);
            let r = self.call(get, &[descr, obj, Value::Obj(class)], &[]);
            self.decref(get);
            self.decref(descr);
            self.decref(obj);
            f.stack.push(r?);
            return Ok(());
        }
        if let Some(v) = self.cached_module_attr(obj, code.names[i as usize], slot) {
            self.decref(obj);
            f.stack.push(v);
            return Ok(());
        }
        if let Some(v) = self.cached_type_attr(obj, slot) {
            self.decref(obj);
            f.stack.push(v);
            return Ok(());
        }
        let name = code.names[i as usize];
        let r = self.getattr(obj, name);
        if let Ok(got) = r {
            self.fill_attr_site(obj, name, slot);
            self.fill_type_attr_site(obj, name, slot, got);
        }
        self.decref(obj);
        f.stack.push(r?);
        Ok(())
    }

    /// `obj.name` as the callable of a call: pushes the function and the receiver to pass it
    /// first, or the attribute and a marker for no receiver.
    #[inline(always)]
    pub(crate) fn load_method(
        &mut self,
        f: &mut FrameState,
        code: &Code,
        i: u32,
        obj: Value,
    ) -> PyResult<()> {
        let slot = self.global_cache_slot(code, i);
        if let Some(func) = self.cached_method(obj, slot) {
            f.stack.push(func);
            f.stack.push(obj);
            return Ok(());
        }
        if let Some((func, class)) = self.cached_class_method(obj, slot) {
            self.decref(obj);
            f.stack.push(func);
            f.stack.push(Value::Obj(class));
            return Ok(());
        }
        if let Some(func) = self.cached_builtin_method(obj, slot) {
            f.stack.push(func);
            f.stack.push(obj);
            return Ok(());
        }
        self.load_method_uncached(f, code, i, obj, slot)
    }

    /// `load_method` for what the method caches do not answer.
    #[inline(never)]
    fn load_method_uncached(
        &mut self,
        f: &mut FrameState,
        code: &Code,
        i: u32,
        obj: Value,
        slot: usize,
    ) -> PyResult<()> {
        let name = code.names[i as usize];
        // `self.callback(...)`: an instance's own attribute, called without a receiver.
        if self.cached_instance_attr(obj, slot)
            && let Some(v) = self.cached_getattr(obj, slot)
        {
            self.decref(obj);
            f.stack.push(v);
            f.stack.push(Value::Obj(self.not_implemented));
            self.heap.incref(self.not_implemented);
            return Ok(());
        }
        // `module.function(...)` and `Class.function(...)`: called without a receiver.
        if let Some(v) = self.cached_module_attr(obj, name, slot).or_else(|| self.cached_type_attr(obj, slot))
        {
            self.decref(obj);
            f.stack.push(v);
            f.stack.push(Value::Obj(self.not_implemented));
            self.heap.incref(self.not_implemented);
            return Ok(());
        }
        // `NotImplemented` is the stack's marker for "no receiver": as a receiver itself, it
        // gets its methods bound (`NotImplemented.__repr__()`).
        let method =
            if obj.is(Value::Obj(self.not_implemented)) { Ok(None) } else { self.lookup_method(obj, name) };
        match method {
            Ok(Some(func)) => {
                self.fill_attr_site(obj, name, slot);
                self.fill_builtin_method_site(obj, func, slot);
                // An unbound function and its receiver: called with the receiver first.
                f.stack.push(func);
                f.stack.push(obj);
            }
            Ok(None) => {
                let r = self.getattr(obj, name);
                if let Ok(got) = r {
                    self.fill_attr_site(obj, name, slot);
                    self.fill_type_attr_site(obj, name, slot, got);
                }
                self.decref(obj);
                f.stack.push(r?);
                f.stack.push(Value::Obj(self.not_implemented)); // marker: no receiver
                self.heap.incref(self.not_implemented);
            }
            Err(e) => {
                self.decref(obj);
                return Err(e);
            }
        }
        Ok(())
    }

    /// Reading local `i` before it was assigned.
    #[cold]
    #[inline(never)]
    pub(crate) fn unbound_local(&mut self, code: &Code, i: u32) -> ObjId {
        let name = &code.varnames[i as usize];
        let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
        self.new_exc(ExcKind::UnboundLocalError, &msg)
    }
}
