//! Running a module or a folder as the program, as `python3 -m NAME` and `python3 DIR` do
//! (CPython's `runpy`): the module's file becomes `__main__`, its parent packages imported
//! first, a package runs its `__main__` submodule.

use std::path::PathBuf;

use super::interpreter::Interpreter;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;

/// What `-m` or a folder could not start: the message `python3` prints after its own name
/// (`No module named x`), exit status 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRunnable(pub String);

/// The module `-m` found to run.
enum Found {
    File { path: PathBuf, package: String },
    Frozen { name: String, source: &'static str, package: String },
}

impl Interpreter {
    /// `python3 -m name args...`: finds `name` on `sys.path` (whose first entry is `path0`,
    /// the current folder), imports its parent packages, and runs it as `__main__` with
    /// `sys.argv[0]` its file; a package runs its `__main__` submodule. Returns the exit status,
    /// or what `python3` would report when the module cannot be found.
    pub fn run_module(&mut self, name: &str, args: &[String], path0: &str) -> Result<i32, NotRunnable> {
        let mut argv = vec!["-m".to_string()];
        argv.extend(args.iter().cloned());
        self.set_sys(&argv, path0);
        let found = match self.find_main_module(name) {
            Ok(f) => f,
            Err(Ok(status)) => return Ok(status),
            Err(Err(not)) => return Err(not),
        };
        let status = match found {
            Found::File { path, package } => {
                let source = match self.vm.read_source_file(&path) {
                    Ok(s) => s,
                    Err(e) => return Err(NotRunnable(format!("can't read {}: {e}", path.display()))),
                };
                let file = path.to_string_lossy().to_string();
                self.set_argv0(&file);
                self.run_as_main(&file, &source, &package, true)
            }
            Found::Frozen { name, source, package } => {
                self.set_argv0(&format!("<reap:{name}>"));
                self.run_as_main(&format!("<reap:{name}>"), source.as_bytes(), &package, true)
            }
        };
        Ok(status)
    }

    /// `python3 DIR args...` (or a zip archive): the folder goes first on `sys.path` and its
    /// `__main__.py` runs as `__main__` (`sys.argv[0]` is `dir` as given).
    pub fn run_main_dir(&mut self, dir: &str, args: &[String]) -> Result<i32, NotRunnable> {
        // CPython joins the folder to the current one as written (`/home/me/./app/`).
        let shown = match std::env::current_dir() {
            Ok(cwd) if !std::path::Path::new(dir).is_absolute() => {
                format!("{}/{dir}", cwd.to_string_lossy().trim_end_matches('/'))
            }
            _ => dir.to_string(),
        };
        let main = PathBuf::from(format!("{}/__main__.py", shown.trim_end_matches('/')));
        let Ok(source) = self.vm.read_source_file(&main) else {
            return Err(NotRunnable(format!("can't find '__main__' module in '{shown}'")));
        };
        let mut argv = vec![dir.to_string()];
        argv.extend(args.iter().cloned());
        self.set_sys(&argv, &shown);
        // CPython's tracebacks show no lines of an archive's `__main__.py`.
        let lines = main.is_file();
        Ok(self.run_as_main(&main.to_string_lossy(), &source, "", lines))
    }

