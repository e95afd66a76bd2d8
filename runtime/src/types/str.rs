//! `str` methods.

use super::{arity, def, index_arg};
use crate::object::exc_kind::ExcKind;
use crate::object::{Object, PyStr};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use compact_str::CompactString;

type Native = crate::vm::NativeFn;

use super::str_classify::is_py_space;
use super::str_format::format;

pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.str_).dict;
    let methods: &[(&'static str, Native)] = &[
        ("str.join", join),
        ("str.split", split),
        ("str.rsplit", rsplit),
        ("str.strip", strip),
        ("str.lstrip", lstrip),
        ("str.rstrip", rstrip),
        ("str.replace", replace),
        ("str.find", find),
        ("str.rfind", rfind),
        ("str.index", index),
        ("str.count", count),
        ("str.startswith", startswith),
        ("str.endswith", endswith),
        ("str.upper", upper),
        ("str.lower", lower),
        ("str.title", title),
        ("str.capitalize", capitalize),
        ("str.swapcase", swapcase),
        ("str.isdigit", isdigit),
        ("str.isalpha", isalpha),
        ("str.isalnum", isalnum),
        ("str.isspace", isspace),
        ("str.isupper", isupper),
        ("str.islower", islower),
        ("str.isidentifier", isidentifier),
        ("str.format", format),
        ("str.center", center),
        ("str.ljust", ljust),
        ("str.rjust", rjust),
        ("str.zfill", zfill),
        ("str.splitlines", splitlines),
        ("str.partition", partition),
        ("str.rpartition", rpartition),
        ("str.encode", encode),
        ("str.removeprefix", removeprefix),
        ("str.removesuffix", removesuffix),
        ("str.casefold", casefold),
        ("str.translate", translate),
        ("str.expandtabs", expandtabs),
        ("str.istitle", istitle),
        ("str.isnumeric", isnumeric),
        ("str.isdecimal", isdecimal),
        ("str.isascii", isascii),
        ("str.isprintable", isprintable),
        ("str.rindex", rindex),
        ("str.format_map", super::str_format::format_map),
    ];
    for &(name, f) in methods {
        def(vm, d, name, f);
    }
    let mt = vm.new_builtin("str.maketrans", maketrans, None);
    let sm = vm.alloc(Object::StaticMethod(mt));
    vm.dict_set_str(d, "maketrans", sm);
}

/// The text of a str (a copy, so that the VM may be used while it is read): inline, without
/// an allocation, for the short strings most methods see.
pub(crate) fn s(vm: &Vm, v: Value) -> CompactString {
    CompactString::from(vm.str_of(v).unwrap_or(""))
}

pub(crate) fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(x) => Ok(x.to_string()),
        None => {
            let tn = vm.arg_type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("{what} must be str, not {tn}")))
        }
    }
}

pub(crate) fn join(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "str.join", &args[1..], 1, 1)?;
    let sep = s(vm, args[0]);
    let items = join_items(vm, args[1])?;
    // The size first, then one fallible allocation: joining a million references to one big
    // string must be a MemoryError, not a copy of each part until memory runs out.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    let mut bad = None;
    for (i, &item) in items.iter().enumerate() {
        match vm.str_of(item) {
            Some(x) => total = total.saturating_add(x.len()),
            None => {
                bad = Some((i, vm.type_name(item)));
                break;
            }
        }
    }
    let out = match bad {
        Some((i, tn)) => Err(
            vm.new_exc(ExcKind::TypeError, &format!("sequence item {i}: expected str instance, {tn} found"))
        ),
        None => {
            // A short result is built inline (no allocation); a long one reserved first.
            let out = if total <= 24 {
                Ok(CompactString::default())
            } else {
                vm.try_string(total).map(CompactString::from)
            };
            out.map(|mut out| {
                for (i, &item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&sep);
                    }
                    out.push_str(vm.str_of(item).unwrap_or(""));
                }
                out
            })
        }
    };
    for it in items {
        vm.decref(it);
    }
    Ok(vm.new_str(out?))
}

/// An argument CPython converts to a C `Py_ssize_t` (a width, a count).
pub(crate) fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(n) = vm.as_i64(v) {
        return Ok(n);
    }
    if vm.is_int(v) {
        return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"));
    }
    // An object with `__index__` stands for its int.
    ssize_index(vm, v)
}

