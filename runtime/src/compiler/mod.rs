//! AST to bytecode. One `Unit` per scope being compiled; names resolved by the symbol table.

pub mod scope;

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use reap_lang::ast::*;
use reap_lang::span::Span;

use crate::heap::{Heap, ObjId};
use crate::object::code::{BinOp, CmpKind, Code, CodeFlags, Instr, UnOp};
use crate::object::{Object, PyStr};
use crate::value::Value;
use scope::{Resolution, ScopeKind, SymbolTable, node_key};

/// Interned strings: names and string constants, immortal and shared by all code.
#[derive(Default)]
pub struct Interner {
    /// hashbrown's default hasher: interning runs at every start and every compile, and needs
    /// no protection against hash flooding (names come from code, not from input).
    map: hashbrown::HashMap<String, ObjId>,
}

impl Interner {
    pub fn with_capacity(n: usize) -> Interner {
        Interner { map: hashbrown::HashMap::with_capacity(n) }
    }

    pub fn intern(&mut self, heap: &mut Heap, s: &str) -> ObjId {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = heap.alloc_immortal(Object::Str(PyStr::new(s.to_string())));
        heap.set_flag(id, crate::heap::flags::INTERNED);
        self.map.insert(s.to_string(), id);
        id
    }

    /// The interned string equal to `s`, if there is one (without making it).
    pub fn get(&self, s: &str) -> Option<ObjId> {
        self.map.get(s).copied()
    }
}

#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

type CResult<T = ()> = Result<T, CompileError>;

/// How many `key: value` pairs of a dict display CPython 3.11 puts on the stack before it
/// builds the dict (its compiler's `STACK_USE_GUIDELINE` of 30 items).
const MAX_PAIRS_ON_STACK: usize = 15;

/// What a `return`, `break` or `continue` must undo on its way out.
enum FBlock<'a> {
    Loop {
        start: u32,
        breaks: Vec<usize>,
    },
    /// A `SetupExcept`/`SetupFinally`/`SetupWith` block is active.
    Try,
    /// A `finally` body to run on the way out.
    Finally(&'a [Stmt]),
    /// Inside an `except` clause: the handled exception must be popped, and the name it was
    /// bound to (`except E as name`) unbound, so that a `return` from the clause leaves no
    /// cycle from the frame through the exception's traceback back to the frame.
    Handler(Option<&'a str>),
    With,
    /// Inside a loop's iterator: `ForIter` holds the iterator on the stack.
    ForIter,
}

struct Unit<'a> {
    scope: usize,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    consts: Vec<Value>,
    codes: Vec<Arc<Code>>,
    names: Vec<ObjId>,
    name_strs: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cells: Vec<String>,
    freevars: Vec<String>,
    blocks: Vec<FBlock<'a>>,
    /// How many blocks CPython's compiler would have open here (its `u_nfblocks`): loops,
    /// `with` items, `try` bodies and handlers, `finally` bodies. At most 20 per function.
    nested_blocks: usize,
    span: Span,
    qualname: String,
}

pub struct Compiler<'a> {
    ellipsis: ObjId,
    /// Compiling a REPL entry: expression statements of the top-level code print their value
    /// (CPython's 'single' mode).
    interactive: bool,
    table: SymbolTable,
    filename: Arc<str>,
    heap: &'a mut Heap,
    interner: &'a mut Interner,
}

/// Compiles a module, or (`interactive`) one entry of the REPL.
pub fn compile_module_mode(
    module: &Module,
    filename: &str,
    heap: &mut Heap,
    interner: &mut Interner,
    ellipsis: ObjId,
    interactive: bool,
) -> CResult<Arc<Code>> {
    let table = SymbolTable::build(module).map_err(|e| CompileError { msg: e.msg, span: e.span })?;
    let mut c = Compiler { ellipsis, interactive, table, filename: filename.into(), heap, interner };
    let mut unit = c.new_unit(0, "<module>".into());
    let doc = c.docstring(&module.body);
    if module.body.iter().any(has_annotation) {
        c.emit(&mut unit, Instr::SetupAnnotations);
    }
    if let Some(doc) = doc {
        c.load_const(&mut unit, doc);
        let i = c.name(&mut unit, "__doc__");
        c.emit(&mut unit, Instr::StoreName(i));
    }
    let body = if doc.is_some() { &module.body[1..] } else { &module.body[..] };
    c.stmts(&mut unit, body)?;
    c.load_const(&mut unit, Value::None);
    c.emit(&mut unit, Instr::Return);
    let code = c.finish(
        unit,
        "<module>",
        0,
        1,
        CodeFlags { uses_locals_dict: true, ..CodeFlags::default() },
        Value::None,
    );
    Ok(code)
}

fn has_annotation(s: &Stmt) -> bool {
    matches!(s.kind, StmtKind::AnnAssign { .. })
}

impl<'a> Compiler<'a> {
    fn new_unit<'b>(&self, scope: usize, qualname: String) -> Unit<'b> {
        let s = &self.table.scopes[scope];
        let mut cells = s.cellvars.clone();
        cells.sort();
        Unit {
            scope,
            instrs: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            codes: Vec::new(),
            names: Vec::new(),
            name_strs: Vec::new(),
            name_index: HashMap::new(),
            varnames: s.varnames.clone(),
            cells,
            freevars: s.freevars.clone(),
            blocks: Vec::new(),
            nested_blocks: 0,
            span: Span::default(),
            qualname,
        }
    }

