//! The method cache: what a lookup of a name in a class's MRO found, by (class, name), valid
//! while no class changes (CPython keeps a similar cache keyed by type version tags).
//!
//! It starts small and grows once it has missed often: a short-lived interpreter (a host's
//! per-request one runs a few lines) would otherwise pay more for making a full-size table
//! than for all its lookups.

use std::cell::{Cell, OnceCell};

use crate::heap::ObjId;
use crate::value::Value;

/// (class, name, epoch, what the MRO lookup found).
type Entry = (ObjId, ObjId, u64, Option<Value>);

const SMALL: usize = 256;
const LARGE: usize = 4096;
/// Misses after which the small table gives way to the large one.
const GROW_AFTER: u32 = 2048;

type Table = Box<[Cell<Option<Entry>>]>;

#[derive(Default)]
pub(crate) struct MroCache {
    small: OnceCell<Table>,
    large: OnceCell<Table>,
    misses: Cell<u32>,
}

fn table(size: usize) -> Table {
    (0..size).map(|_| Cell::new(None)).collect()
}

impl MroCache {
    fn slot(&self, cls: ObjId, name: ObjId) -> &Cell<Option<Entry>> {
        let table = match self.large.get() {
            Some(large) => large,
            None => self.small.get_or_init(|| table(SMALL)),
        };
        let hash = (cls.index()).wrapping_mul(0x9E37_79B9) ^ (name.index()).wrapping_mul(0x85EB_CA6B);
        &table[hash & (table.len() - 1)]
    }

    /// What was found for `name` in `cls`'s MRO while the classes were at `epoch`, if cached.
    pub(crate) fn get(&self, cls: ObjId, name: ObjId, epoch: u64) -> Option<Option<Value>> {
        match self.slot(cls, name).get() {
            Some((c, n, e, v)) if c == cls && n == name && e == epoch => Some(v),
            _ => None,
        }
    }

    pub(crate) fn put(&self, cls: ObjId, name: ObjId, epoch: u64, found: Option<Value>) {
        let misses = self.misses.get() + 1;
        self.misses.set(misses);
        if misses == GROW_AFTER {
            self.large.get_or_init(|| table(LARGE));
        }
        self.slot(cls, name).set(Some((cls, name, epoch, found)));
    }
}

#[cfg(test)]
mod tests {
    use super::{GROW_AFTER, MroCache};
    use crate::heap::ObjId;
    use crate::value::Value;

    fn id(i: u32) -> ObjId {
        ObjId::new(
            i,
            #[cfg(debug_assertions)]
            0,
        )
    }

    #[test]
    fn a_lookup_is_remembered_until_the_classes_change() {
        let cache = MroCache::default();
        assert!(cache.get(id(1), id(2), 0).is_none());
        cache.put(id(1), id(2), 0, Some(Value::Int(7)));
        assert!(matches!(cache.get(id(1), id(2), 0), Some(Some(Value::Int(7)))));
        cache.put(id(1), id(3), 0, None);
        assert!(matches!(cache.get(id(1), id(3), 0), Some(None)), "a name found nowhere is remembered too");
        assert!(cache.get(id(1), id(2), 1).is_none(), "a class changed since: the entry is stale");
    }

    #[test]
    fn it_grows_after_many_misses_and_keeps_answering() {
        let cache = MroCache::default();
        for name in 0..GROW_AFTER + 10 {
            cache.put(id(1), id(100 + name), 0, Some(Value::Int(i64::from(name))));
        }
        assert!(cache.large.get().is_some());
        let last = 100 + GROW_AFTER + 9;
        assert!(
            matches!(cache.get(id(1), id(last), 0), Some(Some(Value::Int(n))) if n == i64::from(GROW_AFTER + 9))
        );
    }
}
