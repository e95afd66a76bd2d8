//! Frame objects (`Object::Frame`) for running frames: made when a traceback or `f_locals`
//! needs one, and taking a finished frame's variables over while something still holds them
//! (CPython's `take_ownership`).

use std::sync::Arc;

use crate::object::code::Code;
use crate::object::frame::{Frame, FrameState};
use crate::object::{FrameObj, Object, TracebackEntry};
use crate::value::{ObjId, Value};
use crate::vm::Vm;

impl Vm {
    /// The frame object of the running frame, made on first use; borrowed (the frame owns it).
    pub(crate) fn current_frame_object(&mut self) -> Option<ObjId> {
        let running = self.frames.running.last()?;
        if let Some(obj) = running.object {
            return Some(obj);
        }
        let slot = self.frames.running.len() - 1;
        let globals = self.frames.current_globals();
        if let Some(g) = globals {
            self.heap.incref(g);
        }
        let obj = self.heap.alloc(Object::Frame(Box::new(FrameObj {
            code: None,
            ip: 0,
            globals,
            namespace: None,
            locals: Vec::new(),
            back: None,
        })));
        self.frames.running[slot].object = Some(obj);
        Some(obj)
    }

    /// A finishing frame whose object something else still holds: as CPython's
    /// `take_ownership`, the object takes the frame's variables (which then live as long as it
    /// does) and links to the caller's frame object, made for the purpose if need be. Takes
    /// the frame's reference to its object.
    pub(crate) fn frame_object_takes_over(&mut self, obj: ObjId, f: &mut Frame) {
        if self.heap.refcount(obj) <= 1 {
            self.decref_id(obj);
            return;
        }
        let back = self.current_frame_object();
        if let Some(b) = back {
            self.heap.incref(b);
        }
        if let Some(ns) = f.locals {
            self.heap.incref(ns);
        }
        let mut locals: Vec<Option<Value>> = f.fast.drain(..).collect();
        locals.extend(f.cells.drain(..).map(|c| Some(Value::Obj(c))));
        let mut had_globals = true;
        if let Object::Frame(fo) = self.heap.get_mut(obj) {
            fo.code = Some(Arc::clone(&f.code));
            fo.ip = f.ip.saturating_sub(1);
            had_globals = fo.globals.is_some();
            fo.globals.get_or_insert(f.globals);
            fo.namespace = f.locals;
            fo.locals = locals;
            fo.back = back;
        }
        if !had_globals {
            self.heap.incref(f.globals);
        }
        self.decref_id(obj);
    }

    /// Records that `exc` passed through the running frame at `ip`: the traceback entry holds
    /// the frame's object, so the frame's variables outlive it while the exception lives.
    pub fn add_traceback(&mut self, exc: ObjId, code: &Arc<Code>, ip: usize) {
        if !matches!(self.heap.get(exc), Object::Instance(i) if i.exc().is_some()) {
            return;
        }
        let frame = self.current_frame_object();
        if let Some(fo) = frame {
            self.heap.incref(fo);
            if let Object::Frame(o) = self.heap.get_mut(fo) {
                o.code.get_or_insert_with(|| Arc::clone(code));
                o.ip = ip;
            }
        }
        if let Object::Instance(i) = self.heap.get_mut(exc)
            && let Some(e) = i.exc_mut()
        {
            e.traceback.push(TracebackEntry { code: Arc::clone(code), ip, frame });
        }
    }

    /// A snapshot of a function frame's variables, as `locals()` returns it: parameters and
    /// locals in declaration order, then cell-only variables, then free ones; unbound names are
    /// left out.
    pub(crate) fn fast_locals(&mut self, f: &FrameState, code: &Code) -> ObjId {
        let d = self.new_dict();
        let cell_value = |vm: &Self, i: usize| match vm.heap.get(f.cells[i]) {
            Object::Cell(v) => *v,
            _ => None,
        };
        let is_param_cell = |c: usize| code.cell_params.iter().any(|&(cell, _)| cell as usize == c);
        for (i, name) in code.varnames.iter().enumerate() {
            let v = match code.cellvars.iter().position(|c| c == name) {
                Some(c) if is_param_cell(c) => cell_value(self, c),
                Some(_) => continue,
                None => f.fast.get(i).copied().flatten(),
            };
            if let Some(v) = v {
                self.incref(v);
                self.dict_set_str(d, name, v);
            }
        }
        let cells = code.cellvars.iter().chain(&code.freevars).enumerate();
        for (i, name) in cells {
            if is_param_cell(i) {
                continue;
            }
            if let Some(v) = cell_value(self, i) {
                self.incref(v);
                self.dict_set_str(d, name, v);
            }
        }
        d
    }
}
