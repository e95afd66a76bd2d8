//! Each limit stopping a runaway script: steps, wall-clock time, recursion depth, and an
//! interrupt from another thread. None can be caught by the script.
//! Run with `cargo run --example sandbox`.

use std::time::{Duration, Instant};

use reap_runtime::embed::{Builder, Output};

const RUNAWAY: &str = "
while True:
    try:
        while True:
            pass
    except BaseException:
        pass    # cannot swallow a limit
";

fn main() {
    let mut steps = Builder::new().stdout(Output::Discard).max_steps(50_000).build();
    report("steps", steps.exec(RUNAWAY, "runaway.py"));

    let mut timed = Builder::new().stdout(Output::Discard).timeout(Duration::from_millis(200)).build();
    let start = Instant::now();
    report("time", timed.exec(RUNAWAY, "runaway.py"));
    println!("  (after {} ms)", start.elapsed().as_millis() / 100 * 100);

    let mut deep = Builder::new().stdout(Output::Discard).max_depth(100).build();
    report("depth", deep.exec("def f(n):\n    return f(n + 1)\nf(0)\n", "deep.py"));

    let mut stoppable = Builder::new().stdout(Output::Discard).build();
    let handle = stoppable.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    report("interrupt", stoppable.exec(RUNAWAY, "runaway.py"));

    // Each interpreter stays usable after its limit.
    println!("still usable: {:?}", steps.eval::<i64>("6 * 7"));
    let _ = timed.eval::<i64>("1");
}

fn report(what: &str, r: Result<(), reap_runtime::embed::Error>) {
    match r {
        Ok(()) => println!("{what}: finished (unexpected)"),
        Err(e) => println!("{what}: {e}"),
    }
}
