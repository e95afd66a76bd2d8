//! A long-running host: evaluating new source again and again, from the host or from a
//! script's `exec` and `eval`, leaves the heap as it found it. Compiled code owns its
//! constants and its cache entries, and both go back when the code does.

use reap_runtime::Interpreter;
use reap_runtime::embed::alloc::{Counting, thread_net_bytes};
use reap_runtime::embed::{Builder, Output};

/// Bytes are counted through this allocator.
#[global_allocator]
static ALLOC: Counting = Counting;

/// Live objects, and bytes allocated on this thread (the interpreter runs on it).
fn census(interp: &Interpreter) -> (usize, isize) {
    (interp.live_objects(), thread_net_bytes())
}

/// Source unlike any before it, with constants of every kind the compiler makes (strings that
/// are not names, bytes, big ints, complex numbers, keyword names), a lambda and a generator
/// expression (nested code), and global and attribute lookups (cache entries).
fn expression(i: u64) -> String {
    format!(
        "f({i}, k=1) + p.x + len('{i} items') + len(b'{i}') + 1{i:030} // 10**30 \
         + int(({i}j * 1j).real) + (lambda y: y + {i})(1) + sum(n for n in ({i}, 1))"
    )
}

fn expected(i: u64) -> i64 {
    let i = i as i64;
    let digits = i.to_string().len() as i64;
    (i + 1) + 2 + (digits + 6) + digits + 1 - i + (i + 1) + (i + 1)
}

#[test]
fn evaluating_new_source_in_a_loop_keeps_the_heap_flat() {
    assert!(Counting::installed());
    let mut interp = Builder::new().stdout(Output::Buffer).stderr(Output::Buffer).build();
    interp
        .exec("class P:\n    def __init__(self):\n        self.x = 2\np = P()\ndef f(a, k):\n    return a + k\n", "host.py")
        .unwrap();
    // 100,000 in a release build (`cargo test --release --test growth`); an unoptimised
    // build evaluates a tenth of them in the same few seconds, and without the release of
    // dead code each eval leaves a dozen objects, which a tenth shows as well.
    let total = if cfg!(debug_assertions) { 10_000 } else { 100_000 };
    let warm = 1_000;
    let mut before = (0, 0);
    for i in 0..total {
        if i == warm {
            before = census(&interp);
        }
        assert_eq!(interp.eval::<i64>(&expression(i)).unwrap(), expected(i), "{}", expression(i));
    }
    let after = census(&interp);
    assert!(after.0 <= before.0, "objects: {} after {warm} evals, {} after {total}", before.0, after.0);
    assert!(
        after.1 - before.1 < 16 * 1024,
        "bytes: {} after {warm} evals, {} after {total}",
        before.1,
        after.1
    );
}

/// A script that `exec`s and `eval`s new source: a string, bytes default, docstring, big int,
/// and source that fails to compile (past CPython's 20 nested blocks) after the compiler made a
/// constant for it.
const EXEC_LOOP: &str = r#"
nested = ''.join(' ' * d + 'for a in ():\n' for d in range(21)) + ' ' * 21 + 'pass'
for i in range(START, START + 1000):
    exec(f'v = "{i} x" * 2\ndef g(a=b"{i}"):\n    "doc {i}"\n    return a\nw = g()')
    assert eval(f'len("{i} y") + 1{i:030} // 10**30') == len(str(i)) + 3
    try:
        exec(f's = "{i} z"\n' + nested)
        refused = False
    except SyntaxError as e:
        refused = e.msg == 'too many statically nested blocks'
    assert refused
"#;

#[test]
fn a_script_that_execs_new_source_in_a_loop_does_not_grow() {
    let mut interp = Builder::new().stdout(Output::Buffer).stderr(Output::Buffer).build();
    let round = |interp: &mut Interpreter, start: u64| {
        interp.exec(&EXEC_LOOP.replace("START", &start.to_string()), "loop.py").unwrap();
    };
    round(&mut interp, 0);
    let before = census(&interp);
    round(&mut interp, 1000);
    round(&mut interp, 2000);
    let after = census(&interp);
    assert!(after.0 <= before.0, "objects: {} after one round, {} after three", before.0, after.0);
    assert!(after.1 - before.1 < 16 * 1024, "bytes: {} after one round, {} after three", before.1, after.1);
}
