//! The REPL: `>>> ` and `... ` prompts, blocks ended by a blank line, values echoed (and kept
//! in `_`), tracebacks without leaving. On a terminal it edits lines with rustyline (history in
//! `~/.reap_history` or `$REAP_HISTORY`, completion, highlighting unless `NO_COLOR`); on a pipe
//! it reads lines plainly, without prompts or colour, so sessions can be scripted.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::BufRead;
use std::rc::Rc;

use reap_runtime::{Interactive, Interpreter};

use crate::line_tail::LineTail;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

/// Statements that open a block: the REPL waits for a blank line after them.
const COMPOUND: &[&str] = &["def", "class", "if", "for", "while", "with", "try", "async", "@", "match"];

/// Where the REPL is in reading an entry.
pub struct Entry {
    lines: Vec<String>,
    block: bool,
}

/// What to do after a line was added.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    More,
    Run(String),
}

impl Entry {
    pub fn new() -> Entry {
        Entry { lines: Vec::new(), block: false }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Adds a line; `parse` says how the text so far parses.
    pub fn push(&mut self, line: &str, parse: impl Fn(&str) -> Parsed) -> Next {
        if self.lines.is_empty() {
            if line.trim().is_empty() {
                return Next::More;
            }
            let first = line.trim_start();
            let word =
                first.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '@')).next().unwrap_or("");
            self.block = COMPOUND.contains(&word) || first.starts_with('@');
        }
        self.lines.push(line.to_string());
        let text = self.text();
        // A block ends with a blank line; anything else as soon as it is complete. An error
        // that no further line can mend ends either at once, as CPython's parser reports it at
        // the line that has it (`if x = 3:`).
        let done = match parse(&text) {
            Parsed::Error => true,
            Parsed::Complete => !self.block || line.trim().is_empty(),
            Parsed::Incomplete => self.block && line.trim().is_empty(),
            // A blank line inside brackets or a string left open is part of the entry.
            Parsed::Open => false,
        };
        if !done {
            return Next::More;
        }
        self.clear();
        Next::Run(text)
    }

    pub fn clear(&mut self) {
        self.lines.clear();
        self.block = false;
    }

    fn text(&self) -> String {
        let mut t = self.lines.join("\n");
        t.push('\n');
        t
    }
}

/// How the text of an entry parses so far.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Parsed {
    Complete,
    /// More lines may complete it (a block still open).
    Incomplete,
    /// Inside brackets or a triple-quoted string: even a blank line continues it.
    Open,
    /// Wrong whatever follows: reported at once.
    Error,
}

/// Parses an entry (only parses: errors the compiler finds, such as `nonlocal` at module
/// level, wait for the end of the block, as in CPython).
pub fn parse_entry(src: &str) -> Parsed {
    match reap_runtime::lang::parse_module(src, "<stdin>") {
        Ok(_) => Parsed::Complete,
        Err(e)
            if e.incomplete && (e.msg.ends_with("was never closed") || e.msg.starts_with("unterminated")) =>
        {
            Parsed::Open
        }
        Err(e) if e.incomplete => Parsed::Incomplete,
        Err(_) => Parsed::Error,
    }
}

/// The REPL on a terminal: whether to greet, and what the running code left on the last line.
pub struct Screen {
    pub banner: bool,
    pub tail: LineTail,
}

/// Runs the REPL on `interp` until end of input or `exit()` (with prompts and line editing
/// given a `screen`); returns the exit status.
/// The REPL: on a terminal (`screen`), with the line editor; else reading stdin's lines, with
/// the prompts (and, if `banner`, the banner) on stderr, as CPython's REPL on a pipe.
pub fn run(interp: &mut Interpreter, screen: Option<Screen>, banner: bool) -> i32 {
    match screen {
        Some(screen) => {
            if screen.banner {
                print_banner();
            }
            interactive(interp, &screen.tail)
        }
        None => {
            if banner {
                print_banner();
            }
            piped(interp)
        }
    }
}

fn print_banner() {
    eprintln!("Reap {} (a Python 3.11 subset) on {}", env!("CARGO_PKG_VERSION"), std::env::consts::OS);
    eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
}

fn run_entry(interp: &mut Interpreter, text: &str) -> Option<i32> {
    match interp.run_interactive(text) {
        Interactive::Exit(status) => Some(status),
        Interactive::Done | Interactive::Incomplete => None,
    }
}

fn piped(interp: &mut Interpreter) -> i32 {
    let stdin = std::io::stdin();
    let mut entry = Entry::new();
    let prompt = |entry: &Entry| {
        eprint!("{}", if entry.is_empty() { ">>> " } else { "... " });
    };
    loop {
        prompt(&entry);
        // One line at a time, through the same buffer `input()` and `sys.stdin` read from.
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Next::Run(text) = entry.push(line, parse_entry)
            && let Some(status) = run_entry(interp, &text)
        {
            return status;
        }
    }
    // End of input: CPython ends the prompt's line, and a pending block runs as a blank line
    // would make it.
    eprintln!();
    if !entry.is_empty()
        && let Next::Run(text) = entry.push("", |_| Parsed::Complete)
        && let Some(status) = run_entry(interp, &text)
    {
        return status;
    }
    0
}

fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("REAP_HISTORY") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".reap_history"))
}

fn interactive(interp: &mut Interpreter, tail: &LineTail) -> i32 {
    let shared = Rc::new(RefCell::new(Completions::default()));
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    // Tab completes the common prefix and, pressed again, lists the candidates (readline's way).
    // Without bracketed paste, pasted lines arrive as typed ones and run one by one, as in
    // CPython's REPL (with it, the line editor would hold them all as one line).
    let config = rustyline::Config::builder()
        .completion_type(rustyline::CompletionType::List)
        .bracketed_paste(false)
        .build();
    let mut editor: Editor<ReplHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(_) => return piped(interp),
    };
    editor.set_helper(Some(ReplHelper { color, names: Rc::clone(&shared) }));
    forward_ctrl_c(interp.interrupt_handle());
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut entry = Entry::new();
    let status = loop {
        shared.borrow_mut().refresh(interp);
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        let prompt = format!("{}{prompt}", tail.take());
        match editor.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                if let Next::Run(text) = entry.push(&line, parse_entry)
                    && let Some(status) = run_entry(interp, &text)
                {
                    break status;
                }
            }
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                entry.clear();
            }
            // The line editor has ended the line already.
            Err(_) => break 0,
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    status
}

/// A keyword as `rlcompleter` completes it: followed by what must come next.
fn keyword_completion(k: &str) -> String {
    match k {
        "finally" | "try" => format!("{k}:"),
        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
        _ => format!("{k} "),
    }
}

/// The line editor takes SIGINT for itself for as long as it lives (while a line is edited,
/// Ctrl-C reaches it as a key anyway): Ctrl-C while an entry runs must raise
/// `KeyboardInterrupt` in it, as under `python3`.
fn forward_ctrl_c(handle: reap_runtime::embed::InterruptHandle) {
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) {
        std::thread::spawn(move || {
            for _ in signals.forever() {
                handle.keyboard_interrupt();
            }
        });
    }
}

/// What completion offers, refreshed before each line is read (the interpreter is busy while
/// the line is edited only in the sense that nothing runs).
#[derive(Default)]
struct Completions {
    names: Vec<String>,
    modules: Vec<String>,
    /// Attribute lists asked for while editing this line, by dotted prefix.
    attributes: Vec<(String, Vec<String>)>,
}

impl Completions {
    fn refresh(&mut self, interp: &mut Interpreter) {
        let mut names = interp.main_names();
        names.extend(crate::highlight::keywords().iter().map(|k| keyword_completion(k)));
        names.sort();
        names.dedup();
        self.names = names;
        self.modules = interp.module_names();
        self.modules.sort();
        self.modules.dedup();
        self.attributes.clear();
        // Attribute names are computed now for each global (cheap: dir() of each), so that
        // completion needs no access to the interpreter while a line is edited.
        let globals: Vec<String> = self
            .names
            .iter()
            .filter(|n| !n.starts_with('_') && !n.ends_with([' ', ':']))
            .map(|n| n.trim_end_matches(['(', ')']).to_string())
            .collect();
        for g in globals.into_iter().take(200) {
            let attrs = interp.attribute_names(&g);
            if !attrs.is_empty() {
                self.attributes.push((g, attrs));
            }
        }
    }
}

struct ReplHelper {
    color: bool,
    names: Rc<RefCell<Completions>>,
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start =
            before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
        let word = &before[start..];
        // Tab on a blank line indents, as in CPython's REPL.
        if before.trim().is_empty() {
            return Ok((pos, vec!["\t".to_string()]));
        }
        let c = self.names.borrow();
        let trimmed = before.trim_start();
        if (trimmed.starts_with("import ") || trimmed.starts_with("from ")) && !word.contains('.') {
            let found = c.modules.iter().filter(|m| m.starts_with(word)).cloned().collect();
            return Ok((start, found));
        }
        if let Some((obj, partial)) = word.rsplit_once('.') {
            let found = c
                .attributes
                .iter()
                .find(|(name, _)| name == obj)
                .map(|(_, attrs)| {
                    attrs
                        .iter()
                        .filter(|a| {
                            // As `rlcompleter`: `_` names once `_` is typed, dunders after `__`.
                            let hidden = if partial.starts_with("__") {
                                false
                            } else if partial.starts_with('_') {
                                a.starts_with("__")
                            } else {
                                a.starts_with('_')
                            };
                            a.starts_with(partial) && !hidden
                        })
                        .map(|a| format!("{obj}.{a}"))
                        .collect()
                })
                .unwrap_or_default();
            return Ok((start, found));
        }
        let found = c.names.iter().filter(|n| n.starts_with(word) && !word.is_empty()).cloned().collect();
        Ok((start, found))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color { Cow::Owned(crate::highlight::highlight(line)) } else { Cow::Borrowed(line) }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::{Completions, Entry, Next, ReplHelper, parse_entry};
    use rustyline::completion::Completer;
    use std::cell::RefCell;
    use std::rc::Rc;

