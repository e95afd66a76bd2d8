//! Resuming suspended frames: generators, coroutines and async generators are sent values
//! and thrown exceptions here, and `yield from`/`await` delegate through them.

use crate::object::code::Instr;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::Frame;
use crate::object::{GenKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::flow::{FrameExit, YieldSink};
use crate::vm::frame_stack::FrameSource;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The kind of a generator-like object, if `id` is one.
    pub(crate) fn gen_kind(&self, id: ObjId) -> Option<GenKind> {
        match self.heap.get(id) {
            Object::Generator(g) => Some(g.kind),
            _ => None,
        }
    }

    /// Resumes a generator with `value` (or starts it). `Ok(Ok(v))`: it yielded `v`;
    /// `Ok(Err(v))`: it returned `v`.
    pub fn gen_send(&mut self, generator: ObjId, value: Value) -> PyResult<Result<Value, Value>> {
        self.gen_send_into(generator, value, None)
    }

    /// `gen_send`, its yields going to `sink` while it takes them (`Vm::eval`): `Ok(Ok(v))` is
    /// a value the sink handed back.
    pub(crate) fn gen_send_into(
        &mut self,
        generator: ObjId,
        value: Value,
        sink: Option<YieldSink<'_>>,
    ) -> PyResult<Result<Value, Value>> {
        let (frame, started, finished, kind) = match self.heap.get_mut(generator) {
            Object::Generator(g) => (g.frame.take(), g.started, g.finished, g.kind),
            _ => return Err(self.new_exc(ExcKind::TypeError, "not a generator")),
        };
        let Some(mut frame) = frame else {
            if finished {
                if kind == GenKind::Coroutine {
                    return Err(self.new_exc(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"));
                }
                return Ok(Err(Value::None));
            }
            let msg = format!("{} already executing", kind_name(kind));
            return Err(self.new_exc(ExcKind::ValueError, &msg));
        };
        if !started && value != Value::None {
            if let Object::Generator(g) = self.heap.get_mut(generator) {
                g.frame = Some(frame);
            }
            let msg = format!("can't send non-None value to a just-started {}", kind_name(kind));
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        }
        if started {
            self.incref(value);
            frame.stack.push(value);
        }
        if let Object::Generator(g) = self.heap.get_mut(generator) {
            g.started = true;
        }
        let r = self.run_frame_into(&mut frame, FrameSource::Generator(generator), sink);
        self.after_resume(generator, frame, r)
    }

    /// Puts a generator's frame back after it yielded, or marks it finished.
    fn after_resume(
        &mut self,
        generator: ObjId,
        mut frame: Box<Frame>,
        r: PyResult<FrameExit>,
    ) -> PyResult<Result<Value, Value>> {
        match r {
            Ok(FrameExit::Yield(v)) => {
                if let Object::Generator(g) = self.heap.get_mut(generator) {
                    g.frame = Some(frame);
                }
                Ok(Ok(v))
            }
            Ok(FrameExit::Return(v)) => {
                self.generator_finished(generator);
                self.recycle_frame(&mut frame);
                Ok(Err(v))
            }
            Err(e) => {
                self.generator_finished(generator);
                self.recycle_frame(&mut frame);
                Err(self.escaped_generator(generator, e))
            }
        }
    }

    pub(crate) fn generator_finished(&mut self, generator: ObjId) {
        if let Object::Generator(g) = self.heap.get_mut(generator) {
            g.finished = true;
        }
    }

    /// What exception `e`, escaping a generator's frame, raises in its caller: itself, but a
    /// `StopIteration` becomes a `RuntimeError` (PEP 479), as does a `StopAsyncIteration`
    /// escaping an async generator.
    pub(crate) fn escaped_generator(&mut self, generator: ObjId, e: ObjId) -> ObjId {
        let kind = match self.heap.get(generator) {
            Object::Generator(g) => g.kind,
            _ => GenKind::Generator,
        };
        let stop = if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::StopIteration)) {
            "StopIteration"
        } else if kind == GenKind::AsyncGenerator
            && self.isinstance(Value::Obj(e), self.exc_type(ExcKind::StopAsyncIteration))
        {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let msg = format!("{} raised {stop}", kind_name(kind));
        let r = self.new_exc(ExcKind::RuntimeError, &msg);
        self.set_cause(r, Value::Obj(e));
        self.set_context(r, Value::Obj(e));
        self.decref_id(e);
        r
    }

    /// Raises `exc` inside a suspended generator (`throw`), resuming it. A generator suspended
    /// in `yield from` (or `await`) passes it on to the iterator it delegates to first, as
    /// PEP 380 says: `close` becomes the delegate's `close`, anything else its `throw`.
    pub fn gen_throw(&mut self, generator: ObjId, exc: ObjId) -> PyResult<Result<Value, Value>> {
        let has_frame =
            matches!(self.heap.get(generator), Object::Generator(g) if g.frame.is_some() && g.started);
        if !has_frame {
            // Raised in the unstarted frame, at its first line, as CPython's traceback shows.
            let unstarted = matches!(self.heap.get(generator), Object::Generator(g) if g.frame.is_some());
            if unstarted && let Some(fo) = self.generator_frame_object(generator) {
                self.add_traceback_at_start(exc, generator, fo);
            }
            if let Object::Generator(g) = self.heap.get_mut(generator) {
                g.finished = true;
                if let Some(mut f) = g.frame.take() {
                    self.release_frame(&mut f);
                }
            }
            return Err(exc);
        }
        let mut exc = exc;
        if let Some(frame) = self.delegating_frame(generator) {
            let sub = frame.stack.last().copied().unwrap_or(Value::None);
            self.incref(sub);
            // The generator runs while its delegate does: re-entering it is an error.
            let r = self.throw_into_delegate(sub, exc);
            self.decref(sub);
            match r {
                Delegated::Yielded(v) => {
                    self.put_frame_back(generator, frame);
                    return Ok(Ok(v));
                }
                Delegated::Returned(v) => {
                    let mut frame = frame;
                    if let Some(sub) = frame.stack.pop() {
                        self.decref(sub);
                    }
                    frame.stack.push(v);
                    frame.ip += 1;
                    let r = self.run_frame(&mut frame, FrameSource::Generator(generator));
                    return self.after_resume(generator, frame, r);
                }
                Delegated::Raise(e) => {
                    exc = e;
                    self.put_frame_back(generator, frame);
                }
            }
        }
        // Raised where the generator is suspended: an except block it is in there gives the
        // context (the caller's handled exception does not).
        let own_handled = match self.heap.get(generator) {
            Object::Generator(g) => g.handled.last().copied(),
            _ => None,
        };
        if let Some(h) = own_handled
            && h != exc
        {
            self.set_context(exc, Value::Obj(h));
        }
        if let Object::Generator(g) = self.heap.get_mut(generator)
            && let Some(f) = g.frame.as_mut()
        {
            f.pending = Some(exc);
        }
        // The evaluation loop looks for a pending exception when the heap asks for attention.
        self.heap.attention = true;
        self.gen_send_raw(generator)
    }

    /// The frame of a generator suspended at `yield from`/`await`, taken out of it (so that it
    /// counts as running); `None`, with the frame left in place, otherwise.
    fn delegating_frame(&mut self, generator: ObjId) -> Option<Box<Frame>> {
        let Object::Generator(g) = self.heap.get_mut(generator) else { return None };
        let at_yield_from = g.frame.as_ref().is_some_and(|f| {
            matches!(f.code.instrs.get(f.ip), Some(Instr::YieldFrom)) && !f.stack.is_empty()
        });
        if at_yield_from { g.frame.take() } else { None }
    }

    fn put_frame_back(&mut self, generator: ObjId, frame: Box<Frame>) {
        if let Object::Generator(g) = self.heap.get_mut(generator) {
            g.frame = Some(frame);
        }
    }

    /// `throw(exc)` (or `close()` for a `GeneratorExit`) on the iterator a suspended
    /// `yield from` delegates to. Takes `exc`.
    fn throw_into_delegate(&mut self, sub: Value, exc: ObjId) -> Delegated {
        let closing = self.isinstance(Value::Obj(exc), self.exc_type(ExcKind::GeneratorExit));
        if closing {
            let closed = match sub.as_obj().filter(|&id| self.gen_kind(id).is_some()) {
                Some(id) => self.gen_close(id),
                None => match self.getattr_str(sub, "close") {
                    Ok(close) => {
                        let r = self.call(close, &[], &[]);
                        self.decref(close);
                        r.map(|v| self.decref(v))
                    }
                    Err(e) => {
                        self.decref_id(e);
                        Ok(())
                    }
                },
            };
            return match closed {
                Ok(()) => Delegated::Raise(exc),
                Err(e) => {
                    self.decref_id(exc);
                    Delegated::Raise(e)
                }
            };
        }
        if let Some(id) = sub.as_obj().filter(|&id| self.gen_kind(id).is_some()) {
            return match self.gen_throw(id, exc) {
                Ok(Ok(v)) => Delegated::Yielded(v),
                Ok(Err(v)) => Delegated::Returned(v),
                Err(e) => Delegated::Raise(e),
            };
        }
        let throw = match self.getattr_str(sub, "throw") {
            Ok(t) => t,
            Err(e) => {
                self.decref_id(e);
                return Delegated::Raise(exc);
            }
        };
        // CPython passes on the arguments `throw` was given; the one-argument form (an
        // exception instance) is what callers use, and what this passes.
        let r = self.call(throw, &[Value::Obj(exc)], &[]);
        self.decref(throw);
        self.decref_id(exc);
        match r {
            Ok(v) => Delegated::Yielded(v),
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::StopIteration)) => {
                let v = self.stop_iteration_value(e);
                self.decref_id(e);
                Delegated::Returned(v)
            }
            Err(e) => Delegated::Raise(e),
        }
    }

    /// `close()` of a generator-like object: `GeneratorExit` thrown in, which it must not
    /// answer with a value.
    pub fn gen_close(&mut self, id: ObjId) -> PyResult<()> {
        let kind = self.gen_kind(id).unwrap_or(GenKind::Generator);
        let suspended = matches!(self.heap.get(id), Object::Generator(g) if g.started && g.frame.is_some());
        if !suspended {
            if let Object::Generator(g) = self.heap.get_mut(id) {
                g.finished = true;
                if let Some(mut f) = g.frame.take() {
                    self.release_frame(&mut f);
                }
            }
            return Ok(());
        }
        let exit = self.new_exc_args(ExcKind::GeneratorExit, Value::None);
        let empty = self.new_tuple(Vec::new());
        self.set_exc_args(exit, empty);
        match self.gen_throw(id, exit) {
            Ok(Ok(v)) => {
                self.decref(v);
                let msg = format!("{} ignored GeneratorExit", kind_name(kind));
                Err(self.new_exc(ExcKind::RuntimeError, &msg))
            }
            Ok(Err(v)) => {
                self.decref(v);
                Ok(())
            }
            Err(e) => {
                let t = self.type_of(Value::Obj(e));
                if t == self.exc_type(ExcKind::GeneratorExit) || t == self.exc_type(ExcKind::StopIteration) {
                    self.decref_id(e);
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    fn gen_send_raw(&mut self, generator: ObjId) -> PyResult<Result<Value, Value>> {
        // Resume without pushing a sent value: the pending exception replaces it.
        let frame = match self.heap.get_mut(generator) {
            Object::Generator(g) => g.frame.take(),
            _ => None,
        };
        let Some(mut frame) = frame else { return Ok(Err(Value::None)) };
        frame.stack.push(Value::None);
        let r = self.run_frame(&mut frame, FrameSource::Generator(generator));
        self.after_resume(generator, frame, r)
    }

    /// `send` on any iterator, as `yield from` does it: generators and coroutines resume,
    /// others advance with `next`, or with their `send` method for a value other than None.
    pub fn send(&mut self, it: Value, value: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(id) = it
            && let Object::Generator(_) = self.heap.get(id)
        {
            return self.gen_send(id, value);
        }
        if value == Value::None {
            return self.next_or_stop(it);
        }
        let send = self.getattr_str(it, "send")?;
        let r = self.call(send, &[value], &[]);
        self.decref(send);
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::StopIteration)) => {
                let v = self.stop_iteration_value(e);
                self.decref_id(e);
                Ok(Err(v))
            }
            Err(e) => Err(e),
        }
    }
}

/// What a delegate did with an exception thrown into it.
enum Delegated {
    Yielded(Value),
    Returned(Value),
    Raise(ObjId),
}

/// How messages name a generator-like object.
pub(crate) fn kind_name(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}
