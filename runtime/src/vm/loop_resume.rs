//! `for x in generator`: the evaluation loop resumes the generator's frame in one of its own
//! slots, as it runs a call (`frame_run`), instead of recursing into itself through
//! `gen_send`. A `yield` then hands the value straight to the `for` loop's frame, and the
//! generator's return ends that loop. Everything else a resume does stays as `run_frame` does
//! it: the handled exceptions the generator takes along, its frame object, the recursion
//! count, `StopIteration` escaping it becoming a `RuntimeError`.
//!
//! While it runs, the generator's boxed frame sits in the slot and the slot's spare frame
//! waits beside it: the two trade places by pointer, allocating nothing.

use std::sync::Arc;

use crate::object::exc_kind::ExcKind;
use crate::object::frame::{Frame, FrameState};
use crate::object::{GenKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::frame_run::{LoopFrames, Pushed, running};
use crate::vm::frame_stack::{FrameSource, Running};
use crate::vm::recursion::MAX_LOOP_FRAMES;
use crate::vm::{PyResult, Vm};

impl LoopFrames {
    /// The generator whose frame is the running one, if the loop resumed it.
    pub(crate) fn resumed_generator(&self) -> Option<ObjId> {
        let p = self.slots.get(self.live.checked_sub(1)?)?;
        p.resumed.as_ref().map(|(g, ..)| *g)
    }
}

/// What resumed a generator in the loop, and so where what it yields goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ResumedBy {
    /// A `for` loop's `ForIter`: the loop's body gets the value.
    ForLoop,
    /// A `yield from`: the delegating generator yields the value in turn.
    YieldFrom,
    /// `next(generator)`, its callable at this position of the caller's stack: the call
    /// evaluates to the value, and the generator's return raises StopIteration there.
    Next(usize),
}

impl Vm {
    /// The generator a `for` loop over `it` can resume in the loop: a plain generator, not
    /// running, not finished.
    #[inline]
    pub(crate) fn loop_resumable(&self, it: Value) -> Option<ObjId> {
        let id = it.as_obj()?;
        match self.heap.get(id) {
            Object::Generator(g) if g.kind == GenKind::Generator && g.frame.is_some() => Some(id),
            _ => None,
        }
    }

    /// The generator `func(arg)` resumes in the loop: `func` is the builtin `next` and `arg`
    /// a generator `loop_resumable` accepts.
    #[inline]
    pub(crate) fn next_resumable(&self, func: Value, arg: Value) -> Option<ObjId> {
        let Object::Builtin(b) = self.heap.get(func.as_obj()?) else { return None };
        if Some(b.native) != self.natives.known.next || b.receiver.is_some() {
            return None;
        }
        self.loop_resumable(arg)
    }

    /// The generator a `yield from` sending `sent` to `sub` can resume in the loop: a plain
    /// generator, not running or finished, that may be sent the value (a generator that has
    /// not started takes only None; the slow path raises CPython's error).
    #[inline]
    pub(crate) fn delegate_resumable(&self, sub: Value, sent: Value) -> Option<ObjId> {
        let id = sub.as_obj()?;
        match self.heap.get(id) {
            Object::Generator(g)
                if g.kind == GenKind::Generator
                    && g.frame.is_some()
                    && (g.started || sent == Value::None) =>
            {
                Some(id)
            }
            _ => None,
        }
    }