    fn finish(
        &mut self,
        u: Unit<'_>,
        name: &str,
        argcount: u32,
        first_line: u32,
        flags: CodeFlags,
        doc: Value,
    ) -> Arc<Code> {
        // Parameters that are also cells start out in their cell; the parameters are the first
        // varnames of a function scope (positional, keyword-only, `*args`, `**kwargs`).
        let nparams = self.table.scopes[u.scope].param_count;
        let cell_params = u
            .cells
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| u.varnames.iter().position(|v| v == c).map(|vi| (ci as u32, vi as u32)))
            .filter(|&(_, vi)| (vi as usize) < nparams)
            .collect();
        Arc::new(Code {
            name: name.to_string(),
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line,
            instrs: u.instrs,
            spans: u.spans,
            consts: u.consts,
            codes: u.codes,
            cache_base: std::sync::atomic::AtomicU32::new(u32::MAX),
            names: u.names,
            name_strs: u.name_strs,
            varnames: u.varnames,
            cellvars: u.cells,
            freevars: u.freevars,
            cell_params,
            argcount,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            doc,
        })
    }

    fn emit(&mut self, u: &mut Unit<'_>, i: Instr) -> usize {
        u.instrs.push(i);
        u.spans.push(u.span);
        u.instrs.len() - 1
    }

    fn here(u: &Unit<'_>) -> u32 {
        u.instrs.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(u: &mut Unit<'_>, at: usize) {
        let target = u.instrs.len() as u32;
        Self::patch_to(u, at, target);
    }

    fn patch_to(u: &mut Unit<'_>, at: usize, target: u32) {
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::SetupFinally(_) => Instr::SetupFinally(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            Instr::WithExcept(_) => Instr::WithExcept(target),
            other => other,
        };
    }

    fn const_index(&mut self, u: &mut Unit<'_>, v: Value) -> u32 {
        if let Some(i) =
            u.consts.iter().position(|c| c.is(v) && std::mem::discriminant(c) == std::mem::discriminant(&v))
        {
            return i as u32;
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    fn load_const(&mut self, u: &mut Unit<'_>, v: Value) {
        let i = self.const_index(u, v);
        self.emit(u, Instr::LoadConst(i));
    }

    fn str_const(&mut self, s: &str) -> Value {
        Value::Obj(self.interner.intern(self.heap, s))
    }

    fn name(&mut self, u: &mut Unit<'_>, s: &str) -> u32 {
        if let Some(&i) = u.name_index.get(s) {
            return i;
        }
        let id = self.interner.intern(self.heap, s);
        u.names.push(id);
        u.name_strs.push(s.to_string());
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(s.to_string(), i);
        i
    }

    fn docstring(&mut self, body: &[Stmt]) -> Option<Value> {
        match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str { value, .. }), .. })) => {
                Some(self.str_const(value))
            }
            _ => None,
        }
    }

    fn constant(&mut self, c: &Constant, span: Span) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Obj(self.ellipsis),
            Constant::Int(Int::Small(i)) => Value::Int(*i),
            Constant::Int(Int::Big(b)) => {
                Value::Obj(self.heap.alloc_immortal(Object::BigInt(BigInt::clone(b))))
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(im) => {
                let _ = span;
                Value::Obj(self.heap.alloc_immortal(Object::Complex { re: 0.0, im: *im }))
            }
            Constant::Str { value, .. } => self.str_const(value),
            Constant::Bytes(b) => Value::Obj(self.heap.alloc_immortal(Object::Bytes(b.clone()))),
        })
    }

    // ---- Names -------------------------------------------------------------------------------

    fn cell_index(u: &Unit<'_>, name: &str) -> Option<u32> {
        u.cells
            .iter()
            .position(|c| c == name)
            .or_else(|| u.freevars.iter().position(|c| c == name).map(|i| i + u.cells.len()))
            .map(|i| i as u32)
    }

    fn load_name(&mut self, u: &mut Unit<'_>, name: &str) {
        let kind = self.table.scopes[u.scope].kind;
        match self.table.resolution(u.scope, name) {
            Resolution::Local => {
                let i = u.varnames.iter().position(|v| v == name).unwrap_or(0) as u32;
                self.emit(u, Instr::LoadFast(i));
            }
            Resolution::Cell | Resolution::Free => {
                let i = Self::cell_index(u, name).unwrap_or(0);
                if kind == ScopeKind::Class {
                    self.emit(u, Instr::LoadClassDeref(i));
                } else {
                    self.emit(u, Instr::LoadDeref(i));
                }
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.name(u, name);
                self.emit(u, Instr::LoadGlobal(i));
            }
            Resolution::Name => {
                let i = self.name(u, name);
                self.emit(u, Instr::LoadName(i));
            }
        }
    }

    fn store_name(&mut self, u: &mut Unit<'_>, name: &str) {
        match self.table.resolution(u.scope, name) {
            Resolution::Local => {
                let i = u.varnames.iter().position(|v| v == name).unwrap_or(0) as u32;
                self.emit(u, Instr::StoreFast(i));
            }
            Resolution::Cell | Resolution::Free => {
                let i = Self::cell_index(u, name).unwrap_or(0);
                self.emit(u, Instr::StoreDeref(i));
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.name(u, name);
                self.emit(u, Instr::StoreGlobal(i));
            }
            Resolution::Name => {
                let i = self.name(u, name);
                self.emit(u, Instr::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, u: &mut Unit<'_>, name: &str) {
        match self.table.resolution(u.scope, name) {
            Resolution::Local => {
                let i = u.varnames.iter().position(|v| v == name).unwrap_or(0) as u32;
                self.emit(u, Instr::DeleteFast(i));
            }
            Resolution::Cell | Resolution::Free => {
                let i = Self::cell_index(u, name).unwrap_or(0);
                self.emit(u, Instr::DeleteDeref(i));
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.name(u, name);
                self.emit(u, Instr::DeleteGlobal(i));
            }
            Resolution::Name => {
                let i = self.name(u, name);
                self.emit(u, Instr::DeleteName(i));
            }
        }
    }

    // ---- Statements --------------------------------------------------------------------------

    fn stmts<'s>(&mut self, u: &mut Unit<'s>, body: &'s [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(u, s))
    }

    fn stmt<'s>(&mut self, u: &mut Unit<'s>, s: &'s Stmt) -> CResult {
        u.span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(u, e)?;
                self.emit(u, if self.interactive && u.scope == 0 { Instr::PrintExpr } else { Instr::Pop });
            }
            StmtKind::Pass => {}
            StmtKind::Assign { targets, value } => {
                self.expr(u, value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(u, Instr::Dup);
                    }
                    self.store_target(u, t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(u, target, *op, value, s.span)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(u, v)?;
                    self.store_target(u, target)?;
                }
                let kind = self.table.scopes[u.scope].kind;
                if kind != ScopeKind::Function
                    && let (true, ExprKind::Name { id, .. }) = (*simple, &target.kind)
                {
                    {
                        self.expr(u, annotation)?;
                        let ann = self.name(u, "__annotations__");
                        self.emit(u, Instr::LoadName(ann));
                        let key = self.str_const(id);
                        self.load_const(u, key);
                        self.emit(u, Instr::StoreSubscript);
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(u, test)?;
                let jf = self.emit(u, Instr::PopJumpIfFalse(0));
                self.stmts(u, body)?;
                if orelse.is_empty() {
                    Self::patch(u, jf);
                } else {
                    let j = self.emit(u, Instr::Jump(0));
                    Self::patch(u, jf);
                    self.stmts(u, orelse)?;
                    Self::patch(u, j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = Self::here(u);
                self.expr(u, test)?;
                let jf = self.emit(u, Instr::PopJumpIfFalse(0));
                u.blocks.push(FBlock::Loop { start, breaks: Vec::new() });
                Self::open_block(u, s.span)?;
                self.stmts(u, body)?;
                u.nested_blocks -= 1;
                self.emit(u, Instr::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = u.blocks.pop() else { unreachable!("loop block") };
                Self::patch(u, jf);
                self.stmts(u, orelse)?;
                for b in breaks {
                    Self::patch(u, b);
                }
            }
            StmtKind::For(f) => {
                self.expr(u, &f.iter)?;
                u.span = f.iter.span;
                self.emit(u, Instr::GetIter);
                let start = Self::here(u);
                u.span = s.span;
                let fi = self.emit(u, Instr::ForIter(0));
                u.blocks.push(FBlock::ForIter);
                u.blocks.push(FBlock::Loop { start, breaks: Vec::new() });
                Self::open_block(u, s.span)?;
                self.store_target(u, &f.target)?;
                self.stmts(u, &f.body)?;
                u.nested_blocks -= 1;
                self.emit(u, Instr::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = u.blocks.pop() else { unreachable!("loop block") };
                u.blocks.pop();
                Self::patch(u, fi);
                self.stmts(u, &f.orelse)?;
                let end = Self::here(u);
                for b in breaks {
                    Self::patch_to(u, b, end);
                }
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                self.unwind_to_loop(u, is_break)?;
            }
            StmtKind::Return(v) => {
                match v {
                    Some(v) => self.expr(u, v)?,
                    None => self.load_const(u, Value::None),
                }
                self.unwind_all(u)?;
                u.span = s.span;
                self.emit(u, Instr::Return);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(u, d)?;
                }
                let parts = FunctionParts {
                    name: &f.name,
                    args: &f.args,
                    returns: f.returns.as_ref(),
                    body: FunctionBody::Stmts(&f.body),
                };
                self.function(u, node_key(s), parts, s.span)?;
                for _ in &f.decorator_list {
                    self.emit(u, Instr::Call(1));
                }
                u.span = s.span;
                self.store_name(u, &f.name);
            }
            StmtKind::ClassDef(c) => self.class_def(u, s, c)?,
            StmtKind::Raise { exc, cause } => {
                let n = match (exc, cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(u, e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(u, e)?;
                        self.expr(u, c)?;
                        2
                    }
                };
                u.span = s.span;
                self.emit(u, Instr::Raise(n));
            }
            StmtKind::Try(t) => self.try_stmt(u, t, s.span)?,
            StmtKind::With { items, body, .. } => self.with_stmt(u, items, body, s.span)?,
            StmtKind::Assert { test, msg } => {
                self.expr(u, test)?;
                let ok = self.emit(u, Instr::PopJumpIfTrue(0));
                let at = assert_location(test).unwrap_or(s.span);
                u.span = at;
                self.emit(u, Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(u, m)?;
                    u.span = at;
                    self.emit(u, Instr::Call(1));
                }
                self.emit(u, Instr::Raise(1));
                Self::patch(u, ok);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(u, t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(names) => {
                for a in names {
                    let none = self.const_index(u, Value::None);
                    let name = self.name(u, &a.name);
                    u.span = a.span;
                    self.emit(u, Instr::ImportName { name, level: 0, fromlist: none });
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule.
                            for part in a.name.split('.').skip(1) {
                                let i = self.name(u, part);
                                self.emit(u, Instr::ImportFrom(i));
                                self.emit(u, Instr::Rot2);
                                self.emit(u, Instr::Pop);
                            }
                            self.store_name(u, asname);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(u, &first);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let fromlist: Vec<Value> = names.iter().map(|a| self.str_const(&a.name)).collect();
                let tuple = Value::Obj(self.heap.alloc_immortal(Object::Tuple(fromlist)));
                let fl = self.const_index(u, tuple);
                let name = self.name(u, module.as_deref().unwrap_or(""));
                self.emit(u, Instr::ImportName { name, level: *level, fromlist: fl });
                if names.len() == 1 && &*names[0].name == "*" {
                    self.emit(u, Instr::ImportStar);
                } else {
                    for a in names {
                        u.span = a.span;
                        let i = self.name(u, &a.name);
                        self.emit(u, Instr::ImportFrom(i));
                        self.store_name(u, a.asname.as_deref().unwrap_or(&a.name));
                    }
                    self.emit(u, Instr::Pop);
                }
            }
        }
        Ok(())
    }

    /// Emits what leaving every enclosing block needs, for a `return`: the value to return is on
    /// the stack and stays on top.
    fn unwind_all<'s>(&mut self, u: &mut Unit<'s>) -> CResult {
        let blocks = std::mem::take(&mut u.blocks);
        for b in blocks.iter().rev() {
            self.unwind_one(u, b, true)?;
        }
        u.blocks = blocks;
        Ok(())
    }

    fn unwind_one<'s>(&mut self, u: &mut Unit<'s>, b: &FBlock<'s>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::Loop { .. } => {}
            FBlock::ForIter => {
                if preserve_tos {
                    self.emit(u, Instr::Rot2);
                }
                self.emit(u, Instr::Pop);
            }
            FBlock::Try => {
                self.emit(u, Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                // The finally body runs with the return value saved under it.
                self.stmts(u, body)?;
            }
            FBlock::Handler(name) => {
                self.emit(u, Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(u, Value::None);
                    self.store_name(u, n);
                    self.delete_name(u, n);
                }
            }
            FBlock::With => {
                self.emit(u, Instr::PopBlock);
                if preserve_tos {
                    self.emit(u, Instr::Rot2);
                }
                self.emit(u, Instr::WithExit);
            }
        }
        Ok(())
    }

    fn unwind_to_loop<'s>(&mut self, u: &mut Unit<'s>, is_break: bool) -> CResult {
        let Some(pos) = u.blocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. })) else {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(CompileError { msg: msg.into(), span: u.span });
        };
        let inner: Vec<FBlock<'s>> = u.blocks.drain(pos + 1..).collect();
        for b in inner.iter().rev() {
            self.unwind_one(u, b, false)?;
        }
        u.blocks.extend(inner);
        if is_break {
            // Leaving the loop also drops its iterator (for `for` loops).
            if pos > 0 && matches!(u.blocks[pos - 1], FBlock::ForIter) {
                self.emit(u, Instr::Pop);
            }
            let j = self.emit(u, Instr::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut u.blocks[pos] {
                breaks.push(j);
            }
        } else if let FBlock::Loop { start, .. } = u.blocks[pos] {
            self.emit(u, Instr::Jump(start));
        }
        Ok(())
    }

    /// Counts a block CPython's compiler opens at `span`: past 20 in one function it gives up.
    fn open_block(u: &mut Unit<'_>, span: Span) -> CResult {
        if u.nested_blocks >= 20 {
            return Err(CompileError { msg: "too many statically nested blocks".into(), span });
        }
        u.nested_blocks += 1;
        Ok(())
    }

    fn try_stmt<'s>(&mut self, u: &mut Unit<'s>, t: &'s Try, span: Span) -> CResult {
        let has_finally = !t.finalbody.is_empty();
        if has_finally {
            Self::open_block(u, span)?;
        }
        let finally_setup = if has_finally {
            let i = self.emit(u, Instr::SetupFinally(0));
            // Unwinding runs these innermost first: pop the block, then run the body inline.
            u.blocks.push(FBlock::Finally(&t.finalbody));
            u.blocks.push(FBlock::Try);
            Some(i)
        } else {
            None
        };
        if t.handlers.is_empty() {
            self.stmts(u, &t.body)?;
        } else {
            let setup = self.emit(u, Instr::SetupExcept(0));
            u.blocks.push(FBlock::Try);
            Self::open_block(u, span)?;
            self.stmts(u, &t.body)?;
            u.nested_blocks -= 1;
            u.blocks.pop();
            self.emit(u, Instr::PopBlock);
            self.stmts(u, &t.orelse)?;
            let mut ends = vec![self.emit(u, Instr::Jump(0))];
            Self::patch(u, setup);
            // One block around all the handlers, one more around each handler's body.
            Self::open_block(u, span)?;
            for h in &t.handlers {
                u.span = h.span;
                let next = match &h.type_ {
                    Some(ty) => {
                        self.expr(u, ty)?;
                        u.span = h.span;
                        self.emit(u, Instr::ExcMatch);
                        Some(self.emit(u, Instr::PopJumpIfFalse(0)))
                    }
                    None => None,
                };
                // The exception is the one being handled until the clause ends.
                match &h.name {
                    Some(n) => self.store_name(u, n),
                    None => {
                        self.emit(u, Instr::Pop);
                    }
                }
                u.blocks.push(FBlock::Handler(h.name.as_deref()));
                Self::open_block(u, h.span)?;
                if let Some(n) = &h.name {
                    // `except E as e:` deletes `e` however the clause ends.
                    let cleanup = self.emit(u, Instr::SetupFinally(0));
                    u.blocks.push(FBlock::Try);
                    self.stmts(u, &h.body)?;
                    u.blocks.pop();
                    self.emit(u, Instr::PopBlock);
                    self.load_const(u, Value::None);
                    self.store_name(u, n);
                    self.delete_name(u, n);
                    let skip = self.emit(u, Instr::Jump(0));
                    Self::patch(u, cleanup);
                    self.load_const(u, Value::None);
                    self.store_name(u, n);
                    self.delete_name(u, n);
                    self.emit(u, Instr::Reraise);
                    Self::patch(u, skip);
                } else {
                    self.stmts(u, &h.body)?;
                }
                u.nested_blocks -= 1;
                u.blocks.pop();
                self.emit(u, Instr::PopExcept);
                ends.push(self.emit(u, Instr::Jump(0)));
                if let Some(next) = next {
                    Self::patch(u, next);
                }
            }
            u.nested_blocks -= 1;
            self.emit(u, Instr::Reraise);
            for e in ends {
                Self::patch(u, e);
            }
        }
        if let Some(setup) = finally_setup {
            u.nested_blocks -= 1;
            u.blocks.pop();
            u.blocks.pop();
            self.emit(u, Instr::PopBlock);
            self.stmts(u, &t.finalbody)?;
            let end = self.emit(u, Instr::Jump(0));
            Self::patch(u, setup);
            // Only the copy that runs while an exception is pending counts as a block.
            Self::open_block(u, span)?;
            self.stmts(u, &t.finalbody)?;
            u.nested_blocks -= 1;
            self.emit(u, Instr::Reraise);
            Self::patch(u, end);
        }
        Ok(())
    }

    fn with_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        items: &'s [WithItem],
        body: &'s [Stmt],
        span: Span,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(u, body);
        };
        self.expr(u, &item.context_expr)?;
        u.span = span;
        let setup = self.emit(u, Instr::SetupWith(0));
        u.blocks.push(FBlock::With);
        Self::open_block(u, span)?;
        match &item.optional_vars {
            Some(t) => self.store_target(u, t)?,
            None => {
                self.emit(u, Instr::Pop);
            }
        }
        self.with_stmt(u, rest, body, span)?;
        u.nested_blocks -= 1;
        u.blocks.pop();
        u.span = span;
        self.emit(u, Instr::PopBlock);
        self.emit(u, Instr::WithExit);
        let end = self.emit(u, Instr::Jump(0));
        Self::patch(u, setup);
        let exc = self.emit(u, Instr::WithExcept(0));
        Self::patch(u, end);
        Self::patch(u, exc);
        Ok(())
    }

    fn aug_assign<'s>(
        &mut self,
        u: &mut Unit<'s>,
        target: &'s Expr,
        op: Operator,
        value: &'s Expr,
        span: Span,
    ) -> CResult {
        let op = bin_op(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                u.span = target.span;
                self.load_name(u, id);
                self.expr(u, value)?;
                u.span = span;
                self.emit(u, Instr::Inplace(op));
                self.store_name(u, id);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(u, obj)?;
                self.emit(u, Instr::Dup);
                let i = self.name(u, attr);
                u.span = target.span;
                self.emit(u, Instr::LoadAttr(i));
                self.expr(u, value)?;
                u.span = span;
                self.emit(u, Instr::Inplace(op));
                // The store is the target's, as CPython places it.
                u.span = target.span;
                self.emit(u, Instr::Rot2);
                self.emit(u, Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(u, obj)?;
                self.expr(u, slice)?;
                self.emit(u, Instr::Dup2);
                u.span = target.span;
                self.emit(u, Instr::Subscript);
                self.expr(u, value)?;
                u.span = span;
                self.emit(u, Instr::Inplace(op));
                u.span = target.span;
                self.emit(u, Instr::Rot3);
                self.emit(u, Instr::StoreSubscript);
            }
            _ => {
                return Err(CompileError { msg: "illegal expression for augmented assignment".into(), span });
            }
        }
        Ok(())
    }

    fn store_target<'s>(&mut self, u: &mut Unit<'s>, t: &'s Expr) -> CResult {
        u.span = t.span;
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(u, id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = self.name(u, attr);
                u.span = t.span;
                self.emit(u, Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.span = t.span;
                self.emit(u, Instr::StoreSubscript);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                match elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })) {
                    Some(star) => {
                        let after = elts.len() - star - 1;
                        self.emit(u, Instr::UnpackEx { before: star as u32, after: after as u32 });
                    }
                    None => {
                        self.emit(u, Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(u, value)?,
                        _ => self.store_target(u, e)?,
                    }
                }
            }
            ExprKind::Starred { value, .. } => self.store_target(u, value)?,
            _ => return Err(CompileError { msg: "cannot assign to expression".into(), span: t.span }),
        }
        Ok(())
    }

    fn delete_target<'s>(&mut self, u: &mut Unit<'s>, t: &'s Expr) -> CResult {
        u.span = t.span;
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(u, id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = self.name(u, attr);
                u.span = t.span;
                self.emit(u, Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.span = t.span;
                self.emit(u, Instr::DeleteSubscript);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(u, e)?;
                }
            }
            _ => return Err(CompileError { msg: "cannot delete expression".into(), span: t.span }),
        }
        Ok(())
    }

    fn class_def<'s>(&mut self, u: &mut Unit<'s>, s: &'s Stmt, c: &'s ClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(u, d)?;
        }
        let scope = self.table.by_node[&node_key(s)];
        let qualname = self.child_qualname(u, &c.name);
        let mut body = self.new_unit(scope, qualname.clone());
        body.span = s.span;
        let module_name = self.name(&mut body, "__name__");
        self.emit(&mut body, Instr::LoadGlobal(module_name));
        let module_attr = self.name(&mut body, "__module__");
        self.emit(&mut body, Instr::StoreName(module_attr));
        let qn = self.str_const(&qualname);
        self.load_const(&mut body, qn);
        let qn_attr = self.name(&mut body, "__qualname__");
        self.emit(&mut body, Instr::StoreName(qn_attr));
        if c.body.iter().any(has_annotation) {
            self.emit(&mut body, Instr::SetupAnnotations);
        }
        let doc = self.docstring(&c.body);
        if let Some(doc) = doc {
            self.load_const(&mut body, doc);
            let d = self.name(&mut body, "__doc__");
            self.emit(&mut body, Instr::StoreName(d));
        }
        let stmts = if doc.is_some() { &c.body[1..] } else { &c.body[..] };
        self.stmts(&mut body, stmts)?;
        // The class body returns its `__class__` cell (if methods need one) for `type` to fill.
        match Self::cell_index(&body, "__class__") {
            Some(i) if body.cells.iter().any(|c| c == "__class__") => {
                self.emit(&mut body, Instr::LoadClosure(i));
            }
            _ => self.load_const(&mut body, Value::None),
        }
        self.emit(&mut body, Instr::Return);
        let flags = CodeFlags { uses_locals_dict: true, ..CodeFlags::default() };
        let line = s.span.start.line;
        let code = self.finish(body, &c.name, 0, line, flags, Value::None);
        u.span = s.span;
        self.make_function(u, code, false, false, false)?;
        let name = self.str_const(&c.name);
        self.load_const(u, name);
        for b in &c.bases {
            self.expr(u, b)?;
        }
        let kwargs = !c.keywords.is_empty();
        if kwargs {
            for k in &c.keywords {
                let key = self.str_const(k.arg.as_deref().unwrap_or(""));
                self.load_const(u, key);
                self.expr(u, &k.value)?;
            }
            self.emit(u, Instr::BuildMap(c.keywords.len() as u32));
        }
        u.span = s.span;
        self.emit(u, Instr::BuildClass { bases: c.bases.len() as u32, kwargs });
        for _ in &c.decorator_list {
            self.emit(u, Instr::Call(1));
        }
        self.store_name(u, &c.name);
        Ok(())
    }

    fn child_qualname(&self, u: &Unit<'_>, name: &str) -> String {
        let scope = &self.table.scopes[u.scope];
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", u.qualname),
            ScopeKind::Function => format!("{}.<locals>.{name}", u.qualname),
        }
    }

    /// Pushes a new function object for `code`, with its closure.
    fn make_function(
        &mut self,
        u: &mut Unit<'_>,
        code: Arc<Code>,
        defaults: bool,
        kwdefaults: bool,
        annotations: bool,
    ) -> CResult {
        let closure = !code.freevars.is_empty();
        if closure {
            for name in &code.freevars {
                let i = Self::cell_index(u, name).unwrap_or(0);
                self.emit(u, Instr::LoadClosure(i));
            }
            self.emit(u, Instr::BuildTuple(code.freevars.len() as u32));
        }
        u.codes.push(code);
        let code = u.codes.len() as u32 - 1;
        self.emit(u, Instr::MakeFunction { code, defaults, kwdefaults, annotations, closure });
        Ok(())
    }

    /// Compiles a `def` or `lambda` (`key`: the node's identity in the symbol table) and pushes
    /// the function object.
    fn function<'s>(&mut self, u: &mut Unit<'s>, key: usize, def: FunctionParts<'s>, span: Span) -> CResult {
        let FunctionParts { name, args, returns, body } = def;
        let scope = self.table.by_node[&key];
        // Defaults are evaluated where the function is defined.
        let defaults = !args.defaults.is_empty();
        if defaults {
            for d in &args.defaults {
                self.expr(u, d)?;
            }
            self.emit(u, Instr::BuildTuple(args.defaults.len() as u32));
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        let kwdefaults = !kw.is_empty();
        if kwdefaults {
            for (a, d) in &kw {
                let k = self.str_const(&a.arg);
                self.load_const(u, k);
                self.expr(u, d)?;
            }
            self.emit(u, Instr::BuildMap(kw.len() as u32));
        }
        // Annotations are evaluated at definition too, into a dict (parameters, then 'return').
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut count = 0;
        for p in params {
            if let Some(a) = &p.annotation {
                let k = self.str_const(&p.arg);
                self.load_const(u, k);
                self.expr(u, a)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            let k = self.str_const("return");
            self.load_const(u, k);
            self.expr(u, r)?;
            count += 1;
        }
        let annotations = count > 0;
        if annotations {
            self.emit(u, Instr::BuildMap(count));
        }
        let qualname = self.child_qualname(u, name);
        let mut inner = self.new_unit(scope, qualname);
        inner.span = span;
        let mut doc = Value::None;
        match body {
            FunctionBody::Stmts(stmts) => {
                let d = self.docstring(stmts);
                if let Some(d) = d {
                    doc = d;
                }
                let stmts = if d.is_some() { &stmts[1..] } else { stmts };
                self.stmts(&mut inner, stmts)?;
                if !matches!(inner.instrs.last(), Some(Instr::Return)) || stmts.is_empty() {
                    inner.span = stmts.last().map_or(span, |s| s.span);
                    self.load_const(&mut inner, Value::None);
                    self.emit(&mut inner, Instr::Return);
                }
            }
            FunctionBody::Expr(e) => {
                self.expr(&mut inner, e)?;
                if self.table.scopes[scope].is_generator {
                    self.emit(&mut inner, Instr::Pop);
                    self.load_const(&mut inner, Value::None);
                }
                self.emit(&mut inner, Instr::Return);
            }
        }
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        let flags = CodeFlags {
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
            generator: self.table.scopes[scope].is_generator,
            uses_locals_dict: false,
        };
        let mut code = self.finish(inner, name, argcount, span.start.line, flags, doc);
        if let Some(c) = Arc::get_mut(&mut code) {
            c.posonlyargcount = args.posonlyargs.len() as u32;
            c.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        u.span = span;
        self.make_function(u, code, defaults, kwdefaults, annotations)
    }

    // ---- Expressions -------------------------------------------------------------------------

    fn expr<'s>(&mut self, u: &mut Unit<'s>, e: &'s Expr) -> CResult {
        let saved = u.span;
        u.span = e.span;
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(c, e.span)?;
                self.load_const(u, v);
            }
            ExprKind::Name { id, .. } => self.load_name(u, id),
            ExprKind::BinOp { left, op, right } => {
                self.expr(u, left)?;
                self.expr(u, right)?;
                u.span = e.span;
                self.emit(u, Instr::Binary(bin_op(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(u, operand)?;
                u.span = e.span;
                let op = match op {
                    UnaryOp::Invert => UnOp::Invert,
                    UnaryOp::Not => UnOp::Not,
                    UnaryOp::UAdd => UnOp::Pos,
                    UnaryOp::USub => UnOp::Neg,
                };
                self.emit(u, Instr::Unary(op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(u, v)?;
                    if i + 1 < values.len() {
                        let j = match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        jumps.push(self.emit(u, j));
                    }
                }
                for j in jumps {
                    Self::patch(u, j);
                }
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(u, left)?;
                if ops.len() == 1 {
                    self.expr(u, &comparators[0])?;
                    u.span = e.span;
                    self.emit(u, compare_instr(ops[0]));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(u, c)?;
                        u.span = e.span;
                        if i + 1 < ops.len() {
                            self.emit(u, Instr::Dup);
                            self.emit(u, Instr::Rot3);
                            self.emit(u, compare_instr(*op));
                            cleanups.push(self.emit(u, Instr::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(u, compare_instr(*op));
                        }
                    }
                    let end = self.emit(u, Instr::Jump(0));
                    for c in cleanups {
                        Self::patch(u, c);
                    }
                    self.emit(u, Instr::Rot2);
                    self.emit(u, Instr::Pop);
                    Self::patch(u, end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(u, test)?;
                let jf = self.emit(u, Instr::PopJumpIfFalse(0));
                self.expr(u, body)?;
                let j = self.emit(u, Instr::Jump(0));
                Self::patch(u, jf);
                self.expr(u, orelse)?;
                Self::patch(u, j);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = self.name(u, attr);
                u.span = e.span;
                self.emit(u, Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.span = e.span;
                self.emit(u, Instr::Subscript);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(u, p)?,
                        None => self.load_const(u, Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(u, s)?;
                        self.emit(u, Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(u, Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(u, e, func, args, keywords)?,
            ExprKind::Tuple { elts, .. } => {
                if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
                    self.starred_list(u, elts)?;
                    self.emit(u, Instr::ListToTuple);
                } else {
                    for x in elts {
                        self.expr(u, x)?;
                    }
                    self.emit(u, Instr::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::List { elts, .. } => {
                if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
                    self.starred_list(u, elts)?;
                } else {
                    for x in elts {
                        self.expr(u, x)?;
                    }
                    self.emit(u, Instr::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Set(elts) => {
                self.emit(u, Instr::BuildSet(0));
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred { value, .. } => {
                            self.expr(u, value)?;
                            self.emit(u, Instr::SetUpdate(1));
                        }
                        _ => {
                            self.expr(u, x)?;
                            self.emit(u, Instr::SetAdd(1));
                        }
                    }
                }
            }
            ExprKind::Dict { keys, values } => self.dict_display(u, keys, values)?,
            ExprKind::Starred { .. } => {
                return Err(CompileError { msg: "can't use starred expression here".into(), span: e.span });
            }
            ExprKind::Lambda { args, body } => {
                let parts =
                    FunctionParts { name: "<lambda>", args, returns: None, body: FunctionBody::Expr(body) };
                self.function(u, node_key(e), parts, e.span)?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(u, e, "<listcomp>", generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(u, e, "<setcomp>", generators, Comp::Set(elt))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(u, e, "<genexpr>", generators, Comp::Gen(elt))?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(u, e, "<dictcomp>", generators, Comp::Dict(key, value))?
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(u, value)?;
                self.emit(u, Instr::Dup);
                self.store_target(u, target)?;
            }
            ExprKind::JoinedStr(values) => {
                for v in values {
                    self.expr(u, v)?;
                }
                if values.len() != 1 || !matches!(values[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(u, Instr::BuildString(values.len() as u32));
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(u, value)?;
                if let Some(spec) = format_spec {
                    self.expr(u, spec)?;
                }
                u.span = e.span;
                self.emit(
                    u,
                    Instr::FormatValue {
                        conversion: conversion.map_or(0, |c| c as u8),
                        spec: format_spec.is_some(),
                    },
                );
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(u, v)?,
                    None => self.load_const(u, Value::None),
                }
                u.span = e.span;
                self.emit(u, Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(u, v)?;
                u.span = e.span;
                self.emit(u, Instr::GetIter);
                self.load_const(u, Value::None);
                self.emit(u, Instr::YieldFrom);
            }
            ExprKind::Await(_) => {
                return Err(CompileError {
                    msg: "'await' is not supported by Reap yet".into(),
                    span: e.span,
                });
            }
        }
        u.span = saved;
        Ok(())
    }

    /// Builds a list from elements some of which are `*iterable`.
    /// A dict display, in CPython's chunks: a run of up to 16 `key: value` pairs is evaluated
    /// onto the stack and built at once (every key and value exists before the first is hashed,
    /// and the stack is released after, from its top); a longer run goes in a pair at a time;
    /// each later chunk and each `**mapping` is merged into the first.
    fn dict_display<'s>(
        &mut self,
        u: &mut Unit<'s>,
        keys: &'s [Option<Expr>],
        values: &'s [Expr],
    ) -> CResult {
        let mut have_dict = false;
        let mut start = 0;
        for (i, k) in keys.iter().enumerate() {
            let chunk_end = if k.is_none() {
                i
            } else if i - start > MAX_PAIRS_ON_STACK {
                i + 1
            } else {
                continue;
            };
            if chunk_end > start {
                self.dict_chunk(u, &keys[start..chunk_end], &values[start..chunk_end])?;
                if have_dict {
                    self.emit(u, Instr::DictUpdate(1));
                }
                have_dict = true;
            }
            if k.is_none() {
                if !have_dict {
                    self.emit(u, Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(u, &values[i])?;
                self.emit(u, Instr::DictUpdate(1));
            }
            start = i + 1;
        }
        if start < keys.len() {
            self.dict_chunk(u, &keys[start..], &values[start..])?;
            if have_dict {
                self.emit(u, Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(u, Instr::BuildMap(0));
        }
        Ok(())
    }

    /// Pairs of a dict display without `**` among them.
    fn dict_chunk<'s>(&mut self, u: &mut Unit<'s>, keys: &'s [Option<Expr>], values: &'s [Expr]) -> CResult {
        let at_once = keys.len() <= MAX_PAIRS_ON_STACK;
        if !at_once {
            self.emit(u, Instr::BuildMap(0));
        }
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.expr(u, k)?;
            }
            self.expr(u, v)?;
            if !at_once {
                self.emit(u, Instr::MapAdd(1));
            }
        }
        if at_once {
            self.emit(u, Instr::BuildMap(keys.len() as u32));
        }
        Ok(())
    }

    fn starred_list<'s>(&mut self, u: &mut Unit<'s>, elts: &'s [Expr]) -> CResult {
        self.emit(u, Instr::BuildList(0));
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(u, value)?;
                    self.emit(u, Instr::ListExtend(1));
                }
                _ => {
                    self.expr(u, x)?;
                    self.emit(u, Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn call<'s>(
        &mut self,
        u: &mut Unit<'s>,
        e: &'s Expr,
        func: &'s Expr,
        args: &'s [Expr],
        keywords: &'s [Keyword],
    ) -> CResult {
        // Zero-argument `super()` means `super(__class__, <first parameter>)`.
        if let ExprKind::Name { id, .. } = &func.kind
            && &**id == "super"
            && args.is_empty()
            && keywords.is_empty()
            && Self::cell_index(u, "__class__").is_some()
            && let Some(first) = u.varnames.first().cloned()
        {
            self.load_name(u, "super");
            let i = Self::cell_index(u, "__class__").unwrap_or(0);
            self.emit(u, Instr::LoadDeref(i));
            self.load_name(u, &first);
            u.span = e.span;
            self.emit(u, Instr::Call(2));
            return Ok(());
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let double_starred = keywords.iter().any(|k| k.arg.is_none());
        if !starred
            && !double_starred
            && keywords.is_empty()
            && let ExprKind::Attribute { value, attr, .. } = &func.kind
        {
            {
                self.expr(u, value)?;
                let i = self.name(u, attr);
                u.span = func.span;
                self.emit(u, Instr::LoadMethod(i));
                for a in args {
                    self.expr(u, a)?;
                }
                u.span = e.span;
                self.emit(u, Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(u, func)?;
        if starred || double_starred {
            self.starred_list(u, args)?;
            self.emit(u, Instr::ListToTuple);
            let has_kw = !keywords.is_empty();
            if has_kw {
                self.emit(u, Instr::BuildMap(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            let key = self.str_const(name);
                            self.load_const(u, key);
                            self.expr(u, &k.value)?;
                            self.emit(u, Instr::BuildMap(1));
                            self.emit(u, Instr::DictMerge(1));
                        }
                        None => {
                            self.expr(u, &k.value)?;
                            u.span = e.span;
                            self.emit(u, Instr::DictMerge(1));
                        }
                    }
                }
            }
            u.span = e.span;
            self.emit(u, Instr::CallEx { kwargs: has_kw });
            return Ok(());
        }
        for a in args {
            self.expr(u, a)?;
        }
        if keywords.is_empty() {
            u.span = e.span;
            self.emit(u, Instr::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(u, &k.value)?;
                names.push(self.str_const(k.arg.as_deref().unwrap_or("")));
            }
            let tuple = Value::Obj(self.heap.alloc_immortal(Object::Tuple(names)));
            let names = self.const_index(u, tuple);
            u.span = e.span;
            self.emit(u, Instr::CallKw { argc: (args.len() + keywords.len()) as u32, names });
        }
        Ok(())
    }

    fn comprehension<'s>(
        &mut self,
        u: &mut Unit<'s>,
        e: &'s Expr,
        name: &str,
        generators: &'s [Comprehension],
        kind: Comp<'s>,
    ) -> CResult {
        let scope = self.table.by_node[&node_key(e)];
        let qualname = self.child_qualname(u, name);
        let mut inner = self.new_unit(scope, qualname);
        inner.span = e.span;
        match kind {
            Comp::List(_) => {
                self.emit(&mut inner, Instr::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(&mut inner, Instr::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(&mut inner, Instr::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_generator(&mut inner, generators, 0, &kind, e.span)?;
        if let Comp::Gen(_) = kind {
            self.load_const(&mut inner, Value::None);
        }
        self.emit(&mut inner, Instr::Return);
        let flags = CodeFlags { generator: matches!(kind, Comp::Gen(_)), ..CodeFlags::default() };
        let code = self.finish(inner, name, 1, e.span.start.line, flags, Value::None);
        u.span = e.span;
        self.make_function(u, code, false, false, false)?;
        self.expr(u, &generators[0].iter)?;
        u.span = e.span;
        self.emit(u, Instr::GetIter);
        self.emit(u, Instr::Call(1));
        Ok(())
    }

    fn comp_generator<'s>(
        &mut self,
        u: &mut Unit<'s>,
        generators: &'s [Comprehension],
        i: usize,
        kind: &Comp<'s>,
        span: Span,
    ) -> CResult {
        let g = &generators[i];
        if i == 0 {
            self.emit(u, Instr::LoadFast(0));
        } else {
            self.expr(u, &g.iter)?;
            self.emit(u, Instr::GetIter);
        }
        let start = Self::here(u);
        let fi = self.emit(u, Instr::ForIter(0));
        self.store_target(u, &g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(u, cond)?;
            skips.push(self.emit(u, Instr::PopJumpIfFalse(0)));
        }
        if i + 1 < generators.len() {
            self.comp_generator(u, generators, i + 1, kind, span)?;
        } else {
            // The result sits under the iterators: one per generator.
            let depth = generators.len() as u32 + 1;
            match kind {
                Comp::List(elt) => {
                    self.expr(u, elt)?;
                    self.emit(u, Instr::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(u, elt)?;
                    self.emit(u, Instr::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(u, k)?;
                    self.expr(u, v)?;
                    self.emit(u, Instr::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(u, elt)?;
                    u.span = span;
                    self.emit(u, Instr::YieldValue);
                    self.emit(u, Instr::Pop);
                }
            }
        }
        for s in skips {
            Self::patch_to(u, s, start);
        }
        self.emit(u, Instr::Jump(start));
        Self::patch(u, fi);
        Ok(())
    }
}

/// What a `def` or `lambda` is made of.
struct FunctionParts<'s> {
    name: &'s str,
    args: &'s Arguments,
    returns: Option<&'s Expr>,
    body: FunctionBody<'s>,
}

enum FunctionBody<'s> {
    Stmts(&'s [Stmt]),
    Expr(&'s Expr),
}

enum Comp<'s> {
    List(&'s Expr),
    Set(&'s Expr),
    Dict(&'s Expr, &'s Expr),
    Gen(&'s Expr),
}

fn bin_op(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn compare_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::Compare(CmpKind::Eq),
        CmpOp::NotEq => Instr::Compare(CmpKind::Ne),
        CmpOp::Lt => Instr::Compare(CmpKind::Lt),
        CmpOp::LtE => Instr::Compare(CmpKind::Le),
        CmpOp::Gt => Instr::Compare(CmpKind::Gt),
        CmpOp::GtE => Instr::Compare(CmpKind::Ge),
        CmpOp::Is => Instr::Is(false),
        CmpOp::IsNot => Instr::Is(true),
        CmpOp::In => Instr::Contains(false),
        CmpOp::NotIn => Instr::Contains(true),
    }
}

/// Where CPython places a failed `assert`: at the last comparison its conditional jump looked
/// through (`not`, `and`/`or` operands, the parts of a conditional expression), else at the
/// statement, which a traceback then shows without markers.
fn assert_location(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp { op: UnaryOp::Not, operand } => assert_location(operand),
        ExprKind::BoolOp { values, .. } => values.iter().filter_map(assert_location).next_back(),
        ExprKind::IfExp { test, body, orelse } => {
            [test, body, orelse].into_iter().filter_map(|e| assert_location(e)).next_back()
        }
        _ => None,
    }
}