/// A `Py_ssize_t` argument read through `__index__` (a count).
pub(crate) fn ssize_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = super::index_arg(vm, v)?;
    num_traits::ToPrimitive::to_i64(&n)
        .ok_or_else(|| vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"))
}

/// `fill` `n` times into `out`, which has the room.
pub(crate) fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// `split`'s and `rsplit`'s `sep` (a str or None) and `maxsplit` (negative: no limit).
fn split_args(
    vm: &mut Vm,
    m: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<(Option<String>, Option<usize>)> {
    let n = args.len().saturating_sub(1);
    if n > 2 {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{m}() takes at most 2 arguments ({n} given)")));
    }
    let [sep, max] = super::bind_args(vm, m, &args[1..], kwargs, ["sep", "maxsplit"], 2, 0)?;
    let max = match max {
        Some(v) => {
            let n = super::index_arg(vm, v)?;
            match num_traits::ToPrimitive::to_i64(&n) {
                Some(n) => usize::try_from(n).ok(),
                None => {
                    return Err(
                        vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
                    );
                }
            }
        }
        None => None,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => match vm.str_of(v) {
            Some(t) => Some(t.to_string()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exc(ExcKind::TypeError, &format!("must be str or None, not {tn}")));
            }
        },
    };
    Ok((sep, max))
}

/// A substring argument: `find`'s, `count`'s, `partition`'s.
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_of(v) {
        Some(x) => Ok(x.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("must be str, not {tn}")))
        }
    }
}

pub(crate) fn list_of<S: Into<CompactString>>(vm: &mut Vm, parts: Vec<S>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

pub(crate) fn split(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let text = s(vm, args[0]);
    let (sep, max) = split_args(vm, "split", args, kwargs)?;
    let parts: Vec<CompactString> = match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.new_exc(ExcKind::ValueError, "empty separator"));
            }
            match max {
                Some(m) => text.splitn(m + 1, sep.as_str()).map(CompactString::from).collect(),
                None => text.split(sep.as_str()).map(CompactString::from).collect(),
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = text.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if max.is_some_and(|m| out.len() == m) {
                    out.push(CompactString::from(rest));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                out.push(CompactString::from(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_py_space);
            }
            out
        }
    };
    Ok(list_of(vm, parts))
}

pub(crate) fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let text = s(vm, args[0]);
    let (sep, max) = split_args(vm, "rsplit", args, kwargs)?;
    let mut parts: Vec<String> = match sep {
        Some(sep) if sep.is_empty() => return Err(vm.new_exc(ExcKind::ValueError, "empty separator")),
        Some(sep) => match max {
            Some(m) => text.rsplitn(m + 1, sep.as_str()).map(str::to_string).collect(),
            None => text.rsplit(sep.as_str()).map(str::to_string).collect(),
        },
        None => {
            let mut out = Vec::new();
            let mut rest = text.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if max.is_some_and(|m| out.len() == m) {
                    out.push(rest.to_string());
                    break;
                }
                let start =
                    rest.char_indices().rfind(|&(_, c)| is_py_space(c)).map_or(0, |(i, c)| i + c.len_utf8());
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_py_space);
            }
            out
        }
    };
    parts.reverse();
    Ok(list_of(vm, parts))
}

/// The characters `strip`, `lstrip` or `rstrip` (named `m`) takes away; `None` for
/// whitespace.
pub(crate) fn strip_chars(vm: &mut Vm, args: &[Value], m: &str) -> PyResult<Option<Vec<char>>> {
    arity(vm, m, &args[1..], 0, 1)?;
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(&v) => match vm.str_of(v) {
            Some(c) => Ok(Some(c.chars().collect())),
            None => Err(vm.new_exc(ExcKind::TypeError, &format!("{m} arg must be None or str"))),
        },
    }
}

pub(crate) fn strip(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    let r = match strip_chars(vm, args, "strip")? {
        Some(c) => t.trim_matches(c.as_slice()).to_string(),
        None => t.trim_matches(is_py_space).to_string(),
    };
    Ok(vm.new_str(r))
}

