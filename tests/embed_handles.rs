//! Owned handles and callbacks: a host keeps script objects as long as it likes, calls back
//! into the script from a host function, and gets the script's exceptions back as themselves.

use std::sync::{Arc, Mutex};

use reap_runtime::embed::{Builder, Context, Handle, HostError, LimitKind, Output};

fn quiet() -> Builder {
    Builder::new().stdout(Output::Buffer).stderr(Output::Buffer)
}

/// A host function `keep(x)` that stores its argument in `kept`.
fn keeper(interp: &mut reap_runtime::Interpreter) -> Arc<Mutex<Vec<Handle>>> {
    let kept: Arc<Mutex<Vec<Handle>>> = Arc::default();
    let k = Arc::clone(&kept);
    interp.function("keep", &["x"], move |x: Handle| -> Result<(), HostError> {
        k.lock().unwrap().push(x);
        Ok(())
    });
    kept
}

#[test]
fn a_kept_handle_keeps_its_object_alive_and_names_it_later() {
    let mut interp = quiet().build();
    let kept = keeper(&mut interp);
    interp
        .exec(
            "import weakref\nclass Box:\n    pass\nb = Box()\nb.tag = 'first'\nkeep(b)\nweakref.finalize(b, print, 'box freed')\ndel b\n",
            "t.py",
        )
        .unwrap();
    // Many objects made and freed since: the slot must not be reused under the handle.
    interp.exec("junk = [Box() for _ in range(1000)]\ndel junk\n", "t.py").unwrap();
    let b = kept.lock().unwrap().pop().unwrap();
    assert_eq!(interp.getattr::<String>(&b, "tag").unwrap(), "first");
    assert_eq!(interp.take_stdout(), "");
    drop(b);
    // Released at the host's next call, and the finalizer runs then.
    interp.exec("pass\n", "t.py").unwrap();
    assert_eq!(interp.take_stdout(), "box freed\n");
}

#[test]
fn clones_share_one_reference_released_by_the_last() {
    let mut interp = quiet().build();
    let kept = keeper(&mut interp);
    interp
        .exec("import weakref\nclass C:\n    pass\nc = C()\nkeep(c)\nr = weakref.ref(c)\ndel c\n", "t.py")
        .unwrap();
    let a = kept.lock().unwrap().pop().unwrap();
    let b = a.clone();
    assert!(a.is(&b));
    drop(a);
    assert!(interp.eval::<bool>("r() is not None").unwrap());
    drop(b);
    assert!(interp.eval::<bool>("r() is None").unwrap());
}

#[test]
fn a_handle_can_be_passed_back_to_the_script() {
    let mut interp = quiet().build();
    let kept = keeper(&mut interp);
    interp.exec("keep([1, 2])\n", "t.py").unwrap();
    let list = kept.lock().unwrap().pop().unwrap();
    interp.set("again", &list).unwrap();
    interp.exec("again.append(3)\n", "t.py").unwrap();
    assert_eq!(interp.read::<Vec<i64>>(&list).unwrap(), vec![1, 2, 3]);
}

#[test]
fn handles_outlive_their_interpreter_and_other_interpreters_refuse_them() {
    let mut first = quiet().build();
    let kept = keeper(&mut first);
    first.exec("keep(object())\n", "t.py").unwrap();
    let h = kept.lock().unwrap().pop().unwrap();
    let mut second = quiet().build();
    let e = second.set("x", &h).unwrap_err();
    assert_eq!(e.kind, "TypeError");
    assert_eq!(e.message, "the handle names an object of another interpreter");
    let e = second.call_handle::<()>(&h, ()).unwrap_err();
    assert_eq!(e.kind, "TypeError");
    drop(first);
    // The interpreter is gone; the handle is dropped later, on another thread.
    std::thread::spawn(move || drop(h)).join().unwrap();
    second.exec("x = 1\n", "t.py").unwrap();
}

