//! The embedding API as a host uses it: running code, typed values both ways, errors that
//! outlive the heap, host functions and modules, capabilities, limits a script cannot swallow,
//! independent interpreters, and finalization when the interpreter is dropped.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reap_runtime::embed::{Builder, HostError, LimitKind, Output};

/// The heap limit counts bytes through this allocator.
#[global_allocator]
static ALLOC: reap_runtime::embed::alloc::Counting = reap_runtime::embed::alloc::Counting;

fn quiet() -> Builder {
    Builder::new().stdout(Output::Buffer).stderr(Output::Buffer)
}

#[test]
fn a_host_runs_code_calls_functions_and_reads_globals() {
    let mut interp = quiet().build();
    interp.exec("def area(w, h):\n    return w * h\nname = 'box'\nprint('loaded')\n", "config.py").unwrap();
    assert_eq!(interp.call::<i64>("area", (6, 7)).unwrap(), 42);
    assert_eq!(interp.get::<String>("name").unwrap(), "box");
    assert_eq!(interp.take_stdout(), "loaded\n");
    interp.set("scale", 2.5).unwrap();
    assert_eq!(interp.eval::<f64>("scale * 2").unwrap(), 5.0);
    assert_eq!(
        interp.eval::<num_bigint_check::Big>("2 ** 100").unwrap().0,
        "1267650600228229401496703205376"
    );
}

/// Big ints arrive as `num_bigint::BigInt`; compared through their decimal text here.
mod num_bigint_check {
    use reap_runtime::embed::{Context, FromPy, Mismatch, Value};
    pub struct Big(pub String);
    impl FromPy for Big {
        fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
            let s = cx.str(v).map_err(|_| "str failed".to_string())?;
            Ok(Big(s))
        }
    }
}

#[test]
fn values_convert_both_ways() {
    let mut interp = quiet().build();
    interp.set("items", vec![1, 2, 3]).unwrap();
    interp.set("pair", ("a", 1)).unwrap();
    let mut m = HashMap::new();
    m.insert("k".to_string(), vec![Some(1.5), None]);
    interp.set("m", m.clone()).unwrap();
    assert_eq!(interp.eval::<Vec<i64>>("[x * 10 for x in items]").unwrap(), vec![10, 20, 30]);
    assert_eq!(interp.eval::<(String, i64)>("pair").unwrap(), ("a".to_string(), 1));
    assert_eq!(interp.eval::<HashMap<String, Vec<Option<f64>>>>("m").unwrap(), m);
    let b: BTreeMap<String, bool> = interp.eval("{'x': True, 'y': False}").unwrap();
    assert_eq!(b.get("x"), Some(&true));
    assert_eq!(interp.eval::<Option<i64>>("None").unwrap(), None);
    assert_eq!(interp.eval::<u8>("255").unwrap(), 255);
    let e = interp.eval::<u8>("256").unwrap_err();
    assert_eq!(e.kind, "TypeError");
    let e = interp.eval::<i64>("'text'").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("TypeError", "expected int, got 'str'"));
}

#[test]
fn errors_come_back_with_type_message_traceback_and_place() {
    let mut interp = quiet().build();
    let e =
        interp.exec("x = 1\ndef f():\n    raise ValueError('bad value')\nf()\n", "settings.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("ValueError", "bad value"));
    assert_eq!((e.filename.as_deref(), e.line), (Some("settings.py"), Some(3)));
    assert!(e.traceback.starts_with("Traceback (most recent call last):\n"));
    assert!(e.traceback.ends_with("ValueError: bad value\n"), "{}", e.traceback);
    let e = interp.exec("x = (", "broken.py").unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
    let e = interp.call::<()>("missing", ()).unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'missing' is not defined");
}

#[test]
fn output_can_go_to_a_callback() {
    let seen = Arc::new(Mutex::new(String::new()));
    let sink = Arc::clone(&seen);
    let mut interp =
        Builder::new().stdout(Output::Callback(Box::new(move |s| sink.lock().unwrap().push_str(s)))).build();
    interp.exec("print('hello', 42)", "t.py").unwrap();
    assert_eq!(*seen.lock().unwrap(), "hello 42\n");
}

#[test]
fn host_functions_take_typed_and_keyword_arguments_and_raise_python_errors() {
    let mut interp = quiet().build();
    interp.function(
        "clamp",
        &["value", "low", "high"],
        |v: i64, lo: i64, hi: i64| -> Result<i64, HostError> {
            if lo > hi {
                return Err(HostError::new("ValueError", "low > high"));
            }
            Ok(v.clamp(lo, hi))
        },
    );
    assert_eq!(interp.eval::<i64>("clamp(15, 0, 10)").unwrap(), 10);
    assert_eq!(interp.eval::<i64>("clamp(-3, high=10, low=0)").unwrap(), 0);
    interp.exec("try:\n    clamp(1, 5, 0)\nexcept ValueError as e:\n    caught = str(e)\n", "t.py").unwrap();
    assert_eq!(interp.get::<String>("caught").unwrap(), "low > high");
    let e = interp.eval::<i64>("clamp('a', 0, 1)").unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.message.as_str()),
        ("TypeError", "clamp() argument 'value' must be int, not str")
    );
    let e = interp.eval::<i64>("clamp(1, 2)").unwrap_err();
    assert_eq!(e.message, "clamp() missing required argument: 'high'");
}

