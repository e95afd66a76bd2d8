//! Where a module came from, as CPython's import system records it in every module's globals:
//! `__spec__` (a `ModuleSpec`) and `__loader__` (a `SourceFileLoader` for a file, the
//! `BuiltinImporter` class for a module built into the binary), with the classes in the
//! modules CPython keeps them in, `_frozen_importlib` and `_frozen_importlib_external`.
//! The classes are native so that a script's start, which needs `__main__`'s loader, runs no
//! Python; `importlib.util` and `importlib.machinery` build on them.

use super::{def, new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::object::{Layout, Object};
use crate::value::{ObjId, Value};
use crate::vm::args::bind_args;
use crate::vm::native::runtime_class;
use crate::vm::slots::ModuleOrigin;
use crate::vm::{NativeFn, PyResult, Vm};

const BOOTSTRAP: &str = "_frozen_importlib";
const EXTERNAL: &str = "_frozen_importlib_external";

/// Makes `_frozen_importlib` and `_frozen_importlib_external` (both, whichever is imported),
/// then gives the modules made before them (`sys`, `builtins`...) their spec and loader.
pub fn make_machinery(vm: &mut Vm) {
    if vm.module_dict(BOOTSTRAP).is_some() {
        return;
    }
    let (boot, boot_dict) = new_module(vm, BOOTSTRAP);
    let (ext, ext_dict) = new_module(vm, EXTERNAL);
    let spec_methods: &[(&'static str, NativeFn)] = &[
        ("ModuleSpec.__init__", spec_init),
        ("ModuleSpec.__repr__", spec_repr),
        ("ModuleSpec.__eq__", spec_eq),
    ];
    let spec_attrs: &[(&'static str, NativeFn)] = &[
        ("ModuleSpec.parent", spec_parent),
        ("ModuleSpec.has_location", spec_has_location),
        ("ModuleSpec.cached", spec_cached),
    ];
    let loader_methods: &[(&'static str, NativeFn)] = &[
        ("SourceFileLoader.__init__", loader_init),
        ("SourceFileLoader.__eq__", loader_eq),
        ("SourceFileLoader.__hash__", loader_hash),
        ("SourceFileLoader.get_filename", loader_get_filename),
        ("SourceFileLoader.get_data", loader_get_data),
        ("SourceFileLoader.get_source", loader_get_source),
        ("SourceFileLoader.is_package", loader_is_package),
        ("SourceFileLoader.create_module", loader_create_module),
        ("SourceFileLoader.exec_module", loader_exec_module),
    ];
    for (dict, module, name, methods, attrs) in [
        (boot_dict, BOOTSTRAP, "ModuleSpec", spec_methods, spec_attrs),
        (boot_dict, BOOTSTRAP, "BuiltinImporter", &[][..], &[][..]),
        (ext_dict, EXTERNAL, "SourceFileLoader", loader_methods, &[][..]),
    ] {
        // Instances keep their state as plain attributes, which scripts may read and change,
        // as CPython's (written in Python) do.
        if let Some(cls) = runtime_class(vm, module, name, methods, attrs, Layout::Object) {
            vm.dict_set_str(dict, name, Value::Obj(cls));
        }
    }
    def(vm, boot_dict, "_frozen_importlib._find_spec", find_spec);
    register(vm, BOOTSTRAP, boot);
    register(vm, EXTERNAL, ext);
    let modules: Vec<(String, ObjId)> = match vm.heap.get(vm.modules) {
        Object::Dict(t) => t
            .iter()
            .filter_map(|(_, e)| match e.value.as_obj().map(|id| (id, vm.heap.get(id))) {
                Some((_, Object::Module { name, dict })) => Some((name.clone(), *dict)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    for (name, dict) in modules {
        if vm.dict_get_str(dict, "__spec__").is_none_or(|s| s == Value::None) && name != "__main__" {
            set_module_origin(vm, dict, &name, ModuleOrigin::BuiltIn);
        }
    }
}

fn machinery_class(vm: &mut Vm, module: &str, name: &str) -> Option<ObjId> {
    make_machinery(vm);
    let d = vm.module_dict(module)?;
    vm.dict_get_str(d, name)?.as_obj()
}

/// Sets `__loader__` and `__spec__` of the module whose globals are `dict` (named `name`).
pub fn set_module_origin(vm: &mut Vm, dict: ObjId, name: &str, origin: ModuleOrigin<'_>) {
    if let Some((loader, spec)) = new_spec(vm, name, origin) {
        vm.dict_set_str(dict, "__loader__", loader);
        vm.dict_set_str(dict, "__spec__", spec);
    }
    if matches!(origin, ModuleOrigin::BuiltIn) && super::pylib_sources::PACKAGES.contains(&name) {
        let path = vm.new_list(Vec::new());
        vm.dict_set_str(dict, "__path__", path);
    }
}

/// A new loader and spec for module `name`: the `BuiltinImporter` and a spec of origin
/// `'built-in'` for a module built into the binary; a `SourceFileLoader` and a spec with the
/// file as its origin (and its folder as where a package's submodules are) for a file.
fn new_spec(vm: &mut Vm, name: &str, origin: ModuleOrigin<'_>) -> Option<(Value, Value)> {
    let spec_cls = machinery_class(vm, BOOTSTRAP, "ModuleSpec")?;
    let name_v = vm.new_str(name);
    let loader = match origin {
        ModuleOrigin::BuiltIn => builtin_importer(vm),
        ModuleOrigin::File { path, .. } => file_loader(vm, name, path),
    };
    let spec = vm.new_instance(spec_cls);
    let Some(id) = spec.as_obj() else {
        vm.decref(name_v);
        vm.decref(loader);
        return None;
    };
    let (origin_v, search, located) = match origin {
        ModuleOrigin::BuiltIn if super::pylib_sources::PACKAGES.contains(&name) => {
            (vm.new_str("built-in"), vm.new_list(Vec::new()), false)
        }
        ModuleOrigin::BuiltIn => (vm.new_str("built-in"), Value::None, false),
        ModuleOrigin::File { path, package_dir } => {
            let search = match package_dir {
                Some(dir) => {
                    let d = vm.new_str(dir);
                    vm.new_list(vec![d])
                }
                None => Value::None,
            };
            (vm.new_str(path), search, true)
        }
    };
    vm.incref(loader);
    fill_spec(vm, id, name_v, loader, origin_v, Value::None, search);
    vm.set_instance_attr_str(id, "_set_fileattr", Value::Bool(located));
    Some((loader, spec))
}

/// A `SourceFileLoader` for module `name` in the file `path` (a new reference; `None` if the
/// class could not be made).
pub fn file_loader(vm: &mut Vm, name: &str, path: &str) -> Value {
    let Some(cls) = machinery_class(vm, EXTERNAL, "SourceFileLoader") else { return Value::None };
    let l = vm.new_instance(cls);
    if let Some(id) = l.as_obj() {
        let n = vm.new_str(name);
        vm.set_instance_attr_str(id, "name", n);
        let p = vm.new_str(path);
        vm.set_instance_attr_str(id, "path", p);
    }
    l
}

/// `_frozen_importlib._find_spec(fullname)`: the spec an import of `fullname` would give
/// the module (its parent package already imported), or `None` if there is no such module.
fn find_spec(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [name] = bind_args(vm, "_find_spec", args, kwargs, ["fullname"], 1, 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(full) = vm.str_of(name).map(str::to_string) else {
        let tn = vm.type_name(name);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("module name must be str, not {tn}")));
    };
    let built_in = (vm.slots.native_module)(&full).is_some() || (vm.slots.frozen_source)(&full).is_some();
    let origin_file;
    let origin = if built_in {
        ModuleOrigin::BuiltIn
    } else {
        let parent = match full.rsplit_once('.') {
            Some((p, _)) => vm.dict_get_str(vm.modules, p).unwrap_or(Value::None),
            None => Value::None,
        };
        let Some((path, is_package)) = vm.find_module_file(&full, parent) else { return Ok(Value::None) };
        let dir = path.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
        origin_file = (path.to_string_lossy().to_string(), is_package.then_some(dir));
        ModuleOrigin::File { path: &origin_file.0, package_dir: origin_file.1.as_deref() }
    };
    match new_spec(vm, &full, origin) {
        Some((loader, spec)) => {
            vm.decref(loader);
            Ok(spec)
        }
        None => Ok(Value::None),
    }
}

/// The attributes of a new spec, in CPython's order (takes the values).
fn fill_spec(vm: &mut Vm, id: ObjId, name: Value, loader: Value, origin: Value, state: Value, search: Value) {
    for (key, v) in [
        ("name", name),
        ("loader", loader),
        ("origin", origin),
        ("loader_state", state),
        ("submodule_search_locations", search),
        ("_uninitialized_submodules", Value::None),
        ("_set_fileattr", Value::Bool(false)),
        ("_cached", Value::None),
    ] {
        let v = if key == "_uninitialized_submodules" { vm.new_list(Vec::new()) } else { v };
        vm.set_instance_attr_str(id, key, v);
    }
}

/// The `BuiltinImporter` class, the loader of the modules built into the binary (and of
/// `__main__` until a file's loader replaces it). A new reference.
pub fn builtin_importer(vm: &mut Vm) -> Value {
    match machinery_class(vm, BOOTSTRAP, "BuiltinImporter") {
        Some(c) => {
            vm.heap.incref(c);
            Value::Obj(c)
        }
        None => Value::None,
    }
}

fn this(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::None)
}

/// An attribute of `obj` (a new reference), as Python code reading `obj.key` would.
fn attr(vm: &mut Vm, obj: Value, key: &str) -> PyResult<Value> {
    vm.getattr_str(obj, key)
}

/// `ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)`.
fn spec_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [name, loader, origin, state, is_package] = bind_args(
        vm,
        "ModuleSpec.__init__",
        &args[1..],
        kwargs,
        ["name", "loader", "origin", "loader_state", "is_package"],
        2,
        2,
    )?;
    let Some(id) = this(args).as_obj() else { return Ok(Value::None) };
    let package = match is_package {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let search = if package { vm.new_list(Vec::new()) } else { Value::None };
    let take = |vm: &mut Vm, v: Option<Value>| vm.share(v.unwrap_or(Value::None));
    let (name, loader, origin, state) = (take(vm, name), take(vm, loader), take(vm, origin), take(vm, state));
    fill_spec(vm, id, name, loader, origin, state, search);
    Ok(Value::None)
}

fn spec_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let spec = this(args);
    let mut parts = Vec::new();
    for key in ["name", "loader", "origin", "submodule_search_locations"] {
        let v = attr(vm, spec, key)?;
        let optional = matches!(key, "origin" | "submodule_search_locations");
        if !(optional && v == Value::None) {
            let r = vm.repr(v);
            parts.push(format!("{key}={}", r?));
        }
        vm.decref(v);
    }
    let cls = vm.type_of(spec);
    let cname = vm.type_obj(cls).name.clone();
    Ok(vm.new_str(format!("{cname}({})", parts.join(", "))))
}

/// Two specs are equal when their names, loaders, origins, cached files, search locations
/// and `has_location` are.
fn spec_eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (a, b) = (this(args), args.get(1).copied().unwrap_or(Value::None));
    for key in ["name", "loader", "origin", "_cached", "submodule_search_locations", "has_location"] {
        let x = attr(vm, a, key)?;
        let y = match attr(vm, b, key) {
            Ok(y) => y,
            Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::AttributeError)) => {
                vm.decref_id(e);
                vm.decref(x);
                return Ok(vm.share(Value::Obj(vm.not_implemented)));
            }
            Err(e) => {
                vm.decref(x);
                return Err(e);
            }
        };
        let same = vm.eq(x, y);
        vm.decref(x);
        vm.decref(y);
        if !same? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The package the module belongs to: the module itself for a package, else the name up to
/// its last dot.
fn spec_parent(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let spec = this(args);
    let search = attr(vm, spec, "submodule_search_locations")?;
    vm.decref(search);
    let name = attr(vm, spec, "name")?;
    if search != Value::None {
        return Ok(name);
    }
    let parent = vm.str_of(name).map(|n| n.rsplit_once('.').map_or("", |(p, _)| p).to_string());
    vm.decref(name);
    Ok(match parent {
        Some(p) => vm.new_str(p),
        None => Value::None,
    })
}

fn spec_has_location(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    attr(vm, this(args), "_set_fileattr")
}

/// Reap writes no bytecode caches: a spec names one only if a script set `_cached`.
fn spec_cached(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    attr(vm, this(args), "_cached")
}

/// `SourceFileLoader(fullname, path)`.
fn loader_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [name, path] = bind_args(vm, "FileLoader.__init__", &args[1..], kwargs, ["fullname", "path"], 2, 2)?;
    let Some(id) = this(args).as_obj() else { return Ok(Value::None) };
    for (key, v) in [("name", name), ("path", path)] {
        let v = vm.share(v.unwrap_or(Value::None));
        vm.set_instance_attr_str(id, key, v);
    }
    Ok(Value::None)
}

/// Loaders of one class for one name and file are equal (and hash alike).
fn loader_eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (a, b) = (this(args), args.get(1).copied().unwrap_or(Value::None));
    if vm.type_of(a) != vm.type_of(b) {
        return Ok(Value::Bool(false));
    }
    for key in ["name", "path"] {
        let x = attr(vm, a, key)?;
        let y = attr(vm, b, key);
        let same = match y {
            Ok(y) => {
                let s = vm.eq(x, y);
                vm.decref(y);
                s
            }
            Err(e) => Err(e),
        };
        vm.decref(x);
        if !same? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn loader_hash(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let name = attr(vm, this(args), "name")?;
    let path = attr(vm, this(args), "path");
    let h = match path {
        Ok(path) => {
            let h = vm.hash(name).and_then(|a| vm.hash(path).map(|b| a ^ b));
            vm.decref(path);
            h
        }
        Err(e) => Err(e),
    };
    vm.decref(name);
    Ok(Value::Int(h?))
}

/// The loader's file: its `path` (the name asked for is not checked).
fn loader_get_filename(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    bind_args(vm, "get_filename", &args[1..], kwargs, ["name"], 1, 0)?;
    attr(vm, this(args), "path")
}

fn path_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm
                .new_exc(ExcKind::TypeError, &format!("expected str, bytes or os.PathLike object, not {tn}")))
        }
    }
}

