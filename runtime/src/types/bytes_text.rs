//! The `bytes` and `bytearray` methods that mirror `str`'s, worked on the bytes themselves
//! with ASCII semantics as CPython's `bytes_methods.c` does (only ` \t\n\v\f\r` are
//! whitespace, only `\n`, `\r` and `\r\n` end lines): splitting, stripping, partitioning,
//! replacing, counting, prefixes, joining, justifying, tabs and translation. One function
//! serves both types; a `bytearray` receiver gets `bytearray` results.

use super::bytes::bytes_of;
use super::bytes_methods::{like, needle, qual, this};
use super::str::{join_items, slice_bounds, ssize_index as ssize, sub_arity};
use super::{arity, bind_args, def, index_arg, no_kwargs};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

/// The methods, by their qualified names on `bytes` and on `bytearray`.
const METHODS: &[(&str, &str, NativeFn)] = &[
    ("bytes.split", "bytearray.split", split),
    ("bytes.rsplit", "bytearray.rsplit", rsplit),
    ("bytes.splitlines", "bytearray.splitlines", splitlines),
    ("bytes.strip", "bytearray.strip", strip),
    ("bytes.lstrip", "bytearray.lstrip", lstrip),
    ("bytes.rstrip", "bytearray.rstrip", rstrip),
    ("bytes.partition", "bytearray.partition", partition),
    ("bytes.rpartition", "bytearray.rpartition", rpartition),
    ("bytes.replace", "bytearray.replace", replace),
    ("bytes.count", "bytearray.count", count),
    ("bytes.startswith", "bytearray.startswith", startswith),
    ("bytes.endswith", "bytearray.endswith", endswith),
    ("bytes.join", "bytearray.join", join),
    ("bytes.center", "bytearray.center", center),
    ("bytes.ljust", "bytearray.ljust", ljust),
    ("bytes.rjust", "bytearray.rjust", rjust),
    ("bytes.zfill", "bytearray.zfill", zfill),
    ("bytes.expandtabs", "bytearray.expandtabs", expandtabs),
    ("bytes.translate", "bytearray.translate", translate),
    ("bytes.decode", "bytearray.decode", super::bytes::decode),
];

pub fn install(vm: &mut Vm) {
    let (b, ba) = (vm.type_obj(vm.types.bytes).dict, vm.type_obj(vm.types.bytearray).dict);
    for &(bytes_name, bytearray_name, f) in METHODS {
        def(vm, b, bytes_name, f);
        def(vm, ba, bytearray_name, f);
    }
    for (dict, name) in [(b, "bytes.maketrans"), (ba, "bytearray.maketrans")] {
        let f = vm.new_builtin(name, maketrans, None);
        let sm = vm.alloc(Object::StaticMethod(f));
        vm.dict_set_str(dict, "maketrans", sm);
    }
}

/// Python's whitespace bytes: space, `\t`, `\n`, `\v`, `\f`, `\r`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t'..=b'\r')
}

/// The receiver's bytes, checked to be a `bytes` (or `bytearray`, as the receiver is).
fn recv(vm: &mut Vm, args: &[Value], m: &str) -> PyResult<Vec<u8>> {
    let q = qual(args, vm, m);
    this(vm, args, &q)
}

/// An argument that must be bytes-like (CPython's buffer protocol: `bytes`, `bytearray`).
pub(crate) fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes_of(vm, vm.payload(v)) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// CPython's message for too many arguments to a method whose parameters all have names.
fn at_most(vm: &mut Vm, m: &str, given: usize, max: usize) -> PyResult<()> {
    if given <= max {
        return Ok(());
    }
    let s = if max == 1 { "" } else { "s" };
    Err(vm.new_exc(ExcKind::TypeError, &format!("{m}() takes at most {max} argument{s} ({given} given)")))
}

