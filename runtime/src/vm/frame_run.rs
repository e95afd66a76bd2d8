//! Entering and leaving frames. `run_frame` runs a frame its Rust caller owns (a module body,
//! a generator, a call a builtin makes). A call the evaluation loop makes to a plain Python
//! function does not recurse into Rust: the loop runs the callee in a slot of its
//! `LoopFrames`, the caller waiting below it, and resumes the caller when it finishes, as
//! CPython 3.11's loop pushes frames instead of calling itself. A Python call then costs
//! neither the loop's entry and exit nor native stack: deep Python recursion is bounded by the
//! recursion limit and `MAX_LOOP_FRAMES`, not by the thread's stack.

use std::sync::Arc;

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::{Frame, FrameState};
use crate::value::{ObjId, Value};
use crate::vm::binary_loop::Operator;
use crate::vm::flow::{FrameExit, YieldSink};
use crate::vm::frame_stack::{FrameSource, Running};
use crate::vm::loop_resume::ResumedBy;
use crate::vm::recursion::MAX_LOOP_FRAMES;
use crate::vm::{PyResult, Vm};

/// A frame the loop pushed for a call it runs itself.
pub(crate) struct Pushed {
    /// Boxed, so that a resumed generator's frame and the slot's spare trade places by
    /// pointer (`loop_resume`).
    pub(crate) frame: Box<Frame>,
    /// The handled-exception depth at its entry.
    pub(crate) handled_at_entry: usize,
    /// Where the call's callable sits on the caller's stack: it (and a method call's marker
    /// after it) is released when the callee finishes, after the callee's variables, as
    /// CPython's frame releases its function last.
    pub(crate) base: usize,
    /// For a generator's frame resumed by a `for` loop or a `yield from` (`loop_resume`): the
    /// generator, the slot's spare frame, which goes back in the slot when the generator's
    /// leaves, and which of the two resumed it.
    pub(crate) resumed: Option<(ObjId, Box<Frame>, ResumedBy)>,
    /// For an `__init__` the loop runs for `Class(...)` (`construct_loop`): the new instance,
    /// which the call gives its caller once `__init__` returns None.
    pub(crate) init_of: Option<Value>,
    /// For an operator method the loop runs for `a <op> b` (`binary_loop`): the operands and
    /// the operator, for the reflected method if it returns NotImplemented.
    pub(crate) operands_of: Option<(Value, Value, Operator)>,
    /// A Python `__next__` the loop runs for a `for` loop's `ForIter` (`binary_loop`): its
    /// StopIteration ends that loop instead of propagating.
    pub(crate) for_next: bool,
}

/// The frames one run of the loop pushed, innermost last. Slots past `live` are finished
/// frames kept for the next calls: a call fills one in place, its vectors' storage reused,
/// instead of building a frame and moving it.
#[derive(Default)]
pub(crate) struct LoopFrames {
    pub(crate) slots: Vec<Pushed>,
    pub(crate) live: usize,
}

/// The running frame: the innermost one the loop pushed, or the one it was entered with.
#[inline(always)]
pub(crate) fn running<'a>(entry: &'a mut Frame, frames: &'a mut LoopFrames) -> &'a mut Frame {
    match frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i)) {
        Some(p) => &mut p.frame,
        None => entry,
    }
}

impl Vm {
    /// Runs a frame until it returns, yields or raises. On return or raise the frame's references
    /// are released; a yielding frame keeps them.
    pub(crate) fn run_frame(&mut self, f: &mut Frame, source: FrameSource) -> PyResult<FrameExit> {
        self.run_frame_into(f, source, None)
    }