pub(crate) fn lstrip(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    let r = match strip_chars(vm, args, "lstrip")? {
        Some(c) => t.trim_start_matches(c.as_slice()).to_string(),
        None => t.trim_start_matches(is_py_space).to_string(),
    };
    Ok(vm.new_str(r))
}

pub(crate) fn rstrip(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    let r = match strip_chars(vm, args, "rstrip")? {
        Some(c) => t.trim_end_matches(c.as_slice()).to_string(),
        None => t.trim_end_matches(is_py_space).to_string(),
    };
    Ok(vm.new_str(r))
}

pub(crate) fn replace(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "replace", &args[1..], 2, 3)?;
    let t = s(vm, args[0]);
    let old = str_arg(vm, args[1], "replace() argument 1")?;
    let new = str_arg(vm, args[2], "replace() argument 2")?;
    let limit = match args.get(3) {
        Some(&c) => usize::try_from(ssize_index(vm, c)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    // Where the matches are, then the size, then one fallible allocation.
    let at: Vec<usize> = if old.is_empty() {
        t.char_indices().map(|(i, _)| i).chain([t.len()]).take(limit).collect()
    } else {
        t.match_indices(old.as_str()).map(|(i, _)| i).take(limit).collect()
    };
    let size = (t.len() - at.len() * old.len()).checked_add(at.len().saturating_mul(new.len()));
    let Some(size) = size.filter(|&n| n <= isize::MAX as usize) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "replace string is too long"));
    };
    let mut out = vm.try_string(size)?;
    let mut last = 0;
    for i in at {
        out.push_str(&t[last..i]);
        out.push_str(&new);
        last = i + old.len();
    }
    out.push_str(&t[last..]);
    Ok(vm.new_str(out))
}

/// Character index of a byte offset.
pub(crate) fn char_index(t: &str, byte: usize) -> i64 {
    t[..byte].chars().count() as i64
}

/// `find`, `rfind`, `index` and `rindex` (named `fname` in errors): the character index of
/// `sub` in `s[start:end]`, from the left or the right.
pub(crate) fn find_in(vm: &mut Vm, args: &[Value], from_right: bool, fname: &str) -> PyResult<Option<i64>> {
    let n = args.len().saturating_sub(1);
    if !(1..=3).contains(&n) {
        let (bound, count) = if n == 0 { ("least", 1) } else { ("most", 3) };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("{fname}() takes at {bound} {count} argument{s} ({n} given)"),
        ));
    }
    let sub = sub_arg(vm, args[1])?;
    window(vm, args, 2, |hay, start| {
        let found = if from_right { hay.rfind(&sub) } else { hay.find(&sub) };
        found.map(|b| char_index(hay, b) + start as i64)
    })
    .map(Option::flatten)
}

/// The str `args[0]` (a str or a subclass's payload) as the characters `[start:end]` of
/// `args[at..]` select, borrowed where it is, given to `f` with its first character's index;
/// `None` when the bounds select nothing (start past end). A window far into a long string
/// costs no more than one near its start.
fn window<R>(
    vm: &mut Vm,
    args: &[Value],
    at: usize,
    f: impl FnOnce(&str, usize) -> R,
) -> PyResult<Option<R>> {
    let len = pystr_of(vm, args[0]).map_or(0, PyStr::char_len);
    let (lo, hi) = slice_bounds(vm, args, at, len)?;
    if lo > hi {
        return Ok(None);
    }
    let Some(p) = pystr_of(vm, args[0]) else { return Ok(Some(f("", 0))) };
    let (lo, hi) = (lo as usize, hi as usize);
    let (b0, b1) = (p.byte_offset(lo), p.byte_offset(hi));
    Ok(Some(f(&p.s[b0..b1], lo)))
}

/// The str object behind `v`: itself, or the payload of a str subclass's instance.
fn pystr_of(vm: &Vm, v: Value) -> Option<&PyStr> {
    match vm.heap.get(v.as_obj()?) {
        Object::Str(p) => Some(p),
        Object::Instance(i) => pystr_of(vm, i.base()?),
        _ => None,
    }
}

pub(crate) fn find(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_in(vm, args, false, "find")?.unwrap_or(-1)))
}

pub(crate) fn rfind(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_in(vm, args, true, "rfind")?.unwrap_or(-1)))
}

