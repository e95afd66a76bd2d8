//! Calling: functions (binding arguments to parameters), builtins, bound methods, classes, and
//! callable instances; generators. (Class creation is in `class_build.rs`.)

use std::sync::Arc;

use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::{Frame, FrameState};
use crate::object::{Function, GenKind, Generator, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::flow::FrameExit;
use crate::vm::frame_stack::FrameSource;
use crate::vm::{PyResult, Vm};

/// The builtin types a script's class can derive from and whose methods then work on the
/// instance's payload (see `Instance::base`).
pub const PAYLOAD_TYPES: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "str",
    "int",
    "float",
    "set",
    "frozenset",
    "bytes",
    "bytearray",
    "finalize",
    "array",
    "complex",
    "property",
    "ReferenceType",
];

/// Methods of those types that read the payload themselves because they also need the
/// instance: a property subclass's `setter` builds a new instance of the subclass, and its
/// `__init__` gives the instance the getter's docstring.
const WANTS_INSTANCE: &[&str] =
    &["property.getter", "property.setter", "property.deleter", "property.__init__"];

/// The module functions CPython 3.11 still defines with METH_VARARGS: their refusal of
/// keywords names them without their module.
const VARARGS_FUNCTIONS: &[&str] = &[
    "math.log",
    "time.asctime",
    "time.clock_getres",
    "time.clock_gettime",
    "time.clock_gettime_ns",
    "time.clock_settime",
    "time.clock_settime_ns",
    "time.ctime",
    "time.get_clock_info",
    "time.gmtime",
    "time.localtime",
    "time.strftime",
    "time.strptime",
    "time.pthread_getcpuclockid",
];

impl Vm {
    /// A mutable builtin's method that gives back its receiver (`list.__iadd__`,
    /// `set.__ior__`), run on the payload of a subclass's instance, gives back the instance.
    fn instance_for_payload(
        &mut self,
        result: PyResult<Value>,
        inst: Value,
        payload: Value,
    ) -> PyResult<Value> {
        let Ok(r) = result else { return result };
        if inst.is(payload) {
            return Ok(r);
        }
        let mutable = matches!(
            payload.as_obj().map(|id| self.heap.get(id)),
            Some(
                Object::List(_)
                    | Object::Dict(_)
                    | Object::ByteArray(_)
                    | Object::Array(_)
                    | Object::Set { frozen: false, .. }
                    | Object::Property { .. }
            )
        );
        if !r.is(payload) || !mutable {
            return Ok(r);
        }
        self.decref(r);
        Ok(self.share(inst))
    }

    /// Refuses keywords, or any argument, that a builtin method does not take (`given` counts
    /// the arguments after the receiver), as CPython's method descriptors do.
    #[inline]
    fn check_shape(
        &mut self,
        native: crate::object::NativeId,
        qualname: &str,
        given: usize,
        kwargs: &[(ObjId, Value)],
    ) -> PyResult<()> {
        use crate::vm::native::ArgShape;
        match self.natives.shape(native) {
            ArgShape::Any => Ok(()),
            ArgShape::BySignature
                if kwargs.is_empty() || !self.refuses_keywords_by_signature(native, qualname) =>
            {
                Ok(())
            }
            ArgShape::FunctionNoKeywords | ArgShape::BySignature if !kwargs.is_empty() => {
                // CPython names a function by its module, except the builtins and the
                // old-style (METH_VARARGS) functions, whose check knows the bare name only.
                let name = if VARARGS_FUNCTIONS.contains(&qualname) {
                    qualname.rsplit('.').next().unwrap_or(qualname)
                } else {
                    qualname
                };
                Err(self.new_exc(ExcKind::TypeError, &format!("{name}() takes no keyword arguments")))
            }
            _ if !kwargs.is_empty() => {
                Err(self.new_exc(ExcKind::TypeError, &format!("{qualname}() takes no keyword arguments")))
            }
            ArgShape::NoArguments if given > 0 => {
                Err(self
                    .new_exc(ExcKind::TypeError, &format!("{qualname}() takes no arguments ({given} given)")))
            }
            ArgShape::ExactlyOne if given != 1 => Err(self.new_exc(
                ExcKind::TypeError,
                &format!("{qualname}() takes exactly one argument ({given} given)"),
            )),
            _ => Ok(()),
        }
    }