#[test]
fn host_modules_are_imported_by_scripts() {
    let mut interp = quiet().allow_modules(&["math"]).build();
    interp.module("host_api").value("version", "1.2").function(
        "double",
        &["x"],
        |x: f64| -> Result<f64, HostError> { Ok(x * 2.0) },
    );
    interp
        .exec("import host_api, math\nr = host_api.double(math.floor(2.7)), host_api.version\n", "t.py")
        .unwrap();
    assert_eq!(interp.get::<(f64, String)>("r").unwrap(), (4.0, "1.2".to_string()));
    let e = interp.exec("import os", "t.py").unwrap_err();
    assert_eq!(e.to_string(), "ModuleNotFoundError: No module named 'os'");
}

#[test]
fn without_filesystem_access_files_raise_permission_error() {
    let mut interp = quiet().filesystem(false).build();
    let e = interp.exec("open('/etc/hostname')", "t.py").unwrap_err();
    assert_eq!(e.to_string(), "PermissionError: file system access is disabled in this interpreter");
    let e = interp.exec("import os\nos.unlink('x')", "t.py").unwrap_err();
    assert_eq!(e.kind, "PermissionError");
    // Nor is the process's stdin readable: the script reads the end of its input at once.
    let e = interp.exec("input()", "t.py").unwrap_err();
    assert_eq!(e.to_string(), "EOFError: EOF when reading a line");
    interp.exec("import sys\nrest = sys.stdin.read()\n", "t.py").unwrap();
    assert_eq!(interp.get::<String>("rest").unwrap(), "");
}

#[test]
fn without_filesystem_access_os_stat_and_the_other_os_calls_raise_permission_error() {
    let mut interp = quiet().filesystem(false).build();
    let e = interp.exec("import os\nos.stat('/')", "t.py").unwrap_err();
    assert_eq!(e.to_string(), "PermissionError: file system access is disabled in this interpreter");
    for call in [
        "os.lstat('/')",
        "os.stat(b'/', follow_symlinks=False)",
        "os.chmod('x', 0o644)",
        "os.utime('x')",
        "os.readlink('x')",
        "os.symlink('a', 'b')",
        "os.link('a', 'b')",
        "os.rename('a', 'b')",
        "os.replace('a', 'b')",
        "os.chdir('/')",
        "os.access('/', os.F_OK)",
        "os.umask(0)",
        "list(os.scandir('/'))",
        "os.path.getsize('/')",
        "os.path.getmtime('/')",
        "os.path.realpath('x')",
        "os.path.samefile('/', '/')",
    ] {
        let r = interp.exec(call, "t.py");
        assert_eq!(r.map_err(|e| e.kind), Err("PermissionError".to_string()), "{call}");
    }
    // What only asks the file system whether something is there answers no.
    interp.exec("r = os.path.islink('/'), os.path.lexists('/'), list(os.walk('/'))", "t.py").unwrap();
    assert_eq!(interp.eval::<String>("repr(r)").unwrap(), "(False, False, [])");
    // The process's ids are no file-system access.
    assert!(interp.eval::<bool>("os.getuid() >= 0 and os.getppid() > 0").unwrap());
}