    /// Resumes `generator` (see `loop_resumable`, `delegate_resumable`) in the next slot, its
    /// caller the running frame, whose `ForIter` or `YieldFrom` asked for it, sending it
    /// `sent` (whose reference it takes). On an error nothing moved and `sent` is released.
    pub(crate) fn resume_in_loop(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        generator: ObjId,
        sent: Value,
        by: ResumedBy,
    ) -> PyResult<()> {
        if self.recursion.depth >= self.recursion.limit || self.recursion.loop_frames >= MAX_LOOP_FRAMES {
            self.decref(sent);
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        if let Err(e) = self.check_interrupt() {
            self.decref(sent);
            return Err(e);
        }
        let handled_at_entry = self.handled.len();
        let Object::Generator(g) = self.heap.get_mut(generator) else {
            self.decref(sent);
            return Err(self.new_exc(ExcKind::SystemError, "resume_in_loop: not a generator"));
        };
        let Some(mut home) = g.frame.take() else {
            self.decref(sent);
            return Err(self.new_exc(ExcKind::SystemError, "resume_in_loop: generator is running"));
        };
        let started = std::mem::replace(&mut g.started, true);
        // A generator suspended in an `except` body handles its exceptions again.
        if !g.handled.is_empty() {
            self.handled.append(&mut g.handled);
        }
        if started {
            // What the suspended `yield` evaluates to.
            home.state.stack.push(sent);
        }
        if frames.live == frames.slots.len() {
            let spare = Frame { code: Arc::clone(&home.code), state: empty_state(home.state.globals) };
            frames.slots.push(Pushed {
                frame: Box::new(spare),
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
        let caller_ip = caller.state.ip.saturating_sub(1);
        let slot = &mut above[0];
        std::mem::swap(&mut slot.frame, &mut home);
        slot.handled_at_entry = handled_at_entry;
        slot.resumed = Some((generator, home, by));
        frames.live += 1;
        let f = &mut slot.frame.state;
        let object = f.obj.take();
        self.recursion.depth += 1;
        self.recursion.loop_frames += 1;
        self.frames.note_call(caller_ip);
        self.frames.enter(Running::new(f.globals, f.locals, object, FrameSource::Generator(generator), 0), f);
        Ok(())
    }

    /// The running frame yielded `v`: if the loop resumed it, it goes back to its generator,
    /// suspended, and its `for` loop gets `v`, or the generator delegating to it by `yield
    /// from` yields `v` in turn. `false` when the frame the loop was entered with yields.
    pub(crate) fn yield_in_loop(&mut self, entry: &mut Frame, frames: &mut LoopFrames, v: Value) -> bool {
        loop {
            match self.suspend_resumed(frames) {
                None => return false,
                Some(ResumedBy::ForLoop) => {
                    running(entry, frames).state.stack.push(v);
                    return true;
                }
                // The delegating frame suspends at its `YieldFrom`, to send on what it is sent.
                Some(ResumedBy::YieldFrom) => running(entry, frames).state.ip -= 1,
                Some(ResumedBy::Next(base)) => {
                    let caller = &mut running(entry, frames).state;
                    self.release_stack_from(caller, base);
                    caller.stack.push(v);
                    return true;
                }
            }
        }
    }

    /// The running frame, which yielded, goes back to its generator if the loop resumed it:
    /// what resumed it, or `None` (the frame the loop was entered with, which leaves the loop).
    fn suspend_resumed(&mut self, frames: &mut LoopFrames) -> Option<ResumedBy> {
        let p = frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i))?;
        let (generator, mut home, by) = p.resumed.take()?;
        // A generator suspended in an `except` body takes the exceptions it handles along.
        if self.handled.len() > p.handled_at_entry {
            let mut saved = self.handled.split_off(p.handled_at_entry);
            if let Object::Generator(g) = self.heap.get_mut(generator) {
                g.handled.append(&mut saved);
            }
            for e in saved {
                self.decref_id(e);
            }
        }
        p.frame.state.obj = self.frames.suspend(&mut p.frame.state).and_then(|r| r.object);
        if let Some(obj) = p.frame.state.obj {
            self.suspended_frame_object(obj, &p.frame);
        }
        self.recursion.depth -= 1;
        self.recursion.loop_frames -= 1;
        std::mem::swap(&mut p.frame, &mut home);
        if let Object::Generator(g) = self.heap.get_mut(generator) {
            g.frame = Some(home);
        }
        frames.live -= 1;
        Some(by)
    }

    /// The generator a `for` loop resumed is finished: the loop ends as its `ForIter` (the
    /// instruction before the frame's `ip`) ends it, dropping the iterator.
    pub(crate) fn end_for_loop(&mut self, caller: &mut Frame) {
        let at = caller.state.ip.saturating_sub(1);
        let it = caller.state.pop();
        self.decref(it);
        if let Some(&crate::object::code::Instr::ForIter(t)) = caller.code.instrs.get(at) {
            caller.state.ip = t as usize;
        }
    }
}

/// A frame with nothing in it yet: a slot's spare.
fn empty_state(globals: ObjId) -> FrameState {
    FrameState {
        ip: 0,
        stack: Vec::new(),
        fast: Vec::new(),
        cells: Vec::new(),
        base: 0,
        cells_at: 0,
        globals,
        locals: None,
        blocks: Vec::new(),
        handling: 0,
        pending: None,
        obj: None,
    }
}
