//! "Did you mean: 'x'?" for `NameError` and `AttributeError`, by CPython 3.11's rules
//! (`Python/suggestions.c`): a Levenshtein distance where a case change costs less than any other
//! edit, and a match may change at most a third of the characters involved.

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if one is close enough.
pub fn closest<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best
}

/// The names in a namespace dict, in order.
pub fn dict_names(vm: &Vm, dict: ObjId) -> Vec<String> {
    match vm.heap.get(dict) {
        Object::Dict(t) => t.iter().filter_map(|(_, e)| vm.str_of(e.key).map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

/// "Did you mean" for an exception about to be printed: for an `AttributeError` a failed
/// lookup raised, the closest of its `obj`'s names to its `name`. Worked out when printed, as
/// CPython's traceback printing does, so that a lookup that fails and is handled
/// (`getattr(o, n, default)`, `hasattr`, `except AttributeError`) searches nothing.
pub fn offer(vm: &mut Vm, exc: ObjId) -> Option<String> {
    let (recorded, lazy) = match vm.heap.get(exc) {
        Object::Instance(i) => match i.exc() {
            Some(e) => (e.suggestion.clone(), e.suggest_attribute),
            None => (None, false),
        },
        _ => (None, false),
    };
    // An AttributeError a script raised with `name=` and `obj=` gets one too, as in CPython.
    let given = recorded.is_none()
        && vm.isinstance(Value::Obj(exc), vm.exc_type(crate::object::exc_kind::ExcKind::AttributeError));
    if !lazy && !given {
        return recorded;
    }
    let (name_key, obj_key) = (vm.common.name, vm.common.obj);
    let name = vm.getattr(Value::Obj(exc), name_key).ok()?;
    let key = vm.str_of(name).map(str::to_string);
    vm.decref(name);
    let obj = vm.getattr(Value::Obj(exc), obj_key).ok()?;
    if obj == Value::None {
        return None;
    }
    let names = module_dir(vm, obj).unwrap_or_else(|| vm.attribute_names(obj));
    vm.decref(obj);
    closest(&names, &key?).map(str::to_string)
}

/// The names a module's own `__dir__` lists (a module making names on first use lists them
/// there), as CPython's suggestions take them from `dir(module)`.
fn module_dir(vm: &mut Vm, obj: Value) -> Option<Vec<String>> {
    let dict = match obj.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Module { dict, .. }) => *dict,
        _ => return None,
    };
    let f = vm.dict_get_str(dict, "__dir__")?;
    let listed = vm.call(f, &[], &[]).ok()?;
    let items = vm.iterate_to_vec(listed);
    vm.decref(listed);
    let items = items.ok()?;
    let names = items.iter().filter_map(|&v| vm.str_of(v).map(str::to_string)).collect();
    for v in items {
        vm.decref(v);
    }
    Some(names)
}

/// Records a `NameError`'s suggestion, to be printed with it.
pub fn record(vm: &mut Vm, exc: ObjId, suggestion: Option<String>) {
    if let Object::Instance(i) = vm.heap.get_mut(exc)
        && let Some(e) = i.exc_mut()
    {
        e.suggestion = suggestion;
    }
}

/// Marks an `AttributeError` as one whose suggestion is worked out when printed.
pub fn mark_attribute(vm: &mut Vm, exc: ObjId) {
    if let Object::Instance(i) = vm.heap.get_mut(exc)
        && let Some(e) = i.exc_mut()
    {
        e.suggest_attribute = true;
    }
}