/// The bytes of a file, read as the import system reads modules (also from a zip on the path).
fn read_file(vm: &mut Vm, path: &str) -> PyResult<Vec<u8>> {
    vm.read_source_file(std::path::Path::new(path)).map_err(|e| super::io::os_error(vm, &e, Some(path)))
}

fn loader_get_data(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [path] = bind_args(vm, "get_data", &args[1..], kwargs, ["path"], 1, 1)?;
    let path = path_arg(vm, path.unwrap_or(Value::None))?;
    let bytes = read_file(vm, &path)?;
    Ok(vm.alloc(Object::Bytes(bytes)))
}

/// The loader's source text (its file, decoded as UTF-8 with universal newlines).
fn loader_get_source(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    bind_args(vm, "get_source", &args[1..], kwargs, ["fullname"], 1, 1)?;
    let path = attr(vm, this(args), "path")?;
    let p = path_arg(vm, path);
    vm.decref(path);
    let bytes = read_file(vm, &p?)?;
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n").replace('\r', "\n");
    Ok(vm.new_str(text))
}

/// A file loader's module is a package when its file is an `__init__.py`.
fn loader_is_package(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    bind_args(vm, "is_package", &args[1..], kwargs, ["fullname"], 1, 1)?;
    let path = attr(vm, this(args), "path")?;
    let p = path_arg(vm, path);
    vm.decref(path);
    let p = p?;
    let file = p.rsplit('/').next().unwrap_or(&p);
    let stem = file.split('.').next().unwrap_or(file);
    Ok(Value::Bool(stem == "__init__"))
}