pub(crate) fn index(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match find_in(vm, args, false, "index")? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.new_exc(ExcKind::ValueError, "substring not found")),
    }
}

pub(crate) fn rindex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let str_ = vm.types.str_;
    super::receiver(vm, args, str_, "str.rindex")?;
    match find_in(vm, args, true, "rindex")? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.new_exc(ExcKind::ValueError, "substring not found")),
    }
}

pub(crate) fn count(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    sub_arity(vm, "count", args)?;
    let sub = sub_arg(vm, args[1])?;
    let n = window(vm, args, 2, |t, _| {
        if sub.is_empty() { t.chars().count() + 1 } else { t.matches(sub.as_str()).count() }
    })?;
    Ok(Value::Int(n.unwrap_or(0) as i64))
}

/// `startswith` and `endswith`: a str or a tuple of them (tried in order: an item that is
/// no str is an error only if no item before it matched), within `[start:end]`.
pub(crate) fn affix(vm: &mut Vm, args: &[Value], start: bool) -> PyResult<Value> {
    let m = if start { "startswith" } else { "endswith" };
    sub_arity(vm, m, args)?;
    let options = match args[1].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => items.clone(),
        _ if vm.str_of(args[1]).is_some() => vec![args[1]],
        _ => {
            let tn = vm.type_name(args[1]);
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("{m} first arg must be str or a tuple of str, not {tn}"),
            ));
        }
    };
    // The affixes as text, until the first that is not a str (an error only if none before it
    // matched, so it is checked in order below).
    let mut texts = Vec::with_capacity(options.len());
    let mut bad = None;
    for &o in &options {
        match vm.str_of(o) {
            Some(t) => texts.push(t.to_string()),
            None => {
                bad = Some(o);
                break;
            }
        }
    }
    let matched = window(vm, args, 2, |t, _| {
        texts.iter().any(|o| if start { t.starts_with(o.as_str()) } else { t.ends_with(o.as_str()) })
    })?;
    // A start past the end selects nothing (`None`), where not even '' matches.
    if matched == Some(true) {
        return Ok(Value::Bool(true));
    }
    if let Some(o) = bad {
        let tn = vm.type_name(o);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("tuple for {m} must only contain str, not {tn}")));
    }
    Ok(Value::Bool(false))
}

pub(crate) fn startswith(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    affix(vm, args, true)
}

pub(crate) fn endswith(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    affix(vm, args, false)
}

pub(crate) fn map_str(vm: &mut Vm, args: &[Value], f: impl Fn(&str) -> String) -> PyResult<Value> {
    let t = s(vm, args[0]);
    Ok(vm.new_str(f(&t)))
}

pub(crate) fn upper(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut t = s(vm, args[0]);
    if t.is_ascii() {
        t.make_ascii_uppercase();
        return Ok(vm.new_str(t));
    }
    Ok(vm.new_str(t.to_uppercase()))
}

pub(crate) fn lower(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut t = s(vm, args[0]);
    if t.is_ascii() {
        t.make_ascii_lowercase();
        return Ok(vm.new_str(t));
    }
    Ok(vm.new_str(t.to_lowercase()))
}