    /// `run_frame`, a generator's yields going to `sink` while it takes them (`Vm::eval`).
    pub(crate) fn run_frame_into(
        &mut self,
        f: &mut Frame,
        source: FrameSource,
        sink: Option<YieldSink<'_>>,
    ) -> PyResult<FrameExit> {
        // The native stack is finite whatever the recursion limit says: measure it.
        let marker = 0u8;
        let sp = std::ptr::addr_of!(marker) as usize;
        if self.recursion.depth == 0 || self.recursion.stack_floor == 0 {
            self.recursion.set_base(sp);
        }
        self.recursion.depth += 1;
        if self.recursion.depth > self.recursion.limit || sp < self.recursion.stack_floor {
            self.recursion.depth -= 1;
            self.release_frame(f);
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        if let Err(e) = self.check_interrupt() {
            self.recursion.depth -= 1;
            self.release_frame(f);
            return Err(e);
        }
        let handled_at_entry = self.handled.len();
        let generator = match source {
            FrameSource::Generator(g) => Some(g),
            _ => None,
        };
        if let Some(g) = generator
            && let Object::Generator(g) = self.heap.get_mut(g)
        {
            self.handled.append(&mut g.handled);
        }
        let object = f.obj.take();
        self.frames.enter(Running::new(f.globals, f.locals, object, source, 0), f);
        let result = self.eval(f, sink);
        if let Ok(FrameExit::Yield(_)) = result {
            // A generator suspended in an `except` body takes the exceptions it handles along.
            if let Some(g) = generator
                && self.handled.len() > handled_at_entry
            {
                let mut saved = self.handled.split_off(handled_at_entry);
                if let Object::Generator(g) = self.heap.get_mut(g) {
                    g.handled.append(&mut saved);
                }
                for e in saved {
                    self.decref_id(e);
                }
            }
            f.obj = self.frames.suspend(f).and_then(|r| r.object);
            if let Some(obj) = f.obj {
                self.suspended_frame_object(obj, f);
            }
            self.recursion.depth -= 1;
            return result;
        }
        self.finish_frame(f, handled_at_entry);
        result
    }

    /// A frame that returned or raised leaves: its running entry, the exceptions it was
    /// handling, and its references; a frame object something still holds takes its variables.
    fn finish_frame(&mut self, f: &mut Frame, handled_at_entry: usize) {
        let obj = self.frames.running.pop().and_then(|r| r.object);
        self.recursion.depth -= 1;
        while self.handled.len() > handled_at_entry {
            if let Some(e) = self.handled.pop() {
                self.decref_id(e);
            }
        }
        let snapshot = obj.and_then(|obj| self.frame_object_takes_over(obj, f));
        while let Some(v) = f.stack.pop() {
            self.decref(v);
        }
        // Then the variables and cells, in slot order, as CPython clears a frame's
        // `localsplus`. The frame's entry is gone: finalizers run now push their frames'
        // variables past these, and leave them as they found them.
        let end = self.frames.fast.len();
        for i in f.base..end {
            if let Some(v) = self.frames.fast.get_mut(i).and_then(Option::take) {
                self.release_variable(v);
            }
        }
        self.frames.fast.truncate(f.base);
        self.release_frame_links(f);
        if let Some(d) = snapshot {
            self.decref_id(d);
        }
    }

    /// Releases `v`, which the running frame's current instruction let go of: if it dies, the
    /// frame's line is noted first, so that its finalizer (a `__del__` looking at
    /// `sys._getframe(1)`, a warning with `stacklevel=2`) sees the line that dropped it. Only
    /// calls note the line otherwise; a release that frees nothing costs nothing more.
    #[inline(always)]
    pub(crate) fn release_here(&mut self, f: &FrameState, v: Value) {
        if let Value::Obj(id) = v
            && self.heap.decref(id)
        {
            self.frames.note_call(f.ip.saturating_sub(1));
            self.destroy(id);
        }
    }

    /// The running frame's cell `i` (of its cellvars, then its freevars).
    #[inline(always)]
    pub(crate) fn frame_cell(&mut self, f: &FrameState, i: u32) -> PyResult<ObjId> {
        match self.frames.cell(f.cells_at + i as usize) {
            Some(c) => Ok(c),
            None => Err(self.new_exc(ExcKind::SystemError, "a frame's cell is missing")),
        }
    }

    /// Releases one of a finishing frame's variables: the object dies (its finalizers and weak
    /// reference callbacks running) before the next variable goes, so a callback on the first
    /// local runs while a weak reference in a later one still lives.
    #[inline(always)]
    fn release_variable(&mut self, v: Value) {
        self.decref(v);
        if self.heap.doomed.len() > self.dealloc.doomed_floor {
            self.run_doomed();
        }
    }

    /// Releases a frame's references (those of a running frame's variables are released as
    /// it finishes).
    pub fn release_frame(&mut self, f: &mut Frame) {
        // A suspended (or unstarted) frame's object, made for `gi_frame`, that something else
        // still holds takes the variables over, as a finished frame's does; the frame's own
        // reference to it goes.
        if let Some(o) = f.obj.take() {
            if self.heap.refcount(o) > 1 {
                self.heap.incref(f.globals);
                let mut locals = std::mem::take(&mut f.fast);
                locals.extend(f.cells.drain(..).map(|c| Some(Value::Obj(c))));
                if let Object::Frame(fo) = self.heap.get_mut(o) {
                    fo.code = Some(Arc::clone(&f.code));
                    fo.ip = f.ip.saturating_sub(1);
                    fo.generator = None;
                    fo.locals.extend(locals);
                    if let Some(old) = fo.globals.replace(f.globals) {
                        self.decref_id(old);
                    }
                }
            }
            self.decref_id(o);
        }
        while let Some(v) = f.stack.pop() {
            self.decref(v);
        }
        for v in f.fast.drain(..).flatten() {
            self.release_variable(v);
        }
        for c in f.cells.drain(..) {
            self.release_variable(Value::Obj(c));
        }
        self.release_frame_links(f);
    }

    /// The last of a frame's references: its namespace, a pending exception, its globals.
    #[inline(always)]
    fn release_frame_links(&mut self, f: &mut Frame) {
        if let Some(l) = f.locals.take() {
            self.decref_id(l);
        }
        if let Some(p) = f.pending.take() {
            self.decref_id(p);
        }
        // The frame keeps its `globals` field; its reference is released here once.
        self.decref_id(f.globals);
    }

    /// The loop calls function `func` (one `binds_simply` accepts) with the arguments at
    /// `first..` of the running frame's stack: the callee's frame takes their references and
    /// runs next, its caller waiting below it. On an error nothing moved.
    pub(crate) fn call_in_loop(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        func: ObjId,
        base: usize,
        first: usize,
    ) -> PyResult<()> {
        if self.recursion.depth >= self.recursion.limit || self.recursion.loop_frames >= MAX_LOOP_FRAMES {
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.check_interrupt()?;
        let Object::Function(fun) = self.heap.get(func) else {
            return Err(self.new_exc(ExcKind::SystemError, "call_in_loop: not a function"));
        };
        if frames.live == frames.slots.len() {
            let state = FrameState {
                ip: 0,
                stack: Vec::new(),
                fast: Vec::new(),
                cells: Vec::new(),
                base: 0,
                cells_at: 0,
                globals: fun.globals,
                locals: None,
                blocks: Vec::new(),
                handling: 0,
                pending: None,
                obj: None,
            };
            let frame = Frame { code: Arc::clone(&fun.code), state };
            frames.slots.push(Pushed {
                frame: Box::new(frame),
                handled_at_entry: 0,
                base: 0,
                resumed: None,
                init_of: None,
                operands_of: None,
                for_next: false,
            });
        }
        let (below, above) = frames.slots.split_at_mut(frames.live);
        let caller = match below.last_mut() {
            Some(p) => &mut *p.frame,
            None => entry,
        };
        let slot = &mut above[0];
        let callee = &mut *slot.frame;
        // Recursion runs the same code again: no reference count to move then.
        if !Arc::ptr_eq(&callee.code, &fun.code) {
            callee.code = Arc::clone(&fun.code);
        }
        let caller_ip = caller.ip.saturating_sub(1);
        let args = caller.stack.get(first..).unwrap_or_default();
        let f = &mut callee.state;
        f.ip = 0;
        f.globals = fun.globals;
        // The arguments go straight onto the data stack as the callee's first variables.
        let data = &mut self.frames.fast;
        let vars_at = data.len();
        data.extend(args.iter().map(|&a| Some(a)));
        data.resize(vars_at + callee.code.varnames.len(), None);
        f.base = vars_at;
        f.cells_at = data.len();
        // A closure's cells (a comprehension's, a nested function's) come as they are.
        data.extend(fun.closure.iter().map(|&c| Some(Value::Obj(c))));
        for i in f.cells_at..self.frames.fast.len() {
            if let Some(Value::Obj(c)) = self.frames.fast[i] {
                self.heap.incref(c);
            }
        }
        f.blocks.clear();
        f.handling = 0;
        caller.stack.truncate(first);
        slot.handled_at_entry = self.handled.len();
        slot.base = base;
        slot.for_next = false;
        frames.live += 1;
        let globals = f.globals;
        self.heap.incref(globals);
        self.recursion.depth += 1;
        self.recursion.loop_frames += 1;
        self.frames.note_call(caller_ip);
        self.frames.running.push(Running::new(globals, None, None, FrameSource::Function(func), vars_at));
        Ok(())
    }

    /// The running frame finished (returned, or raised past its last handler): it leaves and
    /// its caller runs again, the call's callable released. `false` when the running frame is
    /// the one the loop was entered with.
    pub(crate) fn back_to_caller(&mut self, entry: &mut Frame, frames: &mut LoopFrames) -> bool {
        let Some(p) = frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i)) else {
            return false;
        };
        self.finish_frame(&mut p.frame, p.handled_at_entry);
        let base = p.base;
        let resumed = p.resumed.take();
        // An `__init__` that raised: the instance it was making dies after its frame, as
        // CPython's `type.__call__` drops it.
        if let Some(inst) = p.init_of.take() {
            self.decref(inst);
        }
        if let Some((a, b, ..)) = p.operands_of.take() {
            self.decref(a);
            self.decref(b);
        }
        frames.live -= 1;
        self.recursion.loop_frames -= 1;
        match resumed {
            // The `for` loop's iterator stays on its stack: the generator is finished.
            Some((generator, ..)) => self.generator_finished(generator),
            None => {
                let caller = running(entry, frames);
                self.release_stack_from(&mut caller.state, base);
            }
        }
        true
    }

