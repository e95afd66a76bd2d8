//! The large tables of heaps that are gone, kept for the next heap a process makes.
//!
//! A host that makes an interpreter per request frees and allocates the same few hundred
//! kilobytes each time. Given back to malloc, a block that large is returned to the system
//! (the top of the heap trimmed, or unmapped) and every page of the next one faults in again;
//! it also makes glibc consolidate its free lists. Kept here, emptied, the next heap reuses it.

use std::sync::{Mutex, PoisonError};

use super::Meta;
use crate::object::Object;

/// The emptied tables of one heap.
pub(super) struct Tables {
    pub objects: Vec<Option<Object>>,
    pub meta: Vec<Meta>,
}

/// More would only hold memory: hosts that make interpreters on several threads at once reuse
/// about as many as they have threads.
const KEPT: usize = 4;

/// Tables of a heap that grew past this many slots are freed, not kept: one large script must
/// not leave its heap's size held for the life of the process. A fresh interpreter needs about
/// 2,300.
const MOST_SLOTS: usize = 1 << 14;

static POOL: Mutex<Vec<Tables>> = Mutex::new(Vec::new());

/// Tables with room for at least `objects` objects, empty; `None` if none is kept.
pub(super) fn take(objects: usize) -> Option<Tables> {
    let mut pool = POOL.lock().unwrap_or_else(PoisonError::into_inner);
    let at = pool.iter().position(|t| t.objects.capacity() >= objects)?;
    Some(pool.swap_remove(at))
}

/// Keeps `tables` (emptied here) unless enough are kept already or they are large.
pub(super) fn give_back(mut tables: Tables) {
    if tables.objects.capacity() > MOST_SLOTS {
        return;
    }
    tables.objects.clear();
    tables.meta.clear();
    let mut pool = POOL.lock().unwrap_or_else(PoisonError::into_inner);
    if pool.len() < KEPT {
        pool.push(tables);
    }
}
