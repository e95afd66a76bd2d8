//! What CPython's `site` gives the builtins for interactive use: `help`, `copyright`,
//! `credits` and `license` (`exit` and `quit` come with `sys`). Their reprs, which the REPL
//! shows when the name is typed alone, are in `vm/repr.rs`, beside `exit`'s, with the texts.

use crate::modules::def;
use crate::value::{ObjId, Value};
use crate::vm::repr::{COPYRIGHT, CREDITS};
use crate::vm::{PyResult, Vm};

const LICENSE: &str = "MIT License

Copyright (c) 2026 the Reap developers

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the \"Software\"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.";

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    def(vm, b, "help", help);
    def(vm, b, "copyright", copyright);
    def(vm, b, "credits", credits);
    def(vm, b, "license", license);
    if let Some(sys) = vm.module_dict("sys") {
        def(vm, sys, "sys.__interactivehook__", interactivehook);
    }
}

/// `sys.__interactivehook__()`, which CPython's REPL calls to set up readline's completion
/// and history: Reap's REPL has both already, so there is nothing left to set up.
fn interactivehook(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::arity(vm, "__interactivehook__", args, 0, 0)?;
    Ok(Value::None)
}

/// `help(obj)`: written in Python (`pylib/_reap_help.py`), imported on first use so that
/// start-up does not pay for it.
fn help(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let module = vm.import("_reap_help", 0, Value::None, vm.builtins)?;
    let name = vm.intern("help");
    let f = vm.getattr(module, name);
    vm.decref(module);
    let f = f?;
    let r = vm.call(f, args, kwargs);
    vm.decref(f);
    r
}

fn print_text(vm: &mut Vm, text: &str) -> PyResult<Value> {
    vm.write_out(text);
    vm.write_out("\n");
    Ok(Value::None)
}

fn copyright(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    print_text(vm, COPYRIGHT)
}

fn credits(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    print_text(vm, CREDITS)
}

fn license(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    print_text(vm, LICENSE)
}
