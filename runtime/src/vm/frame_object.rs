//! Frame objects (`Object::Frame`) for running frames: made when a traceback or `f_locals`
//! needs one, and taking a finished frame's variables over while something still holds them
//! (CPython's `take_ownership`).

use std::sync::Arc;

use crate::object::code::Code;
use crate::object::frame::{Frame, FrameState};
use crate::object::{FrameObj, Object, TracebackEntry};
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::frame_stack::FrameSource;

/// The files of the built-in modules that stand in for CPython's C code.
const NATIVE_STAND_INS: [&str; 3] =
    ["<reap:_reap_mappingproxy>", "<reap:_reap_types>", "<reap:_reap_longrange>"];

impl Vm {
    /// The frame object of the running frame, made on first use; borrowed (the frame owns it).
    pub(crate) fn current_frame_object(&mut self) -> Option<ObjId> {
        let slot = self.frames.running.len().checked_sub(1)?;
        self.frame_object_at(slot)
    }

    /// The frame object of the running frame at `slot` (0 is the outermost), made on first
    /// use; borrowed (the frame owns it).
    pub(crate) fn frame_object_at(&mut self, slot: usize) -> Option<ObjId> {
        let running = self.frames.running.get(slot)?;
        if let Some(obj) = running.object {
            return Some(obj);
        }
        let globals = Some(running.globals);
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

    /// A generator's frame that yielded keeps its object: the object shows where it stopped.
    pub(crate) fn suspended_frame_object(&mut self, obj: ObjId, f: &Frame) {
        if let Object::Frame(fo) = self.heap.get_mut(obj) {
            fo.code = Some(Arc::clone(&f.code));
            fo.ip = f.ip.saturating_sub(1);
        }
    }

    /// A generator's frame object (borrowed), made on first use: from its entry among the
    /// running frames while it runs, kept on its frame while suspended; none once finished.
    pub(crate) fn generator_frame_object(&mut self, generator: ObjId) -> Option<ObjId> {
        let running = self
            .frames
            .running
            .iter()
            .rposition(|r| matches!(r.source, FrameSource::Generator(g) if g == generator));
        if let Some(slot) = running {
            return self.frame_object_at(slot);
        }
        let (existing, globals, code, ip) = match self.heap.get(generator) {
            Object::Generator(g) if !g.finished => {
                let f = g.frame.as_ref()?;
                (f.obj, f.globals, Arc::clone(&f.code), f.ip.saturating_sub(1))
            }
            _ => return None,
        };
        if existing.is_some() {
            return existing;
        }
        self.heap.incref(globals);
        let obj = self.heap.alloc(Object::Frame(Box::new(FrameObj {
            code: Some(code),
            ip,
            globals: Some(globals),
            namespace: None,
            locals: Vec::new(),
            back: None,
        })));
        if let Object::Generator(g) = self.heap.get_mut(generator)
            && let Some(f) = g.frame.as_mut()
        {
            f.obj = Some(obj);
        }
        Some(obj)
    }

    /// Where the frame whose object is `id` runs, if it does: its slot among the running.
    fn running_slot(&self, id: ObjId) -> Option<usize> {
        self.frames.running.iter().rposition(|r| r.object == Some(id))
    }

    /// The code the running frame at `slot` runs.
    fn running_code(&self, slot: usize) -> Option<Arc<Code>> {
        let owner = match &self.frames.running.get(slot)?.source {
            FrameSource::Code(c) => return Some(Arc::clone(c)),
            &FrameSource::Function(id) | &FrameSource::Generator(id) => id,
        };
        // The caller holds the function for the call; checked all the same, as an id is not
        // a reference.
        if !self.heap.is_live(owner) {
            return None;
        }
        match self.heap.get(owner) {
            Object::Function(f) => Some(Arc::clone(&f.code)),
            Object::Generator(g) => Some(Arc::clone(&g.code)),
            _ => None,
        }
    }

    /// `sys._getframe(depth)`: the frame object `depth` calls out from the caller's.
    pub(crate) fn frame_at_depth(&mut self, depth: i64) -> Option<ObjId> {
        let top = self.frames.running.len().checked_sub(1)?;
        let slot = top.checked_sub(usize::try_from(depth).ok()?)?;
        self.frame_object_at(slot)
    }

    /// `f_code`, `f_lineno`, `f_globals`, `f_back`, `f_locals` of a frame object (new
    /// references). A running frame answers from its entry among the running frames (its
    /// line is that of its latest call); a finished one from what it left in its object.
    pub(crate) fn frame_attr(&mut self, id: ObjId, key: &str) -> Option<Value> {
        let Object::Frame(fo) = self.heap.get(id) else { return None };
        let (mut code, mut ip, globals, namespace, mut back) =
            (fo.code.clone(), fo.ip, fo.globals, fo.namespace, fo.back);
        let live = self.running_slot(id);
        if let Some(slot) = live {
            code = self.running_code(slot).or(code);
            ip = self.frames.running[slot].ip;
            back = match slot.checked_sub(1) {
                Some(caller) if matches!(key, "f_back") => self.frame_object_at(caller),
                _ => None,
            };
        }
        let share = |vm: &mut Vm, o: Option<ObjId>| match o {
            Some(o) => {
                vm.heap.incref(o);
                Value::Obj(o)
            }
            None => Value::None,
        };
        match key {
            "f_code" => Some(match code {
                Some(c) => self.alloc(Object::Code(c)),
                None => Value::None,
            }),
            "f_lineno" => Some(Value::Int(i64::from(
                code.map_or(0, |c| c.spans.get(ip).map_or(c.first_line, |s| s.start.line)),
            ))),
            "f_globals" => Some(share(self, globals)),
            "f_back" => Some(share(self, back)),
            "f_locals" => {
                let namespace = live.and_then(|slot| self.frames.running[slot].locals).or(namespace);
                if namespace.is_some() {
                    return Some(share(self, namespace));
                }
                Some(Value::Obj(self.finished_frame_locals(id, code)))
            }
            _ => None,
        }
    }

    /// A finished function frame's variables as a new dict: the fast ones, then the cells'
    /// contents. (A running function frame's variables live where only its own evaluation
    /// loop sees them: its `f_locals` is empty here.)
    fn finished_frame_locals(&mut self, id: ObjId, code: Option<Arc<Code>>) -> ObjId {
        let d = self.new_dict();
        let Some(code) = code else { return d };
        let Object::Frame(fo) = self.heap.get(id) else { return d };
        let values = fo.locals.clone();
        let fast = code.varnames.len();
        let names = code.varnames.iter().chain(code.cellvars.iter()).chain(code.freevars.iter());
        for (i, (name, v)) in names.zip(values).enumerate() {
            // Past the fast variables come the cells: their contents are the values.
            let v = match v {
                Some(Value::Obj(c)) if i >= fast => match self.heap.get(c) {
                    Object::Cell(inner) => *inner,
                    _ => None,
                },
                other => other,
            };
            if let Some(v) = v {
                self.incref(v);
                self.dict_set_str(d, name, v);
            }
        }
        d
    }

    /// Records that `exc` passed through the running frame at `ip`: the traceback entry holds
    /// the frame's object, so the frame's variables outlive it while the exception lives.
    pub fn add_traceback(&mut self, exc: ObjId, code: &Arc<Code>, ip: usize) {
        if !matches!(self.heap.get(exc), Object::Instance(i) if i.exc().is_some()) {
            return;
        }
        // Built-in modules written in Python where CPython's are C leave no frames in
        // tracebacks, as C functions leave none (`cls.__dict__['missing']`, `list[int][str]`).
        if NATIVE_STAND_INS.contains(&&*code.filename) {
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
