//! What keeps an object alive: the shortest chains of references from the roots to it, each
//! hop named as a user would write it (`__main__.cache['k'][2].owner`).
//!
//! The roots are the modules (by name, `_` for the REPL's last value) and whatever is held from
//! outside the heap: a running frame's variables and values in use, the interpreter's own
//! tables, the `weakref.finalize` registry. Those are found as the cycle collector finds them:
//! an object whose count is higher than the references other objects hold to it is held from
//! outside. A breadth-first search from all roots at once gives each object its shortest
//! chain; an object no root reaches lives only in cycles the collector has not freed yet.

use std::collections::{HashMap, VecDeque};

use crate::object::{Attrs, Object};
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// How one object refers to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `.name`
    Attr(String),
    /// `[key]`
    Item(String),
    /// Anything without a Python spelling (a set member, a dict key), described.
    Other(String),
}

/// Where a chain starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// A module, by its name in `sys.modules`.
    Module(String),
    /// Held from outside the heap: what holds it, described.
    Outside(&'static str),
}

/// A chain: its root, then each hop (how it was reached, and the object reached).
#[derive(Debug, Clone)]
pub struct Chain {
    pub root: Root,
    pub start: ObjId,
    pub hops: Vec<(Step, ObjId)>,
}

impl Chain {
    /// The expression each hop is reached by, in order (the root's first).
    pub fn expressions(&self) -> Vec<String> {
        let mut text = match &self.root {
            Root::Module(name) => name.clone(),
            Root::Outside(what) => format!("<{what}>"),
        };
        let mut out = vec![text.clone()];
        for (step, _) in &self.hops {
            match step {
                Step::Attr(name) => text = format!("{text}.{name}"),
                Step::Item(key) => text = format!("{text}[{key}]"),
                Step::Other(what) => text = format!("{text} -> {what}"),
            }
            // The REPL's `_` is a builtin: `builtins._` is what a user calls `_`.
            if text == "builtins._" {
                text = "_".into();
            }
            out.push(text.clone());
        }
        out
    }

    /// Every object on the chain, the root's first.
    pub fn objects(&self) -> Vec<ObjId> {
        std::iter::once(self.start).chain(self.hops.iter().map(|&(_, o)| o)).collect()
    }

    /// Each hop's expression and object, as `why_alive` lists them: the REPL's `_` stands
    /// alone (it is `builtins._`, but nobody writes that).
    pub fn lines(&self) -> Vec<(String, ObjId)> {
        let mut lines: Vec<(String, ObjId)> = self.expressions().into_iter().zip(self.objects()).collect();
        if self.root == Root::Module("builtins".into()) && lines.get(1).is_some_and(|(e, _)| e == "_") {
            lines.remove(0);
        }
        lines
    }
}

/// What the search found for one object: the shortest chains, shortest first, each through a
/// different last referrer.
pub struct Found {
    pub chains: Vec<Chain>,
}

