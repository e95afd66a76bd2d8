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
const COMPOUND: &[&str] = &["def", "class", "if", "for", "while", "with", "try", "async", "@"];

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
        // `match` is a name too (`match = 5` runs at once): it starts a block only once the
        // entry reads as a match statement's header wanting its cases.
        if !self.block
            && self.lines[0].trim_start().starts_with("match")
            && parse(&text) == Parsed::Incomplete
        {
            self.block = true;
        }
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
        Err(e) if e.incomplete && e.open.is_some() => Parsed::Open,
        Err(e) if e.incomplete => Parsed::Incomplete,
        Err(_) => Parsed::Error,
    }
}

/// The REPL on a terminal: whether to greet, and what the running code left on the last line.
pub struct Screen {
    pub banner: bool,
    pub tail: LineTail,
}

/// The REPL, until end of input or `exit()`: on a terminal (`screen`), with the line editor; else reading stdin's lines, with
/// the prompts (and, if `banner`, the banner) on stderr, as CPython's REPL on a pipe. Returns the
/// exit status and the interpreter (the line editor's completion shares it while a line is
/// edited).
pub fn run(mut interp: Interpreter, screen: Option<Screen>, banner: bool) -> (i32, Interpreter) {
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
            let status = piped(&mut interp);
            (status, interp)
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

fn interactive(interp: Interpreter, tail: &LineTail) -> (i32, Interpreter) {
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
        Err(_) => {
            let mut interp = interp;
            let status = piped(&mut interp);
            return (status, interp);
        }
    };
    forward_ctrl_c(interp.interrupt_handle());
    // Completion looks names up when Tab is pressed, as `rlcompleter` does, in the interpreter
    // that is idle while the line is edited.
    let shared = Rc::new(RefCell::new(interp));
    editor.set_helper(Some(ReplHelper { color, interp: Rc::clone(&shared) }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut entry = Entry::new();
    let status = loop {
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        let prompt = format!("{}{prompt}", tail.take());
        match editor.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                if let Next::Run(text) = entry.push(&line, parse_entry)
                    && let Some(status) = run_entry(&mut shared.borrow_mut(), &text)
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
    drop(editor);
    let interp = Rc::try_unwrap(shared)
        .map(RefCell::into_inner)
        .unwrap_or_else(|still_shared| still_shared.replace(Interpreter::new()));
    (status, interp)
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

struct ReplHelper {
    color: bool,
    interp: Rc<RefCell<Interpreter>>,
}

impl ReplHelper {
    /// `__main__`'s names, the builtins and the keywords (with what must follow them).
    fn names(interp: &mut Interpreter) -> Vec<String> {
        let mut names = interp.main_names();
        names.extend(crate::highlight::keywords().iter().map(|k| keyword_completion(k)));
        names.sort();
        names.dedup();
        names
    }
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
        let Ok(mut interp) = self.interp.try_borrow_mut() else { return Ok((pos, Vec::new())) };
        let trimmed = before.trim_start();
        if (trimmed.starts_with("import ") || trimmed.starts_with("from ")) && !word.contains('.') {
            let mut modules = interp.module_names();
            modules.sort();
            modules.dedup();
            let found = modules.into_iter().filter(|m| m.starts_with(word)).collect();
            return Ok((start, found));
        }
        if let Some((obj, partial)) = word.rsplit_once('.') {
            let found = interp
                .attribute_names(obj)
                .into_iter()
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
                .collect();
            return Ok((start, found));
        }
        if word.is_empty() {
            return Ok((start, Vec::new()));
        }
        let found = Self::names(&mut interp).into_iter().filter(|n| n.starts_with(word)).collect();
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
    use super::{Entry, Next, ReplHelper, parse_entry};
    use rustyline::completion::Completer;
    use std::cell::RefCell;
    use std::rc::Rc;

    fn completions(line: &str) -> (usize, Vec<String>) {
        let mut interp = reap_runtime::Interpreter::new();
        interp.run_interactive("import os\nresource_count = 1\n");
        let helper = ReplHelper { color: false, interp: Rc::new(RefCell::new(interp)) };
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

    #[test]
    fn completing_runs_no_property() {
        let mut interp = reap_runtime::Interpreter::new();
        interp.run_interactive(
            "class Meter:\n    reads = 0\n    @property\n    def value(self):\n        Meter.reads += 1\n        return 1\n    def reset(self): pass\n\nm = Meter()\n",
        );
        let helper = ReplHelper { color: false, interp: Rc::new(RefCell::new(interp)) };
        let history = rustyline::history::MemHistory::new();
        let ctx = rustyline::Context::new(&history);
        let (_, found) = helper.complete("m.", 2, &ctx).expect("completes");
        assert!(
            found.contains(&"m.value".to_string()) && found.contains(&"m.reset()".to_string()),
            "{found:?}"
        );
        let reads: i64 = helper.interp.borrow_mut().eval("Meter.reads").expect("reads");
        assert_eq!(reads, 0);
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
    fn match_is_a_block_only_as_a_match_statement() {
        assert_eq!(feed(&["match = 5"]), vec![Next::Run("match = 5\n".into())]);
        assert_eq!(feed(&["match(x)"]), vec![Next::Run("match(x)\n".into())]);
        let got = feed(&["match x:", "    case 1:", "        pass", "    case _:", "        pass", ""]);
        assert!(got[..5].iter().all(|n| *n == Next::More), "{got:?}");
        assert!(matches!(got[5], Next::Run(_)));
        let got = feed(&["match (x,", "       y):", "    case _:", "        pass", ""]);
        assert!(got[..4].iter().all(|n| *n == Next::More), "{got:?}");
        assert!(matches!(got[4], Next::Run(_)));
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
