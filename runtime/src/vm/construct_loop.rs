//! `Class(args)` for a plain class whose `__init__` is a simple Python function: the loop runs
//! `__init__` as one of its own frames (as it runs plain calls, `frame_run`) instead of
//! recursing through `construct` and a new `eval`. So does `obj[key]` with a Python
//! `__getitem__`.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::Frame;
use crate::value::{ObjId, Value};
use crate::vm::binary_loop::Operator;
use crate::vm::flow::Flow;
use crate::vm::frame_run::{LoopFrames, running};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The class and its `__init__`, when calling `func` with `nargs` positional arguments
    /// can run in the loop: a class of `type` made the plain way (`plain_construction`, still
    /// current) whose `__init__` binds them simply with the instance first.
    #[inline]
    pub(crate) fn init_in_loop(&self, func: Value, nargs: usize) -> Option<(ObjId, ObjId)> {
        let cls = func.as_obj()?;
        let Object::Type(t) = self.heap.get(cls) else { return None };
        let (epoch, init) = t.plain_construction?;
        if epoch != self.caches.type_epoch || self.type_of(func) != self.types.type_ {
            return None;
        }
        let init = self.callable_in_loop(init?, nargs + 1)?;
        Some((cls, init))
    }

    /// `obj[key]`'s `__getitem__` (a new reference), when the loop can run it as a plain call:
    /// `obj` is an instance whose class's `__getitem__` is a Python function binding
    /// `(self, key)` simply, as CPython 3.11 specialises its `BINARY_SUBSCR_GETITEM`.
    #[inline]
    pub(crate) fn getitem_in_loop(&mut self, obj: Value) -> Option<ObjId> {
        if let Some(Object::Type(_)) = obj.as_obj().map(|id| self.heap.get(id)) {
            // `Class[key]` under a metaclass with a `__getitem__` of its own (an enum's
            // `Color["RED"]`), which goes before any `__class_getitem__`.
            let meta = self.type_of(obj);
            if meta == self.types.type_ {
                return None;
            }
            let found = self.lookup_in_mro(meta, self.common.getitem)?;
            let func = self.callable_in_loop(found, 2)?;
            self.heap.incref(func);
            return Some(func);
        }
        self.method_in_loop(obj, self.common.getitem, 2, false)
    }

    /// `item in obj` (negated for `not in`) as a call the loop runs, when `obj` is a plain
    /// instance whose class's `__contains__` is a Python function binding `(self, item)`
    /// simply: the function and both operands go on the stack.
    #[inline]
    pub(crate) fn contains_in_loop(
        &mut self,
        stack: &mut Vec<Value>,
        [obj, item]: [Value; 2],
        negate: bool,
    ) -> Option<Flow> {
        let name = self.name_id("__contains__")?;
        let func = self.method_in_loop(obj, name, 2, true)?;
        let base = stack.len();
        stack.extend([Value::Obj(func), obj, item]);
        Some(Flow::Binary { func, base, op: Operator::Contains(negate) })
    }

    /// `Class(args)` where the class's metaclass has a `__call__` of its own written in
    /// Python (an enum's `Color(2)`): pushes `__call__` below the class on the stack, so the
    /// loop runs `__call__(Class, args)` as a call (with defaults and keyword-only parameters
    /// bound there). None, the stack as it was, when that call does not bind simply.
    pub(crate) fn metaclass_call_in_loop(
        &mut self,
        stack: &mut Vec<Value>,
        cls: Value,
        at: usize,
    ) -> Option<ObjId> {
        let id = cls.as_obj()?;
        if !matches!(self.heap.get(id), Object::Type(_)) {
            return None;
        }
        let meta = self.type_of(cls);
        if meta == self.types.type_ {
            return None;
        }
        let call = self.lookup_str(meta, "__call__")?;
        let call_id = call.as_obj().filter(|&c| matches!(self.heap.get(c), Object::Function(_)))?;
        self.heap.incref(call_id);
        stack.insert(at - 1, call);
        if let Some(func) = self.callable_in_loop(call, stack.len() - at) {
            return Some(func);
        }
        if let Some(func) = self.rebind_in_loop(stack, call, at, &[]) {
            return Some(func);
        }
        stack.remove(at - 1);
        self.decref(call);
        None
    }

    /// The method `name` of instance `obj`'s class (a new reference), when it is a Python
    /// function the loop can run with `obj` and `nargs - 1` more arguments; for a `plain`
    /// one only if `obj` has no builtin payload.
    #[inline]
    pub(crate) fn method_in_loop(
        &mut self,
        obj: Value,
        name: ObjId,
        nargs: usize,
        plain: bool,
    ) -> Option<ObjId> {
        let Object::Instance(inst) = self.heap.get(obj.as_obj()?) else { return None };
        if plain && inst.base().is_some() {
            return None;
        }
        let found = self.lookup_in_mro(self.type_of(obj), name)?;
        let func = self.callable_in_loop(found, nargs)?;
        self.heap.incref(func);
        Some(func)
    }

    /// Makes the instance and pushes `__init__`'s frame with it as `self`: the instance takes
    /// the class's place on the caller's stack, so the arguments follow it there.
    pub(crate) fn construct_in_loop(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        cls: ObjId,
        init: ObjId,
        base: usize,
    ) -> PyResult<()> {
        let inst = self.new_instance(cls);
        self.incref(inst);
        let caller = running(entry, frames);
        let class = std::mem::replace(&mut caller.state.stack[base], inst);
        self.decref(class);
        match self.call_in_loop(entry, frames, init, base, base) {
            Ok(()) => {
                if let Some(p) = frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i)) {
                    p.init_of = Some(inst);
                }
                Ok(())
            }
            Err(e) => {
                // The instance and arguments on the stack are released by the caller's error
                // path; this is the reference the call would have returned.
                self.decref(inst);
                Err(e)
            }
        }
    }

    /// `__init__` returned `v`: the caller gets the instance, or a TypeError if `v` is not None.
    #[cold]
    #[inline(never)]
    pub(crate) fn return_from_init(&mut self, entry: &mut Frame, frames: &mut LoopFrames, v: Value) -> bool {
        let inst = frames
            .live
            .checked_sub(1)
            .and_then(|i| frames.slots.get_mut(i))
            .and_then(|p| p.init_of.take())
            .unwrap_or(Value::None);
        if !self.back_to_caller(entry, frames) {
            self.decref(v);
            self.decref(inst);
            return false;
        }
        if v != Value::None {
            let msg = format!("__init__() should return None, not '{}'", self.type_name(v));
            self.decref(v);
            self.decref(inst);
            let e = self.new_exc(ExcKind::TypeError, &msg);
            let f = running(entry, frames);
            f.state.pending = Some(e);
            self.heap.attention = true;
            return true;
        }
        running(entry, frames).state.stack.push(inst);
        true
    }
}