#[test]
fn a_step_limit_stops_a_runaway_script_which_cannot_catch_it() {
    let mut interp = quiet().max_steps(10_000).build();
    let src = "ran_finally = False\ntry:\n    while True:\n        pass\nexcept BaseException:\n    print('swallowed')\nfinally:\n    ran_finally = True\n";
    let e = interp.exec(src, "loop.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Steps));
    assert_eq!(e.kind, "LimitExceeded");
    // The traceback says what stopped the script, where.
    assert!(
        e.traceback.starts_with("Traceback (most recent call last):\n  File \"loop.py\", line "),
        "{}",
        e.traceback
    );
    assert!(e.traceback.ends_with("\nLimitExceeded: the step limit was reached\n"), "{}", e.traceback);
    assert_eq!(interp.take_stdout(), "");
    // Still usable: the next call starts with a fresh budget.
    assert_eq!(interp.eval::<i64>("sum(range(100))").unwrap(), 4950);
}

#[test]
fn a_timeout_and_an_interrupt_from_another_thread_stop_a_script() {
    let mut interp = quiet().timeout(Duration::from_millis(100)).build();
    let start = Instant::now();
    let e = interp.exec("while True:\n    pass\n", "spin.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Time));
    assert!(start.elapsed() < Duration::from_secs(5));

    let mut interp = quiet().build();
    let handle = interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    let e = interp.exec("def f():\n    while True:\n        pass\nf()\n", "spin.py").unwrap_err();
    stopper.join().unwrap();
    assert_eq!(e.limit, Some(LimitKind::Stopped));
}

#[test]
fn a_depth_limit_is_a_recursion_error() {
    let mut interp = quiet().max_depth(50).build();
    let e = interp.exec("def f(n):\n    return f(n + 1)\nf(0)\n", "deep.py").unwrap_err();
    assert_eq!(e.kind, "RecursionError");
}

#[test]
fn interpreters_are_independent_and_can_move_between_threads() {
    let mut a = quiet().build();
    let mut b = quiet().build();
    a.exec("x = 'a'", "a.py").unwrap();
    b.exec("x = 'b'", "b.py").unwrap();
    assert_eq!(a.get::<String>("x").unwrap(), "a");
    assert_eq!(b.get::<String>("x").unwrap(), "b");
    let moved = std::thread::spawn(move || {
        a.exec("y = x * 3", "a.py").unwrap();
        a.get::<String>("y").unwrap()
    });
    assert_eq!(moved.join().unwrap(), "aaa");
    let workers: Vec<_> = (0..2)
        .map(|i| {
            std::thread::spawn(move || {
                let mut it = quiet().build();
                it.exec(&format!("n = sum(range({i} * 1000))"), "w.py").unwrap();
                it.get::<i64>("n").unwrap()
            })
        })
        .collect();
    let sums: Vec<i64> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    assert_eq!(sums, vec![0, 499500]);
}

/// A pool whose connections scripts borrow; `weakref.finalize` gives them back.
fn pool_interpreter(pool: &Arc<Mutex<Vec<i64>>>, builder: Builder) -> reap_runtime::Interpreter {
    let mut interp = builder.build();
    let take = Arc::clone(pool);
    let give = Arc::clone(pool);
    interp
        .module("pool")
        .function("acquire", &[], move || -> Result<i64, HostError> {
            take.lock().unwrap().pop().ok_or_else(|| HostError::new("RuntimeError", "pool exhausted"))
        })
        .function("release", &["conn"], move |c: i64| -> Result<(), HostError> {
            give.lock().unwrap().push(c);
            Ok(())
        });
    interp
        .exec(
            "import pool, weakref\nclass Conn:\n    def __init__(self):\n        self.id = pool.acquire()\n        weakref.finalize(self, pool.release, self.id)\n",
            "conn.py",
        )
        .unwrap();
    interp
}

#[test]
fn finalizers_return_host_resources_when_objects_die_and_when_the_interpreter_is_dropped() {
    let pool = Arc::new(Mutex::new(vec![1, 2, 3]));
    let mut interp = pool_interpreter(&pool, quiet());
    interp.exec("a = Conn()\nb = Conn()\nc = Conn()\ncycle = [c]\ncycle.append(cycle)\n", "use.py").unwrap();
    assert!(pool.lock().unwrap().is_empty());
    interp.exec("del a", "use.py").unwrap();
    assert_eq!(pool.lock().unwrap().len(), 1, "returned at once when its object died");
    drop(interp);
    let mut back = pool.lock().unwrap().clone();
    back.sort();
    assert_eq!(back, vec![1, 2, 3], "the rest come back when the interpreter is dropped");
}

#[test]
fn resources_come_back_even_after_a_limit_stopped_the_script() {
    let pool = Arc::new(Mutex::new(vec![1, 2]));
    let mut interp = pool_interpreter(&pool, quiet().max_steps(5_000));
    let e = interp.exec("held = [Conn(), Conn()]\nwhile True:\n    pass\n", "greedy.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Steps));
    assert!(pool.lock().unwrap().is_empty());
    drop(interp);
    assert_eq!(pool.lock().unwrap().len(), 2);
}

#[test]
fn a_runaway_finalizer_at_shutdown_is_cut_off() {
    let interp = {
        let mut it = quiet().build();
        it.exec("import weakref\nclass R: pass\nr = R()\ndef forever():\n    while True:\n        pass\nweakref.finalize(r, forever)\n", "t.py").unwrap();
        it
    };
    let start = Instant::now();
    drop(interp);
    assert!(start.elapsed() < Duration::from_secs(10));
}

mod host_objects {
    use std::sync::{Arc, Mutex};

    use reap_runtime::embed::host::{HostObject, Keep};
    use reap_runtime::embed::{Builder, HostError, Output};

    /// A host resource that records when Rust drops it.
    struct Handle {
        name: String,
        dropped: Arc<Mutex<Vec<String>>>,
        /// A script value the handle keeps (a callback, say): traced for the collector.
        keep: Option<Keep>,
    }

    impl HostObject for Handle {
        fn trace(&self, visit: &mut dyn FnMut(&Keep)) {
            if let Some(k) = &self.keep {
                visit(k);
            }
        }
        fn clear(&mut self, out: &mut Vec<Keep>) {
            out.extend(self.keep.take());
        }
    }

    impl Drop for Handle {
        fn drop(&mut self) {
            if let Ok(mut d) = self.dropped.lock() {
                d.push(self.name.clone());
            }
        }
    }

    fn interpreter(dropped: &Arc<Mutex<Vec<String>>>) -> reap_runtime::Interpreter {
        let mut interp = Builder::new().stdout(Output::Buffer).build();
        let d = Arc::clone(dropped);
        interp
            .class::<Handle>("Handle")
            .init(&["name"], move |name: String| -> Result<Handle, HostError> {
                Ok(Handle { name, dropped: Arc::clone(&d), keep: None })
            })
            .method("rename", &["to"], |h: &mut Handle, to: String| -> Result<String, HostError> {
                Ok(std::mem::replace(&mut h.name, to))
            })
            .method("hold", &["value"], |h: &mut Handle, v: Keep| -> Result<(), HostError> {
                h.keep = Some(v);
                Ok(())
            })
            .getter("name", |h: &Handle| h.name.clone())
            .setter("name", |h: &mut Handle, v: String| -> Result<(), HostError> {
                if v.is_empty() {
                    return Err(HostError::new("ValueError", "a handle needs a name"));
                }
                h.name = v;
                Ok(())
            });
        interp
    }

    #[test]
    fn scripts_make_and_use_host_objects() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut interp = interpreter(&dropped);
        interp.exec("h = Handle('a')\nold = h.rename(to='b')\nprint(old, h.name, isinstance(h, Handle), type(h).__name__)\n", "t.py").unwrap();
        assert_eq!(interp.take_stdout(), "a b True Handle\n");
        interp
            .exec(
                "h.name = 'c'\nprint(h.name)\ntry:\n    h.name = ''\nexcept ValueError as e:\n    print(e)\n",
                "t.py",
            )
            .unwrap();
        assert_eq!(interp.take_stdout(), "c\na handle needs a name\n");
        let e = interp.exec("h.rename(1)", "t.py").unwrap_err();
        assert_eq!(e.kind, "TypeError");
    }

    #[test]
    fn rust_drop_runs_when_the_last_reference_goes_and_finalize_works_on_host_objects() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut interp = interpreter(&dropped);
        interp
            .exec("import weakref\nh = Handle('first')\nr = weakref.ref(h)\nweakref.finalize(h, print, 'finalized first')\ndel h\nprint(r())\n", "t.py")
            .unwrap();
        assert_eq!(interp.take_stdout(), "finalized first\nNone\n");
        assert_eq!(*dropped.lock().unwrap(), vec!["first".to_string()]);
    }

    #[test]
    fn a_kept_value_the_host_replaces_is_released_at_once() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut interp = interpreter(&dropped);
        interp
            .exec(
                "import weakref\nclass C:\n    pass\nc = C()\nr = weakref.ref(c)\nh = Handle('a')\nh.hold(c)\ndel c\nprint(r() is None)\nh.hold(None)\nprint(r() is None)\n",
                "t.py",
            )
            .unwrap();
        assert_eq!(interp.take_stdout(), "False\nTrue\n");
    }

    #[test]
    fn host_objects_in_cycles_are_collected_and_dropped() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut interp = interpreter(&dropped);
        interp
            .exec("import gc\nh = Handle('cyclic')\nbox = [h]\nh.hold(box)\ndel h, box\nprint(gc.collect() > 0)\n", "t.py")
            .unwrap();
        assert_eq!(interp.take_stdout(), "True\n");
        assert_eq!(*dropped.lock().unwrap(), vec!["cyclic".to_string()]);
    }

    #[test]
    fn host_objects_left_in_globals_are_dropped_with_the_interpreter() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut interp = interpreter(&dropped);
        interp
            .set_host(
                "given",
                "Handle",
                Handle { name: "from host".into(), dropped: Arc::clone(&dropped), keep: None },
            )
            .unwrap();
        // A class that is no host class is refused (the value is dropped, nothing is stored).
        let e = interp
            .set_host(
                "lost",
                "dict",
                Handle { name: "refused".into(), dropped: Arc::clone(&dropped), keep: None },
            )
            .unwrap_err();
        assert_eq!(e.kind, "TypeError");
        assert_eq!(*dropped.lock().unwrap(), vec!["refused".to_string()]);
        dropped.lock().unwrap().clear();
        interp.exec("kept = Handle('kept')\nprint(given.name)\n", "t.py").unwrap();
        assert_eq!(interp.take_stdout(), "from host\n");
        assert!(dropped.lock().unwrap().is_empty());
        drop(interp);
        let mut d = dropped.lock().unwrap().clone();
        d.sort();
        assert_eq!(d, vec!["from host".to_string(), "kept".to_string()]);
    }
}

