//! `import`: finding a module in `sys.modules`, among the modules built into the binary (the
//! layer above hands those over in `Slots::frozen_source`), or as a `.py` file or package on
//! `sys.path`, and running it once. CPython's `Python/import.c` and `importlib._bootstrap`.

use std::path::{Path, PathBuf};

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::slots::ModuleOrigin;
use crate::vm::{PyResult, Vm};

impl Vm {
    fn module_path_dirs(&self) -> Vec<PathBuf> {
        let Some(dict) = self.module_dict("sys") else { return Vec::new() };
        let Some(path) = self.dict_get_str(dict, "path") else { return Vec::new() };
        match path.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items)) => {
                items.iter().filter_map(|&v| self.str_of(v)).map(absolute_dir).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Calls a function of a module by name (`_reap_reduce.reduce_ex(obj, 2)`): how native
    /// code reaches the parts of the runtime written in Python, imported on first use.
    pub(crate) fn call_module_attr(&mut self, module: &str, name: &str, args: &[Value]) -> PyResult<Value> {
        // The runtime's own import: a host's list of allowed modules is for scripts.
        let restricted = self.host.allowed_modules.take();
        let m = self.import(module, 0, Value::None, self.builtins);
        self.host.allowed_modules = restricted;
        let m = m?;
        let f = self.getattr_str(m, name);
        self.decref(m);
        let f = f?;
        let r = self.call(f, args, &[]);
        self.decref(f);
        r
    }

    /// An `import` statement: through the `__import__` of the code's builtins, called only
    /// when a script has replaced it (an import tracer); an `ImportError` when the builtins
    /// have none (`exec(src, {"__builtins__": {}})`).
    pub(crate) fn import_statement(
        &mut self,
        name: &str,
        level: u16,
        fromlist: Value,
        f: &crate::object::frame::FrameState,
    ) -> PyResult<Value> {
        let builtins = self.builtins_of(f.globals);
        let Some(hook) = self.dict_get_str(builtins, "__import__") else {
            return Err(self.new_exc(ExcKind::ImportError, "__import__ not found"));
        };
        let native = match hook.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Builtin(b)) => Some(b.native),
            _ => None,
        };
        if native.is_some() && native == self.natives.known.import {
            // Shutdown has set `sys.meta_path` to None: a module not imported yet cannot be.
            // (The runtime's own imports, a warning's, still work.)
            if self.exit.done
                && let Some(sys) = self.module_dict("sys")
                && self.dict_get_str(sys, "meta_path") == Some(Value::None)
                && (level > 0 || self.dict_get_str(self.modules, name).is_none())
            {
                let msg = "sys.meta_path is None, Python is likely shutting down";
                return Err(self.new_exc(ExcKind::ImportError, msg));
            }
            return self.import(name, u32::from(level), fromlist, f.globals);
        }
        let hook = self.share(hook);
        let name = self.new_str(name);
        let locals = f.locals.map_or(Value::None, Value::Obj);
        let args = [name, Value::Obj(f.globals), locals, fromlist, Value::Int(i64::from(level))];
        let r = self.call(hook, &args, &[]);
        self.decref(hook);
        self.decref(name);
        r
    }

    /// `import name` (level 0) or a relative import; returns the top-level package for a plain
    /// `import a.b`, the module itself when there is a fromlist.
    pub fn import(&mut self, name: &str, level: u32, fromlist: Value, globals: ObjId) -> PyResult<Value> {
        // A host may allow only some modules; Reap's own modules import what they need.
        if level == 0 && self.host.restricts_imports() {
            let top = name.split('.').next().unwrap_or(name);
            let importer = self.dict_get_str(globals, "__name__").and_then(|n| self.str_of(n)).unwrap_or("");
            let internal = (self.slots.frozen_source)(importer).is_some()
                || self.slots.module_names.contains(&importer.split('.').next().unwrap_or(importer));
            if !internal && !self.host.may_import(top, name) {
                let msg = format!("No module named '{name}'");
                return Err(self.import_error(ExcKind::ModuleNotFoundError, &msg, name));
            }
        }
        let full = if level > 0 {
            let package = self
                .dict_get_str(globals, "__package__")
                .and_then(|p| self.str_of(p).map(str::to_string))
                .filter(|p| !p.is_empty())
                .or_else(|| {
                    let n = self
                        .dict_get_str(globals, "__name__")
                        .and_then(|p| self.str_of(p).map(str::to_string))?;
                    Some(n.rsplit_once('.').map_or(String::new(), |(a, _)| a.to_string()))
                })
                .unwrap_or_default();
            let mut parts: Vec<&str> =
                if package.is_empty() { Vec::new() } else { package.split('.').collect() };
            for _ in 1..level {
                parts.pop();
            }
            if parts.is_empty() && package.is_empty() {
                return Err(self.new_exc(
                    ExcKind::ImportError,
                    "attempted relative import with no known parent package",
                ));
            }
            let base = parts.join(".");
            if name.is_empty() { base } else { format!("{base}.{name}") }
        } else {
            name.to_string()
        };
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, module)?;
            if top == Value::None {
                top = module;
            }
        }
        let has_fromlist = fromlist != Value::None
            && matches!(fromlist.as_obj().map(|id| self.heap.get(id)), Some(Object::Tuple(t)) if !t.is_empty());
        if has_fromlist || level > 0 {
            // Submodules named in the fromlist are imported too.
            let names: Vec<String> = match fromlist.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Tuple(t)) => {
                    t.iter().filter_map(|&v| self.str_of(v).map(str::to_string)).collect()
                }
                _ => Vec::new(),
            };
            for n in names {
                if n == "*" {
                    continue;
                }
                let has = match module.as_obj().map(|id| self.heap.get(id)) {
                    Some(Object::Module { dict, .. }) => self.dict_get_str(*dict, &n).is_some(),
                    _ => true,
                };
                if !has {
                    let sub = format!("{full}.{n}");
                    match self.import_one(&sub, module) {
                        Ok(_) => {}
                        Err(e) => self.decref_id(e),
                    }
                }
            }
            Ok(self.share(module))
        } else {
            Ok(self.share(top))
        }
    }

    /// An `ImportError` (or subclass) with its `name`, `path` and `msg` attributes set.
    /// `from module import attr` when the module lacks `attr`: CPython's message, naming the
    /// module's file when it has one.
    pub(crate) fn import_from_error(&mut self, module: Value, attr: &str) -> ObjId {
        let mname = self.module_name(module);
        let file = match module.as_obj().map(|id| self.heap.get(id)) {
            Some(&Object::Module { dict, .. }) => {
                self.dict_get_str(dict, "__file__").and_then(|f| self.str_of(f)).map(str::to_string)
            }
            _ => None,
        };
        let place = file.unwrap_or_else(|| "unknown location".to_string());
        let msg = if self.is_initializing(module) {
            format!(
                "cannot import name '{attr}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({place})"
            )
        } else {
            format!("cannot import name '{attr}' from '{mname}' ({place})")
        };
        self.import_error(ExcKind::ImportError, &msg, &mname)
    }

    pub fn import_error(&mut self, kind: ExcKind, msg: &str, module: &str) -> ObjId {
        let e = self.new_exc(kind, msg);
        let fields = [
            ("name", self.new_str(module.to_string())),
            ("path", Value::None),
            ("msg", self.new_str(msg.to_string())),
        ];
        for (attr, v) in fields {
            let key = self.intern(attr);
            let r = self.setattr(Value::Obj(e), key, v);
            self.decref_id(key);
            self.decref(v);
            if let Err(x) = r {
                self.decref_id(x);
            }
        }
        e
    }

    /// Imports one dotted name, its parent (a package module, or None) already imported.
    fn import_one(&mut self, full: &str, parent: Value) -> PyResult<Value> {
        if let Some(m) = self.dict_get_str(self.modules, full) {
            return Ok(m);
        }
        if let Some(make) = (self.slots.native_module)(full) {
            make(self);
            if let Some(m) = self.dict_get_str(self.modules, full) {
                if let Some(&Object::Module { dict, .. }) = m.as_obj().map(|id| self.heap.get(id))
                    && self.dict_get_str(dict, "__spec__") == Some(Value::None)
                {
                    (self.slots.module_origin)(self, dict, full, ModuleOrigin::BuiltIn);
                }
                return Ok(m);
            }
        }
        if let Some(source) = (self.slots.frozen_source)(full) {
            let (m, d) = new_module(self, full);
            (self.slots.module_origin)(self, d, full, ModuleOrigin::BuiltIn);
            let modules = self.modules;
            self.incref(m);
            self.dict_set_str(modules, full, m);
            let filename = format!("<reap:{full}>");
            if let Err(e) = self.exec_source(source.as_bytes(), &filename, d) {
                self.dict_del_str(modules, full);
                self.decref(m);
                return Err(e);
            }
            self.decref(m);
            let m = self.dict_get_str(modules, full).unwrap_or(Value::None);
            if let (Some(Object::Module { dict, .. }), Some((_, short))) =
                (parent.as_obj().map(|id| self.heap.get(id)), full.rsplit_once('.'))
            {
                let d = *dict;
                self.incref(m);
                self.dict_set_str(d, short, m);
            }
            return Ok(m);
        }
        let short = full.rsplit('.').next().unwrap_or(full);
        if let Some((path, is_package)) = self.find_module_file(full, parent) {
            let m = self.load_module(full, &path, is_package)?;
            if let Some(Object::Module { dict, .. }) = parent.as_obj().map(|id| self.heap.get(id)) {
                let d = *dict;
                self.incref(m);
                self.dict_set_str(d, short, m);
            }
            return Ok(m);
        }
        // A submodule of a module that is not a package: CPython says why it cannot be.
        let not_package = match parent.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Module { dict, .. }) => self.dict_get_str(*dict, "__path__").is_none(),
            _ => false,
        };
        let msg = match full.rsplit_once('.') {
            Some((package, _)) if not_package => {
                format!("No module named '{full}'; '{package}' is not a package")
            }
            _ => format!("No module named '{full}'"),
        };
        Err(self.import_error(ExcKind::ModuleNotFoundError, &msg, full))
    }

    /// The file of module `full` (its `__init__.py` for a package, then whether it is one),
    /// looked for in its parent package's folder, or on `sys.path` for a top-level module.
    pub fn find_module_file(&mut self, full: &str, parent: Value) -> Option<(PathBuf, bool)> {
        let dirs = match parent.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Module { dict, .. }) => {
                let d = *dict;
                match self.dict_get_str(d, "__path__").and_then(|p| p.as_obj()).map(|p| self.heap.get(p)) {
                    Some(Object::List(dirs)) => {
                        dirs.iter().filter_map(|&p| self.str_of(p)).map(PathBuf::from).collect()
                    }
                    _ => Vec::new(),
                }
            }
            _ => self.module_path_dirs(),
        };
        let short = full.rsplit('.').next().unwrap_or(full);
        dirs.into_iter().find_map(|dir| {
            let package = dir.join(short).join("__init__.py");
            let file = dir.join(format!("{short}.py"));
            if self.source_exists(&package) {
                Some((package, true))
            } else if self.source_exists(&file) {
                Some((file, false))
            } else {
                None
            }
        })
    }

    /// Whether a module's file exists, on disk or inside a zip archive on the path.
    fn source_exists(&mut self, path: &Path) -> bool {
        path.is_file() || self.zips.read(path).is_some()
    }

    /// The text of a module's file, on disk or inside a zip archive (`app.zip/mod.py`).
    pub fn read_source_file(&mut self, path: &Path) -> std::io::Result<Vec<u8>> {
        match std::fs::read(path) {
            Ok(b) => Ok(b),
            Err(e) => self.zips.read(path).map(<[u8]>::to_vec).ok_or(e),
        }
    }

    fn load_module(&mut self, name: &str, path: &Path, is_package: bool) -> PyResult<Value> {
        let (m, d) = new_module(self, name);
        let file = path.to_string_lossy().to_string();
        let dir = path.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
        if is_package {
            let p = self.new_str(name);
            self.dict_set_str(d, "__package__", p);
        }
        let package_dir = is_package.then_some(dir.as_str());
        (self.slots.module_origin)(self, d, name, ModuleOrigin::File { path: &file, package_dir });
        if is_package {
            let p = self.new_str(dir.clone());
            let l = self.new_list(vec![p]);
            self.dict_set_str(d, "__path__", l);
        }
        let f = self.new_str(file.clone());
        self.dict_set_str(d, "__file__", f);
        // Reap writes no bytecode caches.
        self.dict_set_str(d, "__cached__", Value::None);
        let modules = self.modules;
        self.incref(m);
        self.dict_set_str(modules, name, m);
        let source = match self.read_source_file(path) {
            Ok(b) => b,
            Err(e) => return Err(self.new_exc(ExcKind::ImportError, &e.to_string())),
        };
        self.mark_initializing(d, true);
        let ran = self.exec_source_as(&source, &file, d, reap_lang::SourceKind::Bytes);
        self.mark_initializing(d, false);
        if !path.is_file() {
            // CPython's tracebacks show no lines of a module read from a zip archive.
            self.io.sources.remove(file.as_str());
        }
        if let Err(e) = ran {
            self.dict_del_str(modules, name);
            self.decref(m);
            return Err(e);
        }
        self.decref(m);
        Ok(self.dict_get_str(modules, name).unwrap_or(Value::None))
    }

    /// Sets `__spec__._initializing` of the module whose globals are `d`, as CPython's import
    /// does while the module's code runs: a failed `from m import x` then reads it to say the
    /// module is only partly initialised (a circular import).
    fn mark_initializing(&mut self, d: ObjId, on: bool) {
        let Some(spec) = self.dict_get_str(d, "__spec__").filter(|s| *s != Value::None) else {
            return;
        };
        let key = self.intern("_initializing");
        if let Err(e) = self.setattr(spec, key, Value::Bool(on)) {
            self.decref_id(e);
        }
        self.decref_id(key);
    }

    /// Whether `module` is still running its code (see `mark_initializing`).
    fn is_initializing(&mut self, module: Value) -> bool {
        let Some(&Object::Module { dict, .. }) = module.as_obj().map(|id| self.heap.get(id)) else {
            return false;
        };
        let Some(spec) = self.dict_get_str(dict, "__spec__").filter(|s| *s != Value::None) else {
            return false;
        };
        let key = self.intern("_initializing");
        let r = self.getattr(spec, key);
        self.decref_id(key);
        match r {
            Ok(v) => {
                let on = v == Value::Bool(true);
                self.decref(v);
                on
            }
            Err(e) => {
                self.decref_id(e);
                false
            }
        }
    }

    /// `from module import *`, as CPython's `import_all_from`: the names in the module's
    /// `__all__` (each read as an attribute), or else its public globals.
    pub fn import_star(&mut self, module: Value, ns: ObjId) -> PyResult<()> {
        let Some(Object::Module { dict, name }) = module.as_obj().map(|id| self.heap.get(id)) else {
            return Ok(());
        };
        let (d, modname) = (*dict, name.clone());
        if let Some(all) = self.dict_get_str(d, "__all__") {
            let all = self.share(all);
            let names = self.iterate_to_vec(all);
            self.decref(all);
            let names = names?;
            let mut r = Ok(());
            for &n in &names {
                let Some(key) = self.str_of(n).map(str::to_string) else {
                    let tn = self.type_name(n);
                    r = Err(self.new_exc(
                        ExcKind::TypeError,
                        &format!("Item in {modname}.__all__ must be str, not {tn}"),
                    ));
                    break;
                };
                match self.getattr_str(module, &key) {
                    Ok(v) => self.dict_set_str(ns, &key, v),
                    Err(e) => {
                        r = Err(e);
                        break;
                    }
                }
            }
            for n in names {
                self.decref(n);
            }
            return r;
        }
        let entries: Vec<(String, Value)> = match self.heap.get(d) {
            Object::Dict(t) => {
                t.iter().filter_map(|(_, e)| self.str_of(e.key).map(|k| (k.to_string(), e.value))).collect()
            }
            _ => Vec::new(),
        };
        for (k, v) in entries {
            if !k.starts_with('_') {
                self.incref(v);
                self.dict_set_str(ns, &k, v);
            }
        }
        Ok(())
    }

    pub fn module_name(&self, m: Value) -> String {
        match m.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Module { name, .. }) => name.clone(),
            _ => "?".into(),
        }
    }
}

