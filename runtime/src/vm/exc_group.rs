//! Exception groups in the VM (PEP 654): making and splitting groups (CPython's
//! Objects/exceptions.c, which `types/exc_group.rs`'s methods call), and the work of the
//! `except*` instructions (`ExcStarBegin`, `ExcStarMatch`, `ExcStarAppend`, `ExcStarEnd`; see
//! `compiler/try_star.rs` for the code around them), kept out of the evaluation loop.

use std::collections::HashSet;

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The group's message and exceptions tuple (borrowed), if `v` is a group.
pub(crate) fn group_parts(vm: &Vm, v: Value) -> Option<(Value, Value)> {
    match vm.heap.get(v.as_obj()?) {
        Object::Instance(i) => {
            i.exc().filter(|e| e.eg_excs != Value::None).map(|e| (e.eg_message, e.eg_excs))
        }
        _ => None,
    }
}

/// The exceptions of a group (borrowed), empty for anything else.
pub(crate) fn group_members(vm: &Vm, v: Value) -> Vec<Value> {
    match group_parts(vm, v).and_then(|(_, t)| t.as_obj()).map(|t| vm.heap.get(t)) {
        Some(Object::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    }
}

pub(crate) fn is_group(vm: &Vm, v: Value) -> bool {
    group_parts(vm, v).is_some()
}

/// Whether CPython's `PySequence_Check` holds: a `__getitem__` that is not a dict's.
fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    if let Some(id) = v.as_obj() {
        match vm.heap.get(id) {
            Object::List(_)
            | Object::Tuple(_)
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::Range { .. }
            | Object::LongRange(_) => {
                return true;
            }
            Object::Dict(_) | Object::Set { .. } => return false,
            _ => {}
        }
    }
    let cls = vm.type_of(v);
    if vm.is_subtype(cls, vm.types.dict) {
        return false;
    }
    let name = vm.intern("__getitem__");
    let found = vm.lookup_in_mro(cls, name).is_some();
    vm.decref_id(name);
    found
}

/// Makes a group of class `cls` (or `ExceptionGroup` for `BaseExceptionGroup` of Exceptions
/// only) from the constructor's arguments, with CPython's checks.
pub(crate) fn construct(vm: &mut Vm, cls: ObjId, args: &[Value]) -> PyResult<ObjId> {
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)"),
        ));
    }
    let (message, excs) = (args[0], args[1]);
    if vm.str_of(message).is_none() {
        let tn = vm.type_name(message);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"),
        ));
    }
    if !is_sequence(vm, excs) {
        return Err(vm.new_exc(ExcKind::TypeError, "second argument (exceptions) must be a sequence"));
    }
    let items = vm.iterate_to_vec(excs)?;
    let checked = check_members(vm, cls, &items);
    let cls = match checked {
        Ok(cls) => cls,
        Err(e) => {
            for i in items {
                vm.decref(i);
            }
            return Err(e);
        }
    };
    let tuple = vm.new_tuple(items);
    let all: Vec<Value> = args.iter().map(|&a| vm.share(a)).collect();
    let args_tuple = vm.new_tuple(all);
    let e = vm.exc_with_args(cls, args_tuple);
    vm.set_context(e, Value::None);
    let message = vm.share(message);
    if let Object::Instance(i) = vm.heap.get_mut(e)
        && let Some(x) = i.exc_mut()
    {
        x.eg_message = message;
        x.eg_excs = tuple;
    }
    Ok(e)
}

