//! Python's hashes of numbers and strings: pure functions of the value, so the tables in
//! `object/` and the VM agree on them without a VM at hand.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The modulus of Python's numeric hash.
const HASH_MODULUS: i64 = (1 << 61) - 1;

/// A string's hash: fixed (CPython randomises it per process, so no output may depend on it).
pub fn str_hash(s: &str) -> i64 {
    // FNV-1a: fast and good enough for tables keyed mostly by identifiers.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
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