pub(crate) fn swapcase(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    map_str(vm, args, |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        for (i, &c) in chars.iter().enumerate() {
            // Titlecase and uncased characters stay as they are.
            if c.is_uppercase() {
                push_lowercase(&mut out, &chars, i);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

pub(crate) fn title(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    map_str(vm, args, |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                push_lowercase(&mut out, &chars, i);
            } else {
                push_titlecase(&mut out, c);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

pub(crate) fn capitalize(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    map_str(vm, args, |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        if let Some(&first) = chars.first() {
            push_titlecase(&mut out, first);
            for i in 1..chars.len() {
                push_lowercase(&mut out, &chars, i);
            }
        }
        out
    })
}

/// The lowercase of `chars[i]` in its word: a capital sigma that ends a word is the final
/// form, as `str.lower` makes it.
pub(crate) fn push_lowercase(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        let after_cased =
            chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        let before_cased =
            chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        if after_cased && !before_cased {
            out.push('\u{3c2}');
            return;
        }
    }
    out.extend(c.to_lowercase());
}

/// Marks and apostrophes that Unicode's final-sigma rule looks through.
pub(crate) fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}')
        || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Python starts words with a character's titlecase, which is not always its uppercase:
/// `'ß'` becomes `'Ss'`, `'ǆ'` becomes `'ǅ'`.
pub(crate) fn push_titlecase(out: &mut String, c: char) {
    let mapped = unicode_case_mapping::to_titlecase(c);
    if mapped[0] == 0 {
        out.push(c);
        return;
    }
    out.extend(mapped.iter().take_while(|&&u| u != 0).filter_map(|&u| char::from_u32(u)));
}

/// Upper, lower or title case: what `str.title` treats as part of a word (digits and
/// uncased letters start a new one).
pub(crate) fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || unicode_case_mapping::to_lowercase(c)[0] != 0
}

pub(crate) fn test(vm: &mut Vm, args: &[Value], f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let t = s(vm, args[0]);
    Ok(Value::Bool(!t.is_empty() && f(&t)))
}

/// The text of a `str` method's receiver, after checking that the method was given no
/// arguments (CPython's `METH_NOARGS` message).
fn noargs_str(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    qualname: &str,
) -> PyResult<CompactString> {
    let str_ = vm.types.str_;
    let v = super::receiver(vm, args, str_, qualname)?;
    super::no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, &args[1..], 0, 0)?;
    Ok(s(vm, v))
}

/// `str.isascii()`: every character below 128 (true of the empty string).
pub(crate) fn isascii(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(noargs_str(vm, args, kwargs, "str.isascii")?.is_ascii()))
}

/// `str.isprintable()`: no character that `repr` would escape (true of the empty string).
pub(crate) fn isprintable(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = noargs_str(vm, args, kwargs, "str.isprintable")?;
    Ok(Value::Bool(t.chars().all(reap_lang::repr::is_printable)))
}

pub(crate) fn isdigit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().all(super::str_classify::is_digit))
}

pub(crate) fn isdecimal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().all(super::str_classify::is_decimal))
}

pub(crate) fn isnumeric(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().all(super::str_classify::is_numeric))
}

pub(crate) fn isalpha(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().all(super::str_classify::is_alpha))
}

pub(crate) fn isalnum(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().all(super::str_classify::is_alnum))
}

pub(crate) fn isspace(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().all(is_py_space))
}

pub(crate) fn isupper(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase))
}

pub(crate) fn islower(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase))
}

/// `str.isidentifier`: `XID_Start` or `_`, then `XID_Continue` (PEP 3131).
pub(crate) fn isidentifier(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use super::str_classify::{is_xid_continue, is_xid_start};
    test(vm, args, |t| {
        let mut c = t.chars();
        c.next().is_some_and(|f| f == '_' || is_xid_start(f)) && c.all(is_xid_continue)
    })
}

pub(crate) fn pad(vm: &mut Vm, args: &[Value], align: char) -> PyResult<Value> {
    let m = match align {
        '<' => "ljust",
        '>' => "rjust",
        _ => "center",
    };
    arity(vm, m, &args[1..], 1, 2)?;
    let t = s(vm, args[0]);
    let width = ssize_arg(vm, args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => ' ',
        Some(&f) => match vm.str_of(f).map(|f| {
            let mut cs = f.chars();
            (cs.next(), cs.next())
        }) {
            Some((Some(c), None)) => c,
            Some(_) => {
                return Err(
                    vm.new_exc(ExcKind::TypeError, "The fill character must be exactly one character long")
                );
            }
            None => {
                let tn = vm.type_name(f);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("The fill character must be a unicode character, not {tn}"),
                ));
            }
        },
    };
    let len = t.chars().count();
    if len >= width {
        return Ok(vm.new_str(t));
    }
    let n = width - len;
    let mut out = vm.try_string(n.saturating_mul(fill.len_utf8()).saturating_add(t.len()))?;
    let left = match align {
        '<' => 0,
        '>' => n,
        // CPython's centring puts the extra character on the left when the total is odd and
        // the width is odd.
        _ => n / 2 + (n & width & 1),
    };
    push_fill(&mut out, fill, left);
    out.push_str(&t);
    push_fill(&mut out, fill, n - left);
    Ok(vm.new_str(out))
}

pub(crate) fn center(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    pad(vm, args, '^')
}

pub(crate) fn ljust(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    pad(vm, args, '<')
}

