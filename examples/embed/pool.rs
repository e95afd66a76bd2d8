//! A host connection pool whose connections scripts borrow; `weakref.finalize` in the script
//! gives each one back when its Python object dies, and the rest come back when the
//! interpreter is dropped, also after a limit stopped the script.
//! Run with `cargo run --example pool`.

use std::sync::{Arc, Mutex};

use reap_runtime::embed::{Builder, HostError, Output};

const SCRIPT: &str = r#"
import pool, weakref

class Connection:
    def __init__(self):
        self.id = pool.acquire()
        weakref.finalize(self, pool.release, self.id)

a = Connection()
b = Connection()
print("borrowed", a.id, b.id)
del a            # returned at once
held = [Connection(), b]
while True:      # runaway: stopped by the step limit
    pass
"#;

fn main() {
    let free = Arc::new(Mutex::new(vec![1, 2, 3, 4]));
    {
        let mut interp = Builder::new().stdout(Output::Inherit).max_steps(100_000).build();
        let (take, give) = (Arc::clone(&free), Arc::clone(&free));
        interp
            .module("pool")
            .function("acquire", &[], move || -> Result<i64, HostError> {
                take.lock()
                    .map_err(|_| "poisoned")?
                    .pop()
                    .ok_or_else(|| HostError::new("RuntimeError", "pool exhausted"))
            })
            .function("release", &["conn"], move |c: i64| -> Result<(), HostError> {
                give.lock().map_err(|_| "poisoned")?.push(c);
                println!("  connection {c} returned");
                Ok(())
            });
        match interp.exec(SCRIPT, "worker.py") {
            Ok(()) => println!("script ended"),
            Err(e) => println!("script stopped: {e}"),
        }
        println!("free while the interpreter lives: {:?}", free.lock().map(|v| v.len()).unwrap_or(0));
    } // dropped: the shutdown runs the finalizers still alive
    let mut back = free.lock().map(|v| v.clone()).unwrap_or_default();
    back.sort();
    println!("free after drop: {back:?}");
}