/// The parts as a list of the receiver's kind.
fn list_like(vm: &mut Vm, receiver: Value, parts: &[&[u8]]) -> Value {
    let items: Vec<Value> = parts.iter().map(|p| like(vm, receiver, p.to_vec())).collect();
    vm.new_list(items)
}

/// Where `sep` splits `hay`, at most `max` times, from the left or the right.
fn split_on<'a>(hay: &'a [u8], sep: &[u8], max: usize, right: bool) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    if right {
        let (mut end, mut i) = (hay.len(), hay.len());
        while parts.len() < max && i >= sep.len() {
            if hay[i - sep.len()..i] == *sep {
                parts.push(&hay[i..end]);
                end = i - sep.len();
                i = end;
            } else {
                i -= 1;
            }
        }
        parts.push(&hay[..end]);
        parts.reverse();
    } else {
        let (mut start, mut i) = (0, 0);
        while parts.len() < max && i + sep.len() <= hay.len() {
            if hay[i..].starts_with(sep) {
                parts.push(&hay[start..i]);
                i += sep.len();
                start = i;
            } else {
                i += 1;
            }
        }
        parts.push(&hay[start..]);
    }
    parts
}

/// The runs of non-whitespace, at most `max` splits: the rest is one part with its inner
/// whitespace (and, from the left, its trailing whitespace) kept.
fn split_whitespace(hay: &[u8], max: usize, right: bool) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    if right {
        let mut i = hay.len();
        loop {
            while i > 0 && is_space(hay[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if parts.len() == max {
                parts.push(&hay[..i]);
                break;
            }
            let end = i;
            while i > 0 && !is_space(hay[i - 1]) {
                i -= 1;
            }
            parts.push(&hay[i..end]);
        }
        parts.reverse();
    } else {
        let mut i = 0;
        loop {
            while i < hay.len() && is_space(hay[i]) {
                i += 1;
            }
            if i == hay.len() {
                break;
            }
            if parts.len() == max {
                parts.push(&hay[i..]);
                break;
            }
            let start = i;
            while i < hay.len() && !is_space(hay[i]) {
                i += 1;
            }
            parts.push(&hay[start..i]);
        }
    }
    parts
}

fn split_either(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    m: &str,
    right: bool,
) -> PyResult<Value> {
    let b = recv(vm, args, m)?;
    at_most(vm, m, args.len() - 1, 2)?;
    let [sep, max] = bind_args(vm, m, &args[1..], kwargs, ["sep", "maxsplit"], 2, 0)?;
    let max = match max {
        Some(v) => usize::try_from(ssize(vm, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let sep = match sep {
        Some(v) if v != Value::None => Some(buffer_arg(vm, v)?),
        _ => None,
    };
    let parts = match &sep {
        Some(s) if s.is_empty() => return Err(vm.new_exc(ExcKind::ValueError, "empty separator")),
        Some(s) => split_on(&b, s, max, right),
        None => split_whitespace(&b, max, right),
    };
    Ok(list_like(vm, args[0], &parts))
}

fn split(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    split_either(vm, args, kwargs, "split", false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    split_either(vm, args, kwargs, "rsplit", true)
}

/// `splitlines(keepends=False)`: lines end at `\n`, `\r` or `\r\n`.
fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = recv(vm, args, "splitlines")?;
    at_most(vm, "splitlines", args.len() - 1, 1)?;
    let [keep] = bind_args(vm, "splitlines", &args[1..], kwargs, ["keepends"], 1, 0)?;
    let keep = match keep {
        Some(v) => index_arg(vm, v)? != num_bigint::BigInt::from(0),
        None => false,
    };
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let ending = match (b[i], b.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if ending == 0 {
            i += 1;
            continue;
        }
        parts.push(&b[start..if keep { i + ending } else { i }]);
        i += ending;
        start = i;
    }
    if start < b.len() {
        parts.push(&b[start..]);
    }
    Ok(list_like(vm, args[0], &parts))
}

/// `strip`, `lstrip`, `rstrip`: the bytes in the argument (whitespace without one) taken
/// from the chosen ends.
fn strip_ends(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    m: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = recv(vm, args, m)?;
    let q = qual(args, vm, m);
    no_kwargs(vm, &q, kwargs)?;
    arity(vm, m, &args[1..], 0, 1)?;
    let chars = match args.get(1) {
        Some(&v) if v != Value::None => Some(buffer_arg(vm, v)?),
        _ => None,
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let start = if left { b.iter().position(|c| !strip(c)).unwrap_or(b.len()) } else { 0 };
    let end =
        if right { b.iter().rposition(|c| !strip(c)).map_or(start, |i| i + 1).max(start) } else { b.len() };
    Ok(like(vm, args[0], b[start..end].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    strip_ends(vm, args, kwargs, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    strip_ends(vm, args, kwargs, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    strip_ends(vm, args, kwargs, "rstrip", false, true)
}

/// The first (or last) place `sub` occurs in `hay`.
fn find_bytes(hay: &[u8], sub: &[u8], right: bool) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    let mut at = (0..=hay.len() - sub.len()).filter(|&i| hay[i..].starts_with(sub));
    if right { at.next_back() } else { at.next() }
}

fn partition_at(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    m: &str,
    right: bool,
) -> PyResult<Value> {
    let b = recv(vm, args, m)?;
    let q = qual(args, vm, m);
    no_kwargs(vm, &q, kwargs)?;
    arity(vm, &q, &args[1..], 1, 1)?;
    let sep = buffer_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.new_exc(ExcKind::ValueError, "empty separator"));
    }
    let parts: [&[u8]; 3] = match find_bytes(&b, &sep, right) {
        Some(i) => [&b[..i], &sep, &b[i + sep.len()..]],
        None if right => [&[], &[], &b],
        None => [&b, &[], &[]],
    };
    let items: Vec<Value> = parts.iter().map(|p| like(vm, args[0], p.to_vec())).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    partition_at(vm, args, kwargs, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    partition_at(vm, args, kwargs, "rpartition", true)
}

/// `replace(old, new, count=-1)`: the places first, then the size, then one fallible
/// allocation (a script's sizes must raise, never abort).
fn replace(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = recv(vm, args, "replace")?;
    let q = qual(args, vm, "replace");
    no_kwargs(vm, &q, kwargs)?;
    arity(vm, "replace", &args[1..], 2, 3)?;
    let old = buffer_arg(vm, args[1])?;
    let new = buffer_arg(vm, args[2])?;
    let limit = match args.get(3) {
        Some(&v) => usize::try_from(ssize(vm, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut at = Vec::new();
    if old.is_empty() {
        at.extend((0..=b.len()).take(limit));
    } else {
        let mut i = 0;
        while at.len() < limit && i + old.len() <= b.len() {
            if b[i..].starts_with(&old) {
                at.push(i);
                i += old.len();
            } else {
                i += 1;
            }
        }
    }
    let size = (b.len() - at.len() * old.len()).checked_add(at.len().saturating_mul(new.len()));
    let Some(size) = size.filter(|&n| n <= isize::MAX as usize) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "replace bytes is too long"));
    };
    let mut out = vm.try_vec::<u8>(size)?;
    let mut last = 0;
    for i in at {
        out.extend_from_slice(&b[last..i]);
        out.extend_from_slice(&new);
        last = i + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(like(vm, args[0], out))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = recv(vm, args, "count")?;
    let q = qual(args, vm, "count");
    no_kwargs(vm, &q, kwargs)?;
    sub_arity(vm, "count", args)?;
    let sub = needle(vm, args[1])?;
    let (start, end) = slice_bounds(vm, args, 2, b.len())?;
    if start > end || end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    let hay = &b[start as usize..end as usize];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= hay.len() {
        if hay[i..].starts_with(&sub) {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `startswith` and `endswith`: a bytes-like prefix or a tuple of them, within `[start:end]`.
fn affix(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    m: &str,
    start_side: bool,
) -> PyResult<Value> {
    let b = recv(vm, args, m)?;
    let q = qual(args, vm, m);
    no_kwargs(vm, &q, kwargs)?;
    sub_arity(vm, m, args)?;
    let options = match args[1].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => {
            let items = items.clone();
            let mut all = Vec::with_capacity(items.len());
            for v in items {
                all.push(buffer_arg(vm, v)?);
            }
            all
        }
        _ => match bytes_of(vm, vm.payload(args[1])) {
            Some(one) => vec![one],
            None => {
                let tn = vm.type_name(args[1]);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("{m} first arg must be bytes or a tuple of bytes, not {tn}"),
                ));
            }
        },
    };
    let (start, end) = slice_bounds(vm, args, 2, b.len())?;
    let hit = options.iter().any(|o| {
        if start > b.len() as i64 || end - start < o.len() as i64 {
            return false;
        }
        let hay = &b[start as usize..end as usize];
        if start_side { hay.starts_with(o) } else { hay.ends_with(o) }
    });
    Ok(Value::Bool(hit))
}

fn startswith(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    affix(vm, args, kwargs, "startswith", true)
}

fn endswith(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    affix(vm, args, kwargs, "endswith", false)
}

/// `join(iterable_of_bytes)`: the size first, then one fallible allocation (as `str.join`).
fn join(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?;
    let q = qual(args, vm, "join");
    no_kwargs(vm, &q, kwargs)?;
    arity(vm, &q, &args[1..], 1, 1)?;
    let items = join_items(vm, args[1])?;
    // The size from the items where they are, then one fallible allocation: joining many
    // references to one big bytes object must be a MemoryError, not a copy of each.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    let mut bad = None;
    let mut views = Vec::new();
    for (i, &item) in items.iter().enumerate() {
        match vm.payload(item).as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(b) | Object::ByteArray(b)) => total = total.saturating_add(b.len()),
            Some(Object::Array(a)) => total = total.saturating_add(a.data.len()),
            Some(Object::MemoryView(m)) if m.obj.is_some() => {
                total = total.saturating_add(m.nbytes());
                views.push(super::memoryview::view_bytes(vm, item).unwrap_or_default());
            }
            _ => {
                bad = Some((i, vm.type_name(item)));
                break;
            }
        }
    }
    let out = match bad {
        Some((i, tn)) => Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("sequence item {i}: expected a bytes-like object, {tn} found"),
        )),
        None => vm.try_vec::<u8>(total).map(|mut out| {
            let mut views = views.into_iter();
            for (i, &item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                match vm.payload(item).as_obj().map(|id| vm.heap.get(id)) {
                    Some(Object::Bytes(b) | Object::ByteArray(b)) => out.extend_from_slice(b),
                    Some(Object::Array(a)) => out.extend_from_slice(&a.data),
                    Some(Object::MemoryView(_)) => out.extend(views.next().unwrap_or_default()),
                    _ => {}
                }
            }
            out
        }),
    };
    for it in items {
        vm.decref(it);
    }
    Ok(like(vm, args[0], out?))
}

/// `center`, `ljust`, `rjust(width, fillchar=b' ')`.
fn pad(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], m: &str, align: char) -> PyResult<Value> {
    let b = recv(vm, args, m)?;
    let q = qual(args, vm, m);
    no_kwargs(vm, &q, kwargs)?;
    arity(vm, m, &args[1..], 1, 2)?;
    let width = ssize(vm, args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&v) => match bytes_of(vm, vm.payload(v)) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = vm.arg_type_name(v);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("{m}() argument 2 must be a byte string of length 1, not {tn}"),
                ));
            }
        },
    };
    let width = usize::try_from(width).unwrap_or(0);
    if b.len() >= width {
        return Ok(like(vm, args[0], b));
    }
    let n = width - b.len();
    let left = match align {
        '<' => 0,
        '>' => n,
        // As str.center: the odd byte goes left when the width is odd too.
        _ => n / 2 + (n & width & 1),
    };
    let mut out = vm.try_vec::<u8>(width)?;
    out.resize(left, fill);
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(like(vm, args[0], out))
}

