//! `time`: wall clock, monotonic clock and `sleep`.

use super::math::float_arg;
use super::{def, new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

fn time_time(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "time", args)?;
    Ok(Value::Float(vm.host.clock.now().as_secs_f64()))
}

fn time_time_ns(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "time_ns", args)?;
    Ok(nanos(vm, vm.host.clock.now()))
}

fn time_monotonic(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "monotonic", args)?;
    Ok(Value::Float(vm.host.clock.monotonic().as_secs_f64()))
}

fn time_monotonic_ns(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "monotonic_ns", args)?;
    Ok(nanos(vm, vm.host.clock.monotonic()))
}

fn nanos(vm: &mut Vm, d: std::time::Duration) -> Value {
    vm.new_bigint(num_bigint::BigInt::from(d.as_nanos()))
}

/// CPython's message for arguments given to a function that takes none.
fn no_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        return Ok(());
    }
    let msg = format!("time.{name}() takes no arguments ({} given)", args.len());
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = float_arg(vm, args.first().copied().unwrap_or(Value::Float(0.0)))?;
    if s.is_nan() {
        return Err(vm.new_exc(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.new_exc(ExcKind::ValueError, "sleep length must be non-negative"));
    }
    // As CPython's: past what a time_t holds in seconds.
    let Ok(length) = std::time::Duration::try_from_secs_f64(s)
        .map_err(|_| ())
        .and_then(|d| if d.as_secs() > i64::MAX as u64 { Err(()) } else { Ok(d) })
    else {
        return Err(vm.new_exc(ExcKind::OverflowError, "timestamp out of range for platform time_t"));
    };
    vm.wait(length)?;
    Ok(Value::None)
}

pub fn make_time(vm: &mut Vm) {
    let (m, d) = new_module(vm, "time");
    def(vm, d, "time.time", time_time);
    def(vm, d, "time.time_ns", time_time_ns);
    def(vm, d, "time.perf_counter", time_monotonic);
    def(vm, d, "time.perf_counter_ns", time_monotonic_ns);
    def(vm, d, "time.monotonic", time_monotonic);
    def(vm, d, "time.monotonic_ns", time_monotonic_ns);
    def(vm, d, "time.sleep", time_sleep);
    register(vm, "time", m);
}
