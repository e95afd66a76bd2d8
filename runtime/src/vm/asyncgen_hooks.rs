//! `sys.set_asyncgen_hooks`: what an event loop learns of asynchronous generators. The
//! `firstiter` hook sees each one when it is first iterated (asyncio keeps a weak set of them,
//! to close at `shutdown_asyncgens`); the `finalizer` hook in force then is remembered by the
//! generator and called instead of closing it when it dies suspended, so that its `finally`
//! blocks can `await` on the loop (asyncio schedules `aclose()`), as CPython's `genobject.c`.

use crate::object::{GenKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The hooks in force (references held), `None` when unset.
#[derive(Default)]
pub struct AsyncGenHooks {
    pub firstiter: Option<ObjId>,
    pub finalizer: Option<ObjId>,
    /// The struct sequence type `sys.get_asyncgen_hooks()` answers with, made on first use.
    pub result_type: Option<ObjId>,
    /// `sys.set_coroutine_origin_tracking_depth`'s setting (Reap records no origins:
    /// `cr_origin` stays None).
    pub coroutine_origin_depth: i64,
}

impl AsyncGenHooks {
    /// Forgets the hooks, handing back the references for the caller to release.
    pub(crate) fn take(&mut self) -> Vec<ObjId> {
        [self.firstiter.take(), self.finalizer.take(), self.result_type.take()]
            .into_iter()
            .flatten()
            .collect()
    }
}

impl Vm {
    /// Before an async generator's first `__anext__`, `asend`, `athrow` or `aclose`: it
    /// remembers the finalizer hook, and the firstiter hook is called with it.
    pub fn init_asyncgen_hooks(&mut self, agen: ObjId) -> PyResult<()> {
        let Object::Generator(g) = self.heap.get_mut(agen) else { return Ok(()) };
        if g.hooks_inited {
            return Ok(());
        }
        g.hooks_inited = true;
        if let Some(f) = self.asyncgen_hooks.finalizer {
            self.heap.incref(f);
            if let Object::Generator(g) = self.heap.get_mut(agen) {
                g.finalizer = Some(f);
            }
        }
        if let Some(first) = self.asyncgen_hooks.firstiter {
            self.heap.incref(first);
            let r = self.call(Value::Obj(first), &[Value::Obj(agen)], &[]);
            self.decref_id(first);
            self.decref(r?);
        }
        Ok(())
    }

    /// The finalizer hook an async generator that died suspended is handed to, instead of
    /// being closed (a new reference), if it has one.
    pub(crate) fn asyncgen_finalizer(&mut self, id: ObjId) -> Option<ObjId> {
        match self.heap.get(id) {
            Object::Generator(g) if g.kind == GenKind::AsyncGenerator && !g.finished => {
                let f = g.finalizer?;
                self.heap.incref(f);
                Some(f)
            }
            _ => None,
        }
    }
}