    /// Finds what `-m name` runs, importing the packages on the way. `Err(Ok(status))`: an
    /// import on the way raised (already reported).
    fn find_main_module(&mut self, name: &str) -> Result<Found, Result<i32, NotRunnable>> {
        let mut target = name.to_string();
        let mut package_of: Option<String> = None;
        loop {
            let (parent_name, _) = target.rsplit_once('.').unwrap_or(("", &target));
            let parent_name = parent_name.to_string();
            let parent = if parent_name.is_empty() {
                Value::None
            } else {
                self.import_for_main(&parent_name, &target)?
            };
            let not_found = || match &package_of {
                Some(p) => NotRunnable(format!(
                    "No module named {target}; '{p}' is a package and cannot be directly executed"
                )),
                None => NotRunnable(format!("No module named {target}")),
            };
            if let Some(source) = (self.vm.slots.frozen_source)(&target) {
                if !crate::modules::EMBEDDED_PACKAGES.contains(&target.as_str()) {
                    return Ok(Found::Frozen { name: target.clone(), source, package: parent_name });
                }
                if package_of.is_some() {
                    return Err(Err(NotRunnable(format!(
                        "Cannot use package as __main__ module; '{target}' is a package and cannot be directly executed"
                    ))));
                }
                // A built-in package: imported, then its `__main__` runs, if it has one.
                let m = self.import_for_main(&target, &target)?;
                self.vm.decref(m);
                package_of = Some(target.clone());
                target.push_str(".__main__");
                continue;
            }
            match self.vm.find_module_file(&target, parent) {
                None => return Err(Err(not_found())),
                Some((_, true)) if package_of.is_some() => {
                    return Err(Err(NotRunnable(format!(
                        "Cannot use package as __main__ module; '{target}' is a package and cannot be directly executed"
                    ))));
                }
                Some((_, true)) => {
                    // The package itself is imported (its `__init__` runs), then its `__main__`.
                    let m = self.import_for_main(&target, &target)?;
                    self.vm.decref(m);
                    package_of = Some(target.clone());
                    target.push_str(".__main__");
                }
                Some((path, false)) => return Ok(Found::File { path, package: parent_name }),
            }
        }
    }

    /// Imports a package on the way to `-m target`: an `ImportError` becomes `python3`'s
    /// "Error while finding module specification" message, anything else is reported as
    /// uncaught.
    fn import_for_main(&mut self, name: &str, target: &str) -> Result<Value, Result<i32, NotRunnable>> {
        let scratch = self.vm.new_dict();
        let r = self.vm.import(name, 0, Value::None, scratch);
        self.vm.decref_id(scratch);
        match r {
            Ok(m) => {
                // `import a.b` gives `a`; the package itself is in `sys.modules`.
                self.vm.decref(m);
                let m = self.vm.dict_get_str(self.vm.modules, name).unwrap_or(Value::None);
                Ok(self.vm.share(m))
            }
            Err(e) if self.vm.isinstance(Value::Obj(e), self.vm.exc_type(ExcKind::ImportError)) => {
                let kind = self.vm.type_name(Value::Obj(e));
                let msg = self.vm.str(Value::Obj(e)).unwrap_or_default();
                self.vm.decref_id(e);
                Err(Err(NotRunnable(format!(
                    "Error while finding module specification for '{target}' ({kind}: {msg})"
                ))))
            }
            Err(e) => {
                let status = self.report_uncaught(e);
                self.vm.flush();
                Err(Ok(status))
            }
        }
    }

    fn set_argv0(&mut self, argv0: &str) {
        let vm = &mut self.vm;
        if let Some(sys) = vm.module_dict("sys")
            && let Some(argv) = vm.dict_get_str(sys, "argv")
        {
            let s = vm.new_str(argv0);
            let zero = Value::Int(0);
            if let Err(e) = vm.setitem(argv, zero, s) {
                vm.decref_id(e);
            }
            vm.decref(s);
        }
    }

    /// Runs source as `__main__` (`__file__` from `filename` unless it is `<...>`), in package
    /// `package`.
    fn run_as_main(&mut self, filename: &str, source: &[u8], package: &str, lines: bool) -> i32 {
        let globals = self.main_globals(filename);
        let p = self.vm.new_str(package);
        self.vm.dict_set_str(globals, "__package__", p);
        let status = match self.vm.exec_source(source, filename, globals) {
            Ok(()) => 0,
            Err(e) => {
                if !lines {
                    self.vm.io.sources.remove(filename);
                }
                self.report_uncaught(e)
            }
        };
        self.vm.run_doomed();
        self.vm.flush();
        status
    }
}

/// Whether the file at `path` is a zip archive, which `python3 FILE` runs as a folder.
pub fn is_zip_archive(path: &str) -> bool {
    crate::vm::zip_import::is_archive(std::path::Path::new(path))
}