#[test]
fn a_heap_limit_stops_huge_and_growing_allocations_without_using_the_memory() {
    use reap_runtime::embed::alloc::{Counting, thread_net_bytes};
    assert!(Counting::installed());
    let limit = 20 << 20;
    let mut interp = quiet().max_heap_bytes(limit).build();
    // From here: the set-up heap the interpreter starts with (which grows with every builtin
    // type) is not what the limit bounds.
    let before = thread_net_bytes();
    let e = interp.exec("x = [0] * 10**9", "huge.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Memory));
    let e = interp
        .exec("grow = []\nwhile True:\n    try:\n        grow.append('x' * 100)\n    except BaseException:\n        pass\n", "grow.py")
        .unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Memory));
    let e = interp.exec("import itertools\nall_of_it = list(itertools.count())", "count.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Memory));
    // The limit is on what the interpreter holds, across calls: it never went far past it,
    // though the heap's slot tables (which never shrink) grew with the objects each run made:
    // near the limit they grow only by what is left below it, not by doubling.
    let held = thread_net_bytes() - before;
    assert!(held < (limit + (2 << 20)) as isize, "stayed near the limit: {held}");
    // Without a limit, an absurd repetition is Python's MemoryError, which a script can catch.
    let mut free = quiet().build();
    free.exec("try:\n    [0] * 10**15\nexcept MemoryError:\n    print('MemoryError')\n", "m.py").unwrap();
    assert_eq!(free.take_stdout(), "MemoryError\n");
}

