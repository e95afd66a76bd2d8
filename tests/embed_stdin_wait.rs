//! A script waiting on the process's stdin still wakes for the deadline, the host's stop
//! and the shutdown budget. Each case runs in a child process (this test binary again) whose
//! stdin is a pipe the parent keeps open and never writes to, so a read would block forever.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use reap_runtime::embed::{Builder, LimitKind, Output, Stdin};

const CHILD: &str = "REAP_STDIN_WAIT_CHILD";

/// Runs test `name` of this binary as a child with an open, silent stdin; true if it passed.
fn in_child_with_silent_stdin(name: &str) -> bool {
    let exe = std::env::current_exe().unwrap();
    let mut child = Command::new(exe)
        .args(["--exact", name, "--test-threads=1"])
        .env(CHILD, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The pipe stays open (and silent) until the child is done; a child still waiting after
    // a generous while is a read that did not wake.
    let _stdin = child.stdin.take();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    out.status.success() && text.contains("1 passed")
}

fn inherit() -> Builder {
    Builder::new().stdout(Output::Buffer).stderr(Output::Buffer).stdin(Stdin::Inherit)
}

#[test]
fn waiting_for_input_ends_at_the_deadline() {
    if std::env::var_os(CHILD).is_none() {
        assert!(in_child_with_silent_stdin("waiting_for_input_ends_at_the_deadline"));
        return;
    }
    let mut interp = inherit().timeout(Duration::from_millis(300)).build();
    let start = Instant::now();
    let e = interp
        .exec("import sys\ntry:\n    line = input()\nexcept BaseException:\n    print('caught')\n", "t.py")
        .unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Time));
    assert!(start.elapsed() < Duration::from_secs(3));
    assert_eq!(interp.take_stdout(), "");
    interp.exec("x = 1\n", "t.py").unwrap();
}

#[test]
fn waiting_for_input_ends_when_the_host_stops_the_run() {
    if std::env::var_os(CHILD).is_none() {
        assert!(in_child_with_silent_stdin("waiting_for_input_ends_when_the_host_stops_the_run"));
        return;
    }
    let mut interp = inherit().build();
    let handle = interp.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        handle.interrupt();
    });
    let e = interp.exec("import sys\nfor line in sys.stdin:\n    pass\n", "t.py").unwrap_err();
    assert_eq!(e.limit, Some(LimitKind::Stopped));
}

#[test]
fn waiting_for_input_at_exit_ends_with_the_shutdown_budget() {
    if std::env::var_os(CHILD).is_none() {
        assert!(in_child_with_silent_stdin("waiting_for_input_at_exit_ends_with_the_shutdown_budget"));
        return;
    }
    let mut interp = inherit().build();
    interp.exec("import atexit\natexit.register(input)\n", "t.py").unwrap();
    let start = Instant::now();
    drop(interp);
    assert!(start.elapsed() < Duration::from_secs(10));
}
