//! `breakpoint()` and `sys.breakpointhook`: PEP 553's indirection. The hook named by
//! `$PYTHONBREAKPOINT` (`module.attr`, "0" to do nothing) is imported and called; the default,
//! `pdb.set_trace`, is not among Reap's modules, so it is reported as CPython reports any hook
//! it cannot import.

use super::def;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub(super) fn install_hook(vm: &mut Vm, sys: ObjId) {
    def(vm, sys, "sys.breakpointhook", breakpointhook);
    if let Some(h) = vm.dict_get_str(sys, "breakpointhook") {
        vm.incref(h);
        vm.dict_set_str(sys, "__breakpointhook__", h);
    }
}

pub(super) fn install_builtin(vm: &mut Vm, builtins: ObjId) {
    def(vm, builtins, "breakpoint", breakpoint);
}

/// `breakpoint(*args, **kws)`: whatever `sys.breakpointhook` is now, called with them.
fn breakpoint(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let sys = vm.dict_get_str(vm.modules, "sys").and_then(|s| s.as_obj());
    let hook = match sys.map(|s| vm.getattr_str(Value::Obj(s), "breakpointhook")) {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            vm.decref_id(e);
            return Err(vm.new_exc(ExcKind::RuntimeError, "lost sys.breakpointhook"));
        }
        None => return Err(vm.new_exc(ExcKind::RuntimeError, "lost sys.breakpointhook")),
    };
    let r = vm.call(hook, args, kwargs);
    vm.decref(hook);
    r
}

/// The setting as the program sees it now: `os.environ` once `os` is imported (Reap's
/// `os.environ` does not write through to the process), else the process's environment;
/// nothing under `-E`.
fn setting(vm: &mut Vm) -> PyResult<Option<String>> {
    let ignored = match vm.dict_get_str(vm.modules, "sys") {
        Some(sys) => {
            let flags = vm.getattr_str(sys, "flags")?;
            let e = vm.getattr_str(flags, "ignore_environment");
            vm.decref(flags);
            let e = e?;
            let on = vm.truthy(e);
            vm.decref(e);
            on?
        }
        None => false,
    };
    if ignored {
        return Ok(None);
    }
    if vm.dict_get_str(vm.modules, "os").is_none() {
        return Ok(std::env::var("PYTHONBREAKPOINT").ok());
    }
    let key = vm.new_str("PYTHONBREAKPOINT");
    let v = vm.call_module_attr("os", "getenv", &[key]);
    vm.decref(key);
    let v = v?;
    let text = vm.str_of(v).map(str::to_string);
    vm.decref(v);
    Ok(text)
}

fn breakpointhook(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let wanted = setting(vm)?.filter(|s| !s.is_empty()).unwrap_or_else(|| "pdb.set_trace".to_string());
    if wanted == "0" {
        return Ok(Value::None);
    }
    let (module, attr) = wanted.rsplit_once('.').unwrap_or(("builtins", wanted.as_str()));
    match find_hook(vm, module, attr) {
        Ok(hook) => {
            let r = vm.call(hook, args, kwargs);
            vm.decref(hook);
            r
        }
        Err(e) => {
            // Only a failure to import or find the hook is reported this way.
            let missing = [ExcKind::ImportError, ExcKind::AttributeError]
                .into_iter()
                .any(|k| vm.isinstance(Value::Obj(e), vm.exc_type(k)));
            if !missing {
                return Err(e);
            }
            vm.decref_id(e);
            vm.warn(
                ExcKind::RuntimeWarning,
                &format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{wanted}\""),
            )?;
            Ok(Value::None)
        }
    }
}

fn find_hook(vm: &mut Vm, module: &str, attr: &str) -> PyResult<Value> {
    let top = vm.import(module, 0, Value::None, vm.builtins)?;
    vm.decref(top);
    let m = vm.dict_get_str(vm.modules, module).unwrap_or(Value::None);
    vm.getattr_str(m, attr)
}