fn center(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    pad(vm, args, kwargs, "center", '^')
}

fn ljust(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    pad(vm, args, kwargs, "ljust", '<')
}

fn rjust(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    pad(vm, args, kwargs, "rjust", '>')
}

/// `zfill(width)`: zeros after a leading sign.
fn zfill(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = recv(vm, args, "zfill")?;
    let q = qual(args, vm, "zfill");
    no_kwargs(vm, &q, kwargs)?;
    arity(vm, &q, &args[1..], 1, 1)?;
    let width = usize::try_from(ssize(vm, args[1])?).unwrap_or(0);
    if b.len() >= width {
        return Ok(like(vm, args[0], b));
    }
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    let mut out = vm.try_vec::<u8>(width)?;
    if signed {
        out.push(b[0]);
    }
    out.resize(width - b.len() + out.len(), b'0');
    out.extend_from_slice(&b[usize::from(signed)..]);
    Ok(like(vm, args[0], out))
}

/// `expandtabs(tabsize=8)`: the size first, as CPython (a big tab size must be an error).
fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = recv(vm, args, "expandtabs")?;
    at_most(vm, "expandtabs", args.len() - 1, 1)?;
    let [size] = bind_args(vm, "expandtabs", &args[1..], kwargs, ["tabsize"], 1, 0)?;
    let size = match size {
        None => 8,
        Some(v) => {
            let n = index_arg(vm, v)?;
            match num_traits::ToPrimitive::to_i32(&n) {
                Some(n) => usize::try_from(n).unwrap_or(0),
                None => {
                    return Err(
                        vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int")
                    );
                }
            }
        }
    };
    let tab = |col: usize| if size > 0 { size - col % size } else { 0 };
    let (mut total, mut col) = (0usize, 0usize);
    for &c in &b {
        let (n, next) = match c {
            b'\t' => (tab(col), col + tab(col)),
            b'\n' | b'\r' => (1, 0),
            _ => (1, col + 1),
        };
        total = total.saturating_add(n);
        col = next;
    }
    if total > isize::MAX as usize {
        return Err(vm.new_exc(ExcKind::OverflowError, "result too long"));
    }
    let mut out = vm.try_vec::<u8>(total)?;
    col = 0;
    for &c in &b {
        match c {
            b'\t' => out.resize(out.len() + tab(col), b' '),
            _ => out.push(c),
        }
        col = match c {
            b'\t' => col + tab(col),
            b'\n' | b'\r' => 0,
            _ => col + 1,
        };
    }
    Ok(like(vm, args[0], out))
}

/// `translate(table, /, delete=b'')`: `table` is 256 bytes or None; bytes in `delete` go.
fn translate(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = recv(vm, args, "translate")?;
    let n = args.len() - 1;
    if n > 2 {
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("translate() takes at most 2 arguments ({n} given)"))
        );
    }
    let [table, delete] = bind_args(vm, "translate", &args[1..], kwargs, ["table", "delete"], 2, 0)?;
    let Some(table) = table else {
        return Err(
            vm.new_exc(ExcKind::TypeError, "translate() takes at least 1 positional argument (0 given)")
        );
    };
    let table = match table {
        Value::None => None,
        t => {
            let t = buffer_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.new_exc(ExcKind::ValueError, "translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(d) => buffer_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    Ok(like(vm, args[0], out))
}

/// `bytes.maketrans(frm, to)`: the identity table with each byte of `frm` mapped to `to`'s.
fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kwargs)?;
    arity(vm, "maketrans", args, 2, 2)?;
    let from = buffer_arg(vm, args[0])?;
    let to = buffer_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.new_exc(ExcKind::ValueError, "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[usize::from(f)] = t;
    }
    Ok(vm.alloc(Object::Bytes(table)))
}
