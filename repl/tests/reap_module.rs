//! The `reap` module, as a user exploring finalization meets it: `why_alive` names what holds
//! an object, `graph` draws it, `trace_finalizers` says when and why each finalizer runs.
//! CPython has no such module, so the expected output here is written out by hand from what
//! each script does (addresses aside).

use std::process::{Command, Stdio};

/// Runs `reap` on `script` (and `stdin`), stdout and stderr with addresses made `0xADDR`.
fn reap(args: &[&str], stdin: &str) -> (String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_reap"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("reap runs");
    if let Some(mut pipe) = child.stdin.take() {
        let _ = pipe.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("reap ends");
    let clean = |b: &[u8]| {
        let text = String::from_utf8_lossy(b).into_owned();
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("0x") {
            out.push_str(&rest[..at]);
            let hex = rest[at + 2..].chars().take_while(char::is_ascii_hexdigit).count();
            out.push_str("0xADDR");
            rest = &rest[at + 2 + hex..];
        }
        out.push_str(rest);
        out
    };
    (clean(&out.stdout), clean(&out.stderr))
}

fn script(code: &str) -> (String, String) {
    reap(&["-c", code], "")
}

#[test]
fn why_alive_names_each_hop_from_a_module() {
    let (out, err) = script(
        "import reap\nclass Node: pass\nclass Holder:\n    def __init__(self, owner): self.owner = owner\n\
         cache = {'k': [None, None, Holder(Node())]}\nreap.why_alive(cache['k'][2].owner)\n",
    );
    assert_eq!(err, "");
    assert_eq!(
        out,
        "<__main__.Node object at 0xADDR> has 1 reference; the shortest chains to it:\n\
         \x20 __main__                      (module)\n\
         \x20 __main__.cache                (dict)\n\
         \x20 __main__.cache['k']           (list)\n\
         \x20 __main__.cache['k'][2]        (Holder)\n\
         \x20 __main__.cache['k'][2].owner  (Node)\n"
    );
}

#[test]
fn every_shortest_chain_is_listed_and_what_runs_when_it_goes() {
    let (out, _) = script(
        "import reap, weakref\nclass Conn:\n    def __del__(self): pass\n\
         c = Conn()\nweakref.finalize(c, print, 'closed')\npool = [c]\nreap.why_alive(c)\n",
    );
    assert_eq!(
        out,
        "<__main__.Conn object at 0xADDR> has 2 references; the shortest chains to it:\n\
         \x20 __main__    (module)\n\
         \x20 __main__.c  (Conn)\n\
         and\n\
         \x20 __main__          (module)\n\
         \x20 __main__.pool     (list)\n\
         \x20 __main__.pool[0]  (Conn)\n\
         when it goes, its __del__ and 1 weakref.finalize will run\n\
         closed\n"
    );
}

#[test]
fn a_local_variable_is_held_by_its_running_frame() {
    let (out, _) = script("import reap\ndef f():\n    mine = object()\n    reap.why_alive(mine)\nf()\n");
    assert_eq!(
        out,
        "<object object at 0xADDR> has 1 reference; the shortest chains to it:\n\
         \x20 <a running frame or the interpreter>  (object)\n"
    );
}

#[test]
fn an_object_only_in_a_cycle_waits_for_the_collector() {
    let (out, _) = script(
        "import reap, weakref\nclass Node: pass\na = Node(); b = Node(); a.peer = b; b.peer = a\n\
         weakref.finalize(b, print, 'b finalized')\nw = weakref.ref(b)\ndel a, b\nreap.why_alive(w())\n\
         import gc; gc.collect(); print(w())\n",
    );
    assert_eq!(
        out,
        "<__main__.Node object at 0xADDR> has 1 reference, but no root reaches it: it is only in \
         reference cycles, which the cycle collector frees at its next collection of generation 0 \
         (gc.collect() frees it now)\n\
         when it goes, 1 weakref.finalize will run\n\
         b finalized\n\
         None\n"
    );
}

#[test]
fn the_repls_last_value_is_named_underscore() {
    let (out, _) = reap(&["-q", "-i"], "import reap\nclass Box: pass\n\nBox()\nreap.why_alive(_)\n");
    assert_eq!(
        out,
        "<__main__.Box object at 0xADDR>\n\
         <__main__.Box object at 0xADDR> has 1 reference; the shortest chains to it:\n\
         \x20 _  (Box)\n"
    );
}

#[test]
fn trace_finalizers_says_when_and_why_each_runs() {
    let (out, err) = script(
        "import reap, weakref, gc\nclass R:\n    def __del__(self): print('del', self.name)\n\
         reap.trace_finalizers(True)\n\
         r = R(); r.name = 'count'; weakref.finalize(r, print, 'finalize count'); del r\n\
         c = R(); c.name = 'cycle'; c.me = c; del c; gc.collect()\n\
         k = R(); k.name = 'callback'; w = weakref.ref(k, lambda ref: print('callback ran')); del k\n\
         e = R(); e.name = 'exit'; weakref.finalize(e, print, 'finalize at exit')\n",
    );
    assert_eq!(
        out,
        "del count\nfinalize count\ndel cycle\ndel callback\ncallback ran\nfinalize at exit\ndel exit\n"
    );
    assert_eq!(
        err,
        "[reap] __del__ of <__main__.R object at 0xADDR>: its reference count reached zero\n\
         [reap] weakref.finalize of <__main__.R object at 0xADDR>: its reference count reached zero\n\
         [reap] __del__ of <__main__.R object at 0xADDR>: the cycle collector found it unreachable (generation 2)\n\
         [reap] __del__ of <__main__.R object at 0xADDR>: its reference count reached zero\n\
         [reap] weak reference callback <function <lambda> at 0xADDR> of <__main__.R object at 0xADDR>: its reference count reached zero\n\
         [reap] weakref.finalize of <__main__.R object at 0xADDR>: the interpreter is exiting\n\
         [reap] __del__ of <__main__.R object at 0xADDR>: the interpreter is exiting\n"
    );
}

#[test]
fn graph_draws_the_chain_as_svg() {
    let path = std::env::temp_dir().join(format!("reap-graph-{}.svg", std::process::id()));
    let code = format!(
        "import reap, weakref\nclass Node: pass\nn = Node()\nf = weakref.finalize(n, print, 'bye')\n\
         holder = {{'node': n}}\ndel n\nreap.graph(holder['node'], {:?})\n",
        path.to_string_lossy()
    );
    let (out, err) = script(&code);
    assert_eq!((out.as_str(), err.as_str()), ("bye\n", ""));
    let svg = std::fs::read_to_string(&path).expect("the picture was written");
    let _ = std::fs::remove_file(&path);
    assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "{svg}");
    for label in
        ["module __main__", "dict (1 items)", "Node", "weakref.finalize", "finalizes", "[&apos;node&apos;]"]
    {
        assert!(svg.contains(label), "{label} missing from the picture:\n{svg}");
    }
}

#[test]
fn graph_needs_a_path_and_a_heap_object() {
    let (_, err) = script("import reap\nreap.graph([])\n");
    assert!(err.ends_with("TypeError: graph() needs the path of the SVG file to write (a str)\n"), "{err}");
    let (_, err) = script("import reap\nreap.graph(None, 'x.svg')\n");
    assert!(
        err.ends_with("TypeError: graph() needs an object on the heap (not a small int or None)\n"),
        "{err}"
    );
}
