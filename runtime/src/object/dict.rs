//! The table behind `dict` and `set`: insertion-ordered entries plus a hash index.
//!
//! Hashing and equality of Python values may run Python code (`__hash__`, `__eq__`), which needs
//! the whole VM, so the table never compares keys itself: it hands out the entries whose hash
//! matches and the VM decides which, if any, is equal.

use hashbrown::HashTable;

use crate::value::Value;

/// Tables up to this many entries have no hash index: a scan of the entries' hashes is as
/// fast, and most dicts (instances' attributes, keyword arguments) are that small.
const SMALL: usize = 8;

#[derive(Default, Clone)]
pub struct Table {
    /// Positions of the entries by hash, once the table outgrew `SMALL`. Boxed: most tables
    /// are small, and every object is as large as its largest kind.
    index: Option<Box<HashTable<usize>>>,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// Changes when keys are added or removed, so cached positions know when they are stale.
    version: u64,
}

/// The positions whose entry has a given hash: a scan of a small table, or its index's.
pub enum Candidates<'a> {
    Scan { entries: &'a [Option<Entry>], hash: i64, next: usize },
    Indexed { table: &'a Table, hash: i64, inner: hashbrown::hash_table::IterHash<'a, usize> },
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            Candidates::Scan { entries, hash, next } => {
                while *next < entries.len() {
                    let i = *next;
                    *next += 1;
                    if entries[i].is_some_and(|e| e.hash == *hash) {
                        return Some(i);
                    }
                }
                None
            }
            Candidates::Indexed { table, hash, inner } => {
                inner.by_ref().copied().find(|&i| table.entries[i].is_some_and(|e| e.hash == *hash))
            }
        }
    }
}