    /// Calls `func` with positional `args` and keyword `kwargs` (all borrowed).
    pub fn call(&mut self, func: Value, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
        let Value::Obj(id) = func else {
            return Err(self.not_callable(func));
        };
        match self.heap.get(id) {
            Object::Function(_) => self.call_function(id, args, kwargs),
            Object::Builtin(b) => {
                let (f, receiver, name) = (self.natives.get(b.native), b.receiver, b.name);
                let (native, owner) = (b.native, b.owner);
                self.check_native_depth()?;
                if receiver.is_none()
                    && let Some(owner) = owner
                {
                    self.check_method_receiver(owner, name, args)?;
                }
                let given = if receiver.is_some() { args.len() } else { args.len().saturating_sub(1) };
                self.check_shape(native, name, given, kwargs)?;
                if name.ends_with("__")
                    && let Some(owner) = owner
                {
                    self.check_slot_call(owner, name, given, kwargs)?;
                }
                // A builtin type's method called on an instance of a subclass works on the
                // builtin value inside it.
                let on_payload = |v: Value, vm: &Vm| {
                    let p = vm.payload(v);
                    let applies = p != v
                        && name.split_once('.').is_some_and(|(t, _)| PAYLOAD_TYPES.contains(&t))
                        && !WANTS_INSTANCE.contains(&name);
                    if applies { p } else { v }
                };
                match receiver {
                    Some(r) => {
                        let first = on_payload(r, self);
                        let result = with_first(first, args, |all| f(self, all, kwargs));
                        if first.is(r) { result } else { self.instance_for_payload(result, r, first) }
                    }
                    None if !args.is_empty()
                        && !on_payload(args[0], self).is(args[0])
                        && !name.ends_with(".__new__") =>
                    {
                        let mut full = args.to_vec();
                        full[0] = self.payload(args[0]);
                        let result = f(self, &full, kwargs);
                        self.instance_for_payload(result, args[0], full[0])
                    }
                    None => f(self, args, kwargs),
                }
            }
            Object::BoundMethod { receiver, func } => {
                let (receiver, func) = (*receiver, *func);
                self.call_with_first(func, receiver, args, kwargs)
            }
            Object::Type(_) => self.call_type(id, args, kwargs),
            Object::HostFunction { index, .. } => {
                let f = self.host.functions.get(*index).cloned();
                match f {
                    Some(f) => f(self, args, kwargs),
                    None => Err(self.new_exc(ExcKind::SystemError, "unknown host function")),
                }
            }
            Object::WeakRef(w) => match w.kind {
                crate::object::WeakKind::Ref => {
                    crate::vm::weakref::check_call_args(self, args.len(), kwargs)?;
                    Ok(crate::vm::weakref::ref_call(self, id))
                }
                _ => {
                    let target = crate::vm::weakref::proxy_target(self, id)?;
                    self.call(target, args, kwargs)
                }
            },
            Object::Finalize(_) => {
                if args.len() > 1 || !kwargs.is_empty() {
                    return Err(self.new_exc(
                        ExcKind::TypeError,
                        &format!(
                            "finalize.__call__() takes from 1 to 2 positional arguments but {} were given",
                            args.len() + 1
                        ),
                    ));
                }
                crate::vm::weakref::finalize_call(self, id)
            }
            Object::StaticMethod(f) => {
                let f = *f;
                self.call(f, args, kwargs)
            }
            _ => {
                // Special methods are looked up on the type alone (an instance's own
                // `__call__` is not asked), and bound as descriptors when not plain methods.
                let cls = self.type_of(func);
                // (`__call__ = None` is called, and says None is not callable.)
                let Some(m) = self.lookup_in_mro(cls, self.common.call) else {
                    return Err(self.not_callable(func));
                };
                if let Some(native) = self.native_call_method(m) {
                    self.check_native_depth()?;
                    let mut full: smallvec::SmallVec<[Value; 8]> =
                        smallvec::SmallVec::with_capacity(args.len() + 1);
                    full.push(func);
                    full.extend_from_slice(args);
                    return native(self, &full, kwargs);
                }
                let m = self.share(m);
                let r = if self.takes_receiver(m) {
                    let mut full: smallvec::SmallVec<[Value; 8]> =
                        smallvec::SmallVec::with_capacity(args.len() + 1);
                    full.push(func);
                    full.extend_from_slice(args);
                    self.call(m, &full, kwargs)
                } else {
                    self.call_special_bound(m, func, cls, args, kwargs)
                };
                self.decref(m);
                r
            }
        }
    }

    /// The native `__call__` of a library class written in Python (`operator.itemgetter`'s,
    /// `functools.partial`'s: `modules/callables.rs`), which checks its own receiver and
    /// arguments: called at once, as a builtin is, without the checks of a general call.
    #[inline]
    fn native_call_method(&self, m: Value) -> Option<crate::vm::NativeFn> {
        match self.heap.get(m.as_obj()?) {
            Object::Builtin(b)
                if b.receiver.is_none() && b.owner.is_none() && b.name.ends_with(".__call__") =>
            {
                Some(self.natives.get(b.native))
            }
            _ => None,
        }
    }

