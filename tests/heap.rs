//! The heap's ownership, end to end: every object a script makes is freed exactly once, at the
//! latest when its interpreter is taken apart (cycles included, by the collector), and objects
//! die the moment their count reaches zero.

use std::path::Path;

use reap_runtime::Interpreter;
use reap_runtime::embed::{Builder, Output};

fn run_quietly(path: &Path) -> Interpreter {
    let mut interp = Builder::standalone().stdout(Output::Discard).stderr(Output::Discard).build();
    let source = std::fs::read(path).expect("script");
    interp.run_main(path, &source, &[path.to_string_lossy().to_string()]);
    interp
}

fn leftovers(interp: Interpreter) -> Vec<String> {
    interp.teardown().into_iter().map(|(type_name, count)| format!("{type_name} (count {count})")).collect()
}

#[test]
fn every_object_of_the_corpus_is_freed_when_its_interpreter_is_taken_apart() {
    // REAP_HEAP_SCRIPTS points the check at another folder (to narrow down a leak).
    let dir = std::env::var_os("REAP_HEAP_SCRIPTS")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py"), std::path::PathBuf::from);
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py") && !p.ends_with("record.py"))
        .collect();
    scripts.sort();
    // Each script gets its own interpreter, so the scripts can be checked side by side, one
    // worker per core; except those that change the process's working directory, which would
    // move the files of the scripts running beside them: they run alone, after the others.
    let (alone, shared): (Vec<_>, Vec<_>) = scripts
        .into_iter()
        .partition(|p| std::fs::read_to_string(p).is_ok_and(|text| text.contains("chdir")));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut leaks = check(&shared, workers);
    leaks.extend(check(&alone, 1));
    leaks.sort();
    assert!(leaks.is_empty(), "objects left alive:\n{}", leaks.join("\n"));
}

/// What each script leaves alive, checked by `workers` threads with the binary's own stack size
/// (deep-recursion scripts need it). Scripts that read stdin or exit abruptly are as fine here
/// as anywhere: only what stays in the heap afterwards matters.
fn check(scripts: &[std::path::PathBuf], workers: usize) -> Vec<String> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let leaks = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(scope, || {
                    while let Some(script) =
                        scripts.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                    {
                        let path = script.clone();
                        let left = std::panic::catch_unwind(move || leftovers(run_quietly(&path)))
                            .unwrap_or_else(|_| vec!["the run panicked".to_string()]);
                        if !left.is_empty() {
                            let name = script
                                .file_name()
                                .map(|n| n.to_string_lossy().to_string())
                                .unwrap_or_default();
                            let leak =
                                format!("{name}: {} left: {:?}", left.len(), &left[..left.len().min(8)]);
                            leaks.lock().unwrap_or_else(|e| e.into_inner()).push(leak);
                        }
                    }
                })
                .expect("thread");
        }
    });
    leaks.into_inner().unwrap_or_else(|e| e.into_inner())
}
