//! Interpreter creation time: `cargo run --release -p reap-runtime --example startup`.

fn main() {
    let n = 200;
    let start = std::time::Instant::now();
    for _ in 0..n {
        let interp = reap_runtime::Interpreter::new();
        std::hint::black_box(&interp);
    }
    println!("{:.0} µs per interpreter", start.elapsed().as_secs_f64() * 1e6 / f64::from(n));
}