#[test]
fn a_heap_limit_stops_a_decompression_bomb() {
    use reap_runtime::embed::alloc::Counting;
    assert!(Counting::installed());
    let mut interp = quiet().max_heap_bytes(20 << 20).build();
    // 100 MiB of zeros in some 100 KiB: decompressed whole, it is five times the limit.
    let setup = "import zlib\nc = zlib.compressobj(1)\nchunk = bytes(1 << 20)\n\
                 bomb = b''.join(c.compress(chunk) for _ in range(100)) + c.flush()\ndel chunk\n";
    interp.exec(setup, "bomb.py").unwrap();
    for (name, src) in [
        ("oneshot.py", "zlib.decompress(bomb)"),
        ("stream.py", "zlib.decompressobj().decompress(bomb)"),
        ("flush.py", "d = zlib.decompressobj()\nd.decompress(bomb, 1)\nd.flush()"),
    ] {
        let e = interp.exec(src, name).unwrap_err();
        assert_eq!(e.limit, Some(LimitKind::Memory), "{name}");
    }
}

#[test]
fn a_heap_limit_counts_the_items_of_arrays() {
    use reap_runtime::embed::alloc::Counting;
    assert!(Counting::installed());
    let mut interp = quiet().max_heap_bytes(20 << 20).build();
    for (name, src) in [
        ("repeat.py", "import array\nx = array.array('d', [0]) * 10**8\n"),
        ("append.py", "import array\na = array.array('q')\nwhile True:\n    a.append(1)\n"),
        ("extend.py", "import array, itertools\na = array.array('b')\na.extend(itertools.repeat(1))\n"),
        ("frombytes.py", "import array\na = array.array('B')\nwhile True:\n    a.frombytes(b'x' * 4096)\n"),
        ("struct.py", "import struct\nstruct.pack('100000000s', b'')\n"),
    ] {
        let e = interp.exec(src, name).unwrap_err();
        assert_eq!(e.limit, Some(LimitKind::Memory), "{name}");
    }
    // Without a limit, an absurd repetition is Python's MemoryError, which a script can catch.
    let mut free = quiet().build();
    free.exec("import array\ntry:\n    array.array('d', [0]) * 10**15\nexcept MemoryError:\n    print('MemoryError')\n", "m.py")
        .unwrap();
    assert_eq!(free.take_stdout(), "MemoryError\n");
}

