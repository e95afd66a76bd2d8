//! `reap.graph`: the chains `why_alive` finds, drawn. The graph is written in Graphviz's DOT
//! language and laid out as SVG by the `layout-rs` crate (pure Rust, no Graphviz needed).
//! Roots are grey boxes, the object itself a red double circle, `weakref.finalize` objects
//! watching anything drawn orange with a dashed "finalizes" edge, weak references blue with a
//! dashed "weak" edge: they do not keep what they point to alive, and the picture shows it.

use std::collections::HashMap;
use std::fmt::Write;

use super::referrers::{self, Root, Step};
use crate::object::{Object, address};
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// How many chains the picture draws.
const CHAINS: usize = 5;

/// The SVG picture of what holds `target`.
pub fn svg(vm: &mut Vm, target: ObjId, held_by_caller: u32) -> String {
    let dot = dot(vm, target, held_by_caller);
    render(&dot).unwrap_or_else(|| fallback(&dot))
}

/// The graph in DOT.
pub fn dot(vm: &mut Vm, target: ObjId, held_by_caller: u32) -> String {
    let found = referrers::find(vm, target, held_by_caller, CHAINS);
    let mut names: HashMap<ObjId, String> = HashMap::new();
    let mut text = String::from("digraph {\n");
    let mut node = |vm: &mut Vm, text: &mut String, id: ObjId, look: &str| {
        let next = format!("n{}", names.len());
        let name = names.entry(id).or_insert(next).clone();
        let _ = writeln!(text, "  {name} [label=\"{}\" {look}];", clean(&label(vm, id)));
        name
    };
    let target_name = node(vm, &mut text, target, "shape=doublecircle style=filled fillcolor=\"#f4a6a6\"");
    for chain in &found.chains {
        let look = match &chain.root {
            Root::Module(_) => "shape=box style=filled fillcolor=\"#dddddd\"",
            Root::Outside(_) => "shape=box style=filled fillcolor=\"#eeeeee\"",
        };
        let mut from = if chain.start == target {
            let outside = match &chain.root {
                Root::Outside(what) => *what,
                Root::Module(_) => "a module",
            };
            let _ = writeln!(
                text,
                "  outside [label=\"{}\" shape=box style=filled fillcolor=\"#eeeeee\"];",
                clean(outside)
            );
            "outside".to_string()
        } else {
            node(vm, &mut text, chain.start, look)
        };
        if chain.start == target {
            let _ = writeln!(text, "  {from} -> {target_name};");
        }
        for (step, obj) in &chain.hops {
            let to =
                if *obj == target { target_name.clone() } else { node(vm, &mut text, *obj, "shape=box") };
            let _ = writeln!(text, "  {from} -> {to} [label=\"{}\"];", clean(&step_text(step)));
            from = to;
        }
    }
    // What watches the objects drawn without keeping them alive.
    let drawn: Vec<ObjId> = names.keys().copied().collect();
    for id in drawn {
        let from = names.get(&id).cloned().unwrap_or_default();
        for wr in vm.weakrefs_of(id).to_vec() {
            let finalizer = vm.finalize.iter().find(|&f| {
                matches!(vm.heap.get(f), Object::Finalize(fz) if fz.info.as_ref().is_some_and(|i| i.weakref == wr))
            });
            let (look, what, edge) = match finalizer {
                Some(f) => (f, "weakref.finalize", "finalizes"),
                None => (wr, "weak reference", "weak"),
            };
            let color = if finalizer.is_some() { "#f6c177" } else { "#a6c8f4" };
            let name = format!("w{}", look.index());
            let _ = writeln!(
                text,
                "  {name} [label=\"{what}\\n{}\" shape=box style=filled fillcolor=\"{color}\"];",
                address(look)
            );
            let _ = writeln!(text, "  {name} -> {from} [label=\"{edge}\" style=dashed];");
        }
    }
    text.push_str("}\n");
    text
}

/// A node's text: its type and what tells it apart.
fn label(vm: &mut Vm, id: ObjId) -> String {
    let v = Value::Obj(id);
    match vm.heap.get(id) {
        Object::Module { name, .. } => format!("module {name}"),
        Object::List(items) => format!("list ({} items)", items.len()),
        Object::Tuple(items) => format!("tuple ({} items)", items.len()),
        Object::Dict(t) => format!("dict ({} items)", t.len()),
        Object::Function(_) | Object::Type(_) => vm.describe(v),
        _ => format!("{}\n{}", vm.type_name(v), address(id)),
    }
}

fn step_text(step: &Step) -> String {
    match step {
        Step::Attr(name) => format!(".{name}"),
        Step::Item(key) => format!("[{key}]"),
        Step::Other(what) => what.clone(),
    }
}

/// Text safe inside a DOT string (the layout's parser knows no escapes but `\n`, which
/// breaks the line).
fn clean(s: &str) -> String {
    s.replace('\\', "/").replace('"', "'").replace('\n', "\\n")
}

/// The DOT laid out as SVG; `None` if the layout failed.
fn render(dot: &str) -> Option<String> {
    use layout::backends::svg::SVGWriter;
    use layout::gv::{DotParser, GraphBuilder};
    // The layout is a library of its own; a failure inside it must not take the script down.
    let dot = dot.to_string();
    std::panic::catch_unwind(move || {
        let graph = DotParser::new(&dot).process().ok()?;
        let mut builder = GraphBuilder::new();
        builder.visit_graph(&graph);
        let mut visual = builder.get();
        let mut svg = SVGWriter::new();
        visual.do_it(false, false, false, &mut svg);
        Some(svg.finalize())
    })
    .ok()
    .flatten()
}

/// An SVG that shows the DOT text, when the layout could not be made.
fn fallback(dot: &str) -> String {
    let escaped = dot.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\">\n");
    for (i, line) in escaped.lines().enumerate() {
        let _ = writeln!(
            out,
            "<text x=\"10\" y=\"{}\" font-family=\"monospace\" font-size=\"12\">{line}</text>",
            20 + 15 * i
        );
    }
    out.push_str("</svg>\n");
    out
}