/// The references each object holds, named.
pub fn edges(vm: &mut Vm, id: ObjId) -> Vec<(Step, Value)> {
    let mut out = Vec::new();
    // An instance's `__dict__`, named after the match (which borrows the heap).
    let mut namespace = None;
    match vm.heap.get(id) {
        Object::Module { dict, .. } => named_entries(vm, *dict, &mut out, true),
        Object::Dict(_) => named_entries(vm, id, &mut out, false),
        Object::List(items) | Object::Tuple(items) => {
            out.extend(items.iter().enumerate().map(|(i, &v)| (Step::Item(i.to_string()), v)));
        }
        Object::Set { table, .. } => {
            out.extend(table.entries().map(|(_, k)| (Step::Other("a member of the set".into()), k)));
        }
        Object::Instance(inst) => {
            let class = inst.class;
            let t = vm.type_obj(class);
            let slot_names: Vec<String> = t.slots.clone().unwrap_or_default();
            let keys = t.keys.clone();
            for (i, v) in inst.slots().iter().enumerate() {
                if let Some(v) = v {
                    let name = slot_names.get(i).cloned().unwrap_or_else(|| format!("<slot {i}>"));
                    out.push((Step::Attr(name), *v));
                }
            }
            match &inst.attrs {
                Attrs::Dict(d) => namespace = Some(*d),
                attrs => {
                    for (i, v) in attrs.values().unwrap_or(&[]).iter().enumerate() {
                        if let Some(v) = v {
                            let name = keys.get(i).and_then(|&k| vm.str_of(Value::Obj(k))).unwrap_or("?");
                            out.push((Step::Attr(name.to_string()), *v));
                        }
                    }
                }
            }
            if let Some(e) = inst.exc() {
                out.extend([
                    (Step::Attr("args".into()), e.args),
                    (Step::Attr("__cause__".into()), e.cause),
                    (Step::Attr("__context__".into()), e.context),
                ]);
                for t in &e.traceback {
                    out.extend(t.frame.map(|f| (Step::Attr("__traceback__ frame".into()), Value::Obj(f))));
                }
            }
            out.extend(inst.base().map(|b| (Step::Other("its builtin value".into()), b)));
        }
        Object::Type(t) => {
            let d = t.dict;
            named_entries(vm, d, &mut out, true);
        }
        Object::Function(f) => {
            let f = &**f;
            out.push((Step::Attr("__globals__".into()), Value::Obj(f.globals)));
            out.extend(
                f.defaults.iter().enumerate().map(|(i, &v)| (Step::Item(format!("__defaults__[{i}]")), v)),
            );
            out.extend(f.kwdefaults.map(|d| (Step::Attr("__kwdefaults__".into()), Value::Obj(d))));
            out.extend(f.dict.map(|d| (Step::Attr("__dict__".into()), Value::Obj(d))));
            out.extend(
                f.closure
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| (Step::Attr(format!("__closure__[{i}]")), Value::Obj(c))),
            );
        }
        Object::Cell(v) => out.extend(v.map(|v| (Step::Attr("cell_contents".into()), v))),
        Object::BoundMethod { receiver, func } => {
            out.extend([(Step::Attr("__self__".into()), *receiver), (Step::Attr("__func__".into()), *func)]);
        }
        Object::Builtin(b) => out.extend(b.receiver.map(|r| (Step::Attr("__self__".into()), r))),
        Object::WeakRef(w) => out.push((Step::Attr("__callback__".into()), w.callback)),
        Object::Finalize(f) => {
            if let Some(info) = &f.info {
                out.extend([
                    (Step::Other("its callback".into()), info.func),
                    (Step::Other("its arguments".into()), info.args),
                    (Step::Other("its keyword arguments".into()), info.kwargs),
                ]);
            }
        }
        other => {
            let mut kids = Vec::new();
            other.children(&mut kids);
            out.extend(kids.into_iter().map(|k| (Step::Other("a reference".into()), k)));
        }
    }
    if let Some(d) = namespace {
        named_entries(vm, d, &mut out, true);
    }
    out.retain(|(_, v)| v.as_obj().is_some());
    out
}

/// A dict's values by key: `.key` for a namespace (`attrs`), `['key']` otherwise; its keys as
/// references of their own.
fn named_entries(vm: &mut Vm, dict: ObjId, out: &mut Vec<(Step, Value)>, attrs: bool) {
    let entries: Vec<(Value, Value)> = match vm.heap.get(dict) {
        Object::Dict(t) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => return,
    };
    for (k, v) in entries {
        let step = match vm.str_of(k) {
            Some(name) if attrs => Step::Attr(name.to_string()),
            _ => Step::Item(key_text(vm, k)),
        };
        out.push((step, v));
        out.push((Step::Other(format!("the key {}", key_text(vm, k))), k));
    }
}

/// A key as it would be written, when that runs no Python code (strings, numbers, ...).
fn key_text(vm: &mut Vm, k: Value) -> String {
    let plain = match k.as_obj().map(|id| vm.heap.get(id)) {
        None => true,
        Some(Object::Str(_) | Object::BigInt(_) | Object::Bytes(_)) => true,
        Some(Object::Tuple(items)) => items.iter().all(|i| i.as_obj().is_none()),
        _ => false,
    };
    if plain { vm.repr(k).unwrap_or_else(|e| discard(vm, e)) } else { vm.describe(k) }
}

fn discard(vm: &mut Vm, e: ObjId) -> String {
    vm.decref_id(e);
    "?".into()
}

/// How many references each object gets from other objects.
fn inner_counts(vm: &Vm) -> HashMap<ObjId, u32> {
    let mut counts: HashMap<ObjId, u32> = HashMap::new();
    let mut kids = Vec::new();
    for (_, _, object) in vm.heap.live() {
        kids.clear();
        object.children(&mut kids);
        for k in &kids {
            if let Some(c) = k.as_obj() {
                *counts.entry(c).or_default() += 1;
            }
        }
    }
    counts
}

