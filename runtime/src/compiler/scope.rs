//! The symbol table: for every scope (module, class, function, lambda, comprehension), which
//! names are local, global, free (from an enclosing function) or cells (local, and used by an
//! inner function). Resolved before code generation, as CPython's `symtable.c` does.

use std::collections::HashMap;

use reap_lang::ast::*;
use reap_lang::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound here or in any enclosing function.
    GlobalImplicit,
    Free,
    Cell,
    /// Module and class scopes: looked up by name at run time.
    Name,
}

#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    assigned: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// Where the `nonlocal` statement naming it is, for the error when nothing binds it.
    nonlocal_at: Option<Span>,
    /// An inner scope needs this name from here.
    captured: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    symbols: HashMap<String, Flags>,
    /// Parameters in order, then other locals in order of first binding.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// `async def`: calling it makes a coroutine, or an async generator if it has a `yield`.
    pub is_async: bool,
    /// Has a `yield` (not only `await`s), which makes an `async def` an async generator.
    pub has_yield: bool,
    /// Has an `await` (or an async comprehension, which it awaits): a comprehension with one
    /// is a coroutine.
    pub has_await: bool,
    /// How many of `varnames` are parameters.
    pub param_count: usize,
    /// A method using `super()` or `__class__`: the class body provides a `__class__` cell.
    pub needs_class_cell: bool,
    pub resolved: HashMap<String, Resolution>,
    /// The innermost class this scope is in (its own name, for a class body): private names
    /// (`__x`) in it are mangled with it.
    pub private: Option<String>,
}

/// CPython's name mangling: in a class, `__name` (not `__name__`, not dotted) is
/// `_Class__name`, the class's name without its leading underscores (no mangling for a class
/// named only underscores).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private.map(|p| p.trim_start_matches('_')) else { return name.into() };
    if class.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    format!("_{class}{name}").into()
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The scope of each function, lambda, class or comprehension node, by node address.
    pub by_node: HashMap<usize, usize>,
}

/// A scope-making node's identity: its address, stable while the AST is borrowed.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// The names of comprehension scopes.
const COMPREHENSIONS: [&str; 4] = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"];

#[derive(Debug)]
pub struct ScopeError {
    pub msg: String,
    pub span: Span,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, ScopeError> {
        let mut b =
            Builder { table: SymbolTable { scopes: Vec::new(), by_node: HashMap::new() }, current: 0 };
        b.push_scope(ScopeKind::Module, "<module>".into(), None);
        b.stmts(&module.body)?;
        b.resolve(0, &[])?;
        Ok(b.table)
    }

    /// `name` as scope `scope` spells it (see `mangle`).
    pub fn mangled<'n>(&self, scope: usize, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.scopes[scope].private.as_deref(), name)
    }

    pub fn resolution(&self, scope: usize, name: &str) -> Resolution {
        let s = &self.scopes[scope];
        if let Some(r) = s.resolved.get(name) {
            return *r;
        }
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Resolution::Name,
            ScopeKind::Function => Resolution::GlobalImplicit,
        }
    }
}

struct Builder {
    table: SymbolTable,
    current: usize,
}