    /// Releases the stack's values from `base` up, in order, as a call releases its callable
    /// and arguments.
    #[inline(always)]
    pub(crate) fn release_stack_from(&mut self, f: &mut FrameState, base: usize) {
        // A call leaves its callable alone there (its arguments went to the callee): every
        // return of a Python call comes here, so that case is kept in line.
        if f.stack.len() == base + 1 {
            if let Some(v) = f.stack.pop() {
                self.decref(v);
            }
            return;
        }
        self.release_values_from(f, base);
    }

    #[inline(never)]
    fn release_values_from(&mut self, f: &mut FrameState, base: usize) {
        for i in base..f.stack.len() {
            let v = f.stack[i];
            self.decref(v);
        }
        f.stack.truncate(base);
    }

    /// Finds the innermost handler for `exc`; without one, the exception leaves the frame.
    pub(crate) fn unwind(&mut self, f: &mut FrameState, exc: ObjId) -> PyResult<()> {
        // A host's limit passes every handler: the script cannot swallow it.
        if self.limits.hit.is_some() {
            return Err(exc);
        }
        let Some(block) = f.blocks.pop() else {
            return Err(exc);
        };
        while f.stack.len() > block.depth {
            let v = f.pop();
            self.decref(v);
        }
        // Leaving `except` bodies by an exception ends their handling, as their normal end
        // would (CPython's cleanup handler): the next handler sees the outer exception state.
        while f.handling > block.handling {
            f.handling -= 1;
            if let Some(e) = self.handled.pop() {
                self.decref_id(e);
            }
        }
        self.heap.incref(exc);
        self.handled.push(exc);
        f.handling += 1;
        f.stack.push(Value::Obj(exc));
        f.ip = block.handler as usize;
        Ok(())
    }

