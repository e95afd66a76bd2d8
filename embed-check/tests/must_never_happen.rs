//! What an embedding host must never see, whatever the script or a careless host does: the
//! process aborting on deep recursion, a blocking call outliving a limit, a panic from the
//! public API, a heap limit silently off. Written against the public API only.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reap_runtime::embed::host::HostObject;
use reap_runtime::embed::{Builder, Handle, HostError, LimitKind, Output};

fn quiet() -> Builder {
    Builder::new().stdout(Output::Buffer).stderr(Output::Buffer)
}

/// Runs `f` on a new thread with `stack` bytes of stack, as a host's worker thread would.
fn on_thread<R: Send + 'static>(stack: usize, f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new().stack_size(stack).spawn(f).unwrap().join().unwrap()
}

#[test]
fn deep_recursion_on_an_ordinary_thread_is_a_recursion_error() {
    for stack in [256 << 10, 2 << 20] {
        let kinds = on_thread(stack, || {
            let mut interp = quiet().build();
            let sources = [
                "def f(n):\n    return f(n + 1)\nf(0)\n",
                // repr, equality and hashing of nested data recurse in Rust.
                "x = []\nfor _ in range(100000):\n    x = [x]\nrepr(x)\n",
                "a = []\nb = []\nfor _ in range(100000):\n    a = [a]\n    b = [b]\na == b\n",
                "t = ()\nfor _ in range(100000):\n    t = (t,)\nhash(t)\n",
                // The parser and the compiler, on deeply nested source.
                "exec('-' * 100000 + '1')\n",
            ];
            let mut kinds: Vec<String> =
                sources.iter().map(|s| interp.exec(s, "deep.py").unwrap_err().kind).collect();
            // As CPython's parser says of too many brackets.
            kinds.push(interp.exec("exec('(' * 5000 + ')' * 5000)\n", "deep.py").unwrap_err().kind);
            kinds
        });
        let expected = ["RecursionError"; 5].into_iter().chain(["SyntaxError"]).collect::<Vec<_>>();
        assert_eq!(kinds, expected, "on a stack of {stack} bytes");
    }
}

#[test]
fn dropping_a_deep_structure_on_a_small_stack_does_not_overflow() {
    on_thread(256 << 10, || {
        let mut interp = quiet().build();
        interp.exec("x = None\nfor _ in range(1000000):\n    x = [x]\ndel x\n", "deep.py").unwrap();
        interp.exec("d = {}\nfor _ in range(200000):\n    d = {'k': d}\n", "deep.py").unwrap();
        // A deep structure in a cycle: the collector walks it.
        let cycle = "import gc\nhead = []\nx = head\nfor _ in range(200000):\n    x = [x]\nhead.append(x)\ndel head, x\nprint(gc.collect() > 0)\n";
        interp.exec(cycle, "deep.py").unwrap();
        assert_eq!(interp.take_stdout(), "True\n");
        drop(interp);
    });
}

#[test]
fn sleeping_wakes_for_the_deadline_the_interrupt_and_the_shutdown_budget() {
    let mut interp = quiet().timeout(Duration::from_millis(200)).build();
    let start = Instant::now();
    let e = interp.exec("import time\ntime.sleep(30)\n", "sleep.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Time));
    assert!(start.elapsed() < Duration::from_secs(5));

    let mut interp = quiet().build();
    let stop = interp.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        stop.interrupt();
    });
    let start = Instant::now();
    let e = interp.exec("import time\ntime.sleep(30)\n", "sleep.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Stopped));
    assert!(start.elapsed() < Duration::from_secs(5));

    let mut interp = quiet().build();
    interp.exec("import atexit, time\natexit.register(time.sleep, 30)\n", "exit.py").unwrap();
    let start = Instant::now();
    drop(interp);
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn an_unknown_exception_kind_is_a_python_error_not_a_panic() {
    let mut interp = quiet().build();
    interp.function("fail", &[], || -> Result<(), HostError> { Err(HostError::new("ConfigError", "bad")) });
    let e = interp.exec("fail()\n", "t.py").unwrap_err();
    assert_eq!(e.kind, "SystemError");
    // Once the script defines the class, the same kind raises it.
    interp.exec("class ConfigError(Exception):\n    pass\n", "t.py").unwrap();
    let e = interp.exec("fail()\n", "t.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("ConfigError", "bad"));
}

struct Thing;
impl HostObject for Thing {}

#[test]
fn an_unknown_host_class_is_an_error_not_a_plain_object() {
    let mut interp = quiet().build();
    assert!(interp.set_host("thing", "Thing", Thing).is_err());
    interp.class::<Thing>("Thing");
    interp.set_host("thing", "Thing", Thing).unwrap();
    assert_eq!(interp.eval::<String>("type(thing).__name__").unwrap(), "Thing");
}

#[test]
fn a_value_the_host_keeps_after_a_call_still_names_its_object() {
    let mut interp = quiet().build();
    let kept: Arc<Mutex<Option<Handle>>> = Arc::default();
    let k = Arc::clone(&kept);
    interp.function("keep", &["x"], move |x: Handle| -> Result<(), HostError> {
        *k.lock().unwrap() = Some(x);
        Ok(())
    });
    interp.exec("keep(['mine'])\n", "t.py").unwrap();
    // Plenty of objects made and freed in between, reusing freed slots.
    interp.exec("for i in range(10000):\n    x = [str(i)]\n", "t.py").unwrap();
    let h = kept.lock().unwrap().take().unwrap();
    assert_eq!(interp.read::<Vec<String>>(&h).unwrap(), vec!["mine".to_string()]);
    // Kept past the interpreter: dropping it later is harmless.
    drop(interp);
    drop(h);
}

#[test]
fn a_heap_limit_without_the_counting_allocator_is_refused_not_ignored() {
    // This test binary has no counting allocator installed.
    assert!(Builder::new().max_heap_bytes(1 << 20).try_build().is_err());
    let mut interp = Builder::new().max_heap_bytes(1 << 20).build();
    assert!(interp.exec("x = 'a' * 10_000_000\n", "big.py").is_err());
    assert!(interp.eval::<i64>("1").is_err());
}