pub(crate) fn rjust(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    pad(vm, args, '>')
}

pub(crate) fn zfill(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    arity(vm, "str.zfill", &args[1..], 1, 1)?;
    let width = ssize_arg(vm, args[1])?.max(0) as usize;
    let len = t.chars().count();
    if len >= width {
        return Ok(vm.new_str(t));
    }
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), t.as_str()),
    };
    let mut out = vm.try_string(width - len + t.len())?;
    out.push_str(&sign);
    push_fill(&mut out, '0', width - len);
    out.push_str(rest);
    Ok(vm.new_str(out))
}

pub(crate) fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    let n = args.len().saturating_sub(1);
    if n > 1 {
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("splitlines() takes at most 1 argument ({n} given)"))
        );
    }
    let [keep] = super::bind_args(vm, "splitlines", &args[1..], kwargs, ["keepends"], 1, 0)?;
    let keep = match keep {
        Some(k) => super::index_arg(vm, k)? != num_bigint::BigInt::from(0),
        None => false,
    };
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        ) {
            let mut ending = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                ending.push('\n');
            }
            if keep {
                cur.push_str(&ending);
            }
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    Ok(list_of(vm, parts))
}

pub(crate) fn partition_at(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    arity(vm, if right { "str.rpartition" } else { "str.partition" }, &args[1..], 1, 1)?;
    let t = s(vm, args[0]);
    let sep = sub_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.new_exc(ExcKind::ValueError, "empty separator"));
    }
    let found = if right { t.rfind(&sep) } else { t.find(&sep) };
    let (a, b, c) = match found {
        Some(i) => (
            CompactString::from(&t[..i]),
            CompactString::from(sep.as_str()),
            CompactString::from(&t[i + sep.len()..]),
        ),
        None if right => (CompactString::default(), CompactString::default(), t),
        None => (t, CompactString::default(), CompactString::default()),
    };
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

pub(crate) fn partition(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    partition_at(vm, args, false)
}

pub(crate) fn rpartition(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    partition_at(vm, args, true)
}

/// `encoding` and `errors` of `str.encode` / `bytes.decode`, positional or keyword.
pub(crate) fn codec_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<(String, String)> {
    let given = crate::vm::args::bind_args(vm, name, &args[1..], kwargs, ["encoding", "errors"], 2, 0)?;
    let mut pick = |i: usize, key: &str, default: &str| -> PyResult<String> {
        match given[i - 1] {
            None => Ok(default.to_string()),
            Some(v) => match vm.str_of(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.arg_type_name(v);
                    Err(vm.new_exc(
                        ExcKind::TypeError,
                        &format!("{name}() argument '{key}' must be str, not {tn}"),
                    ))
                }
            },
        }
    };
    Ok((pick(1, "encoding", "utf-8")?, pick(2, "errors", "strict")?))
}

pub(crate) fn encode(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (encoding, errors) = codec_args(vm, "encode", args, kwargs)?;
    let t = s(vm, args[0]);
    match super::codecs::encode(&t, &encoding, &errors) {
        Ok(b) => Ok(vm.alloc(Object::Bytes(b))),
        Err(e) => Err(super::exception::codec_exception(vm, e, |vm| vm.share(args[0]))),
    }
}