#[test]
fn a_host_function_calls_back_into_the_script() {
    let mut interp = quiet().build();
    interp.function(
        "apply",
        &["f", "x"],
        |cx: &mut Context<'_>, f: Handle, x: i64| -> Result<i64, HostError> {
            let once: i64 = cx.call(&f, (x,))?;
            cx.call(&f, (once,))
        },
    );
    interp.function("scaled", &["x"], |cx: &mut Context<'_>, x: f64| -> Result<f64, HostError> {
        let factor: f64 = cx.global("FACTOR")?;
        let offset: f64 = cx.call_global("offset", ())?;
        Ok(x * factor + offset)
    });
    interp
        .exec(
            "FACTOR = 3.0\ndef offset():\n    return 0.5\nprint(apply(lambda n: n * 10, 2), scaled(2))\n",
            "t.py",
        )
        .unwrap();
    assert_eq!(interp.take_stdout(), "200 6.5\n");
    let e = interp.exec("print(scaled(1) if False else apply(len, 1))\n", "t.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("TypeError", "object of type 'int' has no len()"));
}

#[test]
fn a_callbacks_exception_reaches_the_script_as_itself() {
    let mut interp = quiet().build();
    interp.function("apply", &["f"], |cx: &mut Context<'_>, f: Handle| -> Result<i64, HostError> {
        cx.call(&f, ())
    });
    interp
        .exec(
            "class Refused(Exception):\n    def __init__(self, why):\n        super().__init__(why)\n        self.why = why\ndef no():\n    raise Refused('closed')\ntry:\n    apply(no)\nexcept Refused as e:\n    print(type(e).__name__, e.why)\n",
            "t.py",
        )
        .unwrap();
    assert_eq!(interp.take_stdout(), "Refused closed\n");
    let e = interp.exec("apply(no)\n", "t.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("Refused", "closed"));
    assert!(e.traceback.contains("in no\n"), "{}", e.traceback);
}

#[test]
fn a_limit_reached_in_a_callback_cannot_be_caught_by_the_host_or_the_script() {
    let mut interp = quiet().max_steps(10_000).build();
    interp.function("swallow", &["f"], |cx: &mut Context<'_>, f: Handle| -> Result<i64, HostError> {
        // A careless host ignores the error: the limit still ends the run.
        Ok(cx.call::<i64>(&f, ()).unwrap_or(0))
    });
    let e = interp
        .exec("def spin():\n    while True:\n        pass\ntry:\n    swallow(spin)\n    print('went on')\nexcept BaseException:\n    print('caught')\n", "t.py")
        .unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Steps));
    assert_eq!(interp.take_stdout(), "");
}

#[test]
fn data_of_any_shape_comes_out_as_dynamic_and_goes_back() {
    use reap_runtime::embed::Dynamic;

    let mut interp = quiet().build();
    interp
        .exec("class Plugin:\n    pass\ndoc = {'n': 2**70, 'xs': [1.5, b'raw', ('a', True)], 'plugin': Plugin()}\n", "t.py")
        .unwrap();
    let doc: Dynamic = interp.get("doc").unwrap();
    let Dynamic::Dict(items) = &doc else { panic!("{doc:?}") };
    assert_eq!(items[0].1, Dynamic::Int("1180591620717411303424".parse().unwrap()));
    assert_eq!(
        items[1].1,
        Dynamic::List(vec![
            Dynamic::Float(1.5),
            Dynamic::Bytes(b"raw".to_vec()),
            Dynamic::Tuple(vec![Dynamic::from("a"), Dynamic::Bool(true)]),
        ])
    );
    let Dynamic::Object(plugin) = &items[2].1 else { panic!("{:?}", items[2].1) };
    assert_eq!(interp.call_handle::<String>(plugin, ()).map_err(|e| e.kind).unwrap_err(), "TypeError");
    interp.set("copy", doc.clone()).unwrap();
    assert!(interp.eval::<bool>("copy == doc and copy['plugin'] is doc['plugin']").unwrap());
    // A list as a dict key cannot go in: the conversion's TypeError, not a panic.
    let bad = Dynamic::Dict(vec![(Dynamic::List(vec![]), Dynamic::None)]);
    assert_eq!(interp.set("bad", bad).unwrap_err().message, "unhashable type: 'list'");
    // A list that holds itself is refused, not followed forever.
    interp.exec("loop = []\nloop.append(loop)\n", "t.py").unwrap();
    assert_eq!(interp.get::<Dynamic>("loop").unwrap_err().kind, "TypeError");
}