    /// `exc` was raised in the running frame, its traceback entry made: unwinds to the
    /// innermost handler, finishing each frame the loop pushed that has none (its caller then
    /// raises `exc` at its call). `Err` when it leaves the frame the loop was entered with.
    pub(crate) fn raise_in_loop(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        mut exc: ObjId,
    ) -> PyResult<()> {
        loop {
            let frame = running(entry, frames);
            let Err(mut e) = self.unwind(&mut frame.state, exc) else { return Ok(()) };
            let generator = frames.resumed_generator();
            let for_next =
                frames.live.checked_sub(1).and_then(|i| frames.slots.get(i)).is_some_and(|p| p.for_next);
            if !self.back_to_caller(entry, frames) {
                return Err(e);
            }
            if let Some(generator) = generator {
                e = self.escaped_generator(generator, e);
            }
            let frame = running(entry, frames);
            // A `for` loop's iterator raised StopIteration: the loop ends, as CPython's
            // FOR_ITER clears it.
            if for_next && self.isinstance(Value::Obj(e), self.exc_type(ExcKind::StopIteration)) {
                self.decref_id(e);
                self.end_for_loop(frame);
                return Ok(());
            }
            self.add_traceback(e, &frame.code, frame.ip.saturating_sub(1));
            exc = e;
        }
    }