pub(crate) fn translate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "translate", &args[1..], 1, 1)?;
    let t = s(vm, args[0]);
    let mut out = String::new();
    for c in t.chars() {
        let key = Value::Int(c as i64);
        match vm.getitem(args[1], key) {
            Ok(v) => {
                let bad = if v == Value::None {
                    None
                } else if let Some(r) = vm.str_of(v) {
                    out.push_str(r);
                    None
                } else if let Some(n) = vm.as_i64(vm.payload(v)) {
                    match u32::try_from(n).ok().filter(|&n| n < 0x11_0000) {
                        // (A lone surrogate cannot be held: it becomes U+FFFD.)
                        Some(n) => {
                            out.push(char::from_u32(n).unwrap_or('\u{FFFD}'));
                            None
                        }
                        None => Some((ExcKind::ValueError, "character mapping must be in range(0x110000)")),
                    }
                } else {
                    Some((ExcKind::TypeError, "character mapping must return integer, None or str"))
                };
                vm.decref(v);
                if let Some((kind, msg)) = bad {
                    return Err(vm.new_exc(kind, msg));
                }
            }
            Err(e) => {
                if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::LookupError)) {
                    vm.decref_id(e);
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(vm.new_str(out))
}

pub(crate) fn maketrans(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::arity(vm, "maketrans", args, 1, 3)?;
    let d = Value::Obj(vm.new_dict());
    let filled = if let [table] = args {
        maketrans_from_dict(vm, d, *table)
    } else {
        maketrans_from_strs(vm, d, args)
    };
    match filled {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

/// `str.maketrans(dict)`: the table with one-character keys turned into code points.
fn maketrans_from_dict(vm: &mut Vm, d: Value, table: Value) -> PyResult<()> {
    if !matches!(table.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_))) {
        return Err(
            vm.new_exc(ExcKind::TypeError, "if you give only one argument to maketrans it must be a dict")
        );
    }
    let pairs: Vec<(Value, Value)> = match table.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    // Held while the table is read: a key's `__hash__` may run code that changes the dict.
    for &(k, v) in &pairs {
        vm.incref(k);
        vm.incref(v);
    }
    let r = copy_table(vm, d, &pairs);
    for &(k, v) in &pairs {
        vm.decref(k);
        vm.decref(v);
    }
    r
}

fn copy_table(vm: &mut Vm, d: Value, pairs: &[(Value, Value)]) -> PyResult<()> {
    for &(k, v) in pairs {
        let key = if let Some(text) = vm.str_of(k) {
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Value::Int(c as i64),
                _ => {
                    let msg = "string keys in translate table must be of length 1";
                    return Err(vm.new_exc(ExcKind::ValueError, msg));
                }
            }
        } else if vm.as_bigint(vm.payload(k)).is_some() {
            k
        } else {
            let msg = "keys in translate table must be strings or integers";
            return Err(vm.new_exc(ExcKind::TypeError, msg));
        };
        vm.dict_set(d, key, v)?;
    }
    Ok(())
}

/// `str.maketrans(from, to[, delete])`: each character of `from` to the one at its place in
/// `to`, each of `delete` to None.
fn maketrans_from_strs(vm: &mut Vm, d: Value, args: &[Value]) -> PyResult<()> {
    let mut texts = Vec::new();
    for (i, &a) in args.iter().enumerate() {
        match vm.str_of(a) {
            Some(t) => texts.push(t.to_string()),
            None if i == 0 => {
                let msg = "first maketrans argument must be a string if there is a second argument";
                return Err(vm.new_exc(ExcKind::TypeError, msg));
            }
            None => {
                let msg = format!("maketrans() argument {} must be str, not {}", i + 1, vm.type_name(a));
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            }
        }
    }
    if texts[0].chars().count() != texts[1].chars().count() {
        let msg = "the first two maketrans arguments must have equal length";
        return Err(vm.new_exc(ExcKind::ValueError, msg));
    }
    for (x, y) in texts[0].chars().zip(texts[1].chars()) {
        vm.dict_set(d, Value::Int(x as i64), Value::Int(y as i64))?;
    }
    if let Some(delete) = texts.get(2) {
        for x in delete.chars() {
            vm.dict_set(d, Value::Int(x as i64), Value::None)?;
        }
    }
    Ok(())
}

/// `str.casefold`: Unicode's full case folding, which is not lowercasing ('ß' folds to
/// "ss", 'ς' to 'σ', Cherokee's small letters to its capitals).
pub(crate) fn casefold(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use super::case_fold_full::FULL;
    map_str(vm, args, |t| {
        let mut out = String::with_capacity(t.len());
        for c in t.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if let Ok(i) = FULL.binary_search_by(|(k, _)| k.cmp(&c)) {
                out.push_str(FULL[i].1);
            } else {
                out.push(
                    unicode_case_mapping::case_folded(c).and_then(|u| char::from_u32(u.get())).unwrap_or(c),
                );
            }
        }
        out
    })
}