    fn completions(line: &str) -> (usize, Vec<String>) {
        let mut interp = reap_runtime::Interpreter::new();
        interp.run_interactive("import os\nresource_count = 1\n");
        let mut c = Completions::default();
        c.refresh(&mut interp);
        let helper = ReplHelper { color: false, names: Rc::new(RefCell::new(c)) };
        let history = rustyline::history::MemHistory::new();
        let ctx = rustyline::Context::new(&history);
        helper.complete(line, line.len(), &ctx).expect("completes")
    }

    #[test]
    fn tab_completes_names_keywords_attributes_and_modules() {
        assert_eq!(completions("x = resou"), (4, vec!["resource_count".to_string()]));
        assert!(completions("whi").1.contains(&"while ".to_string()));
        assert!(completions("tr").1.contains(&"try:".to_string()));
        assert!(completions("Tr").1.contains(&"True".to_string()));
        assert!(completions("fina").1.contains(&"finalize(".to_string()));
        assert!(completions("os.pa").1.contains(&"os.path".to_string()));
        assert!(completions("os.getc").1.contains(&"os.getcwd(".to_string()));
        assert_eq!(completions("    "), (4, vec!["\t".to_string()]));
        assert!(completions("import weak").1.contains(&"weakref".to_string()));
    }

    fn feed(lines: &[&str]) -> Vec<Next> {
        let mut e = Entry::new();
        lines.iter().map(|l| e.push(l, parse_entry)).collect()
    }

    #[test]
    fn a_simple_statement_runs_at_once() {
        assert_eq!(feed(&["x = 1"]), vec![Next::Run("x = 1\n".into())]);
    }

    #[test]
    fn a_block_runs_after_a_blank_line() {
        let got = feed(&["def f():", "    return 1", ""]);
        assert_eq!(got[..2], [Next::More, Next::More]);
        assert_eq!(got[2], Next::Run("def f():\n    return 1\n\n".into()));
    }

    #[test]
    fn a_one_line_block_also_waits_for_the_blank_line() {
        assert_eq!(feed(&["for i in range(2): print(i)", ""])[0], Next::More);
    }

    #[test]
    fn open_brackets_continue_the_entry() {
        let got = feed(&["x = [1,", "2]"]);
        assert_eq!(got, vec![Next::More, Next::Run("x = [1,\n2]\n".into())]);
    }

    #[test]
    fn a_syntax_error_is_reported_at_once() {
        assert_eq!(feed(&["x = = 1"]), vec![Next::Run("x = = 1\n".into())]);
    }

    #[test]
    fn an_error_in_a_block_header_is_reported_at_once() {
        assert_eq!(feed(&["if x = 3:"]), vec![Next::Run("if x = 3:\n".into())]);
        assert_eq!(
            feed(&["for i in range(2) print(i)"]),
            vec![Next::Run("for i in range(2) print(i)\n".into())]
        );
        assert_eq!(feed(&["def g(:"]), vec![Next::Run("def g(:\n".into())]);
        let got = feed(&["if True:", "    x = = 1"]);
        assert_eq!(got, vec![Next::More, Next::Run("if True:\n    x = = 1\n".into())]);
    }

    #[test]
    fn a_block_still_open_at_a_blank_line_waits_no_more() {
        // `if True:` and a blank line: CPython reports the missing block.
        assert_eq!(feed(&["if True:", ""])[1], Next::Run("if True:\n\n".into()));
    }

    #[test]
    fn a_blank_line_inside_brackets_or_a_string_continues_the_block() {
        let got = feed(&["def f():", "    '''Doc.", "", "    More.'''", ""]);
        assert_eq!(got[..4], [Next::More, Next::More, Next::More, Next::More]);
        assert_eq!(got[4], Next::Run("def f():\n    '''Doc.\n\n    More.'''\n\n".into()));
        let got = feed(&["if True:", "    x = (1,", "", "         2)", ""]);
        assert_eq!(got[..4], [Next::More, Next::More, Next::More, Next::More]);
    }

    #[test]
    fn a_header_waits_for_its_block_even_after_other_statements() {
        let got = feed(&["class Box:", "    'A box.'", "    def open(self):", "        pass", ""]);
        assert_eq!(got[..4], [Next::More, Next::More, Next::More, Next::More]);
    }

    #[test]
    fn blank_lines_alone_do_nothing() {
        assert_eq!(feed(&["", "  "]), vec![Next::More, Next::More]);
    }
}