/// The shortest chains from the roots to `target` (at most `limit`), `held_by_caller`
/// references to it not counted as the outside's (the call asking holds some).
pub fn find(vm: &mut Vm, target: ObjId, held_by_caller: u32, limit: usize) -> Found {
    let counts = inner_counts(vm);
    let outside_of = |vm: &Vm, id: ObjId| {
        if vm.heap.is_immortal(id) {
            return 0;
        }
        vm.heap.refcount(id).saturating_sub(counts.get(&id).copied().unwrap_or(0))
    };
    let mut roots: Vec<(ObjId, Root)> = Vec::new();
    // Modules first: a chain through a module's name reads better than one through the
    // interpreter's own reference to the same namespace.
    let modules: Vec<(String, ObjId)> = match vm.heap.get(vm.modules) {
        Object::Dict(t) => {
            t.iter().filter_map(|(_, e)| Some((vm.str_of(e.key)?.to_string(), e.value.as_obj()?))).collect()
        }
        _ => Vec::new(),
    };
    let main_first = modules
        .iter()
        .filter(|(n, _)| n == "__main__")
        .chain(modules.iter().filter(|(n, _)| n != "__main__"));
    for (name, m) in main_first {
        roots.push((*m, Root::Module(name.clone())));
    }
    let registry: Vec<ObjId> = vm.finalize.iter().collect();
    // The interpreter holds module namespaces (`__main__`'s) too: they are reached through
    // their module's name, not as roots of their own.
    let namespaces: Vec<ObjId> = modules
        .iter()
        .filter_map(|&(_, m)| match vm.heap.get(m) {
            Object::Module { dict, .. } => Some(*dict),
            _ => None,
        })
        .collect();
    let live: Vec<ObjId> = vm.heap.live().map(|(id, _, _)| id).collect();
    for id in live {
        let mut outside = outside_of(vm, id);
        if id == target {
            outside = outside.saturating_sub(held_by_caller);
        }
        if outside == 0 || matches!(vm.heap.get(id), Object::Module { .. }) || namespaces.contains(&id) {
            continue;
        }
        let what = if registry.contains(&id) {
            "the weakref.finalize registry"
        } else {
            "a running frame or the interpreter"
        };
        roots.push((id, Root::Outside(what)));
    }
    let target_outside = outside_of(vm, target).saturating_sub(held_by_caller);

    // Breadth first from every root at once: the first way an object is reached is a
    // shortest one.
    let mut came_from: HashMap<ObjId, (ObjId, Step)> = HashMap::new();
    let mut root_of: HashMap<ObjId, Root> = HashMap::new();
    let mut queue: VecDeque<ObjId> = VecDeque::new();
    for (id, root) in roots {
        if let std::collections::hash_map::Entry::Vacant(e) = root_of.entry(id) {
            e.insert(root);
            queue.push_back(id);
        }
    }
    // A module's namespace is spelled through its module (`__main__.x`), never as some
    // function's `__globals__`: the search does not enter it from anywhere else.
    for &d in &namespaces {
        root_of.entry(d).or_insert(Root::Outside("a module's namespace"));
    }
    let mut last_hops: Vec<(ObjId, Step)> = Vec::new();
    while let Some(id) = queue.pop_front() {
        if id == target {
            continue;
        }
        for (step, v) in edges(vm, id) {
            let Some(child) = v.as_obj() else { continue };
            if child == target {
                // Every referrer the search reaches gives a chain; the first are shortest.
                if last_hops.len() < limit && !last_hops.iter().any(|(p, _)| *p == id) {
                    last_hops.push((id, step.clone()));
                }
                continue;
            }
            if root_of.contains_key(&child) || came_from.contains_key(&child) {
                continue;
            }
            came_from.insert(child, (id, step));
            queue.push_back(child);
        }
    }
    let mut chains = Vec::new();
    if target_outside > 0 {
        chains.push(Chain {
            root: Root::Outside("a running frame or the interpreter"),
            start: target,
            hops: Vec::new(),
        });
    }
    for (referrer, step) in last_hops {
        let mut hops = vec![(step, target)];
        let mut at = referrer;
        while let Some((parent, step)) = came_from.get(&at) {
            hops.push((step.clone(), at));
            at = *parent;
        }
        hops.reverse();
        let root = root_of.get(&at).cloned().unwrap_or(Root::Outside("?"));
        chains.push(Chain { root, start: at, hops });
    }
    chains.truncate(limit);
    Found { chains }
}
