//! The evaluation loop.

use std::sync::Arc;

use crate::object::Object;
use crate::object::code::Code;
use crate::object::code::{BinOp, Instr, MakeFunction, UnOp};
use crate::object::exc_kind::ExcKind;
use crate::object::frame::{Block, Frame, FrameState};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::binary_loop::Operator;
use crate::vm::fast_arith::{float_op, ordered, small_int_op};
use crate::vm::flow::{Flow, FrameExit, YieldSink};
use crate::vm::frame_run::{LoopFrames, running};
use crate::vm::loop_resume::ResumedBy;
use crate::vm::number::float_pair;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Runs `entry` (and the frames its plain Python calls push, see `frame_run`) until it
    /// returns, yields or raises. The instructions themselves run in `run_steps`; this loop
    /// handles what they ask beyond going on (calls, returns, exceptions, attention).
    ///
    /// With a `sink`, the entry frame's yields go to it and the frame runs on (as if sent None)
    /// without leaving the loop, while the sink takes them: a builtin draining a generator
    /// (`list(x for x in ...)`) resumes it without a return from the loop and a call into it per
    /// item. The sink hands back a value it will not take; the frame then yields it as usual.
    pub(crate) fn eval(&mut self, entry: &mut Frame, mut sink: Option<YieldSink<'_>>) -> PyResult<FrameExit> {
        let mut pushed = LoopFrames::default();
        let mut frame = &mut *entry;
        loop {
            let Frame { code, state: f } = &mut *frame;
            let r = self.run_steps(f, code);
            // The instruction that stopped the steps: no instruction moves `ip` before it can
            // fail or ask for a call.
            let ip = f.ip.saturating_sub(1);
            let exc = match r {
                Ok(Flow::Attend) => {
                    self.attend();
                    // `generator.throw` leaves its exception on the frame and asks for attention.
                    let Some(exc) = f.pending.take() else { continue };
                    self.add_traceback(exc, code, ip);
                    self.raise_in_loop(entry, &mut pushed, exc)?;
                    frame = running(entry, &mut pushed);
                    continue;
                }
                Ok(
                    flow @ (Flow::Call { base, .. }
                    | Flow::Construct { base, .. }
                    | Flow::Binary { base, .. }
                    | Flow::IterNext { base, .. }),
                ) => {
                    let r = match flow {
                        Flow::Call { func, first, .. } => {
                            self.call_in_loop(entry, &mut pushed, func, base, first)
                        }
                        Flow::Construct { cls, init, .. } => {
                            self.construct_in_loop(entry, &mut pushed, cls, init, base)
                        }
                        Flow::Binary { func, op, .. } => {
                            self.call_binary_in_loop(entry, &mut pushed, func, base, op)
                        }
                        Flow::IterNext { func, .. } => self.call_next_in_loop(entry, &mut pushed, func, base),
                        _ => Ok(()),
                    };
                    frame = running(entry, &mut pushed);
                    match r {
                        Ok(()) => continue,
                        // The callable and arguments the call would have taken.
                        Err(exc) => {
                            self.release_stack_from(&mut frame.state, base);
                            exc
                        }
                    }
                }
                Ok(Flow::Resume(generator, sent, by)) => {
                    let r = self.resume_in_loop(entry, &mut pushed, generator, sent, by);
                    frame = running(entry, &mut pushed);
                    match r {
                        Ok(()) => continue,
                        Err(exc) => exc,
                    }
                }
                Ok(Flow::Exit(FrameExit::Yield(v))) => {
                    if !self.yield_in_loop(entry, &mut pushed, v) {
                        let Some(taker) = sink.as_mut() else { return Ok(FrameExit::Yield(v)) };
                        if let Some(v) = taker(self, v) {
                            return Ok(FrameExit::Yield(v));
                        }
                        // The `yield` evaluates to None, as `next()` would have sent.
                        entry.state.stack.push(Value::None);
                    }
                    frame = running(entry, &mut pushed);
                    continue;
                }
                Ok(Flow::Exit(FrameExit::Return(v))) => {
                    if !self.return_in_loop(entry, &mut pushed, v) {
                        return Ok(FrameExit::Return(v));
                    }
                    frame = running(entry, &mut pushed);
                    continue;
                }
                Err(exc) => exc,
            };
            if self.raised_here(exc, &frame.code, ip) {
                self.add_traceback(exc, &frame.code, ip);
            }
            self.raise_in_loop(entry, &mut pushed, exc)?;
            frame = running(entry, &mut pushed);
        }
    }

    /// One instruction. This is the one function allowed to be long: every arm is a few lines,
    /// and one `match` the compiler turns into a jump table, inlined into `eval`'s loop, is what
    /// keeps dispatch cheap; arms that grow call out to helpers in the neighbouring files.
    #[allow(clippy::too_many_lines)]
    #[inline(always)]
    fn run_steps(&mut self, f: &mut FrameState, code: &Arc<Code>) -> PyResult<Flow> {
        loop {
            if self.heap.attention {
                return Ok(Flow::Attend);
            }
            let Some(instr) = code.instrs.get(f.ip) else {
                // Compiled code ends in `Return`; running off the end returns None all the same.
                return Ok(Flow::Exit(FrameExit::Return(Value::None)));
            };
            f.ip += 1;
            // Matched through the reference: each arm reads its own operands, the dispatch only the tag.
            match *instr {
                Instr::PrintExpr => {
                    let v = f.pop();
                    let r = self.display(v);
                    self.decref(v);
                    r?;
                }
                Instr::Pop => {
                    let v = f.pop();
                    self.release_here(f, v);
                }
                Instr::Dup => {
                    let v = f.top();
                    self.incref(v);
                    f.stack.push(v);
                }
                Instr::Dup2 => {
                    let n = f.stack.len();
                    let (a, b) = (f.stack[n - 2], f.stack[n - 1]);
                    self.incref(a);
                    self.incref(b);
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Instr::Rot2 => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Instr::RotN(_)
                | Instr::MatchSequence
                | Instr::MatchMapping
                | Instr::GetLen
                | Instr::MatchKeys
                | Instr::MatchClass(_)
                | Instr::CopyDictWithoutKeys => self.pattern_step(f, *instr)?,
                Instr::Rot3 => {
                    let v = f.pop();
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Instr::LoadConst(i) => {
                    let v = code.consts[i as usize];
                    self.incref(v);
                    f.stack.push(v);
                }
                Instr::LoadFast(i) => match self.frames.fast[f.base + i as usize] {
                    Some(v) => {
                        self.incref(v);
                        f.stack.push(v);
                    }
                    None => return Err(self.unbound_local(code, i)),
                },
                Instr::LoadFastAttr(a, b) => {
                    let Some(obj) = self.frames.fast[f.base + a as usize] else {
                        return Err(self.unbound_local(code, a.into()));
                    };
                    f.ip += 1;
                    // The variable keeps the object alive while nothing runs: no count to move.
                    let slot = self.global_cache_slot(code, b.into());
                    if let Some(v) = self.attr_quick(obj, code, b.into(), slot) {
                        f.stack.push(v);
                        continue;
                    }
                    self.incref(obj);
                    if let Some((func, base)) = self.load_attr(f, code, b.into(), obj)? {
                        return Ok(Flow::Call { func, base, first: base + 1 });
                    }
                }
                Instr::LoadFastMethod(a, b) => {
                    let Some(obj) = self.frames.fast[f.base + a as usize] else {
                        return Err(self.unbound_local(code, a.into()));
                    };
                    self.incref(obj);
                    f.ip += 1;
                    self.load_method(f, code, b.into(), obj)?;
                }
                Instr::LoadFast2(a, b) => {
                    let Some(x) = self.frames.fast[f.base + a as usize] else {
                        return Err(self.unbound_local(code, a.into()));
                    };
                    self.incref(x);
                    f.stack.push(x);
                    // An unbound second is raised by its own instruction, at its own position.
                    if let Some(y) = self.frames.fast[f.base + b as usize] {
                        self.incref(y);
                        f.stack.push(y);
                        f.ip += 1;
                    }
                }
                Instr::StoreFastLoadFast(a, b) => {
                    let v = f.pop();
                    if let Some(old) = self.frames.fast[f.base + a as usize].replace(v) {
                        self.release_here(f, old);
                    }
                    if let Some(y) = self.frames.fast[f.base + b as usize] {
                        self.incref(y);
                        f.stack.push(y);
                        f.ip += 1;
                    }
                }
                Instr::LoadFastConst(a, b) => {
                    let Some(x) = self.frames.fast[f.base + a as usize] else {
                        return Err(self.unbound_local(code, a.into()));
                    };
                    self.incref(x);
                    f.stack.push(x);
                    let c = code.consts[b as usize];
                    self.incref(c);
                    f.stack.push(c);
                    f.ip += 1;
                }
                Instr::StoreFast(i) => {
                    let v = f.pop();
                    if let Some(old) = self.frames.fast[f.base + i as usize].replace(v) {
                        self.release_here(f, old);
                    }
                }
                Instr::DeleteFast(i) => match self.frames.fast[f.base + i as usize].take() {
                    Some(old) => self.release_here(f, old),
                    None => {
                        let name = &code.varnames[i as usize];
                        return Err(self.new_exc(
                        ExcKind::UnboundLocalError,
                        &format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                    }
                },
                Instr::LoadDeref(i) | Instr::LoadClassDeref(i) => {
                    if let Instr::LoadClassDeref(_) = *instr
                        && let Some(locals) = f.locals
                    {
                        let name = self.intern(&Self::cell_name(code, i));
                        let found = self.namespace_get(locals, name);
                        self.decref_id(name);
                        if let Some(v) = found? {
                            f.stack.push(v);
                            continue;
                        }
                    }
                    let cell = self.frame_cell(f, i)?;
                    match self.heap.get(cell) {
                        Object::Cell(Some(v)) => {
                            let v = *v;
                            self.incref(v);
                            f.stack.push(v);
                        }
                        _ => {
                            let name = Self::cell_name(code, i);
                            let msg = if (i as usize) < code.cellvars.len() {
                                format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                )
                            } else {
                                format!(
                                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                                )
                            };
                            let kind = if (i as usize) < code.cellvars.len() {
                                ExcKind::UnboundLocalError
                            } else {
                                ExcKind::NameError
                            };
                            return Err(self.new_exc(kind, &msg));
                        }
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = f.pop();
                    let cell = self.frame_cell(f, i)?;
                    if let Object::Cell(slot) = self.heap.get_mut(cell)
                        && let Some(old) = slot.replace(v)
                    {
                        self.decref(old);
                    }
                }
                Instr::DeleteDeref(i) => {
                    let cell = self.frame_cell(f, i)?;
                    if let Object::Cell(slot) = self.heap.get_mut(cell)
                        && let Some(old) = slot.take()
                    {
                        self.decref(old);
                    }
                }
                Instr::LoadClosure(i) => {
                    let cell = self.frame_cell(f, i)?;
                    self.heap.incref(cell);
                    f.stack.push(Value::Obj(cell));
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global(f, code, i)?;
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = f.pop();
                    self.store_global(f, code, i, v);
                }
                Instr::DeleteGlobal(i) => {
                    self.frames.note_call(f.ip - 1);
                    if !self.delete_global(f.globals, code, i) {
                        return Err(self.name_error(Self::name_str(code, i)));
                    }
                }
                // Module-level code, whose locals are its globals, looks names up as functions
                // look up globals, through the cache.
                Instr::LoadName(i) if f.locals.is_none_or(|l| l == f.globals) => {
                    let v = self.load_global(f, code, i)?;
                    f.stack.push(v);
                }
                Instr::LoadName(i) => {
                    let v = self.load_name(f, code, i)?;
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = f.pop();
                    match f.locals {
                        Some(ns) if ns != f.globals => {
                            // The value it replaces may die: its finalizer sees this line.
                            self.frames.note_call(f.ip - 1);
                            self.namespace_set(ns, code.names[i as usize], v)?;
                        }
                        _ => self.store_global(f, code, i, v),
                    }
                }
                Instr::DeleteName(i) => {
                    self.frames.note_call(f.ip - 1);
                    let deleted = match f.locals {
                        Some(ns) if ns != f.globals => self.namespace_del(ns, code.names[i as usize])?,
                        _ => self.delete_global(f.globals, code, i),
                    };
                    if !deleted {
                        return Err(self.name_error(Self::name_str(code, i)));
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = f.pop();
                    let slot = self.global_cache_slot(code, i);
                    if let Some(v) = self.attr_quick(obj, code, i, slot) {
                        self.decref(obj);
                        f.stack.push(v);
                        continue;
                    }
                    if let Some((func, base)) = self.load_attr(f, code, i, obj)? {
                        return Ok(Flow::Call { func, base, first: base + 1 });
                    }
                }
                Instr::StoreAttr(i) => {
                    let obj = f.pop();
                    let value = f.pop();
                    let slot = self.global_cache_slot(code, i);
                    // The cache takes the value's reference when it stores it.
                    let value = match self.cached_setattr(obj, slot, value) {
                        Ok(old) => {
                            if let Some(old) = old {
                                self.release_here(f, old);
                            }
                            self.decref(obj);
                            continue;
                        }
                        Err(value) => value,
                    };
                    self.frames.note_call(f.ip - 1);
                    let name = code.names[i as usize];
                    let r = self.setattr(obj, name, value);
                    if r.is_ok() {
                        self.fill_attr_site(obj, name, slot);
                    }
                    self.decref(obj);
                    self.decref(value);
                    r?;
                }
                Instr::DeleteAttr(i) => {
                    self.frames.note_call(f.ip - 1);
                    let obj = f.pop();
                    let r = self.delattr(obj, code.names[i as usize]);
                    self.decref(obj);
                    r?;
                }
                Instr::LoadMethod(i) => {
                    let obj = f.pop();
                    self.load_method(f, code, i, obj)?;
                }
                Instr::CallSuper => self.make_super(f)?,
                Instr::LoadSuperMethod(i) => {
                    if self.super_method_quick(f, code.names[i as usize]) {
                        f.ip += 1;
                    } else {
                        self.make_super(f)?;
                    }
                }
                Instr::CallMethod(argc) => {
                    // The stack holds the function, the receiver (or a marker for none) and the
                    // arguments: the receiver and arguments are passed as one slice of it.
                    let at = f.stack.len() - argc as usize - 1;
                    let func = f.stack[at - 1];
                    let bound = !f.stack[at].is(Value::Obj(self.not_implemented));
                    let first = if bound { at } else { at + 1 };
                    if let Some(result) = self.call_builtin_quick(f.ip, func, &f.stack[first..]) {
                        self.finish_call_on_stack(&mut f.stack, at - 1, result)?;
                        continue;
                    }
                    if let Some(func) = self.callable_in_loop(func, f.stack.len() - first) {
                        return Ok(Flow::Call { func, base: at - 1, first });
                    }
                    if let Some(func) = self.rebind_in_loop(&mut f.stack, func, first, &[]) {
                        return Ok(Flow::Call { func, base: at - 1, first });
                    }
                    let (result, taken) = self.call_from_stack(f.ip, func, &f.stack[first..], &[]);
                    // The callable, then the receiver and arguments in order, as CPython's CALL
                    // (unless a Python frame took them over).
                    let end = if taken { first } else { f.stack.len() };
                    for i in at - 1..end {
                        let v = f.stack[i];
                        self.decref(v);
                    }
                    f.stack.truncate(at - 1);
                    f.stack.push(result?);
                }
                Instr::Call(argc) => {
                    // The arguments are passed as a slice of the stack: no allocation per call.
                    let at = f.stack.len() - argc as usize;
                    let func = f.stack[at - 1];
                    if let Some(func) = self.callable_in_loop(func, argc as usize) {
                        return Ok(Flow::Call { func, base: at - 1, first: at });
                    }
                    if argc == 1
                        && let Some(generator) = self.next_resumable(func, f.stack[at])
                    {
                        return Ok(Flow::Resume(generator, Value::None, ResumedBy::Next(at - 1)));
                    }
                    if argc == 1
                        && let Some(r) = self.quick_call1(func, f.stack[at])
                    {
                        let arg = f.pop();
                        f.stack.pop();
                        self.decref(func);
                        self.decref(arg);
                        f.stack.push(r);
                        continue;
                    }
                    if argc == 2
                        && let Some(r) = self.quick_isinstance(func, f.stack[at], f.stack[at + 1])
                    {
                        let (cls, obj) = (f.pop(), f.pop());
                        f.stack.pop();
                        self.decref(func);
                        self.decref(obj);
                        self.decref(cls);
                        Self::push_or_jump(f, code, r);
                        continue;
                    }
                    if let Some(result) = self.call_builtin_quick(f.ip, func, &f.stack[at..]) {
                        self.finish_call_on_stack(&mut f.stack, at - 1, result)?;
                        continue;
                    }
                    if let Some(func) = self.rebind_in_loop(&mut f.stack, func, at, &[]) {
                        return Ok(Flow::Call { func, base: at - 1, first: at });
                    }
                    if let Some((cls, init)) = self.init_in_loop(func, argc as usize) {
                        return Ok(Flow::Construct { cls, init, base: at - 1 });
                    }
                    if let Some(call) = self.metaclass_call_in_loop(&mut f.stack, func, at) {
                        return Ok(Flow::Call { func: call, base: at - 1, first: at });
                    }
                    let (result, taken) = self.call_from_stack(f.ip, func, &f.stack[at..], &[]);
                    // The callable, then the arguments in order, as CPython's CALL (unless a Python
                    // frame took them over).
                    let end = if taken { at } else { f.stack.len() };
                    for i in at - 1..end {
                        let v = f.stack[i];
                        self.decref(v);
                    }
                    f.stack.truncate(at - 1);
                    f.stack.push(result?);
                }
                Instr::CallKw { argc, names } => {
                    // As `Call`, the arguments stay on the stack; the keyword names pair with the
                    // last of them.
                    let at = f.stack.len() - argc as usize;
                    let func = f.stack[at - 1];
                    let mut kwargs: smallvec::SmallVec<[(ObjId, Value); 8]> = smallvec::SmallVec::new();
                    if let Some(Object::Tuple(t)) =
                        code.consts[names as usize].as_obj().map(|id| self.heap.get(id))
                    {
                        let first_kw = f.stack.len() - t.len();
                        kwargs.extend(
                            t.iter().filter_map(|v| v.as_obj()).zip(f.stack[first_kw..].iter().copied()),
                        );
                    }
                    let names: smallvec::SmallVec<[ObjId; 8]> = kwargs.iter().map(|&(k, _)| k).collect();
                    if let Some(func) = self.rebind_in_loop(&mut f.stack, func, at, &names) {
                        return Ok(Flow::Call { func, base: at - 1, first: at });
                    }
                    if let Some(Object::BoundMethod { receiver, func: inner }) =
                        func.as_obj().map(|id| self.heap.get(id))
                        && matches!(inner.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_)))
                    {
                        // `obj.m(x, key=v)`: the receiver goes first, the method stays below as
                        // the call's callable.
                        let (receiver, inner) = (*receiver, *inner);
                        f.stack.insert(at, receiver);
                        if let Some(func) = self.rebind_in_loop(&mut f.stack, inner, at, &names) {
                            self.incref(receiver);
                            return Ok(Flow::Call { func, base: at - 1, first: at });
                        }
                        f.stack.remove(at);
                    }
                    let npos = argc as usize - kwargs.len();
                    let (result, taken) = self.call_from_stack(f.ip, func, &f.stack[at..at + npos], &kwargs);
                    self.decref(func);
                    if !taken {
                        for i in at..f.stack.len() {
                            let v = f.stack[i];
                            self.decref(v);
                        }
                    }
                    f.stack.truncate(at - 1);
                    f.stack.push(result?);
                }
                Instr::CallEx { kwargs } => {
                    let kw = if kwargs { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let func = f.pop();
                    self.frames.note_call(f.ip - 1);
                    let result = self.call_packed(func, args, kw.unwrap_or(Value::None));
                    self.decref(func);
                    self.decref(args);
                    if let Some(k) = kw {
                        self.decref(k);
                    }
                    f.stack.push(result?);
                }
                Instr::Binary(op) | Instr::Inplace(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let (Value::Int(x), Value::Int(y)) = (a, b)
                        && let Some(r) = small_int_op(x, y, op)
                    {
                        f.stack.push(Value::Int(r));
                        continue;
                    }
                    if let Some(r) = float_op(a, b, op) {
                        f.stack.push(Value::Float(r));
                        continue;
                    }
                    if op == BinOp::Add && self.append_in_place(f, code, a, b) {
                        self.decref(b);
                        f.stack.push(a);
                        continue;
                    }
                    let inplace = matches!(*instr, Instr::Inplace(_));
                    if let Some(func) = self.binary_in_loop(a, b, op, inplace) {
                        let base = f.stack.len();
                        f.stack.extend([Value::Obj(func), a, b]);
                        return Ok(Flow::Binary { func, base, op: Operator::Binary(op, inplace) });
                    }
                    let r = self.binary_op(a, b, op, inplace);
                    self.decref(a);
                    self.decref(b);
                    f.stack.push(r?);
                }
                Instr::Unary(op) => {
                    let a = f.pop();
                    // `not flag`, `-x`: no call out for the values that hold no reference.
                    let quick = match (op, a) {
                        (UnOp::Not, Value::Bool(b)) => Some(Value::Bool(!b)),
                        (UnOp::Not, Value::None) => Some(Value::Bool(true)),
                        (UnOp::Not, Value::Int(i)) => Some(Value::Bool(i == 0)),
                        (UnOp::Neg, Value::Int(i)) if i != i64::MIN => Some(Value::Int(-i)),
                        (UnOp::Neg, Value::Float(x)) => Some(Value::Float(-x)),
                        _ => None,
                    };
                    if let Some(r) = quick {
                        f.stack.push(r);
                        continue;
                    }
                    let r = self.unary_op(a, op);
                    self.decref(a);
                    f.stack.push(r?);
                }
                Instr::Compare(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let (Value::Int(x), Value::Int(y)) = (a, b) {
                        Self::push_or_jump(f, code, ordered(x, y, op));
                        continue;
                    }
                    if let Some((x, y)) = float_pair(a, b) {
                        Self::push_or_jump(f, code, ordered(x, y, op));
                        continue;
                    }
                    if let Some(func) = self.compare_in_loop(a, b, op) {
                        let base = f.stack.len();
                        f.stack.extend([Value::Obj(func), a, b]);
                        return Ok(Flow::Binary { func, base, op: Operator::Compare(op) });
                    }
                    let r = self.compare(a, b, op);
                    self.decref(a);
                    self.decref(b);
                    f.stack.push(r?);
                }
                Instr::Is(negate) => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = a.is(b) != negate;
                    self.decref(a);
                    self.decref(b);
                    Self::push_or_jump(f, code, r);
                }
                Instr::Contains(negate) => {
                    let container = f.pop();
                    let item = f.pop();
                    if let Some(flow) = self.contains_in_loop(&mut f.stack, [container, item], negate) {
                        return Ok(flow);
                    }
                    let r = self.contains(container, item);
                    self.decref(container);
                    self.decref(item);
                    f.stack.push(Value::Bool(r? != negate));
                }
                Instr::Jump(t) => {
                    if (t as usize) < f.ip {
                        self.check_interrupt()?;
                    }
                    f.ip = t as usize;
                }
                Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                    let v = f.pop();
                    let truth = match v {
                        Value::Bool(b) => Ok(b),
                        Value::None => Ok(false),
                        Value::Int(i) => Ok(i != 0),
                        _ => {
                            // Python code run for the truth (`__bool__`, a warning) sees this line.
                            self.frames.note_call(f.ip - 1);
                            self.truthy(v)
                        }
                    };
                    self.decref(v);
                    if truth? == matches!(*instr, Instr::PopJumpIfTrue(_)) {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                    let v = f.top();
                    if self.truthy(v)? == matches!(*instr, Instr::JumpIfTrueOrPop(_)) {
                        f.ip = t as usize;
                    } else {
                        let v = f.pop();
                        self.decref(v);
                    }
                }
                Instr::GetIter => {
                    let v = f.pop();
                    let r = self.get_iter(v);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::ForIter(t) => {
                    let it = f.top();
                    if let Some(&Instr::UnpackSequence(2)) = code.instrs.get(f.ip)
                        && let Some(pair) = self.next_pair(it)
                    {
                        match pair? {
                            Some((a, b)) => {
                                f.stack.push(b);
                                f.stack.push(a);
                                f.ip += 1;
                            }
                            None => {
                                let it = f.pop();
                                self.decref(it);
                                f.ip = t as usize;
                            }
                        }
                        continue;
                    }
                    let next = match self.next_quick(it) {
                        Some(next) => next,
                        None => match self.loop_resumable(it) {
                            Some(generator) => {
                                return Ok(Flow::Resume(generator, Value::None, ResumedBy::ForLoop));
                            }
                            None => match self.next_in_loop(it) {
                                Some(func) => {
                                    let base = f.stack.len();
                                    self.incref(it);
                                    f.stack.extend([Value::Obj(func), it]);
                                    return Ok(Flow::IterNext { func, base });
                                }
                                None => self.next(it)?,
                            },
                        },
                    };
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            let it = f.pop();
                            self.decref(it);
                            f.ip = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let at = f.stack.len() - n as usize;
                    let items: Vec<Value> = f.stack.drain(at..).collect();
                    let t = self.new_tuple(items);
                    f.stack.push(t);
                }
                Instr::BuildList(n) => {
                    let at = f.stack.len() - n as usize;
                    let items: Vec<Value> = f.stack.drain(at..).collect();
                    let l = self.new_list(items);
                    f.stack.push(l);
                }
                Instr::BuildSet(n) => {
                    let at = f.stack.len() - n as usize;
                    let items: Vec<Value> = f.stack.drain(at..).collect();
                    let s = self.set_of_items(items)?;
                    f.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let at = f.stack.len() - 2 * n as usize;
                    let items: Vec<Value> = f.stack.drain(at..).collect();
                    let d = Value::Obj(self.new_dict());
                    let built = items.chunks(2).try_for_each(|pair| self.dict_set(d, pair[0], pair[1]));
                    if built.is_err() {
                        self.decref(d);
                    }
                    // As CPython, the stack is released once the dict is built, from its top: a key
                    // that was already there dies before the value it replaced.
                    for v in items.into_iter().rev() {
                        self.decref(v);
                    }
                    built?;
                    f.stack.push(d);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let stop = f.pop();
                    let start = f.pop();
                    let s = self.alloc(Object::Slice { start, stop, step });
                    f.stack.push(s);
                }
                Instr::ListAppend(depth) => {
                    let v = f.pop();
                    let list = f.stack[f.stack.len() - depth as usize];
                    if let Some(id) = list.as_obj()
                        && let Object::List(l) = self.heap.get_mut(id)
                    {
                        l.push(v);
                    }
                }
                Instr::ListExtend(depth) => {
                    let v = f.pop();
                    let list = f.stack[f.stack.len() - depth as usize];
                    self.extend_list_star(list, v)?;
                }
                Instr::SetAdd(depth) => {
                    let v = f.pop();
                    let set = f.stack[f.stack.len() - depth as usize];
                    let r = self.set_add(set, v);
                    self.decref(v);
                    r?;
                }
                Instr::SetUpdate(depth) => {
                    let v = f.pop();
                    let set = f.stack[f.stack.len() - depth as usize];
                    // `{*a}` with a set merges tables as CPython's SET_UPDATE does (its order).
                    if matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Set { .. })) {
                        let r = self.set_merge(set, v);
                        self.decref(v);
                        r?;
                        continue;
                    }
                    let items = self.iterate_to_vec(v);
                    self.decref(v);
                    for item in items? {
                        let r = self.set_add(set, item);
                        self.decref(item);
                        r?;
                    }
                }
                Instr::MapAdd(depth) => {
                    let value = f.pop();
                    let key = f.pop();
                    let d = f.stack[f.stack.len() - depth as usize];
                    let r = self.dict_set(d, key, value);
                    self.decref(key);
                    self.decref(value);
                    r?;
                }
                Instr::DictUpdate(depth) => {
                    let other = f.pop();
                    let d = f.stack[f.stack.len() - depth as usize];
                    // `{**x}` takes a mapping only (`dict.update` also takes pairs).
                    let mapping = matches!(other.as_obj().map(|id| self.heap.get(id)), Some(Object::Dict(_)))
                        || self.has_attr_on_type(self.type_of(other), "keys");
                    let r = if mapping {
                        self.dict_update(d, other)
                    } else {
                        let tn = self.type_name(other);
                        Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not a mapping")))
                    };
                    self.decref(other);
                    r?;
                }
                Instr::DictMerge(depth) => {
                    let other = f.pop();
                    let at = f.stack.len() - depth as usize;
                    let d = f.stack[at];
                    let func = f.stack[at - 2];
                    let r = self.dict_merge(d, other, func);
                    self.decref(other);
                    r?;
                }
                Instr::StarArgs => {
                    let v = f.pop();
                    let t = self.star_args(f.top(), v)?;
                    f.stack.push(t);
                }
                Instr::ListToTuple => {
                    let l = f.pop();
                    let items = match self.heap.get_mut(l.as_obj().unwrap_or(self.not_implemented)) {
                        Object::List(items) => std::mem::take(items),
                        _ => Vec::new(),
                    };
                    self.decref(l);
                    let t = self.new_tuple(items);
                    f.stack.push(t);
                }
                Instr::UnpackSequence(n) => {
                    let seq = f.pop();
                    if self.unpack_quick(seq, n as usize, &mut f.stack) {
                        self.decref(seq);
                        continue;
                    }
                    let items = self.unpack(seq, n as usize, None);
                    self.decref(seq);
                    for v in items?.into_iter().rev() {
                        f.stack.push(v);
                    }
                }
                Instr::UnpackEx { before, after } => {
                    let seq = f.pop();
                    let items = self.unpack(seq, before as usize, Some(after as usize));
                    self.decref(seq);
                    for v in items?.into_iter().rev() {
                        f.stack.push(v);
                    }
                }
                Instr::Subscript => {
                    let key = f.pop();
                    let obj = f.pop();
                    if let Some(v) = self.getitem_quick(obj, key) {
                        self.decref(obj);
                        f.stack.push(v);
                        continue;
                    }
                    if let Some((func, base)) = self.subscript_general(&mut f.stack, obj, key)? {
                        return Ok(Flow::Call { func, base, first: base + 1 });
                    }
                }
                Instr::BinarySlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let stop = f.pop();
                    let start = f.pop();
                    let obj = f.pop();
                    if let Some(v) = self.slice_quick(obj, start, stop, step) {
                        self.decref(obj);
                        f.stack.push(v);
                        continue;
                    }
                    // As `BuildSlice` then `Subscript`.
                    let key = self.alloc(Object::Slice { start, stop, step });
                    if let Some((func, base)) = self.subscript_general(&mut f.stack, obj, key)? {
                        return Ok(Flow::Call { func, base, first: base + 1 });
                    }
                }
                Instr::StoreSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let stop = f.pop();
                    let start = f.pop();
                    let obj = f.pop();
                    let value = f.pop();
                    if self.store_slice_quick(obj, start, stop, step, value) {
                        self.decref(value);
                        self.decref(obj);
                        continue;
                    }
                    let key = self.alloc(Object::Slice { start, stop, step });
                    let r = self.setitem(obj, key, value);
                    self.decref(value);
                    self.decref(obj);
                    self.decref(key);
                    r?;
                }
                Instr::StoreSubscript => {
                    let key = f.pop();
                    let obj = f.pop();
                    let value = f.pop();
                    let value = match self.setitem_quick(obj, key, value) {
                        Ok(old) => {
                            self.release_here(f, old);
                            self.decref(obj);
                            continue;
                        }
                        Err(value) => value,
                    };
                    self.frames.note_call(f.ip - 1);
                    let r = self.setitem(obj, key, value);
                    // CPython releases the value, then the container, then the key: finalizers see it.
                    self.decref(value);
                    self.decref(obj);
                    self.decref(key);
                    r?;
                }
                Instr::DeleteSubscript => {
                    self.frames.note_call(f.ip - 1);
                    let key = f.pop();
                    let obj = f.pop();
                    let r = self.delitem(obj, key);
                    self.decref(obj);
                    self.decref(key);
                    r?;
                }
                Instr::FormatValue { conversion, spec } => {
                    let spec_v = if spec { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let converted = match conversion {
                        b's' => self.str(v).map(|s| self.new_str(s)),
                        b'r' => self.repr(v).map(|s| self.new_str(s)),
                        b'a' => self.repr(v).map(|s| self.new_str(reap_lang::repr::ascii_escape(&s))),
                        _ => Ok(self.share(v)),
                    };
                    self.decref(v);
                    let converted = converted?;
                    let spec_s = spec_v.and_then(|s| self.str_of(s).map(str::to_string)).unwrap_or_default();
                    let r = self.format(converted, &spec_s);
                    self.decref(converted);
                    if let Some(s) = spec_v {
                        self.decref(s);
                    }
                    let s = r?;
                    let v = self.new_str(s);
                    f.stack.push(v);
                }
                Instr::BuildString(n) => {
                    let at = f.stack.len() - n as usize;
                    let parts: Vec<Value> = f.stack.drain(at..).collect();
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(self.str_of(*p).unwrap_or(""));
                    }
                    for p in parts {
                        self.decref(p);
                    }
                    let v = self.new_str(s);
                    f.stack.push(v);
                }
                Instr::MakeFunction { code: ci, parts } => {
                    let closure = if parts & MakeFunction::CLOSURE != 0 { Some(f.pop()) } else { None };
                    let annotations =
                        if parts & MakeFunction::ANNOTATIONS != 0 { f.pop().as_obj() } else { None };
                    let kwdefaults = if parts & MakeFunction::KWDEFAULTS != 0 { Some(f.pop()) } else { None };
                    let defaults = if parts & MakeFunction::DEFAULTS != 0 { Some(f.pop()) } else { None };
                    let fcode = Arc::clone(&code.codes[ci as usize]);
                    let func = self.make_function(fcode, f.globals, defaults, kwdefaults, closure);
                    if let (Some(a), Value::Obj(fid)) = (annotations, func)
                        && let Object::Function(fo) = self.heap.get_mut(fid)
                    {
                        fo.annotations = Some(a);
                    }
                    f.stack.push(func);
                }
                Instr::BuildClass { bases, kwargs } => {
                    let kw = if kwargs { Some(f.pop()) } else { None };
                    let at = f.stack.len() - bases as usize;
                    let bases: Vec<Value> = f.stack.drain(at..).collect();
                    let name = f.pop();
                    let body = f.pop();
                    let r = self.build_class(body, name, &bases, kw);
                    self.decref(body);
                    self.decref(name);
                    for b in bases {
                        self.decref(b);
                    }
                    if let Some(k) = kw {
                        self.decref(k);
                    }
                    f.stack.push(r?);
                }
                Instr::Return => {
                    let v = f.pop();
                    return Ok(Flow::Exit(FrameExit::Return(v)));
                }
                Instr::ReturnConst(i) => {
                    let v = code.consts[i as usize];
                    self.incref(v);
                    return Ok(Flow::Exit(FrameExit::Return(v)));
                }
                Instr::ReturnFast(i) => {
                    let Some(v) = self.frames.fast[f.base + i as usize] else {
                        return Err(self.unbound_local(code, i));
                    };
                    self.incref(v);
                    return Ok(Flow::Exit(FrameExit::Return(v)));
                }
                Instr::Raise(n) => return Err(self.do_raise(f, n)),
                Instr::SetupExcept(t) | Instr::SetupFinally(t) => {
                    f.blocks.push(Block { handler: t, depth: f.stack.len(), handling: f.handling });
                }
                Instr::SetupWith(t) => {
                    let mgr = f.pop();
                    let r = self.enter_with(mgr);
                    self.decref(mgr);
                    let (exit, entered) = r?;
                    f.stack.push(exit);
                    f.blocks.push(Block { handler: t, depth: f.stack.len(), handling: f.handling });
                    f.stack.push(entered);
                }
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PopExcept => self.end_handling(f),
                Instr::ExcMatch => {
                    let t = f.pop();
                    let exc = f.top();
                    let r = self.exception_matches(exc, t);
                    self.decref(t);
                    f.stack.push(Value::Bool(r?));
                }
                Instr::Reraise => {
                    let exc = f.pop();
                    self.end_handling(f);
                    return Err(exc.as_obj().unwrap_or(self.not_implemented));
                }
                Instr::ExcStarBegin => self.exc_star_begin(f),
                Instr::ExcStarMatch(t) => self.exc_star_match(f, t)?,
                Instr::ExcStarAppend => self.exc_star_append(f),
                Instr::ExcStarEnd => self.exc_star_end(f)?,
                Instr::WithExit => {
                    let exit = f.pop();
                    let r = self.call(exit, &[Value::None, Value::None, Value::None], &[]);
                    self.decref(exit);
                    let v = r?;
                    self.decref(v);
                }
                Instr::WithExcept(t) => {
                    let exc = f.pop();
                    let exit = f.pop();
                    let ty = Value::Obj(self.type_of(exc));
                    let tb = match self.getattr_str(exc, "__traceback__") {
                        Ok(tb) => tb,
                        Err(e) => {
                            self.decref_id(e);
                            Value::None
                        }
                    };
                    let r = self.call(exit, &[ty, exc, tb], &[]);
                    self.decref(tb);
                    self.decref(exit);
                    f.handling = f.handling.saturating_sub(1);
                    if let Some(e) = self.handled.pop() {
                        self.decref_id(e);
                    }
                    let swallow = match r {
                        Ok(v) => {
                            let t = self.truthy(v);
                            self.decref(v);
                            t
                        }
                        Err(e) => Err(e),
                    };
                    match swallow {
                        Ok(true) => {
                            self.decref(exc);
                            f.ip = t as usize;
                        }
                        Ok(false) => return Err(exc.as_obj().unwrap_or(self.not_implemented)),
                        Err(e) => {
                            // An exception raised in `__exit__` had its context set as it was
                            // raised (the body's was being handled); one from a builtin has none.
                            if matches!(self.heap.get(e), Object::Instance(i) if i.exc().is_some_and(|x| x.context == Value::None))
                            {
                                self.set_context(e, exc);
                            }
                            self.decref(exc);
                            // New to this frame: the loop adds no entry for `WithExcept`.
                            self.add_traceback(e, code, f.ip - 1);
                            return Err(e);
                        }
                    }
                }
                Instr::ImportName { name, level } => {
                    let module_name = Self::name_str(code, name).to_string();
                    let fl = f.pop();
                    let r = self.import_statement(&module_name, level, fl, f);
                    self.decref(fl);
                    f.stack.push(r?);
                }
                Instr::ImportFrom(i) => {
                    let module = f.top();
                    let name = code.names[i as usize];
                    match self.getattr(module, name) {
                        Ok(v) => f.stack.push(v),
                        Err(e) => {
                            self.decref_id(e);
                            let attr = Self::name_str(code, i).to_string();
                            return Err(self.import_from_error(module, &attr));
                        }
                    }
                }
                Instr::ImportStar => {
                    let module = f.pop();
                    let r = self.import_star(module, f.locals.unwrap_or(f.globals));
                    self.decref(module);
                    r?;
                }
                Instr::YieldValue => {
                    let v = f.pop();
                    return Ok(Flow::Exit(FrameExit::Yield(v)));
                }
                Instr::YieldFrom => {
                    let sent = f.pop();
                    let sub = f.top();
                    if let Some(generator) = self.delegate_resumable(sub, sent) {
                        return Ok(Flow::Resume(generator, sent, ResumedBy::YieldFrom));
                    }
                    let r = self.send(sub, sent);
                    self.decref(sent);
                    match r? {
                        Ok(yielded) => {
                            f.ip -= 1;
                            return Ok(Flow::Exit(FrameExit::Yield(yielded)));
                        }
                        Err(returned) => {
                            let sub = f.pop();
                            self.decref(sub);
                            f.stack.push(returned);
                        }
                    }
                }
                Instr::SetupAnnotations => {
                    let ns = f.locals.unwrap_or(f.globals);
                    if self.dict_get_str(ns, "__annotations__").is_none() {
                        let d = Value::Obj(self.new_dict());
                        self.dict_set_str(ns, "__annotations__", d);
                    }
                }
                Instr::LoadAssertionError => {
                    let t = self.exc_type(ExcKind::AssertionError);
                    self.heap.incref(t);
                    f.stack.push(Value::Obj(t));
                }
                // What is left: the instructions of `await`, `async for` and `async with`.
                _ => self.step_async(f, code, instr)?,
            }
        }
    }
}