pub(crate) fn istitle(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    test(vm, args, |t| {
        let mut prev_cased = false;
        let mut any = false;
        for c in t.chars() {
            if c.is_uppercase() || super::str_classify::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

pub(crate) fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [tabsize] = super::bind_args(vm, "expandtabs", &args[1..], kwargs, ["tabsize"], 1, 0)?;
    let t = s(vm, args[0]);
    let size = match tabsize {
        None => 8,
        Some(v) => match vm.as_i64(v) {
            Some(n) if i32::try_from(n).is_ok() => n.max(0) as usize,
            _ if vm.is_int(v) => {
                return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int"));
            }
            // An object with `__index__` stands for its int.
            _ => match i32::try_from(ssize_index(vm, v)?) {
                Ok(n) => n.max(0) as usize,
                Err(_) => {
                    return Err(
                        vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int")
                    );
                }
            },
        },
    };
    // The size first, as CPython does: a big tab size must be an error, not an abort.
    let tab = |col: usize| if size > 0 { size - col % size } else { 0 };
    let (mut total, mut col) = (0usize, 0usize);
    for c in t.chars() {
        let (bytes, next) = match c {
            '\t' => (tab(col), col + tab(col)),
            '\n' | '\r' => (1, 0),
            _ => (c.len_utf8(), col + 1),
        };
        total = total.saturating_add(bytes);
        col = next;
    }
    if total > isize::MAX as usize {
        return Err(vm.new_exc(ExcKind::OverflowError, "new string is too long"));
    }
    let mut out = vm.try_string(total)?;
    let mut col = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                let n = tab(col);
                push_fill(&mut out, ' ', n);
                col += n;
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

pub(crate) fn removeprefix(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    let p = str_arg(vm, args.get(1).copied().unwrap_or(Value::None), "removeprefix() argument")?;
    Ok(vm.new_str(t.strip_prefix(p.as_str()).unwrap_or(&t).to_string()))
}

pub(crate) fn removesuffix(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = s(vm, args[0]);
    let p = str_arg(vm, args.get(1).copied().unwrap_or(Value::None), "removesuffix() argument")?;
    Ok(vm.new_str(t.strip_suffix(p.as_str()).unwrap_or(&t).to_string()))
}

/// The start and end arguments at `args[i]` and `args[i + 1]` of `count`, `startswith`...,
/// as CPython's `ADJUST_INDICES` leaves them: negatives count from the end, the end is cut
/// to the length, the start is not (a start past the end finds nothing).
pub(crate) fn slice_bounds(vm: &mut Vm, args: &[Value], i: usize, len: usize) -> PyResult<(i64, i64)> {
    let len = len as i64;
    let read = |vm: &mut Vm, k: usize| -> PyResult<Option<i64>> {
        match args.get(k) {
            Some(&v) if v != Value::None => match index_arg(vm, v) {
                Ok(n) => Ok(Some(num_traits::ToPrimitive::to_i64(&n).unwrap_or(
                    if n.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 },
                ))),
                Err(e) => {
                    vm.decref_id(e);
                    Err(vm.new_exc(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            },
            _ => Ok(None),
        }
    };
    let start = read(vm, i)?.unwrap_or(0);
    let end = read(vm, i + 1)?.unwrap_or(len);
    let start = if start < 0 { (start + len).max(0) } else { start };
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    Ok((start, end))
}

/// Checks the count of a `sub[, start[, end]]` method's arguments, as CPython words it.
pub(crate) fn sub_arity(vm: &mut Vm, m: &str, args: &[Value]) -> PyResult<()> {
    let n = args.len() - 1;
    if (1..=3).contains(&n) {
        return Ok(());
    }
    let msg = if n == 0 {
        format!("{m}() takes at least 1 argument (0 given)")
    } else {
        format!("{m}() takes at most 3 arguments ({n} given)")
    };
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

/// The items of `join`'s argument: what cannot be iterated is CPython's "can only join an
/// iterable" (an error while iterating passes as it is).
pub(crate) fn join_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    // A list or tuple (the commonest argument) gives its items without an iterator.
    if let Some(Object::List(items) | Object::Tuple(items)) = v.as_obj().map(|id| vm.heap.get(id)) {
        let items = items.clone();
        for &item in &items {
            vm.incref(item);
        }
        return Ok(items);
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::TypeError)) => {
            vm.decref_id(e);
            return Err(vm.new_exc(ExcKind::TypeError, "can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    // The iterator's reference goes to the collecting.
    vm.collect_iter(it)
}