#[test]
fn serde_types_go_in_and_come_out() {
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Settings {
        name: String,
        replicas: u32,
        ratio: f64,
        tags: Vec<String>,
        owner: Option<String>,
    }
    let mut interp = quiet().build();
    let given = Settings { name: "svc".into(), replicas: 2, ratio: 0.5, tags: vec!["a".into()], owner: None };
    interp.set_ser("base", &given).unwrap();
    interp
        .exec(
            "settings = dict(base)\nsettings['replicas'] *= 3\nsettings['tags'] = settings['tags'] + ['b']\n",
            "s.py",
        )
        .unwrap();
    let got: Settings = interp.eval_de("settings").unwrap();
    assert_eq!(got, Settings { replicas: 6, tags: vec!["a".into(), "b".into()], ..given });
    let e = interp.eval_de::<Settings>("{'name': 1}").unwrap_err();
    assert_eq!(e.kind, "TypeError");
}

#[test]
fn modules_are_found_on_the_module_path() {
    let dir = std::env::temp_dir().join(format!("reap-embed-path-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helpers.py"), "def triple(x):\n    return 3 * x\n").unwrap();
    let mut interp = quiet().module_path(dir.to_string_lossy()).build();
    interp.exec("import helpers\nr = helpers.triple(14)\n", "main.py").unwrap();
    assert_eq!(interp.get::<i64>("r").unwrap(), 42);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn replacing_a_global_from_the_host_finalizes_what_it_held_at_once() {
    let mut interp = quiet().build();
    interp
        .exec("import weakref\nclass R: pass\nr = R()\nweakref.finalize(r, print, 'released')\n", "t.py")
        .unwrap();
    interp.set("r", 0).unwrap();
    assert_eq!(interp.take_stdout(), "released\n");
}

#[test]
fn a_sleeping_script_wakes_for_the_deadline_an_interrupt_and_the_shutdown_budget() {
    // The deadline: a 3 s sleep under a 200 ms timeout ends at the deadline.
    let mut interp = quiet().timeout(Duration::from_millis(200)).build();
    let start = Instant::now();
    let e = interp.exec("import time\ntime.sleep(3)\n", "nap.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Time), "{e:?}");
    assert!(start.elapsed() < Duration::from_secs(1), "{:?}", start.elapsed());

    // A keyboard interrupt from another thread raises in the sleeping script.
    let mut interp = quiet().build();
    let handle = interp.interrupt_handle();
    let poke = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.keyboard_interrupt();
    });
    let start = Instant::now();
    let e = interp.exec("import time\ntime.sleep(30)\n", "nap.py").unwrap_err();
    poke.join().unwrap();
    assert_eq!(e.kind, "KeyboardInterrupt");
    assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());

    // An atexit handler that sleeps cannot hold the host's drop past the shutdown budget.
    let mut interp = quiet().build();
    interp.exec("import atexit, time\natexit.register(time.sleep, 30)\n", "exit.py").unwrap();
    let start = Instant::now();
    drop(interp);
    assert!(start.elapsed() < Duration::from_secs(5), "{:?}", start.elapsed());
}

#[test]
fn a_host_raises_the_scripts_own_exception_classes_by_name() {
    let mut interp = quiet().build();
    interp.function("load", &["key"], |key: String| -> Result<i64, HostError> {
        Err(HostError::new(if key == "x" { "ConfigError" } else { "NoSuchError" }, format!("no key {key}")))
    });
    interp
        .exec(
            "class ConfigError(Exception):\n    pass\n\
             try:\n    load('x')\nexcept ConfigError as e:\n    caught = f'{type(e).__name__}: {e}'\n",
            "config.py",
        )
        .unwrap();
    assert_eq!(interp.get::<String>("caught").unwrap(), "ConfigError: no key x");
    // A name that is no exception class is reported, not a panic.
    let e = interp.exec("load('y')\n", "config.py").unwrap_err();
    assert_eq!(e.kind, "SystemError");
}

