//! The REPL in a real terminal (a tmux pane): a class with a finalizer typed over several
//! lines, an instance made and deleted (its callback's output appears), `_`, an error that
//! does not end the session, and Ctrl-D, after which the finalizers still alive run.
//! Skipped (with a message) where tmux is missing; `.ci/run` installs it.

use std::process::Command;
use std::time::{Duration, Instant};

struct Pane {
    name: String,
}

impl Pane {
    fn start(history: &std::path::Path) -> Option<Pane> {
        let name = format!("reap-test-{}", std::process::id());
        let cmd = format!(
            "NO_COLOR=1 REAP_HISTORY={} {}; echo '[exit '$?']'; sleep 30",
            history.display(),
            env!("CARGO_BIN_EXE_reap")
        );
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-s", &name, "-x", "150", "-y", "50", &cmd])
            .status()
            .ok()?
            .success();
        ok.then_some(Pane { name })
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        let _ = Command::new("tmux").args(&args).status();
    }

    /// Types a line once the REPL waits at a prompt, as a person would (keys typed while
    /// code runs would reach the terminal before the line editor asks for them).
    fn line(&self, text: &str) {
        let prompts = |s: &str| {
            s.lines()
                .filter(|l| l.starts_with(">>> ") || l.starts_with("... ") || *l == ">>>" || *l == "...")
                .count()
        };
        let before = prompts(&self.screen());
        self.send(&["-l", text]);
        self.send(&["Enter"]);
        let start = Instant::now();
        while prompts(&self.screen()) <= before && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn screen(&self) -> String {
        Command::new("tmux")
            .args(["capture-pane", "-p", "-S", "-200", "-t", &self.name])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    }

    /// Waits until the screen shows `text` (at most a few seconds).
    fn wait_for(&self, text: &str) -> String {
        self.wait_for_within(text, Duration::from_secs(10))
    }

    fn wait_for_within(&self, text: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) || start.elapsed() > limit {
                return s;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
    }
}

#[test]
fn a_finalizer_session_in_a_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not found: skipping the terminal test");
        return;
    }
    let history = std::env::temp_dir().join(format!("reap-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let Some(pane) = Pane::start(&history) else {
        panic!("tmux could not start a session");
    };
    // capture-pane drops trailing blanks: the prompt shows as ">>>".
    pane.wait_for(">>>");
    pane.line("import weakref");
    pane.line("class Resource:");
    pane.line("    def __init__(self, name):");
    pane.line("        weakref.finalize(self, print, 'released', name)");
    pane.line("");
    pane.line("r = Resource('first')");
    pane.line("del r");
    let s = pane.wait_for("released first");
    assert!(s.contains("... "), "continuation prompts: {s}");
    assert!(s.contains("released first"), "{s}");
    pane.line("6 * 7");
    pane.line("_ + 1");
    let s = pane.wait_for("43");
    assert!(s.contains("\n42\n") && s.contains("\n43\n"), "{s}");
    pane.line("1/0");
    let s = pane.wait_for("ZeroDivisionError");
    assert!(s.contains("File \"<stdin>\", line 1, in <module>"), "{s}");
    pane.line("kept = Resource('second')");
    pane.line("print('still running')");
    pane.wait_for("still running");
    // Ctrl-C discards a half-typed entry; Ctrl-D leaves and the live finalizer runs.
    pane.send(&["-l", "def half("]);
    pane.send(&["C-c"]);
    pane.wait_for("KeyboardInterrupt\n>>>");
    // The prompt is drawn just before the line editor switches the terminal to raw mode, which
    // discards keys typed in between (a person does not type that fast): Ctrl-D is pressed
    // again until the REPL has left.
    let mut s = String::new();
    for _ in 0..5 {
        pane.send(&["C-d"]);
        s = pane.wait_for_within("[exit 0]", Duration::from_secs(2));
        if s.contains("[exit 0]") {
            break;
        }
    }
    assert!(s.contains("released second\n"), "{s}");
    assert!(s.contains("[exit 0]"), "{s}");
    let saved = std::fs::read_to_string(&history).unwrap_or_default();
    assert!(saved.contains("kept = Resource('second')"), "history saved: {saved}");
}
