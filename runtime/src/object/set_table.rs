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

/// The walk of `probe_sequence`, one slot at a time: a lookup stops at its key, most often the
/// first slot, without collecting the rest.
struct Probe<'a> {
    slots: &'a [Slot],
    mask: usize,
    /// The start of the current run of linear probes, and the offset in it.
    i: usize,
    j: usize,
    perturb: u64,
    seen: usize,
    done: bool,
}

impl Iterator for Probe<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.done {
            return None;
        }
        let probes = if self.i + LINEAR_PROBES <= self.mask { LINEAR_PROBES } else { 0 };
        if self.j > probes {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
            self.j = 0;
        }
        let at = self.i + self.j;
        self.j += 1;
        self.seen += 1;
        // A table kept below 60% full always has an empty slot; the count guards against looping.
        if matches!(self.slots[at], Slot::Empty) || self.seen > self.slots.len() * 4 {
            self.done = true;
        }
        Some(at)
    }
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
    fn probe_sequence(&self, hash: i64) -> Probe<'_> {
        let mask = self.mask();
        Probe {
            slots: &self.slots,
            mask,
            i: hash as u64 as usize & mask,
            j: 0,
            perturb: hash as u64,
            seen: 0,
            done: false,
        }
    }

    /// Slots holding a key with this hash, in probe order.
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        self.probe_sequence(hash)
            .filter(move |&i| matches!(self.slots[i], Slot::Active { hash: h, .. } if h == hash))
    }

    /// The slot of the first key with `hash`, in probe order, that `same` accepts: `candidates`
    /// walked in one loop, for keys that compare without running code. `None` as soon as
    /// `same` cannot tell (it answers `None`) for a candidate.
    #[inline]
    pub fn find_plain(
        &self,
        hash: i64,
        mut same: impl FnMut(Value) -> Option<bool>,
    ) -> Option<Option<usize>> {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut seen = 0;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for (j, slot) in self.slots.get(i..=i + probes)?.iter().enumerate() {
                match *slot {
                    Slot::Empty => return Some(None),
                    Slot::Active { hash: h, key } if h == hash && same(key)? => return Some(Some(i + j)),
                    _ => {}
                }
                seen += 1;
                // A table kept below 60% full always has an empty slot; the count guards
                // against looping.
                if seen > self.slots.len() * 4 {
                    return Some(None);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The first key at slot `from` or after, with its slot: how a set iterator advances.
    pub fn next_from(&self, from: usize) -> Option<(usize, Value)> {
        self.slots.get(from..)?.iter().enumerate().find_map(|(k, slot)| match slot {
            Slot::Active { key, .. } => Some((from + k, *key)),
            _ => None,
        })
    }

    /// The first key at slot `from` or after, with its slot and hash: a walk over the table
    /// that tolerates changes to it between steps.
    pub fn entry_from(&self, from: usize) -> Option<(usize, i64, Value)> {
        self.slots.get(from..)?.iter().enumerate().find_map(|(k, slot)| match slot {
            Slot::Active { hash, key } => Some((from + k, *hash, *key)),
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
        let mut free = None;
        let mut last = 0;
        // CPython's `set_add_entry` remembers the last dummy on the probe path, not the first:
        // where a key lands decides the order sets print in.
        for i in self.probe_sequence(hash) {
            if matches!(self.slots[i], Slot::Dummy) {
                free = Some(i);
            }
            last = i;
        }
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

#[cfg(test)]
mod tests {
    //! Orders and sizes are CPython 3.11's for the same operations on a `set` of small ints
    //! (whose hash is the int itself), as `list(s)` and `sys.getsizeof(s)` show them.

    use super::SetTable;
    use crate::value::Value;

    fn int(n: i64) -> Value {
        Value::Int(n)
    }

    /// `s = set(); s.add(k) for each k`, knowing the keys are distinct.
    fn set_of(keys: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &k in keys {
            t.insert(k, int(k));
        }
        t
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.keys().into_iter().map(|v| if let Value::Int(n) = v { n } else { panic!("not an int") }).collect()
    }

    /// The slot holding `key`, found as the VM finds it: among the candidates for its hash.
    fn slot_of(t: &SetTable, key: i64) -> Option<usize> {
        t.candidates(key).find(|&i| t.key_at(i) == Some(int(key)))
    }

    #[test]
    fn keys_iterate_in_table_order_not_insertion_order() {
        assert_eq!(ints(&set_of(&[3, 1, 2])), [1, 2, 3]);
    }

    #[test]
    fn a_collision_in_a_small_table_skips_linear_probing_and_perturbs() {
        // 1 finds 9 in its slot; a table of 8 has no room for linear probes, so it lands at
        // (1 * 5 + 1) & 7 = 6, after 2.
        let t = set_of(&[9, 1, 2]);
        assert_eq!(ints(&t), [9, 2, 1]);
        assert_eq!(slot_of(&t, 1), Some(6));
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn a_plain_find_walks_the_candidates_in_their_order() {
        let mut t = SetTable::new();
        for n in 0..200 {
            // Many keys on few hashes, so that probe sequences run long and wrap.
            t.insert(n % 7, int(n));
        }
        for n in 0..210 {
            let hash = n % 7;
            let walked = t.candidates(hash).find(|&i| t.key_at(i) == Some(int(n)));
            assert_eq!(t.find_plain(hash, |k| Some(k == int(n))), Some(walked), "key {n}");
        }
        // A candidate the test cannot judge stops the walk; one after the key does not (3 is
        // the first key of its hash).
        assert_eq!(t.find_plain(3, |k| if k == int(3) { None } else { Some(false) }), None);
        let slot_of_3 = t.candidates(3).find(|&i| t.key_at(i) == Some(int(3)));
        assert_eq!(t.find_plain(3, |k| if k == int(3) { Some(true) } else { None }), Some(slot_of_3));
        assert_eq!(t.find_plain(99, |_| None), Some(None));
    }

    #[test]
    fn candidates_are_the_slots_with_the_hash_in_probe_order() {
        let mut t = SetTable::new();
        // Two different keys with one hash (objects whose `__hash__` agree): both are
        // candidates, the first inserted first, and the VM's equality test picks.
        t.insert(1, int(100));
        t.insert(1, int(200));
        let found: Vec<Option<Value>> = t.candidates(1).map(|i| t.key_at(i)).collect();
        assert_eq!(found, [Some(int(100)), Some(int(200))]);
        assert!(t.candidates(2).next().is_none());
    }

    #[test]
    fn a_removed_key_leaves_a_dummy_that_keeps_later_keys_findable() {
        let mut t = set_of(&[17, 1, 9]);
        assert_eq!(ints(&t), [17, 1, 9]);
        let at = slot_of(&t, 17).unwrap();
        assert_eq!(t.remove(at), int(17));
        assert_eq!(t.len(), 2);
        assert_eq!(t.key_at(at), None);
        // 9 was placed past 17 and 1: its probe must walk over the dummy to reach it.
        assert_eq!(slot_of(&t, 9), Some(7));
        assert_eq!(ints(&t), [1, 9]);
        assert!(!t.is_pristine());
    }

    #[test]
    fn removing_an_empty_slot_hands_back_nothing() {
        let mut t = set_of(&[1]);
        assert_eq!(t.remove(5), Value::None);
        assert_eq!(t.remove(100), Value::None);
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn an_insert_reuses_the_last_dummy_on_its_probe_path() {
        // 26 and 20 leave dummies at 2 and 4; 34 probes 2, then 4, then the free slot 5, and
        // takes 4 (CPython prints {27, 34}).
        let mut t = set_of(&[26, 20]);
        for k in [26, 20] {
            let at = slot_of(&t, k).unwrap();
            t.remove(at);
        }
        t.insert(34, int(34));
        t.insert(27, int(27));
        assert_eq!(slot_of(&t, 34), Some(4));
        assert_eq!(ints(&t), [27, 34]);
    }

    #[test]
    fn an_insert_reuses_a_lone_dummy_on_its_probe_path() {
        let mut t = set_of(&[9, 1]);
        let at = slot_of(&t, 9).unwrap();
        t.remove(at);
        t.insert(17, int(17));
        assert_eq!(slot_of(&t, 17), Some(at));
        assert_eq!(ints(&t), [17, 1]);
    }

    #[test]
    fn the_table_grows_when_three_fifths_full_to_four_times_the_keys() {
        assert_eq!(set_of(&[0, 1, 2, 3]).capacity(), 8);
        let t = set_of(&[0, 1, 2, 3, 4]);
        assert_eq!(t.capacity(), 32);
        assert_eq!(ints(&t), [0, 1, 2, 3, 4]);
        for k in 0..5 {
            assert!(slot_of(&t, k).is_some(), "{k} lost in the resize");
        }
    }

    #[test]
    fn many_dummies_are_dropped_by_a_rebuild_that_shrinks_the_table() {
        let mut t = set_of(&(0..10).collect::<Vec<_>>());
        assert_eq!(t.capacity(), 32);
        for k in 0..9 {
            let at = slot_of(&t, k).unwrap();
            t.remove(at);
        }
        assert_eq!(t.capacity(), 32, "removal alone never rebuilds");
        t.drop_dummies();
        assert_eq!(t.capacity(), 8);
        assert_eq!(ints(&t), [9]);
        assert_eq!(slot_of(&t, 9), Some(1));
    }

    #[test]
    fn a_copy_into_an_empty_table_keeps_the_layout_rather_than_reinserting() {
        // 7 was pushed out of its slot by 15; reinserted first, it would take its slot back.
        let source = set_of(&[15, 7]);
        assert_eq!(ints(&source), [7, 15]);
        let mut copy = SetTable::new();
        copy.merge_into_empty(&source);
        assert_eq!(ints(&copy), [7, 15]);
        assert_eq!(copy.len(), 2);
        assert_eq!(ints(&set_of(&ints(&source))), [15, 7]);
    }

    #[test]
    fn pop_takes_keys_in_table_order_from_where_it_stopped() {
        let mut t = set_of(&[17, 1, 9]);
        let mut popped = Vec::new();
        while let Some(i) = t.pop_slot() {
            if let Value::Int(n) = t.remove(i) {
                popped.push(n);
            }
        }
        assert_eq!(popped, [17, 1, 9]);
        assert!(t.is_empty());
    }

    #[test]
    fn an_iterator_position_moves_to_the_next_key_over_gaps() {
        let t = set_of(&[9, 1, 2]);
        let (first, key) = t.next_from(0).unwrap();
        assert_eq!((first, key), (1, int(9)));
        assert_eq!(t.next_from(first + 1), Some((2, int(2))));
        assert_eq!(t.next_from(3), Some((6, int(1))));
        assert_eq!(t.next_from(7), None);
        assert_eq!(t.next_from(100), None);
    }

    #[test]
    fn drain_hands_back_every_key_and_leaves_a_fresh_table() {
        let mut t = set_of(&[0, 1, 2, 3, 4]);
        assert_eq!(t.drain(), [int(0), int(1), int(2), int(3), int(4)]);
        assert!(t.is_empty());
        assert!(t.is_pristine());
        assert_eq!(t.capacity(), 8);
    }
}
