//! Frame objects (`Object::Frame`) for running frames: made when a traceback or `f_locals`
//! needs one, and taking a finished frame's variables over while something still holds them
//! (CPython's `take_ownership`).

use std::sync::Arc;

use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::Frame;
use crate::object::{FrameObj, Object, TracebackEntry};
use crate::value::{ObjId, Value};
use crate::vm::frame_stack::FrameSource;
use crate::vm::{PyResult, Vm};

/// The files of the built-in modules that stand in for CPython's C code.
const NATIVE_STAND_INS: [&str; 4] =
    ["<reap:_reap_mappingproxy>", "<reap:_reap_types>", "<reap:_reap_longrange>", "<reap:warnings>"];

/// Functions of the built-in Python modules that do what CPython does in C.
const STAND_IN_FUNCTIONS: [&str; 2] = ["__getattr__", "ABCMeta.__call__"];

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
        let generator = match running.source {
            FrameSource::Generator(g) => Some(g),
            _ => None,
        };
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
            generator,
        })));
        self.frames.running[slot].object = Some(obj);
        Some(obj)
    }

    /// A finishing frame whose object something else still holds: as CPython's
    /// `take_ownership`, the object takes the frame's variables (which then live as long as it
    /// does) and links to the caller's frame object, made for the purpose if need be. Takes
    /// the frame's reference to its object. An object nothing else holds goes, and hands back
    /// the `locals()` dict it kept for the frame: as CPython's frame keeps that dict, it is
    /// released after the variables.
    pub(crate) fn frame_object_takes_over(&mut self, obj: ObjId, f: &mut Frame) -> Option<ObjId> {
        if self.heap.refcount(obj) <= 1 {
            let snapshot = match self.heap.get_mut(obj) {
                Object::Frame(fo) => fo.namespace.take(),
                _ => None,
            };
            self.decref_id(obj);
            return snapshot;
        }
        let back = self.current_frame_object();
        if let Some(b) = back {
            self.heap.incref(b);
        }
        if let Some(ns) = f.locals {
            self.heap.incref(ns);
        }
        // The finishing frame's variables and cells, off the data stack.
        let at = f.base.min(self.frames.fast.len());
        let locals: Vec<Option<Value>> = self.frames.fast.drain(at..).collect();
        let mut had_globals = true;
        if let Object::Frame(fo) = self.heap.get_mut(obj) {
            fo.code = Some(Arc::clone(&f.code));
            fo.ip = f.ip.saturating_sub(1);
            had_globals = fo.globals.is_some();
            fo.globals.get_or_insert(f.globals);
            // A function frame's namespace is the `locals()` dict, if one was asked for.
            if f.locals.is_some() {
                fo.namespace = f.locals;
            }
            fo.locals = locals;
            fo.back = back;
            fo.generator = None;
        }
        if !had_globals {
            self.heap.incref(f.globals);
        }
        self.decref_id(obj);
        None
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
            generator: Some(generator),
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

    /// Whether the running frame at `slot` runs a built-in module's Python function that does
    /// what CPython does in C (`ABCMeta.__call__`): no frame a script can see.
    fn stands_in(&self, slot: usize) -> bool {
        self.running_code(slot)
            .is_some_and(|c| c.filename.starts_with("<reap:") && STAND_IN_FUNCTIONS.contains(&&*c.qualname))
    }

    /// The nearest running frame below `slot` that a script can see.
    fn visible_caller(&self, slot: usize) -> Option<usize> {
        (0..slot).rev().find(|&s| !self.stands_in(s))
    }

    /// `sys._getframe(depth)`: the frame object `depth` calls out from the caller's.
    pub(crate) fn frame_at_depth(&mut self, depth: i64) -> Option<ObjId> {
        let mut slot = self.frames.running.len().checked_sub(1)?;
        for _ in 0..usize::try_from(depth).ok()? {
            slot = self.visible_caller(slot)?;
        }
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
            back = match self.visible_caller(slot) {
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
            // A frame that has not started (a new generator's) is at its `def`, as CPython's
            // is at its first instruction, which has the function's first line.
            "f_lineno" => Some(Value::Int(i64::from(code.map_or(0, |c| match c.spans.get(ip) {
                Some(s) if ip > 0 || live.is_some() => s.start.line,
                _ => c.first_line,
            })))),
            "f_globals" => Some(share(self, globals)),
            // The builtins its globals name, or the interpreter's.
            "f_builtins" => {
                let d = globals.map_or(self.builtins, |g| self.builtins_of(g));
                Some(share(self, Some(d)))
            }
            // As `tb_lasti`: two per instruction, as CPython's code units count.
            "f_lasti" => Some(Value::Int(ip as i64 * 2)),
            "f_back" => Some(share(self, back)),
            // Reap calls no trace functions (`sys.settrace` is accepted and never calls).
            "f_trace" => Some(Value::None),
            "f_trace_lines" => Some(Value::Bool(true)),
            "f_trace_opcodes" => Some(Value::Bool(false)),
            "f_locals" => {
                if let Some(slot) = live {
                    return self.running_locals(slot).map(Value::Obj);
                }
                let Some(code) = code else { return Some(share(self, namespace)) };
                if namespace.is_some() && code.flags.uses_locals_dict {
                    return Some(share(self, namespace));
                }
                let values = self.suspended_variables(id).unwrap_or_else(|| match self.heap.get(id) {
                    Object::Frame(fo) => fo.locals.clone(),
                    _ => Vec::new(),
                });
                Some(Value::Obj(self.refresh_locals(id, &code, &values)))
            }
            _ => None,
        }
    }

    /// `frame.clear()`: a running frame refuses; a suspended generator's frame finishes the
    /// generator (its `finally` blocks run); a finished frame lets its variables go.
    pub(crate) fn clear_frame(&mut self, id: ObjId) -> PyResult<()> {
        if self.running_slot(id).is_some() {
            return Err(self.new_exc(ExcKind::RuntimeError, "cannot clear an executing frame"));
        }
        let generator = match self.heap.get(id) {
            Object::Frame(fo) => fo.generator,
            _ => return Ok(()),
        };
        if let Some(g) = generator
            && self.heap.is_live(g)
            && matches!(self.heap.get(g), Object::Generator(state) if state.frame.as_ref().is_some_and(|f| f.obj == Some(id)))
        {
            self.close_generator(g);
            return Ok(());
        }
        let (locals, snapshot) = match self.heap.get_mut(id) {
            Object::Frame(fo) => (std::mem::take(&mut fo.locals), fo.namespace.take()),
            _ => return Ok(()),
        };
        for v in locals.into_iter().flatten() {
            self.decref(v);
        }
        if let Some(d) = snapshot {
            self.decref_id(d);
        }
        Ok(())
    }

    /// The innermost running frame's `locals()` (a new reference).
    pub fn current_locals(&mut self) -> Option<ObjId> {
        let slot = self.frames.running.len().checked_sub(1)?;
        self.running_locals(slot)
    }

    /// The dict `locals()` and `f_locals` give for the running frame at `slot` (a new
    /// reference): a module or class body's namespace, else the dict the frame's object keeps,
    /// refreshed from the frame's variables.
    pub(crate) fn running_locals(&mut self, slot: usize) -> Option<ObjId> {
        if let Some(ns) = self.frames.running.get(slot)?.locals {
            self.heap.incref(ns);
            return Some(ns);
        }
        let code = self.running_code(slot)?;
        let obj = self.frame_object_at(slot)?;
        let values = self.frames.variables_at(slot)?.to_vec();
        Some(self.refresh_locals(obj, &code, &values))
    }

    /// The variables of the suspended generator whose frame object is `id`: its fast ones,
    /// then its cells.
    fn suspended_variables(&self, id: ObjId) -> Option<Vec<Option<Value>>> {
        let Object::Frame(fo) = self.heap.get(id) else { return None };
        let generator = fo.generator?;
        // The id is not a reference: the generator may have gone, and its id been reused.
        if !self.heap.is_live(generator) {
            return None;
        }
        let Object::Generator(g) = self.heap.get(generator) else { return None };
        let f = g.frame.as_ref().filter(|f| f.obj == Some(id))?;
        Some(f.fast.iter().copied().chain(f.cells.iter().map(|&c| Some(Value::Obj(c)))).collect())
    }

    /// Brings the `locals()` dict of the frame whose object is `obj` up to date with the
    /// frame's variables (`values`: the fast ones, then the cells), as CPython's
    /// `PyFrame_FastToLocals`: bound names set, unbound ones removed, names the dict got
    /// otherwise (`exec`) left. Made on first use and kept by the frame object, so every call
    /// gives the same dict. A new reference.
    fn refresh_locals(&mut self, obj: ObjId, code: &Code, values: &[Option<Value>]) -> ObjId {
        let existing = match self.heap.get(obj) {
            Object::Frame(fo) => fo.namespace,
            _ => None,
        };
        let d = match existing {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                if let Object::Frame(fo) = self.heap.get_mut(obj) {
                    fo.namespace = Some(d);
                }
                d
            }
        };
        let nfast = code.varnames.len();
        let cell_value = |vm: &Self, c: usize| match values.get(nfast + c) {
            Some(Some(Value::Obj(cell))) => match vm.heap.get(*cell) {
                Object::Cell(v) => *v,
                _ => None,
            },
            _ => None,
        };
        let is_param_cell = |c: usize| code.cell_params.iter().any(|&(cell, _)| cell as usize == c);
        let mut entries: Vec<(&str, Option<Value>)> = Vec::with_capacity(values.len());
        for (i, name) in code.varnames.iter().enumerate() {
            let v = match code.cellvars.iter().position(|c| c == name) {
                Some(c) if is_param_cell(c) => cell_value(self, c),
                Some(_) => continue,
                None => values.get(i).copied().flatten(),
            };
            entries.push((name, v));
        }
        let cells = code.cellvars.iter().chain(&code.freevars).enumerate();
        for (i, name) in cells {
            if !is_param_cell(i) {
                entries.push((name, cell_value(self, i)));
            }
        }
        for (name, v) in entries {
            match v {
                Some(v) => {
                    self.incref(v);
                    self.dict_set_str(d, name, v);
                }
                None => {
                    self.dict_del_str(d, name);
                }
            }
        }
        self.heap.incref(d);
        d
    }

    /// Records that `exc` passed through the running frame at `ip`: the traceback entry holds
    /// the frame's object, so the frame's variables outlive it while the exception lives.
    /// Whether the exception that left the instruction at `ip` gets this frame's traceback
    /// entry: re-raising keeps the traceback as it is (the running frame is the one that
    /// raised), but a bare `raise` with nothing to re-raise raised a new error here.
    pub(crate) fn raised_here(&self, exc: ObjId, code: &Code, ip: usize) -> bool {
        use crate::object::code::Instr;
        match code.instrs.get(ip) {
            Some(Instr::Raise(0)) => self.has_no_traceback(exc),
            Some(i) => !i.reraises(),
            None => true,
        }
    }

    /// A traceback entry for an exception raised into a generator that never started (its
    /// `throw`): in its frame object `fo` (borrowed), at no instruction (`usize::MAX`), which
    /// reads as the code's first line.
    pub(crate) fn add_traceback_at_start(&mut self, exc: ObjId, generator: ObjId, fo: ObjId) {
        let Object::Generator(g) = self.heap.get(generator) else { return };
        let Some(code) = g.frame.as_ref().map(|f| Arc::clone(&f.code)) else { return };
        if let Object::Instance(i) = self.heap.get_mut(exc)
            && let Some(e) = i.exc_mut()
        {
            e.traceback.push(TracebackEntry { code, ip: usize::MAX, frame: Some(fo) });
            self.heap.incref(fo);
        }
    }

    /// Whether `exc` is an exception that has passed through no frame yet.
    fn has_no_traceback(&self, exc: ObjId) -> bool {
        matches!(self.heap.get(exc), Object::Instance(i) if i.exc().is_some_and(|e| e.traceback.is_empty()))
    }

    /// An exception that cannot propagate and was raised outside any Python frame (a
    /// generator's `close()` run as it dies, "ignored GeneratorExit") gets the running frame's
    /// entry, at the line that dropped the object, as CPython's `PyErr_WriteUnraisable` adds
    /// the current frame to a traceback-less exception.
    pub(crate) fn add_running_frame_to_unraisable(&mut self, exc: ObjId) {
        let Some(slot) = self.frames.running.len().checked_sub(1) else { return };
        if !self.has_no_traceback(exc) || self.stands_in(slot) {
            return;
        }
        let Some(code) = self.running_code(slot) else { return };
        let ip = self.frames.running[slot].ip;
        self.add_traceback(exc, &code, ip);
    }

    pub fn add_traceback(&mut self, exc: ObjId, code: &Arc<Code>, ip: usize) {
        if !matches!(self.heap.get(exc), Object::Instance(i) if i.exc().is_some()) {
            return;
        }
        // Built-in modules written in Python where CPython's are C leave no frames in
        // tracebacks, as C functions leave none (`cls.__dict__['missing']`, `list[int][str]`).
        // Nor does the module `__getattr__` a built-in module uses to make names on first use
        // (CPython's module has them in its namespace, and a missing one is the module's
        // error), nor the check CPython's `object.__new__` makes for abstract classes.
        if NATIVE_STAND_INS.contains(&&*code.filename)
            || (code.filename.starts_with("<reap:") && STAND_IN_FUNCTIONS.contains(&&*code.qualname))
        {
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
}
