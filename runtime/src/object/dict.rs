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
    /// Positions of the entries by hash, once the table outgrew `SMALL`.
    index: HashTable<usize>,
    indexed: bool,
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
        if self.indexed {
            Candidates::Indexed { table: self, hash, inner: self.index.iter_hash(spread(hash)) }
        } else {
            Candidates::Scan { entries: &self.entries, hash, next: 0 }
        }
    }

    fn build_index(&mut self) {
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.index.insert_unique(spread(e.hash), i, |&j| entries[j].map_or(0, |e| spread(e.hash)));
            }
        }
        self.indexed = true;
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
        if self.indexed {
            let entries = &self.entries;
            self.index.insert_unique(spread(hash), i, |&j| entries[j].map_or(0, |e| spread(e.hash)));
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
        if self.indexed
            && let Ok(found) = self.index.find_entry(spread(e.hash), |&j| j == i)
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
        self.index.clear();
        self.indexed = false;
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
        self.index.clear();
        self.indexed = false;
        self.len = 0;
        self.entries.drain(..).flatten().collect()
    }
}
