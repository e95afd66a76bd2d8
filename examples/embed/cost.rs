//! What an interpreter costs to make, use once and drop, measured in a plain loop (no
//! benchmark harness): `cargo run --release --example cost`.

use std::time::Instant;

use reap_runtime::embed::{Builder, HostError};

fn main() {
    const CYCLES: u32 = 10_000;
    // Warm up: the first interpreter of a process pays for one-time set-up.
    drop(Builder::new().build());
    let start = Instant::now();
    for _ in 0..CYCLES {
        let mut interp = Builder::new().build();
        interp.exec("x = 1\n", "cost.py").expect("x = 1 runs");
        drop(interp);
    }
    let per = start.elapsed() / CYCLES;
    println!("create, run `x = 1`, drop: {:.1} µs mean over {CYCLES} cycles", per.as_secs_f64() * 1e6);

    // The same cycle, each step timed on its own (the clock reads add a little).
    let mut steps = [0.0; 3];
    for _ in 0..CYCLES {
        let t0 = Instant::now();
        let mut interp = Builder::new().build();
        let t1 = Instant::now();
        interp.exec("x = 1\n", "cost.py").expect("x = 1 runs");
        let t2 = Instant::now();
        drop(interp);
        let t3 = Instant::now();
        for (step, (a, b)) in steps.iter_mut().zip([(t0, t1), (t1, t2), (t2, t3)]) {
            *step += (b - a).as_secs_f64();
        }
    }
    let [build, run, teardown] = steps.map(|s| s * 1e6 / f64::from(CYCLES));
    println!("  of which build {build:.1} µs, run {run:.1} µs, drop {teardown:.1} µs");
    if std::env::args().any(|a| a == "--cycle-only") {
        return;
    }

    let mut interp = Builder::new().build();
    interp.function("add", &["a", "b"], |a: i64, b: i64| Ok::<_, HostError>(a + b));
    interp.exec("def add_py(a, b):\n    return a + b\n", "cost.py").expect("defines add_py");
    for (what, call) in [("host function", "add"), ("script function", "add_py")] {
        let source = format!("for i in range(1_000_000):\n    {call}(i, 1)\n");
        let start = Instant::now();
        interp.exec(&source, "cost.py").expect("the loop runs");
        println!("a call of a {what} from a script loop: {:.0} ns", start.elapsed().as_secs_f64() * 1e3);
    }
}
