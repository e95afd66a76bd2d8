//! `_reap_time`, the natives under `time` (`pylib/time.py`): the clocks, `sleep` and the
//! `struct_time` type. The wall and monotonic clocks are the host's (`vm.host.clock`); the
//! CPU-time clocks and `clock_gettime` ask the system.

use super::math::float_arg;
use super::{arity, def, new_module, register, struct_seq};
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

fn time_sleep(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::no_kwargs(vm, "time.sleep", kwargs)?;
    if args.len() != 1 {
        let msg = format!("time.sleep() takes exactly one argument ({} given)", args.len());
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let s = float_arg(vm, args[0])?;
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

/// The system clocks `clock_gettime` knows, by Linux's numbers (the `CLOCK_*` constants).
const CLOCKS: &[(&str, i64)] = &[
    ("CLOCK_REALTIME", 0),
    ("CLOCK_MONOTONIC", 1),
    ("CLOCK_PROCESS_CPUTIME_ID", 2),
    ("CLOCK_THREAD_CPUTIME_ID", 3),
    ("CLOCK_MONOTONIC_RAW", 4),
    ("CLOCK_BOOTTIME", 7),
    ("CLOCK_TAI", 11),
];

/// A reading of clock `id`, or the `OSError` the system call gives for an unknown clock.
fn read_clock(vm: &mut Vm, id: i64, res: bool) -> PyResult<std::time::Duration> {
    use rustix::time::{ClockId, DynamicClockId};
    let known = match id {
        0 => Some(ClockId::Realtime),
        1 => Some(ClockId::Monotonic),
        2 => Some(ClockId::ProcessCPUTime),
        3 => Some(ClockId::ThreadCPUTime),
        4 => Some(ClockId::MonotonicRaw),
        5 => Some(ClockId::RealtimeCoarse),
        6 => Some(ClockId::MonotonicCoarse),
        _ => None,
    };
    let ts = match (known, id) {
        (Some(c), _) if res => Ok(rustix::time::clock_getres(c)),
        (Some(c), _) => Ok(rustix::time::clock_gettime(c)),
        // rustix has no `clock_getres` for these; they tick as the realtime clock does.
        (None, 7 | 8 | 9 | 11) if res => Ok(rustix::time::clock_getres(ClockId::Realtime)),
        (None, 7) => rustix::time::clock_gettime_dynamic(DynamicClockId::Boottime),
        (None, 8) => rustix::time::clock_gettime_dynamic(DynamicClockId::RealtimeAlarm),
        (None, 9) => rustix::time::clock_gettime_dynamic(DynamicClockId::BoottimeAlarm),
        (None, 11) => rustix::time::clock_gettime_dynamic(DynamicClockId::Tai),
        _ => Err(rustix::io::Errno::INVAL),
    };
    match ts {
        Ok(ts) => {
            Ok(std::time::Duration::new(ts.tv_sec.max(0) as u64, ts.tv_nsec.clamp(0, 999_999_999) as u32))
        }
        Err(e) => {
            let err = std::io::Error::from_raw_os_error(e.raw_os_error());
            Err(super::io::os_error(vm, &err, None))
        }
    }
}

fn clock_id_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<i64> {
    arity(vm, name, args, 1, 1)?;
    match vm.as_i64(args[0]) {
        Some(id) if !matches!(args[0], Value::Float(_)) => Ok(id),
        _ => {
            let tn = vm.type_name(args[0]);
            Err(vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn time_clock_gettime(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = clock_id_arg(vm, "clock_gettime", args)?;
    Ok(Value::Float(read_clock(vm, id, false)?.as_secs_f64()))
}

fn time_clock_gettime_ns(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = clock_id_arg(vm, "clock_gettime_ns", args)?;
    let d = read_clock(vm, id, false)?;
    Ok(nanos(vm, d))
}

fn time_clock_getres(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = clock_id_arg(vm, "clock_getres", args)?;
    Ok(Value::Float(read_clock(vm, id, true)?.as_secs_f64()))
}

/// `clock_settime(clk_id, time)` and `clock_settime_ns(clk_id, time)`: the system decides
/// (only a privileged process may set a clock).
fn set_clock(vm: &mut Vm, name: &str, args: &[Value], ns: bool) -> PyResult<Value> {
    use rustix::time::{ClockId, Timespec};
    arity(vm, name, args, 2, 2)?;
    let id = clock_id_arg(vm, name, &args[..1])?;
    let ts = if ns {
        let Some(n) = vm.as_i64(args[1]).filter(|_| !matches!(args[1], Value::Float(_))) else {
            let tn = vm.type_name(args[1]);
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer"))
            );
        };
        Timespec { tv_sec: n.div_euclid(1_000_000_000), tv_nsec: n.rem_euclid(1_000_000_000) as _ }
    } else {
        let secs = float_arg(vm, args[1])?;
        if secs.is_nan() {
            return Err(vm.new_exc(ExcKind::ValueError, "Invalid value NaN (not a number)"));
        }
        if !(-9.2e18..9.2e18).contains(&secs) {
            return Err(vm.new_exc(ExcKind::OverflowError, "timestamp out of range for platform time_t"));
        }
        let whole = secs.floor();
        Timespec { tv_sec: whole as i64, tv_nsec: (((secs - whole) * 1e9) as i64).min(999_999_999) as _ }
    };
    let clock = match id {
        0 => Some(ClockId::Realtime),
        1 => Some(ClockId::Monotonic),
        2 => Some(ClockId::ProcessCPUTime),
        3 => Some(ClockId::ThreadCPUTime),
        4 => Some(ClockId::MonotonicRaw),
        _ => None,
    };
    let r = clock.map_or(Err(rustix::io::Errno::INVAL), |c| rustix::time::clock_settime(c, ts));
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            let err = std::io::Error::from_raw_os_error(e.raw_os_error());
            Err(super::io::os_error(vm, &err, None))
        }
    }
}

fn time_clock_settime(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_clock(vm, "clock_settime", args, false)
}

fn time_clock_settime_ns(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_clock(vm, "clock_settime_ns", args, true)
}

fn time_process_time(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "process_time", args)?;
    Ok(Value::Float(read_clock(vm, 2, false)?.as_secs_f64()))
}

fn time_process_time_ns(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "process_time_ns", args)?;
    let d = read_clock(vm, 2, false)?;
    Ok(nanos(vm, d))
}

fn time_thread_time(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "thread_time", args)?;
    Ok(Value::Float(read_clock(vm, 3, false)?.as_secs_f64()))
}

