//! `_random`: the Mersenne Twister (MT19937) behind the `random` module (`pylib/random.py`),
//! seeded and drawn from exactly as CPython's, so a seeded script draws the same numbers.
//!
//! A generator's state is a list of 625 ints, the 624 words of the twister then the index of the
//! next word, which `random.Random` keeps and passes to these functions; it is also what
//! `getstate()` returns, as CPython's state tuple.

use num_bigint::{BigInt, Sign};

use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;

/// A freshly seeded twister's words (its next draw twists them first).
struct Twister {
    mt: [u32; N],
}

impl Twister {
    /// The reference generator's `init_genrand`: the words from one 32-bit seed.
    fn from_word(seed: u32) -> Twister {
        let mut mt = [0u32; N];
        mt[0] = seed;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        Twister { mt }
    }

    /// The reference generator's `init_by_array`, which CPython seeds from the words of the
    /// seed's absolute value, least significant first.
    fn from_key(key: &[u32]) -> Twister {
        let mut t = Twister::from_word(19_650_218);
        let mt = &mut t.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit set: the state is never all zeros.
        mt[0] = 0x8000_0000;
        t
    }
}

/// Tempers a word of the twister into an output.
fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// A state list seen as the twister, drawn from in place: a draw reads one word, and only a
/// twist (every 624 words) touches them all.
struct Words<'a> {
    items: &'a mut [Value],
}

impl Words<'_> {
    fn word(&self, i: usize) -> u32 {
        match self.items[i] {
            Value::Int(w) => w as u32,
            _ => 0,
        }
    }

    fn next_word(&mut self) -> u32 {
        let mut index = match self.items[N] {
            Value::Int(i) => usize::try_from(i).unwrap_or(N).min(N),
            _ => N,
        };
        if index >= N {
            self.twist();
            index = 0;
        }
        self.items[N] = Value::Int(index as i64 + 1);
        temper(self.word(index))
    }

    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.word(k) & 0x8000_0000) | (self.word((k + 1) % N) & 0x7fff_ffff);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            let w = self.word((k + M) % N) ^ (y >> 1) ^ mag;
            self.items[k] = Value::Int(i64::from(w));
        }
    }
}

impl Twister {
    /// As a state list's items: the words, then the index of the next word (none left).
    fn items(&self) -> Vec<Value> {
        self.mt.iter().map(|&w| Value::Int(i64::from(w))).chain([Value::Int(N as i64)]).collect()
    }
}

fn store(vm: &mut Vm, state: Value, t: &Twister) {
    if let Some(Object::List(items)) = state.as_obj().map(|id| vm.heap.get_mut(id)) {
        *items = t.items();
    }
}

/// Draws with the twister of a state list.
fn with_twister<R>(vm: &mut Vm, state: Value, f: impl FnOnce(&mut Words) -> R) -> PyResult<R> {
    match state.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::List(items)) if items.len() == N + 1 => Ok(f(&mut Words { items })),
        _ => Err(vm.new_exc(ExcKind::ValueError, "state vector is the wrong size")),
    }
}

/// `_random.seed(state, n)`: seeds from the non-negative int `n` (the caller takes the
/// absolute value or the hash, as CPython's `random_seed` does).
fn seed(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "seed", args, 2, 2)?;
    let Some(n) = vm.as_bigint(args[1]) else {
        return Err(vm.new_exc(ExcKind::TypeError, "seed must be an int"));
    };
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    let t = Twister::from_key(&key);
    with_twister(vm, args[0], |_| ())?;
    store(vm, args[0], &t);
    Ok(Value::None)
}

/// `_random.random(state)`: a float in [0.0, 1.0) with 53 random bits, from two words.
fn random(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "random", args, 1, 1)?;
    let x = with_twister(vm, args[0], |t| {
        let a = f64::from(t.next_word() >> 5);
        let b = f64::from(t.next_word() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    })?;
    Ok(Value::Float(x))
}

/// `_random.getrandbits(state, k)`: an int of `k` random bits, built from 32-bit words least
/// significant first (the last word's extra bits dropped).
fn getrandbits(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getrandbits", args, 2, 2)?;
    let Some(k) = vm.as_i64(args[1]) else {
        return Err(vm.new_exc(ExcKind::TypeError, "an integer is required"));
    };
    if k < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let w = with_twister(vm, args[0], |t| t.next_word() >> (32 - k))?;
        return Ok(Value::Int(i64::from(w)));
    }
    let words = (k as usize).div_ceil(32);
    let digits = with_twister(vm, args[0], |t| {
        let mut left = k;
        (0..words)
            .map(|_| {
                let w = t.next_word();
                let w = if left < 32 { w >> (32 - left) } else { w };
                left -= 32;
                w
            })
            .collect::<Vec<u32>>()
    })?;
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &digits)))
}

/// `_random.new_state()`: a state list seeded with 0 (the caller reseeds it at once).
fn new_state(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "new_state", args, 0, 0)?;
    Ok(vm.new_list(Twister::from_key(&[0]).items()))
}

/// `_random.entropy()`: a seed for `seed(None)`, from the clock and the process's randomly
/// keyed hasher (CPython reads `os.urandom`; any unpredictable value serves).
fn entropy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use std::hash::{BuildHasher, Hasher};
    arity(vm, "entropy", args, 0, 0)?;
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    h.write_u128(nanos);
    let high = h.finish();
    h.write_u64(high);
    let digits = [high as u32, (high >> 32) as u32, h.finish() as u32, (h.finish() >> 32) as u32];
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &digits)))
}

pub fn make_random(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_random");
    def(vm, d, "_random.new_state", new_state);
    def(vm, d, "_random.seed", seed);
    def(vm, d, "_random.random", random);
    def(vm, d, "_random.getrandbits", getrandbits);
    def(vm, d, "_random.entropy", entropy);
    register(vm, "_random", m);
}

#[cfg(test)]
mod tests {
    use super::{Twister, Words};

    #[test]
    fn the_reference_generator_seeded_by_its_example_key_gives_its_published_first_outputs() {
        // The first outputs the MT19937 reference program prints for this key.
        let mut items = Twister::from_key(&[0x123, 0x234, 0x345, 0x456]).items();
        let mut words = Words { items: &mut items };
        let first: Vec<u32> = (0..5).map(|_| words.next_word()).collect();
        assert_eq!(first, [1_067_595_299, 955_945_823, 477_289_528, 4_107_218_783, 4_228_976_476]);
    }
}