/// `None`: the import system makes the module itself.
fn loader_create_module(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    bind_args(vm, "create_module", &args[1..], kwargs, ["spec"], 1, 1)?;
    Ok(Value::None)
}

/// Runs the loader's file in the module's namespace.
fn loader_exec_module(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [module] = bind_args(vm, "exec_module", &args[1..], kwargs, ["module"], 1, 1)?;
    let module = module.unwrap_or(Value::None);
    let dict = match module.as_obj().map(|id| vm.heap.get(id)) {
        Some(&Object::Module { dict, .. }) => dict,
        _ => {
            let d = attr(vm, module, "__dict__")?;
            match d.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Dict(_))) {
                Some(id) => {
                    vm.decref(d);
                    id
                }
                None => {
                    vm.decref(d);
                    return Err(vm.new_exc(ExcKind::TypeError, "exec_module() expects a module"));
                }
            }
        }
    };
    let path = attr(vm, this(args), "path")?;
    let p = path_arg(vm, path);
    vm.decref(path);
    let p = p?;
    let source = read_file(vm, &p)?;
    vm.heap.incref(dict);
    let r = vm.exec_source_as(&source, &p, dict, reap_lang::SourceKind::Bytes);
    vm.decref_id(dict);
    r.map(|()| Value::None)
}