fn time_thread_time_ns(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "thread_time_ns", args)?;
    let d = read_clock(vm, 3, false)?;
    Ok(nanos(vm, d))
}

const STRUCT_TIME_NAMED: &[&str] =
    &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

pub fn make_time(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_time");
    def(vm, d, "time.time", time_time);
    def(vm, d, "time.time_ns", time_time_ns);
    def(vm, d, "time.perf_counter", time_monotonic);
    def(vm, d, "time.perf_counter_ns", time_monotonic_ns);
    def(vm, d, "time.monotonic", time_monotonic);
    def(vm, d, "time.monotonic_ns", time_monotonic_ns);
    def(vm, d, "time.sleep", time_sleep);
    def(vm, d, "time.process_time", time_process_time);
    def(vm, d, "time.process_time_ns", time_process_time_ns);
    def(vm, d, "time.thread_time", time_thread_time);
    def(vm, d, "time.thread_time_ns", time_thread_time_ns);
    def(vm, d, "time.clock_gettime", time_clock_gettime);
    def(vm, d, "time.clock_gettime_ns", time_clock_gettime_ns);
    def(vm, d, "time.clock_getres", time_clock_getres);
    def(vm, d, "time.clock_settime", time_clock_settime);
    def(vm, d, "time.clock_settime_ns", time_clock_settime_ns);
    for &(name, id) in CLOCKS {
        vm.dict_set_str(d, name, Value::Int(id));
    }
    // tm_zone and tm_gmtoff are attributes but no items, as in CPython.
    let spec = struct_seq::Spec {
        module: "time",
        name: "struct_time",
        named: STRUCT_TIME_NAMED,
        unnamed: 0,
        hidden: &["tm_zone", "tm_gmtoff"],
        new: None,
    };
    match struct_seq::new_type_with(vm, &spec) {
        Ok(cls) => vm.dict_set_str(d, "struct_time", Value::Obj(cls)),
        Err(e) => vm.decref_id(e),
    }
    // CPython gives these no text signature; none of them takes keywords.
    vm.function_shapes(d, &["*"]);
    register(vm, "_reap_time", m);
}
