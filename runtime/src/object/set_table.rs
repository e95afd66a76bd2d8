//! The table behind `set` and `frozenset`, laid out exactly as CPython 3.11 lays it out
//! (`Objects/setobject.c`): open addressing, linear probes then perturbation, the same growth
//! rule. Iteration order follows the table, so `print({3, 1, 2})` shows `{1, 2, 3}` as in CPython.
//!
//! Like `Table`, it never compares keys: lookups return the slots whose hash matches, in probe
//! order, and the VM decides equality (which may run Python code).

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
enum Slot {
    Empty,
    Dummy,
    Active { hash: i64, key: Value },
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slots CPython's probe sequence for `hash` visits, up to the first empty one.
    fn probe_sequence(&self, hash: i64) -> Vec<usize> {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut out = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                let at = i + j;
                out.push(at);
                if matches!(self.slots[at], Slot::Empty) {
                    return out;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            if out.len() > self.slots.len() * 4 {
                // Cannot happen with a table kept below 60% full; a guard against looping.
                return out;
            }
        }
    }

    /// Slots holding a key with this hash, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        self.probe_sequence(hash)
            .into_iter()
            .filter(|&i| matches!(self.slots[i], Slot::Active { hash: h, .. } if h == hash))
            .collect()
    }

    /// The first key at slot `from` or after, with its slot: how a set iterator advances.
    pub fn next_from(&self, from: usize) -> Option<(usize, Value)> {
        self.slots.get(from..)?.iter().enumerate().find_map(|(k, slot)| match slot {
            Slot::Active { key, .. } => Some((from + k, *key)),
            _ => None,
        })
    }

    pub fn key_at(&self, i: usize) -> Option<Value> {
        match self.slots.get(i) {
            Some(Slot::Active { key, .. }) => Some(*key),
            _ => None,
        }
    }

    /// Adds a key known to be absent (the table takes the reference), as `set_add_entry` does.
    pub fn insert(&mut self, hash: i64, key: Value) {
        let seq = self.probe_sequence(hash);
        let free = seq.iter().copied().find(|&i| matches!(self.slots[i], Slot::Dummy));
        let last = *seq.last().unwrap_or(&0);
        match free {
            Some(i) => {
                self.slots[i] = Slot::Active { hash, key };
                self.used += 1;
            }
            None => {
                self.slots[last] = Slot::Active { hash, key };
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                    self.resize(minused);
                }
            }
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
    }

    /// `set_insert_clean`: into a table known to have no dummies and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Active { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.slots[i + j], Slot::Empty) {
                        self.slots[i + j] = Slot::Active { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_merge` into an empty table from another set: CPython copies the layout when the
    /// sizes agree, which decides the iteration order of copies.
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        self.fill = other.used;
        self.used = other.used;
        for s in &other.slots {
            if let Slot::Active { hash, key } = *s {
                self.insert_clean(hash, key);
            }
        }
    }

    /// After many removals (`difference_update`): when more than a quarter of the table is
    /// dummies, CPython rebuilds it, which changes the order later keys iterate in.
    pub fn drop_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    /// Prepares for merging `extra` keys by normal insertion (CPython resizes first).
    pub fn reserve_for_merge(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Removes the key at a slot, handing its reference to the caller.
    pub fn remove(&mut self, i: usize) -> Value {
        match self.slots.get_mut(i) {
            Some(slot @ Slot::Active { .. }) => match std::mem::replace(slot, Slot::Dummy) {
                Slot::Active { key, .. } => {
                    self.used -= 1;
                    key
                }
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// No key and no dummy: what `set_merge` copies a layout into.
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// The number of slots: it changes exactly when the table is rebuilt.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// `set.pop()`'s choice: the first active slot from the finger on.
    pub fn pop_slot(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask();
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = (i + 1) & self.mask();
        }
        self.finger = i + 1;
        Some(i)
    }

    /// Keys in table order, with their hashes.
    pub fn entries(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, *key)),
            _ => None,
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries().map(|(_, k)| k).collect()
    }

    /// Empties the table, handing every key to the caller.
    pub fn drain(&mut self) -> Vec<Value> {
        let keys = self.keys();
        *self = SetTable::new();
        keys
    }
}