/// The index's hash of a Python hash. The index tells slots apart by the top bits of the hash
/// and places them by the low bits; Python's hashes of small ints are the ints themselves,
/// whose top bits are all zero, so every entry looked like a candidate and a lookup among
/// consecutive int keys walked the whole run of them. Multiplying spreads the bits.
fn spread(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Positions of the entries whose key hashes to `hash`.
    pub fn candidates(&self, hash: i64) -> Candidates<'_> {
        if let Some(index) = &self.index {
            Candidates::Indexed { table: self, hash, inner: index.iter_hash(spread(hash)) }
        } else {
            Candidates::Scan { entries: &self.entries, hash, next: 0 }
        }
    }

    fn build_index(&mut self) {
        let index = self.index.get_or_insert_with(Box::default);
        index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                index.insert_unique(spread(e.hash), i, |&j| entries[j].map_or(0, |e| spread(e.hash)));
            }
        }
    }

    /// The value of the entry whose key is this very object (no equality test).
    pub fn find_key_identity(&self, key: Value) -> Option<Value> {
        self.entries.iter().flatten().find(|e| e.key == key).map(|e| e.value)
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(Option::as_ref)
    }

    /// Changes whenever a key comes or goes (so entries may have moved), not when a value is
    /// replaced: a cached position stays valid while the version does (CPython's
    /// `dk_version`).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Replaces the value at `i`, returning the old one; None (the new value not taken) if `i`
    /// holds no entry.
    pub fn set_value(&mut self, i: usize, value: Value) -> Option<Value> {
        let e = self.entries.get_mut(i)?.as_mut()?;
        Some(std::mem::replace(&mut e.value, value))
    }

    /// Adds a key known not to be present. The table owns the references passed in.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        let i = self.entries.len();
        if self.entries.capacity() == 0 {
            self.entries.reserve_exact(2);
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        if let Some(index) = &mut self.index {
            let entries = &self.entries;
            index.insert_unique(spread(hash), i, |&j| entries[j].map_or(0, |e| spread(e.hash)));
        } else if self.entries.len() > SMALL {
            self.build_index();
        }
    }

    /// Where the entry pushed last is.
    pub fn last_position(&self) -> usize {
        self.entries.len().saturating_sub(1)
    }

    /// Removes the entry at `i`, handing its references to the caller.
    pub fn remove(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        self.version += 1;
        if let Some(index) = &mut self.index
            && let Ok(found) = index.find_entry(spread(e.hash), |&j| j == i)
        {
            found.remove();
        }
        self.len -= 1;
        // Removed entries at the end leave no hole: a name deleted and set again (`del x`
        // in a loop) does not make the table grow.
        while self.entries.last().is_some_and(Option::is_none) {
            self.entries.pop();
        }
        if self.entries.len() > 32 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.index = None;
        self.len = 0;
        for e in live {
            self.push(e.hash, e.key, e.value);
        }
    }

    /// Live entries in insertion order, with their positions.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Entry)> + '_ {
        self.entries.iter().enumerate().filter_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// The position of the newest entry (what `popitem` takes). Removal pops trailing holes,
    /// so this is the last slot, found without walking the table.
    pub fn last_live(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }

    /// The first live entry at or after position `i` (for iterators, which keep a position).
    pub fn next_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i, e));
            }
            i += 1;
        }
        None
    }

    /// Empties the table, handing every reference to the caller.
    pub fn drain(&mut self) -> Vec<Entry> {
        self.version += 1;
        self.index = None;
        self.len = 0;
        self.entries.drain(..).flatten().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{SMALL, Table};
    use crate::value::Value;

    fn int(n: i64) -> Value {
        Value::Int(n)
    }

    /// A table of `key: key * 10` for each key, hashed as Python hashes small ints (the int
    /// itself), unless `hash` says otherwise.
    fn table_of(keys: impl IntoIterator<Item = i64>, hash: impl Fn(i64) -> i64) -> Table {
        let mut t = Table::new();
        for k in keys {
            t.push(hash(k), int(k), int(k * 10));
        }
        t
    }

    /// The lookup the VM does: among the candidates for the hash, the entry whose key is equal.
    fn lookup(t: &Table, hash: i64, key: i64) -> Option<(usize, Value)> {
        t.candidates(hash).find_map(|i| t.entry(i).filter(|e| e.key == int(key)).map(|e| (i, e.value)))
    }

    fn keys(t: &Table) -> Vec<Value> {
        t.iter().map(|(_, e)| e.key).collect()
    }

    #[test]
    fn entries_keep_insertion_order_whatever_their_hashes() {
        let t = table_of([5, -3, 1000, 0, 7], |k| k);
        assert_eq!(keys(&t), [int(5), int(-3), int(1000), int(0), int(7)]);
        assert_eq!(t.len(), 5);
    }

    #[test]
    fn a_key_is_found_by_its_hash_in_a_small_table_and_an_indexed_one() {
        for n in [SMALL as i64, 100] {
            let t = table_of(0..n, |k| k);
            for k in 0..n {
                assert_eq!(lookup(&t, k, k), Some((k as usize, int(k * 10))), "{k} of {n}");
            }
            assert_eq!(lookup(&t, n, n), None);
        }
    }

    #[test]
    fn keys_sharing_a_hash_are_all_candidates() {
        // Every key hashes alike, as instances with a constant `__hash__` do: the table must
        // hand out each of them and leave the choice to equality.
        for n in [4, 40] {
            let t = table_of(0..n, |_| 42);
            assert_eq!(t.candidates(42).count(), n as usize);
            assert_eq!(t.candidates(41).count(), 0);
            assert_eq!(lookup(&t, 42, n - 1), Some((n as usize - 1, int((n - 1) * 10))));
        }
    }

    #[test]
    fn a_removed_entry_leaves_a_hole_and_the_others_keep_their_positions() {
        let mut t = table_of(0..20, |k| k);
        let e = t.remove(3).unwrap();
        assert_eq!((e.key, e.value), (int(3), int(30)));
        assert_eq!(t.len(), 19);
        assert!(t.entry(3).is_none());
        assert_eq!(lookup(&t, 3, 3), None);
        assert_eq!(lookup(&t, 4, 4), Some((4, int(40))));
        assert_eq!(t.next_from(3).map(|(i, e)| (i, e.key)), Some((4, int(4))));
        assert!(t.remove(3).is_none(), "a hole holds nothing to remove");
        assert_eq!(t.set_value(3, int(0)), None, "nor a value to replace");
    }

    #[test]
    fn a_key_deleted_and_set_again_at_the_end_does_not_grow_the_table() {
        let mut t = table_of(0..3, |k| k);
        for _ in 0..100 {
            let at = t.last_position();
            t.remove(at);
            t.push(2, int(2), int(20));
        }
        assert_eq!(t.last_position(), 2);
        assert_eq!(t.last_live(), Some(2));
        assert_eq!(keys(&t), [int(0), int(1), int(2)]);
    }

    #[test]
    fn a_table_mostly_holes_is_compacted_in_order_and_stays_searchable() {
        let mut t = table_of(0..40, |k| k);
        for i in 0..21 {
            t.remove(i);
        }
        // Fewer than half the positions were live: the survivors moved to the front.
        assert_eq!(t.len(), 19);
        assert_eq!(t.last_position(), 18);
        assert_eq!(keys(&t), (21..40).map(int).collect::<Vec<_>>());
        assert_eq!(lookup(&t, 30, 30), Some((9, int(300))));
        assert_eq!(lookup(&t, 5, 5), None);
    }

    #[test]
    fn the_version_changes_when_keys_come_or_go_not_when_a_value_is_replaced() {
        let mut t = table_of(0..3, |k| k);
        let v = t.version();
        assert_eq!(t.set_value(1, int(-1)), Some(int(10)));
        assert_eq!(t.version(), v);
        assert_eq!(lookup(&t, 1, 1), Some((1, int(-1))));
        t.push(3, int(3), int(30));
        let pushed = t.version();
        assert_ne!(pushed, v);
        t.remove(0);
        let removed = t.version();
        assert_ne!(removed, pushed);
        t.drain();
        assert_ne!(t.version(), removed);
    }

    #[test]
    fn identity_lookup_compares_keys_without_hashing() {
        let t = table_of(0..3, |_| 0);
        assert_eq!(t.find_key_identity(int(2)), Some(int(20)));
        assert_eq!(t.find_key_identity(int(3)), None);
    }

    #[test]
    fn drain_hands_back_every_entry_in_order_and_empties_the_table() {
        let mut t = table_of(0..12, |k| k);
        t.remove(5);
        let drained: Vec<Value> = t.drain().into_iter().map(|e| e.key).collect();
        assert_eq!(drained, (0..12).filter(|&k| k != 5).map(int).collect::<Vec<_>>());
        assert!(t.is_empty());
        assert_eq!(t.last_live(), None);
        assert_eq!(t.candidates(0).count(), 0);
        // And it works as a new table afterwards, index included.
        for k in 0..12 {
            t.push(k, int(k), int(k));
        }
        assert_eq!(lookup(&t, 11, 11), Some((11, int(11))));
    }
}