    /// Natives calling natives (a dunder found again on a subclass, an iterator stepping the
    /// one inside it) have no frames to count: the native stack itself is the limit.
    #[inline(always)]
    pub(crate) fn check_native_depth(&mut self) -> PyResult<()> {
        let marker = 0u8;
        if (std::ptr::addr_of!(marker) as usize) < self.recursion.stack_floor {
            return Err(self.new_exc(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        Ok(())
    }

    fn not_callable(&mut self, v: Value) -> ObjId {
        let name = self.type_name(v);
        self.new_exc(ExcKind::TypeError, &format!("'{name}' object is not callable"))
    }

    pub fn make_function(
        &mut self,
        code: Arc<Code>,
        globals: ObjId,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        self.heap.incref(globals);
        let defaults_vec = match defaults {
            Some(d) => {
                let items = match self.heap.get(d.as_obj().unwrap_or(self.not_implemented)) {
                    Object::Tuple(t) => t.clone(),
                    _ => Vec::new(),
                };
                for &v in &items {
                    self.incref(v);
                }
                self.decref(d);
                items
            }
            None => Vec::new(),
        };
        let closure_vec = match closure {
            Some(c) => {
                let cells: Vec<ObjId> = match self.heap.get(c.as_obj().unwrap_or(self.not_implemented)) {
                    Object::Tuple(t) => t.iter().filter_map(|v| v.as_obj()).collect(),
                    _ => Vec::new(),
                };
                for &cell in &cells {
                    self.heap.incref(cell);
                }
                self.decref(c);
                cells
            }
            None => Vec::new(),
        };
        let module = self.dict_get_name(globals, self.common.dunder_name).unwrap_or(Value::None);
        self.incref(module);
        let doc = code.doc;
        self.incref(doc);
        let f = Function {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            globals,
            defaults: defaults_vec,
            kwdefaults: kwdefaults.and_then(Value::as_obj),
            closure: closure_vec,
            dict: None,
            annotations: None,
            doc,
            module,
        };
        self.alloc(Object::Function(Box::new(f)))
    }

    fn call_function(&mut self, id: ObjId, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
        let bound = match self.bind_simple(id, args, kwargs) {
            Some(bound) => bound,
            None => self.bind_arguments(id, args, kwargs)?,
        };
        self.start_function(id, bound)
    }

    /// A call made by the evaluation loop, whose stack owns `args` and the values of `kwargs`
    /// (`skip` leading arguments excepted). A Python function's new frame takes those references
    /// over, as CPython's frames do, so the arguments die with the callee's locals, in its
    /// order, not after it returns. Returns whether they were taken: the caller then drops its
    /// slots without releasing them.
    #[inline]
    pub(crate) fn call_from_stack(
        &mut self,
        next_ip: usize,
        func: Value,
        args: &[Value],
        kwargs: &[(ObjId, Value)],
    ) -> (PyResult<Value>, bool) {
        self.frames.note_call(next_ip.saturating_sub(1));
        let target = match func.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(_)) => func.as_obj().map(|id| (id, None)),
            Some(&Object::BoundMethod { receiver, func: Value::Obj(f) })
                if matches!(self.heap.get(f), Object::Function(_)) =>
            {
                Some((f, Some(receiver)))
            }
            _ => None,
        };
        let Some((id, receiver)) = target else {
            // A builtin function (no receiver) whose first argument is no instance of a
            // builtin type's subclass (whose payload `call` would pass instead): `call`'s own
            // path for it, without the detour.
            if let Some(Object::Builtin(b)) = func.as_obj().map(|id| self.heap.get(id))
                && b.receiver.is_none()
                && !matches!(args.first().and_then(|a| a.as_obj()).map(|a| self.heap.get(a)),
                    Some(Object::Instance(i)) if i.base().is_some())
            {
                let (f, native, name, owner) = (self.natives.get(b.native), b.native, b.name, b.owner);
                if let Some(owner) = owner
                    && let Err(e) = self.check_method_receiver(owner, name, args)
                {
                    return (Err(e), false);
                }
                if let Err(e) = self.check_shape(native, name, args.len().saturating_sub(1), kwargs) {
                    return (Err(e), false);
                }
                if name.ends_with("__")
                    && let Some(owner) = owner
                    && let Err(e) = self.check_slot_call(owner, name, args.len().saturating_sub(1), kwargs)
                {
                    return (Err(e), false);
                }
                return (f(self, args, kwargs), false);
            }
            return (self.call(func, args, kwargs), false);
        };
        if receiver.is_none() && kwargs.is_empty() && self.binds_simply(id, args.len()) {
            return (self.run_simple(id, args), true);
        }
        let bound = match receiver {
            Some(r) => with_first(r, args, |all| match self.bind_simple(id, all, kwargs) {
                Some(bound) => Ok(bound),
                None => self.bind_arguments(id, all, kwargs),
            }),
            None => match self.bind_simple(id, args, kwargs) {
                Some(bound) => Ok(bound),
                None => self.bind_arguments(id, args, kwargs),
            },
        };
        let bound = match bound {
            Ok(bound) => bound,
            Err(e) => return (Err(e), false),
        };
        // The frame holds every argument now: dropping the stack's references frees nothing.
        for &a in args.iter().chain(kwargs.iter().map(|(_, v)| v)) {
            self.decref(a);
        }
        (self.start_function(id, bound), true)
    }

    /// The function a call of `func` with `nargs` positional arguments and no keywords runs
    /// in the evaluation loop itself, if it is a plain one (`binds_simply`).
    #[inline(always)]
    pub(crate) fn callable_in_loop(&self, func: Value, nargs: usize) -> Option<ObjId> {
        let id = func.as_obj()?;
        self.binds_simply(id, nargs).then_some(id)
    }

    /// A call of a plain Python function (`binds_simply`'s kind but for its arguments) that
    /// leaves out parameters with defaults or names some by keyword: the arguments at `first..`
    /// of the stack (the positional ones, then the values for `kwnames`) become its parameters
    /// in order, defaults filled in, so that the loop can run it as a simple call. `None`, the
    /// stack untouched, when the arguments do not bind that way (the general binding then
    /// runs, or raises CPython's error).
    pub(crate) fn rebind_in_loop(
        &mut self,
        stack: &mut Vec<Value>,
        func: Value,
        first: usize,
        kwnames: &[ObjId],
    ) -> Option<ObjId> {
        let id = func.as_obj()?;
        let Object::Function(fun) = self.heap.get(id) else { return None };
        let code = &fun.code;
        let flags = &code.flags;
        if flags.varargs || flags.varkw || flags.generator || !code.cellvars.is_empty() {
            return None;
        }
        let argcount = code.argcount as usize;
        // Keyword-only parameters follow the positional ones among the variables.
        let params = argcount + code.kwonlyargcount as usize;
        let npos = stack.len().checked_sub(first + kwnames.len())?;
        let first_default = argcount.checked_sub(fun.defaults.len())?;
        if npos > argcount || (kwnames.is_empty() && params == argcount && npos < first_default) {
            return None;
        }
        // Where each parameter's value comes from: the keyword at that index, else its default.
        let mut keyword_of: smallvec::SmallVec<[Option<usize>; 8]> = smallvec::smallvec![None; params];
        for (j, &name) in kwnames.iter().enumerate() {
            let name = self.str_of(Value::Obj(name))?;
            let p = code.varnames[..params].iter().position(|v| v == name)?;
            if p < npos || p < code.posonlyargcount as usize || keyword_of[p].is_some() {
                return None;
            }
            keyword_of[p] = Some(j);
        }
        if (npos..first_default).any(|p| keyword_of[p].is_none()) {
            return None;
        }
        // Every keyword-only parameter left out needs its default (else CPython's error,
        // from the general binding).
        let kwdefaults = fun.kwdefaults;
        let kw_default = |vm: &Vm, p: usize| {
            let Object::Function(fun) = vm.heap.get(id) else { return None };
            vm.dict_get_str(kwdefaults?, &fun.code.varnames[p])
        };
        if (argcount..params).any(|p| keyword_of[p].is_none() && kw_default(self, p).is_none()) {
            return None;
        }
        let keywords: smallvec::SmallVec<[Value; 8]> = stack.drain(first + npos..).collect();
        for p in npos..params {
            let v = match keyword_of[p] {
                Some(j) => keywords[j],
                None if p >= argcount => kw_default(self, p)?,
                None => {
                    let Object::Function(fun) = self.heap.get(id) else { return None };
                    fun.defaults[p - first_default]
                }
            };
            if keyword_of[p].is_none() {
                self.incref(v);
            }
            stack.push(v);
        }
        Some(id)
    }

    /// Whether a call of function `id` with `nargs` positional arguments and no keywords is the
    /// simple kind (`bind_simple`'s), that `run_simple` makes.
    #[inline(always)]
    fn binds_simply(&self, id: ObjId, nargs: usize) -> bool {
        self.params_bind_simply(id, nargs, false)
    }

    /// Whether `nargs` positional arguments are exactly function `id`'s parameters, which
    /// has no cells of its own; a generator function's only if `generators`.
    #[inline(always)]
    fn params_bind_simply(&self, id: ObjId, nargs: usize, generators: bool) -> bool {
        let Object::Function(fun) = self.heap.get(id) else { return false };
        let code = &fun.code;
        let flags = &code.flags;
        nargs == code.argcount as usize
            && code.kwonlyargcount == 0
            && !flags.varargs
            && !flags.varkw
            && (generators || !flags.generator)
            && code.cellvars.is_empty()
    }

    /// The commonest call, `binds_simply`'s: the new frame is built where it runs (not moved
    /// there) and takes the stack's references to the arguments as they are.
    #[inline(always)]
    fn run_simple(&mut self, id: ObjId, args: &[Value]) -> PyResult<Value> {
        let bound = self.simple_bound(id, args);
        let mut frame = self.function_frame(bound);
        let result = self.run_frame(&mut frame, FrameSource::Function(id));
        self.recycle_frame(&mut frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Runs a function's bound frame, or makes it a generator.
    #[inline(always)]
    fn start_function(&mut self, id: ObjId, bound: Bound) -> PyResult<Value> {
        let mut frame = self.function_frame(bound);
        if frame.code.flags.generator {
            let (name, qualname) = match self.heap.get(id) {
                Object::Function(f) => (Arc::clone(&f.name), Arc::clone(&f.qualname)),
                _ => (Arc::clone(&frame.code.name), Arc::clone(&frame.code.qualname)),
            };
            let flags = frame.code.flags;
            let kind = if flags.coroutine {
                GenKind::Coroutine
            } else if flags.async_generator {
                GenKind::AsyncGenerator
            } else {
                GenKind::Generator
            };
            let g = Generator {
                kind,
                code: Arc::clone(&frame.code),
                frame: Some(Box::new(frame)),
                name,
                qualname,
                started: false,
                finished: false,
                handled: Vec::new(),
                finalizer: None,
                hooks_inited: false,
            };
            return Ok(self.alloc(Object::Generator(Box::new(g))));
        }
        let result = self.run_frame(&mut frame, FrameSource::Function(id));
        self.recycle_frame(&mut frame);
        match result? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(v) => Ok(v),
        }
    }

    /// The frame for the most common call: exactly the positional parameters, no keywords, no
    /// `*args`/`**kwargs`, no cells of its own. `None` for anything else.
    #[inline(always)]
    fn bind_simple(&mut self, id: ObjId, args: &[Value], kwargs: &[(ObjId, Value)]) -> Option<Bound> {
        // A generator function's frame is bound the same way; it just does not run yet.
        if !kwargs.is_empty() || !self.params_bind_simply(id, args.len(), true) {
            return None;
        }
        for &a in args {
            self.incref(a);
        }
        Some(self.simple_bound(id, args))
    }

    /// The bound arguments of a call `binds_simply` accepted; the arguments' references are
    /// the caller's to give (the locals take them as they are).
    #[inline(always)]
    fn simple_bound(&mut self, id: ObjId, args: &[Value]) -> Bound {
        let Object::Function(fun) = self.heap.get(id) else { unreachable!("binds_simply checked") };
        let (code, globals) = (Arc::clone(&fun.code), fun.globals);
        // A closure's cells (a comprehension's, a nested function's) come as they are.
        let cells = if fun.closure.is_empty() { Vec::new() } else { fun.closure.clone() };
        for &c in &cells {
            self.heap.incref(c);
        }
        let mut fast = self.frames.spare_fast.pop().unwrap_or_default();
        fast.extend(args.iter().map(|&a| Some(a)));
        fast.resize(code.varnames.len(), None);
        Bound { code, fast, cells, globals }
    }

    /// A function's new frame, over its bound locals and cells; takes a reference to `globals`.
    #[inline(always)]
    fn function_frame(&mut self, bound: Bound) -> Frame {
        let Bound { code, fast, cells, globals } = bound;
        self.heap.incref(globals);
        let stack = self.frames.spare_stacks.pop().unwrap_or_else(|| Vec::with_capacity(8));
        Frame {
            code,
            state: FrameState {
                ip: 0,
                stack,
                fast,
                cells,
                base: 0,
                cells_at: 0,
                globals,
                locals: None,
                blocks: Vec::new(),
                handling: 0,
                pending: None,
                obj: None,
            },
        }
    }

    /// A frame for function `id` called with no arguments (a class body's).
    pub(crate) fn frame_without_arguments(&mut self, id: ObjId) -> PyResult<Frame> {
        let bound = self.bind_arguments(id, &[], &[])?;
        Ok(self.function_frame(bound))
    }

    /// Keeps a finished frame's vectors for the next call (a frame is released, so empty, by
    /// the time it returns).
    pub(crate) fn recycle_frame(&mut self, frame: &mut Frame) {
        const KEEP: usize = 64;
        let mut stack = std::mem::take(&mut frame.stack);
        let mut fast = std::mem::take(&mut frame.fast);
        if self.frames.spare_stacks.len() < KEEP && stack.capacity() <= 256 {
            stack.clear();
            self.frames.spare_stacks.push(stack);
        }
        if self.frames.spare_fast.len() < KEEP && fast.capacity() <= 256 {
            fast.clear();
            self.frames.spare_fast.push(fast);
        }
    }

    /// A new frame for a call of function `id`, its parameters bound as Python binds them.
    fn bind_arguments(&mut self, id: ObjId, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Bound> {
        let (code, globals, defaults, kwdefaults, closure) = match self.heap.get(id) {
            Object::Function(f) => {
                let defaults: smallvec::SmallVec<[Value; 8]> = f.defaults.iter().copied().collect();
                (Arc::clone(&f.code), f.globals, defaults, f.kwdefaults, f.closure.clone())
            }
            _ => unreachable!("bind_arguments on a function"),
        };
        // Only error messages need the name.
        let qualname = QualName(id);
        let nparams = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let mut fast = self.frames.spare_fast.pop().unwrap_or_default();
        fast.resize(code.varnames.len(), None);
        // Positional arguments.
        let npos = args.len().min(nparams);
        for (i, &a) in args[..npos].iter().enumerate() {
            self.incref(a);
            fast[i] = Some(a);
        }
        let mut slot = nparams + nkwonly;
        if code.flags.varargs {
            let extra: Vec<Value> = args[npos..].to_vec();
            for &v in &extra {
                self.incref(v);
            }
            fast[slot] = Some(self.new_tuple(extra));
            slot += 1;
        } else if args.len() > nparams {
            self.release_fast(fast);
            let qualname = qualname.get(self);
            let given = args.len();
            let takes = if defaults.is_empty() {
                format!("{nparams} positional argument{}", if nparams == 1 { "" } else { "s" })
            } else {
                format!("from {} to {nparams} positional arguments", nparams - defaults.len())
            };
            // Keyword-only parameters given by keyword are counted too, as CPython words it.
            let kwonly = &code.varnames[nparams..nparams + nkwonly];
            let kwonly_given = kwargs
                .iter()
                .filter(|&&(k, _)| self.str_of(Value::Obj(k)).is_some_and(|n| kwonly.iter().any(|p| p == n)))
                .count();
            let given = match kwonly_given {
                0 => given.to_string(),
                k => format!(
                    "{given} positional argument{} (and {k} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    if k == 1 { "" } else { "s" }
                ),
            };
            let were = if given == "1" { "was" } else { "were" };
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("{qualname}() takes {takes} but {given} {were} given"),
            ));
        }
        let kwdict = if code.flags.varkw {
            let d = self.new_dict();
            fast[slot] = Some(Value::Obj(d));
            Some(d)
        } else {
            None
        };
        // Keyword arguments. Positional-only parameters cannot be passed by keyword (unless a
        // `**kwargs` takes them).
        if !code.flags.varkw && code.posonlyargcount > 0 {
            let posonly = &code.varnames[..code.posonlyargcount as usize];
            let named: Vec<String> = kwargs
                .iter()
                .filter_map(|&(k, _)| {
                    self.str_of(Value::Obj(k)).filter(|n| posonly.iter().any(|p| p == n)).map(str::to_string)
                })
                .collect();
            if !named.is_empty() {
                self.release_fast(fast);
                let qualname = qualname.get(self);
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!(
                        "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                        named.join(", ")
                    ),
                ));
            }
        }
        for &(k, v) in kwargs {
            let pos = {
                let name = self.str_of(Value::Obj(k)).unwrap_or("");
                code.varnames[..nparams + nkwonly]
                    .iter()
                    .position(|p| *p == name)
                    .filter(|&p| p >= code.posonlyargcount as usize)
            };
            // Only the rare paths below need the name as a string of its own.
            let name = || self.str_of(Value::Obj(k)).unwrap_or("").to_string();
            match pos {
                Some(p) => {
                    if fast[p].is_some() {
                        let name = name();
                        self.release_fast(fast);
                        let qualname = qualname.get(self);
                        return Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("{qualname}() got multiple values for argument '{name}'"),
                        ));
                    }
                    self.incref(v);
                    fast[p] = Some(v);
                }
                None => match kwdict {
                    Some(d) => {
                        let name = name();
                        self.incref(v);
                        self.dict_set_str(d, &name, v);
                    }
                    None => {
                        let name = name();
                        self.release_fast(fast);
                        let qualname = qualname.get(self);
                        return Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("{qualname}() got an unexpected keyword argument '{name}'"),
                        ));
                    }
                },
            }
        }
        // Defaults, then what is still missing.
        let first_default = nparams - defaults.len();
        let mut missing = Vec::new();
        for (i, item) in fast.iter_mut().enumerate().take(nparams) {
            if item.is_none() {
                if i >= first_default {
                    let d = defaults[i - first_default];
                    self.incref(d);
                    *item = Some(d);
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            self.release_fast(fast);
            let qualname = qualname.get(self);
            let n = missing.len();
            let names = quote_list(&missing);
            let s = if n == 1 { "" } else { "s" };
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("{qualname}() missing {n} required positional argument{s}: {names}"),
            ));
        }
        let mut missing_kw = Vec::new();
        for (i, slot) in fast.iter_mut().enumerate().take(nparams + nkwonly).skip(nparams) {
            if slot.is_none() {
                let name = &code.varnames[i];
                let d = kwdefaults.and_then(|kd| self.dict_get_str(kd, name));
                match d {
                    Some(d) => {
                        self.incref(d);
                        *slot = Some(d);
                    }
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            self.release_fast(fast);
            let qualname = qualname.get(self);
            let n = missing_kw.len();
            let s = if n == 1 { "" } else { "s" };
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!(
                    "{qualname}() missing {n} required keyword-only argument{s}: {}",
                    quote_list(&missing_kw)
                ),
            ));
        }
        // Cells: new ones for cellvars (parameters move in), then the closure's.
        let mut cells = Vec::with_capacity(code.cellvars.len() + closure.len());
        for (ci, _) in code.cellvars.iter().enumerate() {
            let initial = code
                .cell_params
                .iter()
                .find(|(c, _)| *c as usize == ci)
                .and_then(|&(_, p)| fast[p as usize].take());
            cells.push(self.heap.alloc(Object::Cell(initial)));
        }
        for c in closure {
            self.heap.incref(c);
            cells.push(c);
        }
        Ok(Bound { code, fast, cells, globals })
    }

    fn release_fast(&mut self, fast: Vec<Option<Value>>) {
        for v in fast.into_iter().flatten() {
            self.decref(v);
        }
    }

    /// Calling a class: `__new__` then `__init__`.
    fn call_type(&mut self, cls: ObjId, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
        let meta = self.type_of(Value::Obj(cls));
        if meta != self.types.type_
            && let Some(call) = self.lookup_in_mro(meta, self.common.call)
            && !self.is_native(call, self.natives.known.type_call)
        {
            // A metaclass's own `__call__` decides what calling its classes does.
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Obj(cls));
            full.extend_from_slice(args);
            return self.call(call, &full, kwargs);
        }
        self.construct(cls, args, kwargs)
    }

    /// `cls(*args, **kwargs)` as `type.__call__` does it: `__new__`, then `__init__`.
    pub fn construct(&mut self, cls: ObjId, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
        if let Object::Type(t) = self.heap.get(cls)
            && let Some((epoch, init)) = t.plain_construction
            && epoch == self.caches.type_epoch
        {
            let instance = self.new_instance(cls);
            return self.init_instance(cls, instance, init, args, kwargs);
        }
        if let Some(r) = (self.slots.construct)(self, cls, args, kwargs) {
            return r;
        }
        let custom_new = self.lookup_in_mro(cls, self.common.new);
        let object_new = custom_new.is_none_or(|n| self.is_object_new(n));
        let plain = self.type_obj(cls).layout == crate::object::Layout::Object
            && object_new
            && self.builtin_base(cls).is_none();
        let instance = match custom_new {
            Some(new) if !self.is_object_new(new) => {
                let mut full = vec![Value::Obj(cls)];
                full.extend_from_slice(args);
                let f = match self.heap.get(new.as_obj().unwrap_or(self.not_implemented)) {
                    Object::StaticMethod(f) => *f,
                    _ => new,
                };
                self.call(f, &full, kwargs)?
            }
            _ if self.builtin_base(cls) == Some(self.types.weakref) => {
                crate::vm::weakref::subclass_ref_new(self, cls, args)?
            }
            _ if self.builtin_base(cls).is_some() => {
                // A subclass of a builtin: the payload is made from the arguments (immutable
                // bases) or empty, for `__init__` to fill (list, dict, set).
                let base = self.builtin_base(cls).unwrap_or(self.types.object);
                let t = &self.types;
                let mutable = base == t.list || base == t.dict || base == t.set || base == t.property;
                let payload = if mutable {
                    (self.slots.construct)(self, base, &[], &[])
                } else {
                    let kwargs = self.base_kwargs(cls, base, kwargs);
                    (self.slots.construct)(self, base, args, kwargs)
                };
                let payload = payload.unwrap_or(Ok(Value::None))?;
                let inst = self.new_instance(cls);
                self.set_payload(inst, payload);
                if base == self.types.finalize {
                    crate::vm::weakref::adopt(self, inst);
                }
                inst
            }
            _ => {
                let inst = self.new_instance(cls);
                // BaseException.__new__ keeps the constructor's arguments as `args`.
                if self.type_obj(cls).layout == crate::object::Layout::Exception
                    && let Some(id) = inst.as_obj()
                {
                    for &a in args {
                        self.incref(a);
                    }
                    let t = self.new_tuple(args.to_vec());
                    self.set_exc_args(id, t);
                }
                inst
            }
        };
        if !self.isinstance(instance, cls) {
            return Ok(instance);
        }
        // The `__init__` of what `__new__` made, which may be of a subclass.
        let made = self.type_of(instance);
        let init = self.lookup_in_mro(made, self.common.init);
        // `object.__init__` does nothing, but refuses arguments when `__new__` is object's too.
        let init = init.filter(|&f| !(plain && self.is_native(f, self.natives.known.object_init)));
        // list.__init__ refuses keywords, except those a subclass's own `__new__` took.
        let list = self.types.list;
        let own_new = !kwargs.is_empty()
            && custom_new
                .filter(|&n| !self.is_object_new(n))
                .is_some_and(|n| Some(n) != self.lookup_in_mro(list, self.common.new));
        let kwargs = if own_new && init.is_some() && init == self.lookup_in_mro(list, self.common.init) {
            &[]
        } else {
            kwargs
        };
        // Later instances of a class made the plain way skip the lookups, until a class changes.
        if plain
            && init
                .is_none_or(|f| matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_))))
        {
            let epoch = self.caches.type_epoch;
            if let Object::Type(t) = self.heap.get_mut(cls) {
                t.plain_construction = Some((epoch, init));
            }
        }
        self.init_instance(cls, instance, init, args, kwargs)
    }

    /// The keywords a builtin base's constructor sees when a subclass is made: CPython's
    /// float, tuple, frozenset, map, filter and reversed refuse keywords only while the class's
    /// `__init__` is object's, so that a subclass's own `__init__` may take some.
    pub fn base_kwargs<'a>(
        &mut self,
        cls: ObjId,
        base: ObjId,
        kwargs: &'a [(ObjId, Value)],
    ) -> &'a [(ObjId, Value)] {
        let t = &self.types;
        let lenient = [t.float, t.tuple, t.frozenset, t.map, t.filter, t.reversed].contains(&base);
        if kwargs.is_empty() || !lenient || cls == base {
            return kwargs;
        }
        let init = self.lookup_in_mro(cls, self.common.init);
        if init.is_none_or(|f| self.is_native(f, self.natives.known.object_init)) { kwargs } else { &[] }
    }

    /// Calls `__init__` on a new instance (or checks that no arguments were passed when there
    /// is none); takes the instance's reference and returns it.
    fn init_instance(
        &mut self,
        cls: ObjId,
        instance: Value,
        init: Option<Value>,
        args: &[Value],
        kwargs: &[(ObjId, Value)],
    ) -> PyResult<Value> {
        if let Some(init) = init {
            match self.call_with_first(init, instance, args, kwargs) {
                Ok(r) => {
                    if r != Value::None {
                        self.decref(r);
                        self.decref(instance);
                        return Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("__init__() should return None, not '{}'", self.type_name(r)),
                        ));
                    }
                }
                Err(e) => {
                    self.decref(instance);
                    return Err(e);
                }
            }
        } else if !args.is_empty() || !kwargs.is_empty() {
            let name = self.type_obj(cls).name.clone();
            self.decref(instance);
            return Err(self.new_exc(ExcKind::TypeError, &format!("{name}() takes no arguments")));
        }
        Ok(instance)
    }

    /// Arguments kept for a later `call_packed`: a tuple, and a dict or None (new references).
    pub fn pack_args(&mut self, args: &[Value], kwargs: &[(ObjId, Value)]) -> (Value, Value) {
        let items: Vec<Value> = args.iter().map(|&a| self.share(a)).collect();
        let t = self.new_tuple(items);
        if kwargs.is_empty() {
            return (t, Value::None);
        }
        let d = self.new_dict();
        for &(k, v) in kwargs {
            self.incref(v);
            self.dict_set_name(d, k, v);
        }
        (t, Value::Obj(d))
    }

    /// `func(*args, **kwargs)` with `args` a tuple and `kwargs` a dict of str keys (or None).
    pub fn call_packed(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        // Copied out of the tuple and dict (which the caller keeps alive): the call may change
        // the heap. A few arguments need no allocation.
        let positional: smallvec::SmallVec<[Value; 6]> = match args.as_obj().map(|t| self.heap.get(t)) {
            Some(Object::Tuple(t)) => t.iter().copied().collect(),
            _ => smallvec::SmallVec::new(),
        };
        let named: smallvec::SmallVec<[(ObjId, Value); 4]> = match kwargs.as_obj().map(|d| self.heap.get(d)) {
            Some(Object::Dict(t)) => {
                t.iter().filter_map(|(_, e)| e.key.as_obj().map(|k| (k, e.value))).collect()
            }
            _ => smallvec::SmallVec::new(),
        };
        let keys = match kwargs.as_obj().map(|d| self.heap.get(d)) {
            Some(Object::Dict(t)) => t.len(),
            _ => 0,
        };
        if named.len() != keys || named.iter().any(|&(k, _)| self.str_of(Value::Obj(k)).is_none()) {
            return Err(self.new_exc(ExcKind::TypeError, "keywords must be strings"));
        }
        self.call(func, &positional, &named)
    }

    /// Calls `func(first, *args)`.
    pub fn call_with_first(
        &mut self,
        func: Value,
        first: Value,
        args: &[Value],
        kwargs: &[(ObjId, Value)],
    ) -> PyResult<Value> {
        with_first(first, args, |all| self.call(func, all, kwargs))
    }

    fn is_object_new(&self, v: Value) -> bool {
        self.is_native(v, self.natives.known.object_new)
    }

    /// Whether `v` is a builtin running the native `id`.
    fn is_native(&self, v: Value, id: Option<crate::object::NativeId>) -> bool {
        id.is_some_and(
            |id| matches!(v.as_obj().map(|o| self.heap.get(o)), Some(Object::Builtin(b)) if b.native == id),
        )
    }
}