#[test]
fn host_functions_take_up_to_eight_arguments() {
    let mut interp = quiet().build();
    interp.function(
        "box_volume",
        &["x0", "y0", "z0", "x1", "y1", "z1"],
        |x0: i64, y0: i64, z0: i64, x1: i64, y1: i64, z1: i64| -> Result<i64, HostError> {
            Ok((x1 - x0) * (y1 - y0) * (z1 - z0))
        },
    );
    assert_eq!(interp.eval::<i64>("box_volume(0, 0, 0, 2, 3, z1=4)").unwrap(), 24);
    let sum: i64 = interp.eval("(lambda *a: sum(a))(1, 2, 3, 4, 5, 6, 7, 8)").unwrap();
    assert_eq!(sum, 36);
    interp.exec("def span(a, b, c, d, e, f, g, h):\n    return h - a\n", "s.py").unwrap();
    assert_eq!(interp.call::<i64>("span", (1, 2, 3, 4, 5, 6, 7, 10)).unwrap(), 9);
}

#[test]
fn host_function_parameters_may_have_defaults() {
    let mut interp = quiet().build();
    interp.function(
        "connect",
        &["host", "port=8080", "secure=False", "label='plain'"],
        |host: String, port: i64, secure: bool, label: String| -> Result<String, HostError> {
            Ok(format!("{host}:{port} {secure} {label}"))
        },
    );
    assert_eq!(interp.eval::<String>("connect('db')").unwrap(), "db:8080 false plain");
    assert_eq!(interp.eval::<String>("connect('db', secure=True)").unwrap(), "db:8080 true plain");
    assert_eq!(interp.eval::<String>("connect('db', 1, True, 'x')").unwrap(), "db:1 true x");
    let e = interp.eval::<String>("connect()").unwrap_err();
    assert_eq!(e.message, "connect() missing required argument: 'host'");
    let e = interp.eval::<String>("connect('db', colour=1)").unwrap_err();
    assert_eq!(e.message, "connect() got an unexpected keyword argument 'colour'");
}