/// A new, empty module object and its dict.
/// A new module and its globals, with the names every module starts with in CPython's order
/// (`__loader__` and `__spec__` are set by whoever knows where the module came from).
pub fn new_module(vm: &mut Vm, name: &str) -> (Value, ObjId) {
    let dict = vm.new_dict();
    let n = vm.new_str(name);
    vm.dict_set_str(dict, "__name__", n);
    vm.dict_set_str(dict, "__doc__", Value::None);
    let package = vm.new_str(name.rsplit_once('.').map_or("", |(p, _)| p));
    vm.dict_set_str(dict, "__package__", package);
    vm.dict_set_str(dict, "__loader__", Value::None);
    vm.dict_set_str(dict, "__spec__", Value::None);
    let m = vm.alloc(Object::Module { name: name.into(), dict });
    (m, dict)
}

/// A directory of `sys.path` as CPython's path finder takes it: a relative one joined to the
/// current directory (unnormalised: `../lib` gives `/home/me/../lib`), so that the modules
/// found there have absolute `__file__`s. A zip archive stays as written, as its importer
/// keeps it.
fn absolute_dir(dir: &str) -> PathBuf {
    let path = PathBuf::from(dir);
    if path.is_absolute() || !(dir.is_empty() || path.is_dir()) {
        return path;
    }
    match std::env::current_dir() {
        Ok(cwd) if dir.is_empty() || dir == "." => cwd,
        Ok(cwd) => cwd.join(path),
        Err(_) => path,
    }
}