/// A function's qualified name, fetched only when an error message needs it.
struct QualName(ObjId);

impl QualName {
    fn get(&self, vm: &Vm) -> String {
        match vm.heap.get(self.0) {
            Object::Function(f) => f.qualname.to_string(),
            _ => String::new(),
        }
    }
}

fn quote_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// A call's arguments bound to the callee's parameters: what its frame starts from. Kept
/// apart from `Frame` so that binding hands back a few words, not a whole frame to copy.
struct Bound {
    code: Arc<Code>,
    fast: Vec<Option<Value>>,
    cells: Vec<ObjId>,
    globals: ObjId,
}

/// Runs `f` on `first` followed by `args` as one slice, built on the stack for the usual few
/// arguments (a method call, `__init__`), not allocated.
pub(crate) fn with_first<R>(first: Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    let mut small = [Value::None; 8];
    if args.len() < small.len() {
        small[0] = first;
        small[1..=args.len()].copy_from_slice(args);
        return f(&small[..=args.len()]);
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(first);
    full.extend_from_slice(args);
    f(&full)
}

impl Vm {
    /// `callable(v)`: whether calling `v` could work (CPython's `PyCallable_Check`).
    pub fn callable(&self, v: Value) -> bool {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(_) | Object::Builtin(_) | Object::BoundMethod { .. } | Object::Type(_)) => {
                true
            }
            Some(Object::Finalize(_) | Object::HostFunction { .. }) => true,
            Some(Object::WeakRef(w)) => w.kind != crate::object::WeakKind::Proxy,
            Some(_) => self.try_has_call(v),
            None => false,
        }
    }

    fn try_has_call(&self, v: Value) -> bool {
        let t = self.type_of(v);
        let Object::Type(ty) = self.heap.get(t) else { return false };
        ty.mro.iter().any(|&c| self.dict_get_str(self.type_obj(c).dict, "__call__").is_some())
    }
}
