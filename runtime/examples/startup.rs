//! Interpreter cost: creating one, running `x = 1` and dropping it (which runs the shutdown
//! and frees every object), and a host-function call against a script-function call.
//! `cargo run --release -p reap-runtime --example startup` (with `--no-default-features`: none
//! of the module groups).

use reap_runtime::embed::{Builder, HostError, Output};

fn main() {
    // The first interpreter of a process is built from nothing (what the `reap` command pays);
    // the next ones are copies of a set-up one.
    let start = std::time::Instant::now();
    let first = reap_runtime::Interpreter::new();
    println!("{:.0} µs to create the first interpreter", start.elapsed().as_secs_f64() * 1e6);
    drop(first);
    let n = 200;
    let start = std::time::Instant::now();
    for _ in 0..n {
        let interp = reap_runtime::Interpreter::new();
        std::hint::black_box(&interp);
        std::mem::forget(interp);
    }
    println!("{:.0} µs to create each next one (a copy)", start.elapsed().as_secs_f64() * 1e6 / f64::from(n));

    let start = std::time::Instant::now();
    for _ in 0..n {
        let mut interp = Builder::new().stdout(Output::Discard).build();
        let _ = interp.exec("x = 1", "x.py");
    }
    println!(
        "{:.0} µs to create one, run `x = 1` and drop it",
        start.elapsed().as_secs_f64() * 1e6 / f64::from(n)
    );

    let mut interp = Builder::new().stdout(Output::Discard).build();
    interp.function("host_add", &["a", "b"], |a: i64, b: i64| -> Result<i64, HostError> { Ok(a + b) });
    let _ = interp.exec("def script_add(a, b):\n    return a + b\n", "calls.py");
    let time = |interp: &mut reap_runtime::Interpreter, f: &str| {
        let src = format!("t = 0\nfor i in range(300000):\n    t = {f}(t, 1)\n");
        let start = std::time::Instant::now();
        let _ = interp.exec(&src, "loop.py");
        start.elapsed().as_secs_f64()
    };
    let script = time(&mut interp, "script_add");
    let host = time(&mut interp, "host_add");
    println!("host-function call / script-function call: {:.2}", host / script);
}