    /// The running frame returned `v`: its caller gets `v`, if the loop pushed the frame.
    /// Every return of a Python call runs this: the common case is kept inline in `eval`.
    #[inline(always)]
    pub(crate) fn return_in_loop(&mut self, entry: &mut Frame, frames: &mut LoopFrames, v: Value) -> bool {
        let Some(p) = frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i)) else {
            return false;
        };
        if p.resumed.is_some() {
            return self.return_from_resumed(entry, frames, v);
        }
        if p.init_of.is_some() {
            return self.return_from_init(entry, frames, v);
        }
        if p.operands_of.is_some() {
            return self.return_from_binary(entry, frames, v);
        }
        self.finish_frame(&mut p.frame, p.handled_at_entry);
        let base = p.base;
        frames.live -= 1;
        self.recursion.loop_frames -= 1;
        let caller = &mut running(entry, frames).state;
        self.release_stack_from(caller, base);
        caller.stack.push(v);
        true
    }

    /// A generator's frame resumed by the loop returned: that ends the `for` loop, dropping
    /// the returned value, or is what the `yield from` evaluates to.
    #[cold]
    #[inline(never)]
    fn return_from_resumed(&mut self, entry: &mut Frame, frames: &mut LoopFrames, v: Value) -> bool {
        let by = frames.slots[frames.live - 1].resumed.as_ref().map(|r| r.2);
        if !self.back_to_caller(entry, frames) {
            return false;
        }
        let caller = running(entry, frames);
        match by {
            Some(ResumedBy::YieldFrom) => {
                let sub = caller.state.pop();
                self.decref(sub);
                caller.state.stack.push(v);
            }
            // `next()` raises StopIteration with the returned value, at the call.
            Some(ResumedBy::Next(base)) => {
                self.release_stack_from(&mut caller.state, base);
                let args = if v == Value::None { Vec::new() } else { vec![v] };
                let args = self.new_tuple(args);
                let e = self.new_exc_args(ExcKind::StopIteration, args);
                running(entry, frames).state.pending = Some(e);
                self.heap.attention = true;
            }
            _ => {
                self.decref(v);
                self.end_for_loop(caller);
            }
        }
        true
    }
}
