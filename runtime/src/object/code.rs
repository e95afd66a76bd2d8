//! Bytecode: the instruction set and the code object a compiled scope becomes.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use reap_lang::span::Span;

use crate::value::ObjId;
use crate::value::Value;

/// One instruction. Operands index the code object's tables (`consts`, `names`, `varnames`,
/// `cells`) or are jump targets (instruction indices).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    /// The REPL's expression statement: `sys.displayhook(value)`.
    PrintExpr,
    Pop,
    Dup,
    Dup2,
    Rot2,
    Rot3,
    /// Moves the top of the stack down to depth n (the items above it move up one).
    RotN(u32),
    /// Pattern matching: pushes whether the top of the stack is a sequence (for a pattern:
    /// `list`, `tuple`, `range`..., not `str`, `bytes` or `bytearray`), or a mapping.
    MatchSequence,
    MatchMapping,
    /// Pushes `len()` of the top of the stack, which stays.
    GetLen,
    /// [subject, keys] -> [subject, keys, values]: the subject's value for each key, or None
    /// if one is missing.
    MatchKeys,
    /// [subject, class, keyword names] -> [attributes]: the subject's attributes for the n
    /// positional sub-patterns (by `__match_args__`) and the keywords, or None if the subject
    /// is not an instance of the class or lacks one.
    MatchClass(u32),
    /// [subject, keys] -> [a dict of the subject's other items] (a mapping pattern's `**rest`).
    CopyDictWithoutKeys,
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables share one table: cellvars first, then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Pushes the cell itself, to build a closure.
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies and module level: the frame's locals dict, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// In a class body, a free variable: the class namespace first, then the cell.
    LoadClassDeref(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `meth, self` for an unbound method found on the type, or `attr, NULL-marker`.
    LoadMethod(u32),
    /// `super().name(...)` with `super, __class__, self` on the stack: pushes what `LoadMethod`
    /// would for the method the MRO after `__class__` has, without making the super object,
    /// and steps over the `LoadMethod(name)` that follows. Otherwise (another `super`, another
    /// kind of attribute) it makes the super object and that `LoadMethod` looks it up.
    LoadSuperMethod(u32),
    /// `super()` with `super, __class__, self` on the stack: the builtin gets the two, as
    /// CPython's reads them from the frame; anything else bound to the name is called bare.
    CallSuper,
    CallMethod(u32),
    /// Superinstructions (`compiler/fuse.rs`): each stands in place of the first of a pair of
    /// instructions, runs both and steps over the second, which stays where it was (a jump
    /// may land on it). The first operand is the first instruction's, the second the second's.
    /// `LoadFast` then `LoadAttr`: `self.x`.
    LoadFastAttr(u16, u16),
    /// `LoadFast` then `LoadMethod`: `self.m(...)`.
    LoadFastMethod(u16, u16),
    /// `LoadFast` then `LoadFast`: `a + b`, `f(a, b)`.
    LoadFast2(u16, u16),
    /// `StoreFast` then `LoadFast`: `x = ...` and the next statement's use of a local.
    StoreFastLoadFast(u16, u16),
    /// `LoadFast` then `LoadConst`: `i + 1`, `n > 0`.
    LoadFastConst(u16, u16),
    /// `LoadConst` then `Return`: `return None` ending a function, `return True`.
    ReturnConst(u32),
    /// `LoadFast` then `Return`: `return result`.
    ReturnFast(u32),
    Call(u32),
    /// Argument count (positional and keyword; a call of more is compiled as `CallEx`);
    /// keyword names are the tuple constant `names`.
    CallKw {
        argc: u16,
        names: u32,
    },
    /// Callable, args tuple, and (if `kwargs`) a dict.
    CallEx {
        kwargs: bool,
    },
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(CmpKind),
    Is(bool),
    Contains(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Pushes the next item, or pops the iterator and jumps when it is exhausted.
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildSlice(u32),
    /// Appends TOS to the list `depth` below it (comprehensions, displays with `*`).
    ListAppend(u32),
    ListExtend(u32),
    SetAdd(u32),
    SetUpdate(u32),
    MapAdd(u32),
    DictUpdate(u32),
    /// Like `DictUpdate`, for a call's keyword arguments: a key given twice is an error naming
    /// the function (which sits under the positional tuple).
    DictMerge(u32),
    /// Turns the list on top into a tuple.
    ListToTuple,
    /// `f(*v)`, a call's only positional argument a starred one: `v` on top becomes the
    /// argument tuple, or a TypeError naming the function under it.
    StarArgs,
    UnpackSequence(u32),
    /// Targets before and after the star (CPython refuses 256 or more before it).
    UnpackEx {
        before: u8,
        after: u32,
    },
    Subscript,
    /// `obj[start:stop]` (2) or `obj[start:stop:step]` (3), the bounds on the stack above the
    /// object: slices a list, tuple or str at once, else makes the slice object and
    /// subscripts as `Subscript` (CPython 3.12's `BINARY_SLICE`).
    BinarySlice(u32),
    StoreSubscript,
    /// `obj[start:stop(:step)] = value`, the value below the object: as `BinarySlice` for
    /// `StoreSubscript`.
    StoreSlice(u32),
    DeleteSubscript,
    /// `conversion` 0 (none), b's', b'r', b'a'; `spec` whether a format spec is on the stack.
    FormatValue {
        conversion: u8,
        spec: bool,
    },
    BuildString(u32),
    /// Defaults tuple, kw-defaults dict, annotations dict, closure tuple (each if its bit is
    /// set in `parts`, see `MakeFunction`, in that order on the stack), then the code constant.
    MakeFunction {
        code: u32,
        parts: u8,
    },
    /// Stack: body function, name, bases..., and a kwargs dict if `kwargs`.
    BuildClass {
        bases: u32,
        kwargs: bool,
    },
    Return,
    /// 0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS.
    Raise(u32),
    /// Pushes a handler block: on an exception, unwind to it and jump to the target.
    SetupExcept(u32),
    SetupFinally(u32),
    /// Calls `__enter__`, keeps `__exit__` and pushes a block for the `with` statement.
    SetupWith(u32),
    PopBlock,
    /// Ends an `except` clause: the exception being handled is forgotten.
    PopExcept,
    /// At a handler: is the exception (TOS1) an instance of TOS?
    ExcMatch,
    /// Re-raises the exception on top of the stack (end of a `finally` or unmatched `except`).
    Reraise,
    /// Entering `except*` clauses: exc -> exc, [], exc (the exception caught, what the clauses
    /// raise, what no clause matched yet).
    ExcStarBegin,
    /// An `except*` clause's type (TOS) against the unmatched rest under it: on a match, rest
    /// -> new rest, match (the match becomes the exception being handled); otherwise the
    /// type is popped and the jump taken.
    ExcStarMatch(u32),
    /// An `except*` body raised TOS: it joins the list, and its handling ends.
    ExcStarAppend,
    /// After the `except*` clauses: orig, raised, rest -> (nothing); raises what is left over
    /// (CPython's `PREP_RERAISE_STAR` and `RERAISE`) or ends the handling.
    ExcStarEnd,
    /// Normal exit of a `with` block: calls `__exit__(None, None, None)`.
    WithExit,
    /// Exceptional exit: calls `__exit__(type, value, tb)`; jumps to the target if it returned
    /// a true value (the exception is swallowed), otherwise re-raises.
    WithExcept(u32),
    /// Imports module `name` at relative `level`, with the fromlist on the stack.
    ImportName {
        name: u32,
        level: u16,
    },
    ImportFrom(u32),
    ImportStar,
    YieldValue,
    /// Delegates to the iterator under TOS (`yield from`), sending TOS.
    YieldFrom,
    /// An async generator's `yield`: TOS is wrapped, to be told from what its `await`s pass up.
    AsyncGenWrap,
    /// `await`: TOS becomes the iterator to delegate to (a coroutine, or what `__await__`
    /// returned).
    GetAwaitable,
    /// `async for`: TOS becomes `TOS.__aiter__()`.
    GetAIter,
    /// `async for`: pushes the awaitable of `TOS.__anext__()`, the async iterator staying.
    GetANext,
    /// The handler that ends an `async for`: a `StopAsyncIteration` (TOS) drops it and the
    /// iterator under it; anything else is raised again.
    EndAsyncFor,
    /// `async with`: pops the manager, pushes its bound `__aexit__` and the awaitable of its
    /// `__aenter__()`.
    BeforeAsyncWith,
    /// `async with`, once `__aenter__` was awaited: a block to the target for the entered
    /// value on top (kept out of the block).
    SetupAsyncWith(u32),
    /// Normal exit of an `async with`: pops `__aexit__`, pushes the awaitable of
    /// `__aexit__(None, None, None)`.
    AsyncWithExit,
    /// Exceptional exit: `__aexit__`, exception -> exception, awaitable of
    /// `__aexit__(type, value, tb)`.
    AsyncWithExcept,
    /// After that was awaited: exception, result -> (nothing); a true result swallows the
    /// exception and jumps to the target, otherwise it is raised again.
    AsyncWithExceptEnd(u32),
    SetupAnnotations,
    LoadAssertionError,
}

impl Instr {
    /// Raises the exception being handled again: its traceback stays as it is.
    pub fn reraises(&self) -> bool {
        matches!(
            self,
            Instr::Reraise
                | Instr::ExcStarEnd
                | Instr::WithExcept(_)
                | Instr::Raise(0)
                | Instr::EndAsyncFor
                | Instr::AsyncWithExceptEnd(_)
        )
    }
}

// One instruction is one 8-byte load in the evaluation loop's dispatch: no operand may push
// an instruction past a tag byte, a byte, a 16-bit and a 32-bit field.
const _: () = assert!(std::mem::size_of::<Instr>() == 8);

/// The bits of `Instr::MakeFunction`'s `parts`: which optional parts are on the stack.
pub struct MakeFunction;

impl MakeFunction {
    pub const DEFAULTS: u8 = 1;
    pub const KWDEFAULTS: u8 = 2;
    pub const ANNOTATIONS: u8 = 4;
    pub const CLOSURE: u8 = 8;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }

    /// (`__lt__`, its reflection `__gt__`).
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpKind::Lt => ("__lt__", "__gt__"),
            CmpKind::Le => ("__le__", "__ge__"),
            CmpKind::Eq => ("__eq__", "__eq__"),
            CmpKind::Ne => ("__ne__", "__ne__"),
            CmpKind::Gt => ("__gt__", "__lt__"),
            CmpKind::Ge => ("__ge__", "__le__"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    /// With `generator`: what calling the function makes instead of a plain generator.
    pub coroutine: bool,
    pub async_generator: bool,
    /// Module and class bodies read and write names through a locals dict.
    pub uses_locals_dict: bool,
}

/// A compiled function, class body, comprehension or module.
pub struct Code {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// The source span each instruction came from, for tracebacks.
    pub spans: Vec<Span>,
    /// The constants, each a reference the code owns; the docstring is among them.
    pub consts: Constants,
    /// Nested code objects, referenced by `MakeFunction`.
    pub codes: Vec<Arc<Code>>,
    /// Interned names for attribute, global and name instructions: immortal, as CPython 3.12's
    /// interned strings are, so the code holds no reference to them.
    pub names: Vec<ObjId>,
    pub name_strs: Vec<String>,
    /// Local variables, parameters first.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell that is also a parameter: (cell index, parameter index).
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// The docstring, if the body starts with one (one of `consts`, as in CPython).
    pub doc: Value,
    /// Where this code's `LoadGlobal` cache starts in `Vm::global_cache` (one entry per name,
    /// given out at the first lookup; `u32::MAX` until then). The cache lives in the VM so
    /// code objects stay shareable (`Sync`) and interpreters can move between threads; the
    /// entries go back to the VM with the code (see `DeadCode`).
    pub cache_base: AtomicU32,
}

impl Code {
    /// A copy under another name, file or first line (`code.replace()`), its lines moved
    /// with the first as CPython's are (they count from it). The copy holds the same
    /// constants: the caller takes a reference to each of them.
    pub fn renamed(&self, name: Arc<str>, qualname: Arc<str>, filename: Arc<str>, first_line: u32) -> Code {
        let shift = i64::from(first_line) - i64::from(self.first_line);
        let moved = |line: u32| match line {
            0 => 0,
            l => u32::try_from((i64::from(l) + shift).max(1)).unwrap_or(u32::MAX),
        };
        let spans = self
            .spans
            .iter()
            .map(|s| {
                let mut s = *s;
                (s.start.line, s.end.line) = (moved(s.start.line), moved(s.end.line));
                s
            })
            .collect();
        Code {
            name,
            qualname,
            filename,
            first_line,
            instrs: self.instrs.clone(),
            spans,
            consts: Constants { values: self.consts.values.clone(), dead: Arc::clone(&self.consts.dead) },
            codes: self.codes.clone(),
            names: self.names.clone(),
            name_strs: self.name_strs.clone(),
            varnames: self.varnames.clone(),
            cellvars: self.cellvars.clone(),
            freevars: self.freevars.clone(),
            cell_params: self.cell_params.clone(),
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            doc: self.doc,
            cache_base: AtomicU32::new(u32::MAX),
        }
    }
}

impl Drop for Code {
    fn drop(&mut self) {
        let base = self.cache_base.load(Ordering::Relaxed);
        let cache = (base != u32::MAX).then_some((base, self.names.len() as u32));
        let values = std::mem::take(&mut self.consts.values);
        self.consts.dead.bury(values, cache);
    }
}

/// The references compiled code owns in its interpreter's heap, released when the code (or,
/// after a compile error, the unit being compiled) goes.
pub struct Constants {
    values: Vec<Value>,
    dead: Arc<DeadCode>,
}

impl Constants {
    pub fn new(dead: &Arc<DeadCode>) -> Constants {
        Constants { values: Vec::new(), dead: Arc::clone(dead) }
    }

    /// Takes over a reference.
    pub fn push(&mut self, v: Value) {
        self.values.push(v);
    }
}

impl std::ops::Deref for Constants {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        &self.values
    }
}

