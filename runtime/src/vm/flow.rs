//! What an instruction asks of the evaluation loop beyond going on to the next one, and
//! how a frame stops running: the loop (`eval`) and the files that run frames in it
//! (`frame_run`, `loop_resume`, `construct_loop`, `binary_loop`) share these.

use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::binary_loop::Operator;
use crate::vm::loop_resume::ResumedBy;

/// Takes what a generator yields while a builtin drains it (`Vm::eval`): `None` when taken,
/// or the value back, for the generator to yield as usual.
pub(crate) type YieldSink<'a> = &'a mut dyn FnMut(&mut Vm, Value) -> Option<Value>;

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// What an instruction asks of the loop beyond going on to the next one.
pub(crate) enum Flow {
    Exit(FrameExit),
    /// Call function `func` (a plain one, see `binds_simply`) with the arguments at `first..`
    /// of the stack, its callable at `base`, in the loop (`frame_run`).
    Call {
        func: ObjId,
        base: usize,
        first: usize,
    },
    /// Resume a generator in the loop (`loop_resume`), sending it the value: for the `for`
    /// loop, `yield from` or `next()` call at the instruction before.
    Resume(ObjId, Value, ResumedBy),
    /// `Class(args)` with its `__init__` run in the loop (`construct_loop`), the class at
    /// `base` of the stack and the arguments after it.
    Construct {
        cls: ObjId,
        init: ObjId,
        base: usize,
    },
    /// `a <op> b` with the operator method `func` of `a`'s class run in the loop
    /// (`binary_loop`), the callable at `base` of the stack and the operands after it.
    Binary {
        func: ObjId,
        base: usize,
        op: Operator,
    },
    /// A `for` loop's iterator's Python `__next__` run in the loop (`binary_loop`), the
    /// callable at `base` of the stack and the iterator after it.
    IterNext {
        func: ObjId,
        base: usize,
    },
    /// The heap asked for attention (finalizers due, a signal, a pending exception).
    Attend,
}
