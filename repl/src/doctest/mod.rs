//! `reap doc --doctest FILE`: the `>>>` examples of a text or Markdown file (all of it, one
//! test named after the file), or of a Python file's docstrings (one test per docstring, named
//! `mod.func`, each in its own copy of the module's globals), run and reported as
//! `python3 -m doctest FILE` does: nothing when all pass, else each failure in doctest's
//! layout and a summary, exit status 1. Tracebacks leave out the frame of doctest's own `exec`,
//! which CPython shows from its installed `doctest.py`; Reap has no such file.

mod find;
mod parse;

use std::io::Write;

use reap_runtime::Interpreter;
use reap_runtime::embed::{ExampleOutcome, Namespace, Output, SharedBuffer};

use parse::{Example, IGNORE_EXCEPTION_DETAIL, REPORT_ONLY_FIRST_FAILURE, SKIP};
pub use parse::{FAIL_FAST, Flags, flag_named};

const DIVIDER: &str = "**********************************************************************";

/// A docstring's (or file's) examples and where they are.
struct Test {
    name: String,
    filename: String,
    /// The 0-based line example lines count from (`None`: unknown, reported as `?`).
    lineno: Option<usize>,
    examples: Vec<Example>,
}

/// What to run, and how.
pub struct Options {
    pub path: String,
    pub verbose: bool,
    pub flags: Flags,
}

/// Runs the file's examples; the exit status.
pub fn main(opts: &Options) -> i32 {
    let Some(bytes) = crate::read(&opts.path) else { return 2 };
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n").replace('\r', "\n");
    let capture = SharedBuffer::default();
    let builder = crate::run::builder().stdout(Output::Writer(Box::new(capture.clone())));
    let mut interp = crate::run::interpreter(builder);
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().to_string()).unwrap_or_default();
    let argv = vec![opts.path.clone()];
    let status = if opts.path.ends_with(".py") {
        module(opts, &text, &mut interp, &capture, &argv, &cwd)
    } else {
        // Examples import what is in the folder they are run from, as under `python3 -m`.
        interp.run_source("<doctest>", b"", &argv, &cwd);
        text_file(opts, &text, &mut interp, &capture)
    };
    interp.shutdown();
    pass_through(&capture);
    status
}

/// What the interpreter printed outside of any example (an import, finalizers between tests,
/// exit handlers) goes where CPython's would: straight to stdout.
fn pass_through(capture: &SharedBuffer) {
    let text = capture.take();
    if !text.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }
}

/// A file that is not Python: all its examples, one test named after the file.
fn text_file(opts: &Options, text: &str, interp: &mut Interpreter, capture: &SharedBuffer) -> i32 {
    let name = std::path::Path::new(&opts.path)
        .file_name()
        .map_or(opts.path.clone(), |n| n.to_string_lossy().to_string());
    let examples = match parse::examples(text, &name) {
        Ok(e) => e,
        Err(msg) => return layout_error(&msg),
    };
    let test = Test { name, filename: opts.path.clone(), lineno: Some(0), examples };
    let ns = interp.new_namespace(None);
    let mut runner = Runner::new(interp, capture, opts);
    runner.run(&test, ns);
    runner.summarize()
}

/// A Python file: imported as a module (its folder on `sys.path`), then its docstrings' tests.
fn module(
    opts: &Options,
    source: &str,
    interp: &mut Interpreter,
    capture: &SharedBuffer,
    argv: &[String],
    cwd: &str,
) -> i32 {
    let abs = std::path::absolute(&opts.path).unwrap_or_else(|_| opts.path.clone().into());
    let dir = abs.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    let name = abs.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let filename = abs.to_string_lossy().to_string();
    interp.run_source("<doctest>", b"", argv, cwd);
    let imported = interp.import_module(&name, &dir);
    pass_through(capture);
    if let Err(traceback) = imported {
        eprint!("{traceback}");
        return 1;
    }
    // Back to the folder run from, as doctest takes the module's folder off `sys.path` again.
    interp.run_source("<doctest>", b"", argv, cwd);
    let docstrings = match find::docstrings(source, &name, &filename) {
        Ok(d) => d,
        Err(report) => {
            eprint!("{report}");
            return 1;
        }
    };
    let mut tests = Vec::new();
    for d in docstrings {
        match parse::examples(&d.text, &d.name) {
            Ok(examples) => {
                tests.push(Test { name: d.name, filename: filename.clone(), lineno: d.lineno, examples })
            }
            Err(msg) => return layout_error(&msg),
        }
    }
    // Each test's globals are copied before any test runs, as doctest's finder copies them.
    let spaces: Vec<Namespace> = tests.iter().map(|_| interp.new_namespace(Some(&name))).collect();
    let mut runner = Runner::new(interp, capture, opts);
    for (test, ns) in tests.iter().zip(spaces) {
        runner.run(test, ns);
    }
    runner.summarize()
}

/// doctest raises `ValueError` for examples it cannot read; the run stops there.
fn layout_error(msg: &str) -> i32 {
    eprintln!("ValueError: {msg}");
    1
}

/// How one example fared.
enum Verdict {
    Passed,
    /// Its output (and traceback, if it raised) differed from what was expected.
    Failed(String),
    /// It raised where nothing of the kind was expected: the traceback.
    Raised(String),
}

struct Runner<'a> {
    interp: &'a mut Interpreter,
    capture: &'a SharedBuffer,
    flags: Flags,
    verbose: bool,
    /// Failures and examples tried, per test name, in the order run.
    tally: Vec<(String, usize, usize)>,
}

