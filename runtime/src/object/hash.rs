//! Python's hashes of numbers and strings: pure functions of the value, so the tables in
//! `object/` and the VM agree on them without a VM at hand.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The modulus of Python's numeric hash.
const HASH_MODULUS: i64 = (1 << 61) - 1;

/// A string's hash: CPython's (SipHash-1-3 of the string's code units, one byte each when
/// they all fit in Latin-1, else two or four), so a set of strings iterates in CPython's
/// order under the same `PYTHONHASHSEED`.
pub fn str_hash(s: &str) -> i64 {
    if s.is_ascii() {
        return bytes_hash(s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut units: Vec<u8> = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        match widest {
            0..=0xff => units.push(c as u8),
            0x100..=0xffff => units.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => units.extend_from_slice(&c.to_le_bytes()),
        }
    }
    bytes_hash(&units)
}

/// The hash of bytes (and of a string's code units): CPython's `_Py_HashBytes`.
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    use std::hash::Hasher;
    let (k0, k1) = hash_secret();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(b);
    let h = h.finish() as i64;
    if h == -1 { -2 } else { h }
}

/// The key of string hashing, as CPython derives it from `PYTHONHASHSEED`: a number seeds
/// its linear congruential generator; 0, or no seed, leaves the key zero. (CPython picks a
/// random key when the variable is unset; Reap keeps runs reproducible instead, and iterates
/// sets of strings as `PYTHONHASHSEED=0 python3` does.)
fn hash_secret() -> (u64, u64) {
    static SECRET: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    *SECRET.get_or_init(|| {
        let seed = std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
        secret_for_seed(seed)
    })
}

/// CPython's `lcg_urandom`: the key's bytes from a seed (all zero for 0).
fn secret_for_seed(seed: u32) -> (u64, u64) {
    if seed == 0 {
        return (0, 0);
    }
    let mut bytes = [0u8; 16];
    let mut x = seed;
    for b in &mut bytes {
        x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
        *b = ((x >> 16) & 0xff) as u8;
    }
    let (a, b) = bytes.split_at(8);
    let word = |half: &[u8]| u64::from_le_bytes(half.try_into().unwrap_or([0; 8]));
    (word(a), word(b))
}

/// CPython's tuple hash (xxHash's mixing) of the items' hashes.
pub fn tuple_hash(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = item_hashes.len();
    let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
        acc = acc.rotate_left(31).wrapping_mul(0x9E37_79B1_85EB_CA87);
    }
    acc = acc.wrapping_add(len as u64 ^ (0x27D4_EB2F_1656_67C5 ^ 3_527_539));
    let h = acc as i64;
    if h == -1 { 1_546_275_796 } else { h }
}

pub fn int_hash(i: i64) -> i64 {
    let h = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

pub fn bigint_hash(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a float: equal to the hash of an equal int.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314_159 } else { -314_159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return int_hash(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS as u64) | (h >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS as u64 {
            h -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & HASH_MODULUS as u64) | (h >> (61 - e));
    let h = h as i64 * sign;
    if h == -1 { -2 } else { h }
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
