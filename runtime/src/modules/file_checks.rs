//! What a file object refuses, in the words of the CPython class it stands for: a text file
//! (`TextIOWrapper`), a buffered binary file (`BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`) or an unbuffered one (`FileIO`) each say "closed" and "not open for that"
//! their own way, and a buffered file says the second first.

use super::io::{resolve, unsupported};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Buffered,
    Raw,
}

const READS: &[&str] =
    &["read", "readline", "readlines", "__next__", "readinto", "read1", "readinto1", "peek", "readall"];

/// Raises what `method` of the file `v` raises when the file is closed, or not open for
/// reading or writing as the method needs.
pub(super) fn check(vm: &mut Vm, v: Value, method: &str) -> PyResult<()> {
    let Some((id, layer)) = resolve(vm, v) else { return Ok(()) };
    let Object::File(f) = vm.heap.get(id) else { return Ok(()) };
    let kind = match (f.binary || layer, f.buffering == 0 && !layer) {
        (false, _) => Kind::Text,
        (true, true) => Kind::Raw,
        (true, false) => Kind::Buffered,
    };
    let (closed, readable, writable) = (f.handle.is_none(), f.readable, f.writable);
    let reads = READS.contains(&method);
    // (`writelines` of nothing writes nothing, and is not refused.)
    let writes = matches!(method, "write" | "truncate");
    let refused = (reads && !readable) || (writes && !writable);
    let listing = matches!(method, "readlines" | "writelines");
    let buffered_what = match method {
        "read1" | "readinto1" => "read1",
        "peek" => "peek",
        "truncate" => "truncate",
        "write" | "writelines" => "write",
        _ => "read",
    };
    if refused && kind == Kind::Buffered && !listing && method != "truncate" {
        return Err(unsupported(vm, buffered_what));
    }
    if closed {
        let msg = match (kind, method) {
            (_, "readlines" | "writelines") => "I/O operation on closed file.",
            (Kind::Text, "fileno" | "isatty" | "seekable" | "readable" | "writable") => {
                "I/O operation on closed file"
            }
            (Kind::Text, _) => "I/O operation on closed file.",
            (Kind::Raw, "flush") => "I/O operation on closed file.",
            (Kind::Raw, _) => "I/O operation on closed file",
            (Kind::Buffered, "write") => "write to closed file",
            (Kind::Buffered, "read" | "read1") => "read of closed file",
            (Kind::Buffered, "readline" | "__next__") => "readline of closed file",
            (Kind::Buffered, "peek") => "peek of closed file",
            (Kind::Buffered, "readinto" | "readinto1") => "readinto of closed file",
            (Kind::Buffered, "seek") => "seek of closed file",
            (Kind::Buffered, "truncate") => "truncate of closed file",
            (Kind::Buffered, "flush" | "detach") if writable => "flush of closed file",
            (Kind::Buffered, "flush" | "detach") => "I/O operation on closed file.",
            (Kind::Buffered, _) => "I/O operation on closed file",
        };
        return Err(vm.new_exc(ExcKind::ValueError, msg));
    }
    if refused && kind == Kind::Raw && method == "readall" {
        // FileIO reads without asking: the system refuses a write-only descriptor.
        return Err(super::io::os_error(vm, &std::io::Error::from_raw_os_error(9), None));
    }
    if refused {
        let msg = match (kind, reads, method) {
            (Kind::Buffered, ..) => buffered_what,
            (Kind::Raw, true, _) => "File not open for reading",
            (Kind::Raw, false, _) => "File not open for writing",
            (_, false, "truncate") => "truncate",
            (_, true, _) => "not readable",
            (_, false, _) => "not writable",
        };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}
