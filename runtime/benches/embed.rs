//! The embedding costs the issue bounds: creating an interpreter, running `x = 1` and dropping
//! it (target: at most 200 µs), and a host-function call against a script-function call
//! (target: at most 2x). `cargo bench -p reap-runtime --bench embed`.

use reap_runtime::embed::{Builder, HostError, Output};

fn main() {
    divan::main();
}

#[divan::bench]
fn create_run_drop() {
    let mut interp = Builder::new().stdout(Output::Discard).build();
    let _ = divan::black_box(interp.exec("x = 1", "x.py"));
}

fn caller() -> reap_runtime::Interpreter {
    let mut interp = Builder::new().stdout(Output::Discard).build();
    interp.function("host_add", &["a", "b"], |a: i64, b: i64| -> Result<i64, HostError> { Ok(a + b) });
    let _ = interp.exec("def script_add(a, b):\n    return a + b\n", "calls.py");
    interp
}

const CALLS: &str = "t = 0\nfor i in range(10000):\n    t = {f}(t, 1)\n";

#[divan::bench]
fn ten_thousand_host_calls(b: divan::Bencher) {
    let mut interp = caller();
    let src = CALLS.replace("{f}", "host_add");
    b.bench_local(|| interp.exec(&src, "loop.py"));
}

#[divan::bench]
fn ten_thousand_script_calls(b: divan::Bencher) {
    let mut interp = caller();
    let src = CALLS.replace("{f}", "script_add");
    b.bench_local(|| interp.exec(&src, "loop.py"));
}
