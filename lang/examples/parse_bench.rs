//! Lexing + parsing throughput: `cargo run --release -p reap-lang --example parse_bench < LIST`,
//! where LIST names the input files one a line. Parses them all repeatedly and prints the median
//! rate in MB/s (see `bench/parse.sh`, which puts CPython's rate on the same files beside it).

use std::io::BufRead;
use std::time::Instant;

fn main() {
    let files: Vec<(String, String)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let src = std::fs::read_to_string(p.trim()).expect("a readable UTF-8 file");
            (p, src)
        })
        .collect();
    let bytes: usize = files.iter().map(|(_, s)| s.len()).sum();
    let mut rates = Vec::new();
    for _ in 0..15 {
        let start = Instant::now();
        for (path, src) in &files {
            let module = reap_lang::parse_module(src, path).expect("the benchmark input parses");
            std::hint::black_box(module);
        }
        rates.push(bytes as f64 / 1e6 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    println!("{:.1}", rates[rates.len() / 2]);
}
