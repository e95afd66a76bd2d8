//! `time`: wall clock, monotonic clock and `sleep`.

use super::math::float_arg;
use super::{def, new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

fn time_time(_: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
    Ok(Value::Float(t))
}

fn time_perf_counter(_: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
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
    def(vm, d, "time.perf_counter", time_perf_counter);
    def(vm, d, "time.monotonic", time_perf_counter);
    def(vm, d, "time.sleep", time_sleep);
    register(vm, "time", m);
}