#[test]
fn a_sandboxed_script_finds_no_way_out() {
    let mut interp = quiet().filesystem(false).allow_modules(&["math", "os", "io", "sys"]).build();
    let escapes: &[(&str, &str)] = &[
        ("open('/etc/hostname')", "PermissionError"),
        ("__import__('io').open('/etc/hostname')", "PermissionError"),
        ("__import__('os').listdir('/')", "PermissionError"),
        ("__import__('os').remove('/tmp/x')", "PermissionError"),
        ("__import__('os').getcwd()", "PermissionError"),
        ("__import__('json')", "ModuleNotFoundError"),
        ("__import__('importlib').import_module('json')", "ModuleNotFoundError"),
        ("input()", "EOFError"),
    ];
    let mut wrong = Vec::new();
    for (code, kind) in escapes {
        match interp.exec(code, "escape.py") {
            Err(e) if e.kind == *kind => {}
            other => wrong.push(format!("{code}: {other:?}")),
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(interp.eval::<i64>("len(__import__('os').environ)").unwrap(), 0);
    assert_eq!(interp.eval::<String>("__import__('sys').stdin.read()").unwrap(), "");
}

#[test]
fn a_host_without_file_system_access_runs_no_programs() {
    // A child process could do anything the host's user can: off with the file system.
    let mut interp = quiet().filesystem(false).allow_modules(&["subprocess", "_subprocess"]).build();
    interp.exec("import subprocess, _subprocess", "setup.py").unwrap();
    let attempts = [
        "subprocess.run(['true'])",
        "subprocess.Popen('true', shell=True)",
        "subprocess.check_output(['echo', 'x'])",
        "subprocess.getoutput('echo x')",
        "subprocess.call(['/bin/sh', '-c', 'true'])",
        "_subprocess.spawn('true', ['true'], None, None, None, None, None, None, 'true')",
    ];
    let mut wrong = Vec::new();
    for code in attempts {
        match interp.exec(code, "escape.py") {
            Err(e) if e.kind == "PermissionError" && e.message.contains("running programs is disabled") => {}
            other => wrong.push(format!("{code}: {other:?}")),
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // With the file system on, the same script runs its program.
    let mut interp = quiet().build();
    let code = "__import__('subprocess').run(['sh', '-c', 'echo ran'], capture_output=True).stdout.decode()";
    assert_eq!(interp.eval::<String>(code).unwrap(), "ran\n");
}

#[test]
fn a_host_clock_is_the_time_a_script_sees() {
    use reap_runtime::embed::Clock;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// A clock the host advances by hand: one second per reading.
    struct Ticking(AtomicU64);
    impl Clock for Ticking {
        fn now(&self) -> Duration {
            Duration::from_secs(1_000_000 + self.0.fetch_add(1, Ordering::Relaxed))
        }
        fn monotonic(&self) -> Duration {
            Duration::from_secs(self.0.fetch_add(1, Ordering::Relaxed))
        }
    }
    let mut interp = quiet().clock(Ticking(AtomicU64::new(0))).build();
    interp
        .exec("import time\nt0 = time.time()\nm = time.monotonic()\nprint(t0, m, time.perf_counter(), time.time_ns())\n", "t.py")
        .unwrap();
    assert_eq!(interp.take_stdout(), "1000000.0 1.0 2.0 1000003000000000\n");
}

#[test]
fn local_time_is_the_host_clock_in_the_zone_the_host_environment_names() {
    use reap_runtime::embed::FixedClock;
    // 2021-07-04 16:00:00 UTC: noon in New York (EDT).
    let mut interp = quiet()
        .clock(FixedClock(Duration::from_secs(1_625_414_400)))
        .environ([("TZ", "America/New_York")])
        .build();
    let code = "import time\nprint(time.strftime('%Y-%m-%d %H:%M:%S %Z %z'), time.ctime(), time.tzname)\n";
    interp.exec(code, "t.py").unwrap();
    assert_eq!(
        interp.take_stdout(),
        "2021-07-04 12:00:00 EDT -0400 Sun Jul  4 12:00:00 2021 ('EST', 'EDT')\n"
    );
    // A sandbox that allows `time` alone and no files: what `time` imports itself is
    // allowed, and with no zone file to read local time is UTC.
    let mut interp = quiet().allow_modules(&["time"]).filesystem(false).build();
    let code = "import time\nprint(time.localtime(0).tm_zone, time.strftime('%Y %j', time.gmtime(0)), time.strptime('5', '%d')[2])\n";
    interp.exec(code, "t.py").unwrap();
    assert_eq!(interp.take_stdout(), "UTC 1970 001 5\n");
}

#[test]
fn errors_name_the_line_of_the_file_the_host_ran() {
    let mut interp = quiet().build();
    let e = interp.exec("x = 1\ny = (\n", "conf.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.filename.as_deref(), e.line), ("SyntaxError", Some("conf.py"), Some(2)));
    let e = interp.exec("def f():\n    return 1 / 0\n\nf()\n", "conf.py").unwrap_err();
    assert_eq!((e.filename.as_deref(), e.line), (Some("conf.py"), Some(2)));
    assert!(e.traceback.starts_with("Traceback (most recent call last):\n"), "{}", e.traceback);
    // Raised outside any frame: CPython's last line alone.
    let e = interp.get::<i64>("missing").unwrap_err();
    assert_eq!(e.traceback, "NameError: name 'missing' is not defined\n");
}

/// Dropping an interpreter skips the walk over its objects only when nothing would run: a
/// `__del__` the class was made with, or was given later, still runs.
#[test]
fn the_del_methods_of_objects_left_in_globals_run_when_the_interpreter_is_dropped() {
    for (how, source) in [
        ("made with it", "class Res:\n    def __del__(self):\n        print('closed')\nr = Res()\n"),
        (
            "given later",
            "class Res: pass\ndef close(self):\n    print('closed')\nr = Res()\nRes.__del__ = close\n",
        ),
        (
            "on a base",
            "class Base: pass\nclass Res(Base): pass\nr = Res()\nsetattr(Base, '__del__', lambda self: print('closed'))\n",
        ),
    ] {
        let out = Arc::new(Mutex::new(String::new()));
        let sink = out.clone();
        let mut interp = Builder::new()
            .stdout(Output::Callback(Box::new(move |s| sink.lock().unwrap().push_str(s))))
            .build();
        interp.exec(source, "res.py").unwrap();
        assert_eq!(*out.lock().unwrap(), "", "{how}: nothing closed while the script holds it");
        drop(interp);
        assert_eq!(*out.lock().unwrap(), "closed\n", "{how}");
    }
}

#[test]
fn os_exit_in_a_host_is_a_system_exit_not_the_end_of_the_process() {
    let mut interp = quiet().build();
    let e = interp.exec("import os\nos._exit(7)", "t.py").unwrap_err();
    assert_eq!(e.kind, "SystemExit");
    // The interpreter stays usable: only the script's run ended.
    interp.exec("x = 1 + 1", "t.py").unwrap();
    assert_eq!(interp.get::<i64>("x").unwrap(), 2);
}
