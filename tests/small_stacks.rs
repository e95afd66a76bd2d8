//! An interpreter on an ordinary thread (2 MiB of stack, or as little as 256 KiB) ends deep
//! recursion of every kind in `RecursionError`: the process never overflows its stack,
//! whatever the host did or did not configure.

use reap_runtime::embed::{Builder, Output};

/// Scripts that recurse without end, each through another native path.
const DEEP: &[(&str, &str)] = &[
    ("Python calls", "def f(n):\n    return f(n + 1)\nf(0)\n"),
    ("constructors", "class A:\n    def __init__(self, n):\n        A(n + 1)\nA(0)\n"),
    ("repr of nested lists", "x = []\nfor i in range(200000):\n    x = [x]\nrepr(x)\n"),
    (
        "equality of nested lists",
        "a = []\nb = []\nfor i in range(200000):\n    a = [a]\n    b = [b]\na == b\n",
    ),
    ("hash of nested tuples", "t = ()\nfor i in range(200000):\n    t = (t,)\nhash(t)\n"),
    ("__repr__ calling repr", "class R:\n    def __repr__(self):\n        return repr(self)\nrepr(R())\n"),
    ("sorted keys", "def k(x):\n    return sorted([1, 2], key=k)\nk(0)\n"),
    ("raised limit", "import sys\nsys.setrecursionlimit(1000000)\ndef g(n):\n    return [g(n + 1)]\ng(0)\n"),
];

fn each_ends_in_recursion_error(stack: usize) {
    let outcome = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(|| {
            let mut wrong = Vec::new();
            for (what, code) in DEEP {
                let mut interp = Builder::new().stdout(Output::Discard).stderr(Output::Discard).build();
                match interp.exec(code, "deep.py") {
                    Err(e) if e.kind == "RecursionError" => {}
                    other => wrong.push(format!("{what}: {other:?}")),
                }
            }
            wrong
        })
        .expect("thread")
        .join()
        .expect("no overflow");
    assert!(outcome.is_empty(), "{outcome:#?}");
}

#[test]
fn on_a_spawned_threads_default_stack() {
    each_ends_in_recursion_error(2 << 20);
}

#[test]
fn on_a_quarter_megabyte_stack() {
    each_ends_in_recursion_error(256 << 10);
}
