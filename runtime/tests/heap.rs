//! Reference counting as scripts observe it: an object is freed the moment its last reference
//! goes, exactly once, and what it held goes with it.

use reap_runtime::Interpreter;
use reap_runtime::value::Value;

/// Runs `src` in `__main__` and returns how many objects are alive afterwards.
fn live_after(interp: &mut Interpreter, src: &str) -> usize {
    if let Err(e) = interp.exec(src, "<test>") {
        panic!("script failed: {}", e.traceback);
    }
    interp.live_objects()
}

#[test]
fn values_are_sixteen_bytes() {
    assert_eq!(std::mem::size_of::<Value>(), 16);
}

/// Objects left alive by `src` run in a fresh interpreter. Until the cycle collector exists,
/// cyclic garbage (a class and its methods' globals, say) stays; comparing two scripts that
/// differ only in acyclic work isolates what that work leaves behind.
fn leftover(src: &str) -> usize {
    live_after(&mut Interpreter::new(), src)
}

#[test]
fn deleting_the_last_reference_frees_the_object_at_once() {
    let after = leftover("x = [[1, 2], {'a': (3, 4)}, 'text' * 2]\ny = x\ndel x\ndel y\n");
    assert_eq!(after, leftover("pass\n"), "the list, its items and their items are all freed");
}

#[test]
fn a_long_chain_is_freed_without_recursion() {
    let src = "head = None\nfor i in range(200000):\n    head = [head, i]\nhead = None\n";
    assert_eq!(leftover(src), leftover("head = None\nfor i in range(3):\n    pass\n"));
}

#[test]
fn instances_their_dicts_and_bound_methods_are_freed() {
    let class = "class P:\n    def __init__(self, x):\n        self.x = [x]\n    def get(self):\n        return self.x\n";
    let work = "for i in range(1000):\n    p = P(i)\n    m = p.get\n    m()\n    s = {i, (i, 'x')}\n    d = {'k': [s]}\ndel p, m, s, d, i\n";
    assert_eq!(leftover(&format!("{class}{work}")), leftover(class));
}

#[test]
fn two_interpreters_on_one_thread_are_independent() {
    let mut a = Interpreter::new();
    let b = Interpreter::new();
    let base_b = b.live_objects();
    live_after(&mut a, "x = [1] * 1000\nkeep = [x, x]\n");
    assert_eq!(b.live_objects(), base_b, "a's objects live in a's heap");
}
