//! `weakref.finalize`'s registry, as a part of the VM: the finalizers alive, in creation order
//! (CPython keeps them in a dict keyed by a counter, `finalize._registry`). It owns one
//! reference to each; the exit hook walks it newest first.

use crate::value::ObjId;

#[derive(Default)]
pub struct FinalizeRegistry {
    /// Each finalizer at its `FinalizeInfo::index`; `None` where one died.
    entries: Vec<Option<ObjId>>,
    live: usize,
    /// Set once the exit hook ran (or teardown released the registry): no finalizer runs after.
    pub(crate) shut_down: bool,
    /// A finalizer was made since the exit hook last looked.
    pub(crate) dirty: bool,
    /// `Lib/weakref.py` registers the exit hook with `atexit` once, with the first finalizer.
    pub(crate) hook_registered: bool,
}

impl FinalizeRegistry {
    /// Adds a finalizer (the registry's reference is the caller's to give); returns its index.
    pub(crate) fn push(&mut self, f: ObjId) -> u64 {
        let index = self.entries.len() as u64;
        self.entries.push(Some(f));
        self.live += 1;
        self.dirty = true;
        index
    }

    /// Takes the finalizer at `index` out (it died or ran); returns the registry's reference.
    pub(crate) fn remove(&mut self, index: u64) -> Option<ObjId> {
        let id = self.entries.get_mut(index as usize).and_then(Option::take)?;
        self.live -= 1;
        // The newest finalizers go first, typically: the registry shrinks with them.
        while self.entries.last().is_some_and(Option::is_none) {
            self.entries.pop();
        }
        Some(id)
    }

    pub(crate) fn live(&self) -> usize {
        self.live
    }

    /// The live finalizers, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = ObjId> + '_ {
        self.entries.iter().flatten().copied()
    }

    /// Once dead entries outnumber the live ones, drops them and hands back the live ones in
    /// order, for the caller to renumber (their order is all the index is for).
    pub(crate) fn compact(&mut self) -> Option<Vec<ObjId>> {
        if self.entries.len() < 64 || self.entries.len() < 2 * self.live {
            return None;
        }
        let live: Vec<ObjId> = std::mem::take(&mut self.entries).into_iter().flatten().collect();
        self.entries = live.iter().copied().map(Some).collect();
        Some(live)
    }

    /// Ends the registry: no finalizer will run at exit any more. Returns the references it
    /// held, for the caller to release.
    pub(crate) fn reset(&mut self) -> Vec<ObjId> {
        self.shut_down = true;
        self.live = 0;
        std::mem::take(&mut self.entries).into_iter().flatten().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::FinalizeRegistry;
    use crate::heap::Heap;
    use crate::object::Object;
    use crate::value::ObjId;

    /// `n` distinct ids, in increasing order.
    fn ids(n: usize) -> Vec<ObjId> {
        let mut heap = Heap::new();
        (0..n).map(|_| heap.alloc(Object::Tuple(Vec::new()))).collect()
    }

    #[test]
    fn removing_the_newest_shrinks_the_registry() {
        let id = ids(3);
        let mut r = FinalizeRegistry::default();
        let (a, b) = (r.push(id[0]), r.push(id[1]));
        assert_eq!((a, b), (0, 1));
        assert_eq!(r.remove(b), Some(id[1]));
        assert_eq!(r.push(id[2]), 1, "the freed tail is reused");
        assert_eq!(r.remove(a), Some(id[0]));
        assert_eq!(r.remove(a), None, "a finalizer leaves once");
        assert_eq!(r.live(), 1);
        assert_eq!(r.iter().collect::<Vec<_>>(), vec![id[2]]);
    }

    #[test]
    fn compaction_keeps_creation_order() {
        let mut r = FinalizeRegistry::default();
        let indices: Vec<u64> = ids(100).into_iter().map(|f| r.push(f)).collect();
        for &i in indices.iter().filter(|&&i| i % 4 != 0 && i < 99) {
            r.remove(i);
        }
        let live = r.compact().expect("mostly dead: compacted");
        assert_eq!(live.len(), r.live());
        assert!(live.windows(2).all(|w| w[0] < w[1]), "creation order kept");
        assert_eq!(r.compact(), None, "nothing dead left to drop");
    }

    #[test]
    fn reset_hands_back_every_reference_and_shuts_down() {
        let id = ids(2);
        let mut r = FinalizeRegistry::default();
        r.push(id[0]);
        r.push(id[1]);
        assert_eq!(r.reset(), id);
        assert!(r.shut_down);
        assert_eq!(r.live(), 0);
    }
}
