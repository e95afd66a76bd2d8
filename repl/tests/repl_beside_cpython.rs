//! The REPL typed into beside CPython's: each test types one session into a tmux pane running
//! `reap` and into another running `python3`, and the two screens must be the same. CPython's
//! screen is recorded as the test runs (skipped, with a message, without tmux or python3 3.11;
//! `.ci/run` installs tmux).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// One step of a session.
enum Key<'a> {
    /// A line typed and entered; the next step waits for the prompt after it.
    Line(&'a str),
    /// Text typed without Enter.
    Text(&'a str),
    /// A key by tmux's name (`C-c`, `Tab`), then a pause for the screen to settle.
    Press(&'a str),
    /// Text pasted at once, as a terminal pastes (bracketed if the program asked for it).
    Paste(&'a str),
}
use Key::{Line, Paste, Press, Text};

struct Pane {
    name: String,
    home: PathBuf,
}

impl Pane {
    fn start(tag: &str, command: &str, home: PathBuf) -> Option<Pane> {
        let name = format!("reap-twin-{tag}-{}", std::process::id());
        // PAGER=cat: pydoc's help() pages through it; without it CPython would start `less`.
        let cmd = format!(
            "cd {home}; env -u PYTHONSTARTUP HOME={home} NO_COLOR=1 PAGER=cat {command}; echo '[exit '$?']'; sleep 30",
            home = home.display()
        );
        // The tmux server exits with its last session, and a session started in that instant
        // can fail to reach it: a few tries.
        let ok = (0..5).any(|attempt| {
            if attempt > 0 {
                std::thread::sleep(std::time::Duration::from_millis(300));
            }
            Command::new("tmux")
                .args(["new-session", "-d", "-s", &name, "-x", "120", "-y", "60", &cmd])
                .status()
                .is_ok_and(|s| s.success())
        });
        ok.then_some(Pane { name, home })
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        let _ = Command::new("tmux").args(&args).status();
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-S", "-200", "-t", &self.name])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        out.trim_end().to_string()
    }

    fn prompts(&self) -> usize {
        self.screen().lines().filter(|l| l.contains(">>>") || l.starts_with("...")).count()
    }

    /// Waits until `done` holds for the screen or a few seconds pass.
    fn wait(&self, done: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while !done(&self.screen()) && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Types the session and returns the screen once it is still.
    fn play(&self, session: &[Key]) -> String {
        self.wait(|s| s.contains(">>>"));
        for key in session {
            // A person reads the prompt before typing; keys sent in the instant a prompt is
            // drawn, before the line editor has the terminal, are lost (CPython's too).
            std::thread::sleep(Duration::from_millis(150));
            if std::env::var_os("TWIN_DEBUG").is_some() {
                eprintln!("--- {}\n{}", self.name, self.screen());
            }
            match key {
                Line(text) => {
                    let before = self.prompts();
                    self.send(&["-l", text]);
                    self.send(&["Enter"]);
                    self.wait(|_| self.prompts() > before);
                }
                Text(text) => {
                    self.send(&["-l", text]);
                    std::thread::sleep(Duration::from_millis(300));
                }
                // Keys typed in the moment between a prompt being drawn and the line editor
                // taking the terminal are lost (a person does not type that fast): Ctrl-D is
                // pressed again until the REPL has left.
                Press("C-d") => {
                    for _ in 0..5 {
                        self.send(&["C-d"]);
                        self.wait(|s| s.contains("[exit "));
                        if self.screen().contains("[exit ") {
                            break;
                        }
                    }
                }
                Press(k) => {
                    self.send(&[k]);
                    std::thread::sleep(Duration::from_millis(500));
                }
                Paste(text) => {
                    let buffer = format!("{}-paste", self.name);
                    let _ = Command::new("tmux").args(["set-buffer", "-b", &buffer, text]).status();
                    let _ = Command::new("tmux")
                        .args(["paste-buffer", "-p", "-d", "-b", &buffer, "-t", &self.name])
                        .status();
                    std::thread::sleep(Duration::from_millis(1000));
                }
            }
        }
        if std::env::var_os("TWIN_DEBUG").is_some() {
            eprintln!("=== {}\n{}", self.name, self.screen());
        }
        // The screen is still when two looks a moment apart agree.
        let mut last = self.screen();
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let now = self.screen();
            if now == last {
                return now;
            }
            last = now;
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

fn tools_present() -> bool {
    let tmux = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    let python = Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status()
        .is_ok_and(|s| s.success());
    if !(tmux && python) {
        eprintln!("tmux or python3 3.11 not found: skipping the REPL comparison");
    }
    tmux && python
}

/// A fresh directory for one pane: its home (history files) and working directory, holding
/// `files` (name, text).
fn home(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reap-twin-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary directory");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("session file");
    }
    dir
}

/// One session at a time: sessions typed at once would compete for the machine's cores and
/// the screens' timing with them.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Types `session` into `reap ARGS` and `python3 ARGS` and asserts the screens are equal.
fn same_screen(test: &str, args: &str, files: &[(&str, &str)], session: &[Key]) {
    same_screen_with(test, "", args, files, session);
}

/// `same_screen` with environment variables (`NAME=value ...`) set for both.
fn same_screen_with(test: &str, env: &str, args: &str, files: &[(&str, &str)], session: &[Key]) {
    if !tools_present() {
        return;
    }
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let ours = format!("{}-reap", test);
    let theirs = format!("{}-cpython", test);
    let reap =
        Pane::start(&ours, &format!("{env} {} {args}", env!("CARGO_BIN_EXE_reap")), home(&ours, files))
            .expect("tmux starts a session");
    let cpython =
        Pane::start(&theirs, &format!("{env} python3 {args}"), home(&theirs, files)).expect("tmux starts");
    let expected = cpython.play(session);
    let got = reap.play(session);
    assert_eq!(got, expected, "\n--- reap's screen\n{got}\n--- CPython's screen\n{expected}\n");
}

#[test]
fn a_syntax_error_in_a_block_header_is_reported_at_once() {
    same_screen(
        "header",
        "-q",
        &[],
        &[
            Line("if x = 3:"),
            Line("for i in range(2) print(i)"),
            Line("def g(:"),
            Line("while node.next = None:"),
            Line("if True:"),
            Line("    y = = 1"),
            Line("print('still here')"),
        ],
    );
}

#[test]
fn pasted_lines_run_one_by_one() {
    same_screen(
        "paste",
        "-q",
        &[],
        &[
            Paste(
                "def twice(x):\n    return x * 2\n\nprint(twice(21))\nfor i in range(2):\n    print(i)\n\n",
            ),
            Line("twice(4)"),
        ],
    );
}

#[test]
fn pythonstartup_runs_before_the_first_prompt() {
    same_screen_with(
        "startup",
        "PYTHONSTARTUP=startup.py",
        "-q",
        &[("startup.py", "print('startup ran')\nanswer = 42\n1/0\n")],
        &[Line("answer"), Line("__file__")],
    );
}

#[test]
fn a_missing_pythonstartup_file_is_reported_and_the_session_goes_on() {
    same_screen_with("startup-missing", "PYTHONSTARTUP=missing.py", "-q", &[], &[Line("1 + 1")]);
}

#[test]
fn dash_e_and_dash_i_ignore_pythonstartup() {
    let files = [("startup.py", "print('startup ran')\n")];
    same_screen_with("startup-E", "PYTHONSTARTUP=startup.py", "-q -E", &files, &[Line("1 + 1")]);
    same_screen_with("startup-I", "PYTHONSTARTUP=startup.py", "-q -I", &files, &[Line("2 + 2")]);
}

#[test]
fn a_bare_string_is_echoed() {
    same_screen(
        "string",
        "-q",
        &[],
        &[Line("'abc'"), Line("\"it's\""), Line("b'\\x00x'"), Line("'''two"), Line(""), Line("lines'''")],
    );
}

#[test]
fn output_without_a_line_break_stays_before_the_prompt() {
    same_screen(
        "tail",
        "-q",
        &[],
        &[
            Line("print('a', end='')"),
            Line("import sys; n = sys.stderr.write('err')"),
            Line("print('done')"),
            Line("for i in range(3): print(i, end=' ')"),
            Line(""),
        ],
    );
}

#[test]
fn ctrl_c_interrupts_running_code_and_returns_to_the_prompt() {
    same_screen(
        "interrupt",
        "-q",
        &[],
        &[
            Line("while True: pass"),
            Text(""),
            Press("Enter"),
            Press("C-c"),
            Line("print('after')"),
            Text("def half("),
            Press("C-c"),
            Line("print('again')"),
        ],
    );
}

#[test]
fn ctrl_c_interrupts_code_under_dash_i_too() {
    same_screen(
        "interrupt-i",
        "-i script.py",
        &[("script.py", "x = 5\n")],
        &[Line("x"), Line("while x: pass"), Press("Enter"), Press("C-c"), Line("x + 1"), Press("C-d")],
    );
}

#[test]
fn the_value_only_underscore_held_is_finalized_before_the_next_is_printed() {
    same_screen(
        "underscore",
        "-q",
        &[],
        &[
            Line("class D:"),
            Line("    def __del__(self): print('del', self.n)"),
            Line("    def __repr__(self): return f'D{self.n}'"),
            Line(""),
            Line("d = D(); d.n = 1"),
            Line("d"),
            Line("del d"),
            Line("2"),
            Line("_"),
        ],
    );
}

#[test]
fn help_shows_a_functions_signature_and_docstring() {
    same_screen(
        "help",
        "-q",
        &[],
        &[
            Line("def area(width, height=1, *, unit='m'):"),
            Line("    '''The area of a rectangle."),
            Line(""),
            Line("    In square units.'''"),
            Line(""),
            Line("help(area)"),
            Line("class Box:"),
            Line("    'A box.'"),
            Line("    def open(self, force=False):"),
            Line("        'Opens it.'"),
            Line(""),
            Line("help(Box().open)"),
            Line("help"),
            Line("help('no-such-topic')"),
        ],
    );
}

#[test]
fn tab_completes_names_and_callables_with_a_parenthesis() {
    same_screen(
        "tab",
        "-q",
        &[],
        &[
            Line("class K:"),
            Line("    def method_one(self): pass"),
            Line("    def method_two(self, x): pass"),
            Line("    value = 1"),
            Line(""),
            Line("k = K()"),
            Text("k.me"),
            Press("Tab"),
            Text("o"),
            Press("Tab"),
            Press("Enter"),
            Text("k.method_t"),
            Press("Tab"),
            Text("2)"),
            Press("Enter"),
            Text("k.va"),
            Press("Tab"),
            Press("Enter"),
            Text("def fi"),
            Press("C-u"),
            Text("if k.value:"),
            Press("Enter"),
            Press("Tab"),
            Text("print('indented')"),
            Press("Enter"),
            Press("Enter"),
        ],
    );
}

/// Readline's second Tab lists the candidates. (Not compared with CPython: this machine's
/// CPython shows no list, whatever its readline is built with.)
#[test]
fn a_second_tab_lists_the_candidates() {
    if !tools_present() {
        return;
    }
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let tag = "tab-list";
    let reap = Pane::start(tag, &format!("{} -q", env!("CARGO_BIN_EXE_reap")), home(tag, &[])).expect("tmux");
    let screen = reap.play(&[
        Line("class K:"),
        Line("    def method_one(self): pass"),
        Line("    def method_two(self, x): pass"),
        Line(""),
        Text("K.me"),
        Press("Tab"),
        Press("Tab"),
    ]);
    assert!(screen.contains("K.method_one(  K.method_two("), "{screen}");
    assert!(screen.ends_with(">>> K.method_"), "{screen}");
}

#[test]
fn a_script_under_dash_i_has_no_banner_and_leaving_adds_no_blank_line() {
    same_screen(
        "dash-i",
        "-i script.py",
        &[("script.py", "x = 5\nprint('ran')\n")],
        &[Line("x * 2"), Press("C-d")],
    );
}