impl Drop for Constants {
    fn drop(&mut self) {
        if !self.values.is_empty() {
            self.dead.bury(std::mem::take(&mut self.values), None);
        }
    }
}

/// What code objects leave behind when they go: the references they owned and their cache
/// entries in the VM. Code is shared through `Arc` (functions, frames, tracebacks, nested code
/// hold it) and goes with whichever holder is last, mostly where no `Vm` is at hand, so it
/// leaves these here and the VM releases them at its next safe point (`Vm::destroy`, the end of
/// a compile or a run, teardown). Nothing a script can see is among them: constants are
/// strings, bytes, numbers and tuples of names, which run no code when they die.
#[derive(Default)]
pub struct DeadCode {
    /// Something is waiting: checked where objects are freed, without taking the lock.
    pending: AtomicBool,
    left: Mutex<Leftovers>,
}

#[derive(Default)]
pub struct Leftovers {
    /// References to release.
    pub values: Vec<Value>,
    /// Cache entries free for other code: (first entry, number of names of the code).
    pub caches: Vec<(u32, u32)>,
}

impl DeadCode {
    #[inline]
    pub fn pending(&self) -> bool {
        self.pending.load(Ordering::Relaxed)
    }

    /// Leaves references (and a cache range) for the VM to release.
    pub fn bury(&self, mut values: Vec<Value>, cache: Option<(u32, u32)>) {
        values.retain(|v| matches!(v, Value::Obj(_)));
        if values.is_empty() && cache.is_none() {
            return;
        }
        // A holder that panicked while holding the lock left the lists whole.
        let mut left = self.left.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if left.values.is_empty() {
            left.values = values;
        } else {
            left.values.append(&mut values);
        }
        left.caches.extend(cache);
        self.pending.store(true, Ordering::Relaxed);
    }

    /// Everything left so far, for the VM to release.
    pub fn take(&self) -> Leftovers {
        let mut left = self.left.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        self.pending.store(false, Ordering::Relaxed);
        std::mem::take(&mut *left)
    }
}

/// Where the last `LoadGlobal` found its name: the position of its entry in the globals or
/// in the builtins dict those globals name, and the globals' key version then (a name found in
/// the builtins is shadowed once the globals gain it). See `Vm::load_global`.
#[derive(Clone, Copy)]
pub struct GlobalCacheEntry {
    pub globals: ObjId,
    pub dict_epoch: u64,
    pub globals_version: u64,
    /// The builtins dict the name was found in, if not in the globals.
    pub builtins: Option<ObjId>,
    pub position: u32,
}