/// The class the group will be, after checking its members are exceptions.
fn check_members(vm: &mut Vm, cls: ObjId, items: &[Value]) -> PyResult<ObjId> {
    if items.is_empty() {
        return Err(
            vm.new_exc(ExcKind::ValueError, "second argument (exceptions) must be a non-empty sequence")
        );
    }
    let (base, exception) = (vm.exc_type(ExcKind::BaseException), vm.exc_type(ExcKind::Exception));
    let mut nested_base = false;
    for (i, &x) in items.iter().enumerate() {
        if !vm.isinstance(x, base) {
            return Err(vm.new_exc(
                ExcKind::ValueError,
                &format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        }
        nested_base |= !vm.isinstance(x, exception);
    }
    let (group, base_group) =
        (vm.exc_type(ExcKind::ExceptionGroup), vm.exc_type(ExcKind::BaseExceptionGroup));
    if cls == group && nested_base {
        return Err(vm.new_exc(ExcKind::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    if cls == base_group {
        return Ok(if nested_base { base_group } else { group });
    }
    if cls != group && nested_base && vm.is_subtype(cls, exception) {
        let name = vm.type_obj(cls).name.clone();
        return Err(vm.new_exc(ExcKind::TypeError, &format!("Cannot nest BaseExceptions in '{name}'")));
    }
    Ok(cls)
}

/// A new group (`BaseExceptionGroup(message, excs)`), as the VM makes one for `except*`;
/// `excs` is a list or tuple, borrowed.
pub(crate) fn new_group(vm: &mut Vm, message: &str, excs: Value) -> PyResult<ObjId> {
    let m = vm.new_str(message);
    let cls = vm.exc_type(ExcKind::BaseExceptionGroup);
    let r = construct(vm, cls, &[m, excs]);
    vm.decref(m);
    r
}

/// What `split` and `subgroup` test each exception (and group) with.
pub(crate) enum Matcher {
    Type(Value),
    Predicate(Value),
    /// The leaves with these ids (`except*`'s re-raise).
    Ids(HashSet<ObjId>),
}

fn matches(vm: &mut Vm, exc: Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => vm.exception_matches(exc, *t),
        Matcher::Predicate(f) => {
            let r = vm.call(*f, &[exc], &[])?;
            let b = vm.truthy(r);
            vm.decref(r);
            b
        }
        Matcher::Ids(ids) => Ok(exc.as_obj().is_some_and(|id| ids.contains(&id))),
    }
}

/// CPython's `exceptiongroup_split_recursive`: the matching part and (if asked) the rest, as
/// new references.
pub(crate) fn split(
    vm: &mut Vm,
    exc: Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, exc, m)? {
        return Ok((Some(vm.share(exc)), None));
    }
    if !is_group(vm, exc) {
        return Ok((None, with_rest.then(|| vm.share(exc))));
    }
    vm.recursion.depth += 1;
    if vm.stack_exhausted() {
        vm.recursion.depth -= 1;
        return Err(vm.new_exc(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in exceptiongroup_split_recursive",
        ));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    let mut failed = None;
    for e in group_members(vm, exc) {
        match split(vm, e, m, with_rest) {
            Ok((a, b)) => {
                matched.extend(a);
                rest.extend(b);
            }
            Err(err) => {
                failed = Some(err);
                break;
            }
        }
    }
    vm.recursion.depth -= 1;
    if let Some(err) = failed {
        for v in matched.into_iter().chain(rest) {
            vm.decref(v);
        }
        return Err(err);
    }
    let orig = exc.as_obj().unwrap_or(vm.not_implemented);
    let matched = subset(vm, orig, matched);
    let rest = if with_rest { subset(vm, orig, rest) } else { Ok(None) };
    match (matched, rest) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (Ok(a), Err(e)) | (Err(e), Ok(a)) => {
            a.into_iter().for_each(|v| vm.decref(v));
            Err(e)
        }
        (Err(e), Err(e2)) => {
            vm.decref_id(e2);
            Err(e)
        }
    }
}

/// A group like `orig` of `excs` (owned): `orig.derive(excs)` with `orig`'s traceback, cause,
/// context and a copy of its notes; none for no exceptions.
fn subset(vm: &mut Vm, orig: ObjId, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = vm.new_list(excs);
    let derive = vm.getattr_str(Value::Obj(orig), "derive");
    let made = derive.and_then(|d| {
        let r = vm.call(d, &[list], &[]);
        vm.decref(d);
        r
    });
    vm.decref(list);
    let eg = made?;
    if !is_group(vm, eg) {
        vm.decref(eg);
        return Err(vm.new_exc(ExcKind::TypeError, "derive must return an instance of BaseExceptionGroup"));
    }
    let id = eg.as_obj().unwrap_or(orig);
    copy_metadata(vm, orig, id);
    // Non-sequence notes are left behind: split() is no place to report them.
    if let Some(notes) = vm.instance_attr_str(orig, "__notes__")
        && is_sequence(vm, notes)
    {
        let copy = match vm.iterate_to_vec(notes) {
            Ok(items) => vm.new_list(items),
            Err(e) => {
                vm.decref(eg);
                return Err(e);
            }
        };
        let name = vm.intern("__notes__");
        let r = vm.setattr(eg, name, copy);
        vm.decref_id(name);
        vm.decref(copy);
        if let Err(e) = r {
            vm.decref(eg);
            return Err(e);
        }
    }
    Ok(Some(eg))
}

/// Gives `to` the traceback, cause and context of `from`. Setting the cause suppresses the
/// context, as CPython's `PyException_SetCause` does, whether or not there is a cause.
fn copy_metadata(vm: &mut Vm, from: ObjId, to: ObjId) {
    let Some((tb, cause, context)) = (match vm.heap.get(from) {
        Object::Instance(i) => i.exc().map(|e| (e.traceback.clone(), e.cause, e.context)),
        _ => None,
    }) else {
        return;
    };
    for e in &tb {
        if let Some(f) = e.frame {
            vm.heap.incref(f);
        }
    }
    vm.incref(cause);
    vm.incref(context);
    let old = match vm.heap.get_mut(to) {
        Object::Instance(i) => i.exc_mut().map(|e| {
            e.suppress_context = true;
            let old_tb = std::mem::replace(&mut e.traceback, tb);
            (old_tb, std::mem::replace(&mut e.cause, cause), std::mem::replace(&mut e.context, context))
        }),
        _ => None,
    };
    if let Some((old_tb, c1, c2)) = old {
        for e in old_tb {
            if let Some(f) = e.frame {
                vm.decref_id(f);
            }
        }
        vm.decref(c1);
        vm.decref(c2);
    }
}

/// Whether two exceptions carry the same traceback, cause and context: an `except*` clause
/// that raised what it was given (a bare `raise`) re-raises part of the original group
/// (CPython's `is_same_exception_metadata`).
fn same_metadata(vm: &Vm, a: Value, b: Value) -> bool {
    let get = |v: Value| match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Instance(i)) => i.exc(),
        _ => None,
    };
    let (Some(x), Some(y)) = (get(a), get(b)) else { return false };
    let same_tb = x.traceback.len() == y.traceback.len()
        && x.traceback
            .iter()
            .zip(&y.traceback)
            .all(|(p, q)| std::sync::Arc::ptr_eq(&p.code, &q.code) && p.ip == q.ip && p.frame == q.frame);
    same_tb && x.cause.is(y.cause) && x.context.is(y.context)
}

/// The ids of the exceptions at the leaves of `exc` (itself, unless it is a group).
fn leaf_ids(vm: &Vm, exc: Value, out: &mut HashSet<ObjId>, depth: usize) {
    if exc == Value::None || depth > 10_000 {
        return;
    }
    if !is_group(vm, exc) {
        out.extend(exc.as_obj());
        return;
    }
    for e in group_members(vm, exc) {
        leaf_ids(vm, e, out, depth + 1);
    }
}

/// `str()` of a group: `message (N sub-exceptions)`.
pub(crate) fn group_text(vm: &Vm, g: Value) -> Option<String> {
    let (m, _) = group_parts(vm, g)?;
    let n = group_members(vm, g).len();
    Some(format!("{} ({n} sub-exception{})", vm.str_of(m).unwrap_or(""), if n > 1 { "s" } else { "" }))
}

impl Vm {
    /// Ends the handling of the exception the innermost `except` took (its clause is over).
    #[inline]
    pub(crate) fn end_handling(&mut self, f: &mut FrameState) {
        f.handling = f.handling.saturating_sub(1);
        if let Some(e) = self.handled.pop() {
            self.decref_id(e);
        }
    }

    /// `ExcStarBegin`: exc -> exc, [], exc.
    pub(crate) fn exc_star_begin(&mut self, f: &mut FrameState) {
        let exc = f.top();
        self.incref(exc);
        let list = self.new_list(Vec::new());
        f.stack.push(list);
        f.stack.push(exc);
    }

    /// `ExcStarMatch(target)`: the clause's type against the rest (CPython's `CHECK_EG_MATCH`).
    pub(crate) fn exc_star_match(&mut self, f: &mut FrameState, target: u32) -> PyResult<()> {
        let ty = f.pop();
        let r = self.check_except_star_type(ty).and_then(|()| self.exception_group_match(f.top(), ty));
        self.decref(ty);
        let (matched, rest) = r?;
        if matched == Value::None {
            self.decref(rest);
            f.ip = target as usize;
            return Ok(());
        }
        let old = f.pop();
        self.decref(old);
        f.stack.push(rest);
        f.stack.push(matched);
        // The clause handles its match: `sys.exception()`, and the context of what it raises.
        if let Some(id) = matched.as_obj()
            && let Some(top) = self.handled.last_mut()
        {
            let old = std::mem::replace(top, id);
            self.heap.incref(id);
            self.decref_id(old);
        }
        Ok(())
    }

    /// `except*` refuses what `except` refuses, and exception group classes.
    fn check_except_star_type(&mut self, ty: Value) -> PyResult<()> {
        let items = match ty.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![ty],
        };
        let base = self.exc_type(ExcKind::BaseException);
        let group = self.exc_type(ExcKind::BaseExceptionGroup);
        for t in items {
            let class = t.as_obj().filter(|&id| matches!(self.heap.get(id), Object::Type(_)));
            match class {
                Some(c) if self.is_subtype(c, group) => {
                    return Err(self.new_exc(
                        ExcKind::TypeError,
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
                Some(c) if self.is_subtype(c, base) => {}
                _ => {
                    return Err(self.new_exc(
                        ExcKind::TypeError,
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        Ok(())
    }

    /// The part of `exc` (borrowed) that `ty` matches and the rest, as new references (CPython's
    /// `exception_group_match`): a naked exception that matches is wrapped in a group.
    fn exception_group_match(&mut self, exc: Value, ty: Value) -> PyResult<(Value, Value)> {
        if exc == Value::None {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, ty)? {
            if is_group(self, exc) {
                return Ok((self.share(exc), Value::None));
            }
            let one = self.share(exc);
            let t = self.new_tuple(vec![one]);
            let wrapped = new_group(self, "", t);
            self.decref(t);
            return Ok((Value::Obj(wrapped?), Value::None));
        }
        if is_group(self, exc) {
            let split_m = self.getattr_str(exc, "split")?;
            let pair = self.call(split_m, &[ty], &[]);
            self.decref(split_m);
            let pair = pair?;
            let parts = match pair.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
                _ => None,
            };
            let Some((m, r)) = parts else {
                self.decref(pair);
                return Err(self.new_exc(ExcKind::TypeError, "X.split(T) must return a tuple, not other"));
            };
            let (m, r) = (self.share(m), self.share(r));
            self.decref(pair);
            return Ok((m, r));
        }
        Ok((Value::None, self.share(exc)))
    }

    /// `ExcStarAppend`: an `except*` body raised TOS.
    pub(crate) fn exc_star_append(&mut self, f: &mut FrameState) {
        let raised = f.pop();
        let list = f.stack[f.stack.len() - 2];
        if let Some(Object::List(items)) = list.as_obj().map(|id| self.heap.get_mut(id)) {
            items.push(raised);
        } else {
            self.decref(raised);
        }
        self.end_handling(f);
    }

    /// `ExcStarEnd`: orig, raised, rest -> (nothing), raising what is left, if anything.
    pub(crate) fn exc_star_end(&mut self, f: &mut FrameState) -> PyResult<()> {
        let rest = f.pop();
        let list = f.pop();
        let orig = f.pop();
        let mut excs = match list.as_obj().map(|id| self.heap.get_mut(id)) {
            Some(Object::List(items)) => std::mem::take(items),
            _ => Vec::new(),
        };
        excs.push(rest);
        let r = self.prep_reraise_star(orig, &excs);
        for e in excs {
            self.decref(e);
        }
        self.decref(list);
        self.decref(orig);
        self.end_handling(f);
        match r? {
            Value::Obj(id) => Err(id),
            _ => Ok(()),
        }
    }

    /// What the `except*` clauses leave to raise (CPython's `_PyExc_PrepReraiseStar`): the
    /// exceptions they raised, with the unhandled part of `orig` (those its own leaves make up
    /// that kept its metadata) as a group after them; one alone is raised as itself.
    fn prep_reraise_star(&mut self, orig: Value, excs: &[Value]) -> PyResult<Value> {
        if !is_group(self, orig) {
            // A naked exception: one clause at most ran, so there is one thing to raise.
            return Ok(self.share(excs.first().copied().unwrap_or(Value::None)));
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for &e in excs.iter().filter(|&&e| e != Value::None) {
            if same_metadata(self, e, orig) { reraised.push(e) } else { raised.push(e) }
        }
        let mut keep = HashSet::new();
        for &e in &reraised {
            leaf_ids(self, e, &mut keep, 0);
        }
        let projected = match keep.is_empty() {
            true => None,
            false => split(self, orig, &Matcher::Ids(keep), false)?.0,
        };
        if raised.is_empty() {
            return Ok(projected.unwrap_or(Value::None));
        }
        let mut items: Vec<Value> = raised.iter().map(|&e| self.share(e)).collect();
        items.extend(projected);
        if items.len() == 1 {
            return Ok(items[0]);
        }
        let list = self.new_list(items);
        let g = new_group(self, "", list);
        self.decref(list);
        Ok(Value::Obj(g?))
    }
}