impl Builder {
    fn push_scope(&mut self, kind: ScopeKind, name: String, node: Option<usize>) -> usize {
        let id = self.table.scopes.len();
        let parent = if id == 0 { None } else { Some(self.current) };
        let private = match kind {
            ScopeKind::Class => Some(name.clone()),
            _ => parent.and_then(|p| self.table.scopes[p].private.clone()),
        };
        self.table.scopes.push(Scope {
            kind,
            name,
            symbols: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_async: false,
            has_yield: false,
            has_await: false,
            param_count: 0,
            needs_class_cell: false,
            resolved: HashMap::new(),
            private,
        });
        if let Some(p) = parent {
            self.table.scopes[p].children.push(id);
        }
        if let Some(node) = node {
            self.table.by_node.insert(node, id);
        }
        self.current = id;
        id
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn flags(&mut self, name: &str) -> &mut Flags {
        let name = self.table.mangled(self.current, name).into_owned();
        self.scope().symbols.entry(name).or_default()
    }

    fn bind(&mut self, name: &str) {
        let name = &*self.table.mangled(self.current, name).into_owned();
        let f = self.flags(name);
        let first = !f.assigned && !f.param;
        f.assigned = true;
        if first && !f.global && !f.nonlocal && self.scope().kind == ScopeKind::Function {
            self.scope().varnames.push(name.to_string());
        }
    }

    fn param(&mut self, name: &str) {
        let name = self.table.mangled(self.current, name).into_owned();
        self.flags(&name).param = true;
        self.scope().varnames.push(name);
        self.scope().param_count += 1;
    }

    fn use_name(&mut self, name: &str) {
        self.flags(name).used = true;
        if name == "super" && self.scope().kind == ScopeKind::Function {
            self.scope().needs_class_cell = true;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                f.decorator_list.iter().try_for_each(|e| self.expr(e))?;
                self.defaults(&f.args)?;
                self.annotations(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let outer = self.current;
                self.push_scope(ScopeKind::Function, f.name.to_string(), Some(node_key(s)));
                if f.is_async {
                    // A coroutine runs as a generator's frame does, awaits or not.
                    self.scope().is_async = true;
                    self.scope().is_generator = true;
                }
                self.params(&f.args);
                self.stmts(&f.body)?;
                self.current = outer;
            }
            StmtKind::ClassDef(c) => {
                c.decorator_list.iter().try_for_each(|e| self.expr(e))?;
                c.bases.iter().try_for_each(|e| self.expr(e))?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.bind(&c.name);
                let outer = self.current;
                self.push_scope(ScopeKind::Class, c.name.to_string(), Some(node_key(s)));
                self.stmts(&c.body)?;
                self.current = outer;
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.flags(n);
                    if f.assigned || f.used {
                        let what = if f.assigned { "assigned to before" } else { "used prior to" };
                        return Err(ScopeError {
                            msg: format!("name '{n}' is {what} global declaration"),
                            span: s.span,
                        });
                    }
                    f.global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let f = self.flags(n);
                    if f.assigned || f.used {
                        let what = if f.assigned { "assigned to before" } else { "used prior to" };
                        return Err(ScopeError {
                            msg: format!("name '{n}' is {what} nonlocal declaration"),
                            span: s.span,
                        });
                    }
                    if self.scope().kind == ScopeKind::Module {
                        return Err(ScopeError {
                            msg: "nonlocal declaration not allowed at module level".into(),
                            span: s.span,
                        });
                    }
                    let f = self.flags(n);
                    f.nonlocal = true;
                    f.nonlocal_at = Some(s.span);
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound =
                        a.asname.as_deref().unwrap_or_else(|| a.name.split('.').next().unwrap_or(&a.name));
                    self.bind(bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name != "*" {
                        self.bind(a.asname.as_deref().unwrap_or(&a.name));
                    }
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(e) = &h.type_ {
                        self.expr(e)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)?;
            }
            _ => {
                let mut result = Ok(());
                s.for_each_child(
                    &mut |e| {
                        if result.is_ok() {
                            result = self.expr(e);
                        }
                    },
                    &mut |_| {},
                );
                result?;
                // Targets bind; `for_each_child` visited them as expressions, which only
                // records uses, so bind them now.
                match &s.kind {
                    StmtKind::Assign { targets, .. } => targets.iter().try_for_each(|t| self.target(t))?,
                    StmtKind::AugAssign { target, .. } => self.target(target)?,
                    StmtKind::For(f) => self.target(&f.target)?,
                    StmtKind::With { items, .. } => items
                        .iter()
                        .filter_map(|i| i.optional_vars.as_ref())
                        .try_for_each(|t| self.target(t))?,
                    StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t))?,
                    StmtKind::Match(m) => {
                        let mut names = Vec::new();
                        m.cases.iter().for_each(|c| c.pattern.for_each_name(&mut |n| names.push(n)));
                        names.into_iter().for_each(|n| self.bind(n));
                    }
                    _ => {}
                }
                match &s.kind {
                    StmtKind::For(f) => {
                        self.stmts(&f.body)?;
                        self.stmts(&f.orelse)?;
                    }
                    StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                        self.stmts(body)?;
                        self.stmts(orelse)?;
                    }
                    StmtKind::With { body, .. } => self.stmts(body)?,
                    StmtKind::Match(m) => m.cases.iter().try_for_each(|c| self.stmts(&c.body))?,
                    _ => {}
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.bind(id);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.target(e))
            }
            ExprKind::Starred { value, .. } => self.target(value),
            _ => Ok(()),
        }
    }

    fn defaults(&mut self, a: &Arguments) -> Result<(), ScopeError> {
        a.defaults.iter().chain(a.kw_defaults.iter().flatten()).try_for_each(|e| self.expr(e))
    }

    fn annotations(&mut self, a: &Arguments) -> Result<(), ScopeError> {
        let params =
            a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg);
        params.filter_map(|p| p.annotation.as_ref()).try_for_each(|e| self.expr(e))
    }

    fn params(&mut self, a: &Arguments) {
        for p in a.posonlyargs.iter().chain(&a.args) {
            self.param(&p.arg);
        }
        for p in &a.kwonlyargs {
            self.param(&p.arg);
        }
        if let Some(p) = &a.vararg {
            self.param(&p.arg);
        }
        if let Some(p) = &a.kwarg {
            self.param(&p.arg);
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        reap_lang::grow_stack(|| self.expr_resolved(e))
    }

    fn expr_resolved(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name { id, ctx } => {
                match ctx {
                    Ctx::Load => self.use_name(id),
                    Ctx::Store | Ctx::Del => self.bind(id),
                }
                Ok(())
            }
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                let outer = self.current;
                self.push_scope(ScopeKind::Function, "<lambda>".into(), Some(node_key(e)));
                self.params(args);
                self.expr(body)?;
                self.current = outer;
                Ok(())
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "<listcomp>",
                    ExprKind::SetComp { .. } => "<setcomp>",
                    _ => "<genexpr>",
                };
                self.comprehension(e, name, generators, &[elt])
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", generators, &[key, value])
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    // A walrus in a comprehension binds in the enclosing function.
                    let mut s = self.current;
                    while self.table.scopes[s].name.starts_with('<')
                        && self.table.scopes[s].name != "<lambda>"
                        && self.table.scopes[s].name != "<module>"
                    {
                        let Some(p) = self.table.scopes[s].parent else { break };
                        s = p;
                    }
                    if s != self.current {
                        // A function that declares the name global makes the walrus's global too.
                        let declared_global =
                            self.table.scopes[s].symbols.get(&**id).is_some_and(|f| f.global);
                        let in_function =
                            self.table.scopes[s].kind == ScopeKind::Function && !declared_global;
                        self.flags(id).nonlocal = in_function;
                        self.flags(id).global = !in_function;
                        let saved = self.current;
                        self.current = s;
                        self.bind(id);
                        self.current = saved;
                    } else {
                        self.bind(id);
                    }
                }
                Ok(())
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.scope().is_generator = true;
                self.scope().has_yield = true;
                self.children(e)
            }
            ExprKind::Await(_) => {
                self.scope().has_await = true;
                self.children(e)
            }
            _ => self.children(e),
        }
    }

    fn children(&mut self, e: &Expr) -> Result<(), ScopeError> {
        let mut result = Ok(());
        for_each_child_expr(e, &mut |c| {
            if result.is_ok() {
                result = self.expr(c);
            }
        });
        result
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated outside; everything else inside the comprehension's
        // own function, whose one parameter `.0` is that iterator.
        self.expr(&generators[0].iter)?;
        let outer = self.current;
        self.push_scope(ScopeKind::Function, name.into(), Some(node_key(node)));
        self.param(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.expr(c))?;
        }
        elts.iter().try_for_each(|e| self.expr(e))?;
        let genexpr = name == "<genexpr>";
        if genexpr {
            self.scope().is_generator = true;
        }
        // `async for` or `await` in it: a coroutine the enclosing function awaits, or for a
        // generator expression an async generator.
        if generators.iter().any(|g| g.is_async) || self.scope().has_await {
            // Only an async function, or another comprehension, can await a list, set or dict
            // comprehension.
            let o = &self.table.scopes[outer];
            let awaitable_here = o.is_async || COMPREHENSIONS.contains(&o.name.as_str());
            if !genexpr && !awaitable_here {
                return Err(ScopeError {
                    msg: "asynchronous comprehension outside of an asynchronous function".into(),
                    span: node.span,
                });
            }
            let s = self.scope();
            s.is_async = true;
            s.is_generator = true;
            s.has_yield = genexpr;
            self.current = outer;
            if !genexpr {
                self.scope().has_await = true;
            }
            return Ok(());
        }
        self.current = outer;
        Ok(())
    }

    /// Decides each name's resolution, top-down: `enclosing` lists the names bound in enclosing
    /// function scopes (class scopes do not enclose).
    fn resolve(&mut self, id: usize, enclosing: &[String]) -> Result<(), ScopeError> {
        let kind = self.table.scopes[id].kind;
        let names: Vec<(String, Flags)> =
            self.table.scopes[id].symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let mut local_here = Vec::new();
        for (name, f) in &names {
            let r = if f.global {
                Resolution::GlobalExplicit
            } else if f.nonlocal {
                if !enclosing.contains(name)
                    && let Some(span) = f.nonlocal_at
                {
                    return Err(ScopeError { msg: format!("no binding for nonlocal '{name}' found"), span });
                }
                Resolution::Free
            } else if kind == ScopeKind::Function && (f.assigned || f.param) {
                local_here.push(name.clone());
                Resolution::Local
            } else if kind != ScopeKind::Function {
                if enclosing.contains(name) && !f.assigned && kind == ScopeKind::Class {
                    Resolution::Free
                } else {
                    Resolution::Name
                }
            } else if enclosing.contains(name) {
                Resolution::Free
            } else {
                Resolution::GlobalImplicit
            };
            self.table.scopes[id].resolved.insert(name.clone(), r);
        }
        let mut inner_enclosing: Vec<String> = enclosing.to_vec();
        if kind == ScopeKind::Function {
            inner_enclosing.extend(local_here);
            // Free names here also reach inner scopes.
            for (name, r) in &self.table.scopes[id].resolved {
                if *r == Resolution::Free && !inner_enclosing.contains(name) {
                    inner_enclosing.push(name.clone());
                }
            }
        }
        if kind == ScopeKind::Class {
            inner_enclosing.push("__class__".into());
        }
        let children = self.table.scopes[id].children.clone();
        for &c in &children {
            if self.table.scopes[c].needs_class_cell && kind == ScopeKind::Class {
                self.table.scopes[c].symbols.entry("__class__".into()).or_default().used = true;
            }
            self.resolve(c, &inner_enclosing)?;
        }
        // Names inner scopes take from here become cells (or stay free, passing through).
        for &c in &children {
            let frees: Vec<String> = self.table.scopes[c].freevars.clone();
            for name in frees {
                let r = self.table.resolution(id, &name);
                match (kind, r) {
                    (ScopeKind::Function, Resolution::Local) => {
                        self.table.scopes[id].resolved.insert(name.clone(), Resolution::Cell);
                        self.table.scopes[id].symbols.entry(name.clone()).or_default().captured = true;
                        if !self.table.scopes[id].cellvars.contains(&name) {
                            self.table.scopes[id].cellvars.push(name);
                        }
                    }
                    (ScopeKind::Class, _) if name == "__class__" => {
                        if !self.table.scopes[id].cellvars.contains(&name) {
                            self.table.scopes[id].cellvars.push(name);
                        }
                    }
                    (_, Resolution::Cell) => {}
                    // A name the class binds itself stays its namespace's (`value = ...`, a
                    // method named `value`); the enclosing function's cell only passes through
                    // the class to the inner scopes that read it (class scopes do not enclose).
                    (ScopeKind::Class, Resolution::Name) => {
                        if !self.table.scopes[id].freevars.contains(&name) {
                            self.table.scopes[id].freevars.push(name);
                        }
                    }
                    _ => {
                        self.table.scopes[id].resolved.insert(name.clone(), Resolution::Free);
                        if !self.table.scopes[id].freevars.contains(&name) {
                            self.table.scopes[id].freevars.push(name);
                        }
                    }
                }
            }
        }
        let mut frees: Vec<String> = self.table.scopes[id]
            .resolved
            .iter()
            .filter(|(_, r)| **r == Resolution::Free)
            .map(|(n, _)| n.clone())
            .collect();
        frees.sort();
        for name in frees {
            if !self.table.scopes[id].freevars.contains(&name) {
                self.table.scopes[id].freevars.push(name);
            }
        }
        Ok(())
    }
}

/// Calls `f` on each direct child expression of `e` (not entering nested statement bodies).
pub fn for_each_child_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value)
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right)
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            args.defaults.iter().chain(args.kw_defaults.iter().flatten()).for_each(&mut *f);
            f(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse)
        }
        ExprKind::Dict { keys, values } => keys.iter().flatten().chain(values).for_each(f),
        ExprKind::Set(elts) | ExprKind::JoinedStr(elts) => elts.iter().for_each(f),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v)
            }
        }
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f)
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value))
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            f(value);
            if let Some(s) = format_spec {
                f(s)
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice)
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(f),
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().for_each(|e| f(e));
        }
    }
}
