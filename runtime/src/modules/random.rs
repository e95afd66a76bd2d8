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
use crate::vm::{NativeFn, PyResult, Vm};

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
        let tn = vm.type_name(args[1]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer"))
        );
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

// ---- The module's functions ----------------------------------------------------------------

/// `_random.fast(name, state, method)`: the module-level function `name` of `random`, drawing
/// from `state` (the shared generator's) where its arguments are plain ints, lists and floats,
/// and calling `method` (the generator's own method) for anything else, so every error and
/// every odd argument is the Python method's. The draws are the method's, in its order.
fn fast(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "fast", args, 3, 3)?;
    let (name, func): (&'static str, NativeFn) = match vm.str_of(args[0]) {
        Some("random") => ("random", fast_random),
        Some("getrandbits") => ("getrandbits", fast_getrandbits),
        Some("randrange") => ("randrange", fast_randrange),
        Some("randint") => ("randint", fast_randint),
        Some("choice") => ("choice", fast_choice),
        Some("shuffle") => ("shuffle", fast_shuffle),
        Some("uniform") => ("uniform", fast_uniform),
        _ => return Err(vm.new_exc(ExcKind::ValueError, "no fast path of that name")),
    };
    vm.incref(args[1]);
    vm.incref(args[2]);
    let bound = vm.new_tuple(vec![args[1], args[2]]);
    let f = vm.new_builtin(name, func, Some(bound));
    vm.decref(bound);
    Ok(f)
}

/// The state and the method a fast function was bound to (its first argument).
fn bound_to(vm: &Vm, args: &[Value]) -> Option<(Value, Value)> {
    match args.first().and_then(|b| b.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
        _ => None,
    }
}

/// Calls the generator's own method with the arguments as given.
fn fall_back(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match bound_to(vm, args) {
        Some((_, method)) => vm.call(method, &args[1..], kwargs),
        None => Err(vm.new_exc(ExcKind::TypeError, "unbound random function")),
    }
}

/// `_randbelow(n)` for `0 < n < 2**63`: draws of n's bit length until one falls below n.
fn below(t: &mut Words, n: u64) -> u64 {
    let k = 64 - n.leading_zeros();
    loop {
        let r = if k <= 32 {
            u64::from(t.next_word() >> (32 - k))
        } else {
            let low = u64::from(t.next_word());
            let high = u64::from(t.next_word() >> (64 - k));
            low | (high << 32)
        };
        if r < n {
            return r;
        }
    }
}

/// `start + step * _randbelow(n)` for plain ints, or None where the method has more to say
/// (an empty range, a zero step, a result past 64 bits).
fn draw_range(vm: &mut Vm, state: Value, start: i64, stop: Option<i64>, step: i64) -> PyResult<Option<i64>> {
    let (start, step) = (i128::from(start), i128::from(step));
    let n = match stop {
        None if start > 0 && step == 1 => start,
        None => return Ok(None),
        Some(stop) => {
            let width = i128::from(stop) - start;
            match step {
                1 => width,
                s if s > 0 => floor_div(width + s - 1, s),
                s if s < 0 => floor_div(width + s + 1, s),
                _ => return Ok(None),
            }
        }
    };
    let Ok(n) = u64::try_from(n) else { return Ok(None) };
    if n == 0 || n >= 1 << 63 {
        return Ok(None);
    }
    let base = if stop.is_none() { 0 } else { start };
    let last = base + step * (i128::from(n) - 1);
    if i64::try_from(last).is_err() || i64::try_from(base).is_err() {
        return Ok(None);
    }
    let r = with_twister(vm, state, |t| below(t, n))?;
    Ok(i64::try_from(base + step * i128::from(r)).ok())
}

fn fast_random(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match (args, bound_to(vm, args)) {
        ([_], Some((state, _))) if kwargs.is_empty() => random(vm, &[state], kwargs),
        _ => fall_back(vm, args, kwargs),
    }
}

fn fast_getrandbits(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match (args, bound_to(vm, args)) {
        ([_, k @ Value::Int(_)], Some((state, _))) if kwargs.is_empty() => {
            getrandbits(vm, &[state, *k], kwargs)
        }
        _ => fall_back(vm, args, kwargs),
    }
}

/// Python's `//`.
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q }
}

fn fast_randrange(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let ints: Option<Vec<i64>> =
        args[1..].iter().map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).collect();
    if let (Some(ints), true, Some((state, _))) = (ints, kwargs.is_empty(), bound_to(vm, args)) {
        let drawn = match ints[..] {
            [start] => draw_range(vm, state, start, None, 1)?,
            [start, stop] => draw_range(vm, state, start, Some(stop), 1)?,
            [start, stop, step] => draw_range(vm, state, start, Some(stop), step)?,
            _ => None,
        };
        if let Some(r) = drawn {
            return Ok(Value::Int(r));
        }
    }
    fall_back(vm, args, kwargs)
}

fn fast_randint(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if let ([_, Value::Int(a), Value::Int(b)], true, Some((state, _))) =
        (args, kwargs.is_empty(), bound_to(vm, args))
        && let Some(stop) = b.checked_add(1)
        && let Some(r) = draw_range(vm, state, *a, Some(stop), 1)?
    {
        return Ok(Value::Int(r));
    }
    fall_back(vm, args, kwargs)
}

fn fast_choice(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if let ([_, Value::Obj(seq)], true, Some((state, _))) = (args, kwargs.is_empty(), bound_to(vm, args)) {
        let len = match vm.heap.get(*seq) {
            Object::List(items) | Object::Tuple(items) => items.len() as u64,
            _ => 0,
        };
        if len > 0 {
            let i = with_twister(vm, state, |t| below(t, len))? as usize;
            if let Object::List(items) | Object::Tuple(items) = vm.heap.get(*seq)
                && let Some(&item) = items.get(i)
            {
                vm.incref(item);
                return Ok(item);
            }
        }
    }
    fall_back(vm, args, kwargs)
}

fn fast_shuffle(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if let ([_, Value::Obj(list)], true, Some((state, _))) = (args, kwargs.is_empty(), bound_to(vm, args))
        && let Object::List(items) = vm.heap.get(*list)
    {
        let n = items.len();
        let picks = with_twister(vm, state, |t| {
            (1..n).rev().map(|i| (i, below(t, i as u64 + 1) as usize)).collect::<Vec<_>>()
        })?;
        if let Object::List(items) = vm.heap.get_mut(*list) {
            for (i, j) in picks {
                items.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    fall_back(vm, args, kwargs)
}

/// `a + (b - a) * random()`, for floats and for ints that floats hold exactly.
fn fast_uniform(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    const EXACT: i64 = 1 << 52;
    let as_float = |v: Value| match v {
        Value::Float(f) => Some((f, false)),
        Value::Int(i) if (-EXACT..=EXACT).contains(&i) => Some((i as f64, true)),
        _ => None,
    };
    if let ([_, a, b], true, Some((state, _))) = (args, kwargs.is_empty(), bound_to(vm, args))
        && let (Some((a, _)), Some((b, _))) = (as_float(*a), as_float(*b))
    {
        let r = with_twister(vm, state, |t| {
            let x = f64::from(t.next_word() >> 5);
            let y = f64::from(t.next_word() >> 6);
            (x * 67_108_864.0 + y) * (1.0 / 9_007_199_254_740_992.0)
        })?;
        return Ok(Value::Float(a + (b - a) * r));
    }
    fall_back(vm, args, kwargs)
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
    def(vm, d, "_random.fast", fast);
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