impl<'a> Runner<'a> {
    fn new(interp: &'a mut Interpreter, capture: &'a SharedBuffer, opts: &Options) -> Runner<'a> {
        Runner { interp, capture, flags: opts.flags, verbose: opts.verbose, tally: Vec::new() }
    }

    fn out(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// Runs a test's examples in `ns`, which goes when they are done.
    fn run(&mut self, test: &Test, ns: Namespace) {
        let (mut failures, mut tries) = (0, 0);
        for (num, example) in test.examples.iter().enumerate() {
            let quiet = self.flags & REPORT_ONLY_FIRST_FAILURE != 0 && failures > 0;
            let flags = (self.flags | example.on) & !example.off;
            if flags & SKIP != 0 {
                continue;
            }
            tries += 1;
            if !quiet && self.verbose {
                let expecting = if example.want.is_empty() {
                    "Expecting nothing\n".to_string()
                } else {
                    format!("Expecting:\n{}", parse::indent(&example.want))
                };
                self.out(&format!("Trying:\n{}{expecting}", parse::indent(&example.source)));
            }
            let verdict = self.verdict(&ns, test, num, example, flags, quiet);
            match verdict {
                Verdict::Passed if !quiet && self.verbose => self.out("ok\n"),
                Verdict::Passed => {}
                Verdict::Failed(got) => {
                    failures += 1;
                    if !quiet {
                        let diff = parse::output_difference(&example.want, &got, flags);
                        self.out(&format!("{}{diff}", header(test, example)));
                    }
                }
                Verdict::Raised(traceback) => {
                    failures += 1;
                    if !quiet {
                        let shown = parse::indent(&traceback);
                        self.out(&format!("{}Exception raised:\n{shown}", header(test, example)));
                    }
                }
            }
            if failures > 0 && flags & FAIL_FAST != 0 {
                break;
            }
        }
        self.interp.release_namespace(ns);
        pass_through(self.capture);
        match self.tally.iter_mut().find(|(n, _, _)| *n == test.name) {
            Some(t) => {
                t.1 += failures;
                t.2 += tries;
            }
            None => self.tally.push((test.name.clone(), failures, tries)),
        }
    }

    fn verdict(
        &mut self,
        ns: &Namespace,
        test: &Test,
        num: usize,
        example: &Example,
        flags: Flags,
        quiet: bool,
    ) -> Verdict {
        let filename = format!("<doctest {}[{num}]>", test.name);
        let outcome = self.interp.run_example(ns, &example.source, &filename);
        let mut got = self.capture.take();
        // Output not ending a line is read as if it did: expected output cannot say otherwise.
        if !got.is_empty() && !got.ends_with('\n') {
            got.push('\n');
        }
        match outcome {
            ExampleOutcome::Ran if parse::check_output(&example.want, &got, flags) => Verdict::Passed,
            ExampleOutcome::Ran => Verdict::Failed(got),
            ExampleOutcome::Raised { last, traceback } => {
                if !quiet {
                    got.push_str(&traceback);
                }
                let Some(expected) = &example.exc_msg else { return Verdict::Raised(traceback) };
                let detail_aside = flags & IGNORE_EXCEPTION_DETAIL != 0
                    && parse::check_output(
                        parse::strip_exception_details(expected),
                        parse::strip_exception_details(&last),
                        flags,
                    );
                if parse::check_output(expected, &last, flags) || detail_aside {
                    Verdict::Passed
                } else {
                    Verdict::Failed(got)
                }
            }
        }
    }

    /// Doctest's summary: nothing unless something failed (or `-v`); the exit status.
    fn summarize(&mut self) -> i32 {
        let mut tally = self.tally.clone();
        tally.sort();
        let total_tries: usize = tally.iter().map(|t| t.2).sum();
        let total_failures: usize = tally.iter().map(|t| t.1).sum();
        let mut s = String::new();
        if self.verbose {
            let none: Vec<_> = tally.iter().filter(|t| t.2 == 0).collect();
            if !none.is_empty() {
                s.push_str(&format!("{} items had no tests:\n", none.len()));
                none.iter().for_each(|t| s.push_str(&format!("    {}\n", t.0)));
            }
            let passed: Vec<_> = tally.iter().filter(|t| t.2 > 0 && t.1 == 0).collect();
            if !passed.is_empty() {
                s.push_str(&format!("{} items passed all tests:\n", passed.len()));
                passed.iter().for_each(|t| s.push_str(&format!(" {:>3} tests in {}\n", t.2, t.0)));
            }
        }
        let failed: Vec<_> = tally.iter().filter(|t| t.1 > 0).collect();
        if !failed.is_empty() {
            s.push_str(&format!("{DIVIDER}\n{} items had failures:\n", failed.len()));
            failed.iter().for_each(|t| s.push_str(&format!(" {:>3} of {:>3} in {}\n", t.1, t.2, t.0)));
        }
        if self.verbose {
            s.push_str(&format!("{total_tries} tests in {} items.\n", tally.len()));
            s.push_str(&format!("{} passed and {total_failures} failed.\n", total_tries - total_failures));
        }
        if total_failures > 0 {
            s.push_str(&format!("***Test Failed*** {total_failures} failures.\n"));
        } else if self.verbose {
            s.push_str("Test passed.\n");
        }
        self.out(&s);
        i32::from(total_failures > 0)
    }
}

/// The first lines of a failure's report: where the example is, and its source.
fn header(test: &Test, example: &Example) -> String {
    let line = test.lineno.map_or("?".to_string(), |l| (l + example.lineno + 1).to_string());
    format!(
        "{DIVIDER}\nFile \"{}\", line {line}, in {}\nFailed example:\n{}",
        test.filename,
        test.name,
        parse::indent(&example.source)
    )
}
