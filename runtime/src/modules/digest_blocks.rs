//! `_reap_digest_blocks`: the block functions behind `hashlib` (`pylib/_reap_digests.py`).
//! Python keeps each computation's state (its words, the bytes not yet a whole block, the
//! count) and does the padding; what takes the time, compressing whole blocks, is here.
//! MD5, SHA-1, SHA-2 and Keccak-f[1600] are RustCrypto's; BLAKE2's compression is written here
//! from RFC 7693, as no kept crate offers it on its own.
//!
//! Each function takes the state as a tuple (or list) of ints and returns the new one, so that
//! a `copy()` of a hash object is a copy of a tuple.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::native_class::bytes_arg;
use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

pub fn make_digest_blocks(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_digest_blocks");
    let fns: [(&str, NativeFn); 8] = [
        ("_reap_digest_blocks.pbkdf2_hmac", super::key_derivation::pbkdf2_hmac),
        ("_reap_digest_blocks.md5", md5_blocks),
        ("_reap_digest_blocks.sha1", sha1_blocks),
        ("_reap_digest_blocks.sha256", sha256_blocks),
        ("_reap_digest_blocks.sha512", sha512_blocks),
        ("_reap_digest_blocks.keccak_absorb", keccak_absorb),
        ("_reap_digest_blocks.keccak_f", keccak_f),
        ("_reap_digest_blocks.blake2", blake2_blocks),
    ];
    for (name, f) in fns {
        def(vm, d, name, f);
    }
    register(vm, "_reap_digest_blocks", m);
}

fn bad_state(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::ValueError, "a digest's state is out of range")
}

/// A word of a state: an int from 0 to `max`.
fn word(vm: &mut Vm, v: Value, max: u64) -> PyResult<u64> {
    let w = match v {
        Value::Int(i) => u64::try_from(i).ok(),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(b) => b.to_u64(),
            _ => None,
        },
        _ => None,
    };
    match w {
        Some(w) if w <= max => Ok(w),
        _ => Err(bad_state(vm)),
    }
}

/// The `N` words of a state tuple or list.
fn words<const N: usize>(vm: &mut Vm, v: Value, max: u64) -> PyResult<[u64; N]> {
    let items = match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items) | Object::List(items)) if items.len() == N => items.clone(),
        _ => return Err(bad_state(vm)),
    };
    let mut out = [0u64; N];
    for (slot, item) in out.iter_mut().zip(items) {
        *slot = word(vm, item, max)?;
    }
    Ok(out)
}

fn int_of(vm: &mut Vm, w: u64) -> Value {
    match i64::try_from(w) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_bigint(BigInt::from(w)),
    }
}

fn tuple_of(vm: &mut Vm, ws: &[u64]) -> Value {
    let items = ws.iter().map(|&w| int_of(vm, w)).collect();
    vm.new_tuple(items)
}

/// `(state, data, n)`: the state and the first `n` bytes of `data`, a whole number of blocks.
fn block_args<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    max: u64,
    block: usize,
) -> PyResult<([u64; N], Vec<u8>)> {
    arity(vm, name, args, 3, 3)?;
    let state = words::<N>(vm, args[0], max)?;
    let mut data = bytes_arg(vm, args[1])?;
    let n = match args[2] {
        Value::Int(n) => usize::try_from(n).ok(),
        _ => None,
    };
    match n {
        Some(n) if n <= data.len() && n % block == 0 => data.truncate(n),
        _ => return Err(vm.new_exc(ExcKind::ValueError, "not a whole number of blocks")),
    }
    Ok((state, data))
}

fn chunks<const B: usize>(data: &[u8]) -> Vec<[u8; B]> {
    data.chunks_exact(B).map(|c| c.try_into().unwrap_or([0; B])).collect()
}

fn md5_blocks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (s, data) = block_args::<4>(vm, "md5", args, u32::MAX.into(), 64)?;
    let mut state = s.map(|w| w as u32);
    md5::block_api::compress(&mut state, &chunks::<64>(&data));
    Ok(tuple_of(vm, &state.map(u64::from)))
}

fn sha1_blocks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (s, data) = block_args::<5>(vm, "sha1", args, u32::MAX.into(), 64)?;
    let mut state = s.map(|w| w as u32);
    sha1::block_api::compress(&mut state, &chunks::<64>(&data));
    Ok(tuple_of(vm, &state.map(u64::from)))
}

fn sha256_blocks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (s, data) = block_args::<8>(vm, "sha256", args, u32::MAX.into(), 64)?;
    let mut state = s.map(|w| w as u32);
    sha2::block_api::compress256(&mut state, &chunks::<64>(&data));
    Ok(tuple_of(vm, &state.map(u64::from)))
}

fn sha512_blocks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (mut state, data) = block_args::<8>(vm, "sha512", args, u64::MAX, 128)?;
    sha2::block_api::compress512(&mut state, &chunks::<128>(&data));
    Ok(tuple_of(vm, &state))
}

fn permute(lanes: &mut [u64; 25]) {
    keccak::Keccak::new().with_f1600(|f1600| f1600(lanes));
}

/// `keccak_f(lanes)`: the lanes after one permutation (squeezing past the first block).
fn keccak_f(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "keccak_f", args, 1, 1)?;
    let mut lanes = words::<25>(vm, args[0], u64::MAX)?;
    permute(&mut lanes);
    let items = lanes.iter().map(|&w| int_of(vm, w)).collect();
    Ok(vm.new_list(items))
}

/// `keccak_absorb(lanes, data, n, rate)`: each `rate` bytes of `data[:n]` XORed into the
/// first lanes (little-endian), then permuted.
fn keccak_absorb(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "keccak_absorb", args, 4, 4)?;
    let rate = match args[3] {
        Value::Int(r) if (8..=200).contains(&r) && r % 8 == 0 => r as usize,
        _ => return Err(vm.new_exc(ExcKind::ValueError, "a Keccak rate is a multiple of 8 up to 200")),
    };
    let (mut lanes, data) = block_args::<25>(vm, "keccak_absorb", &args[..3], u64::MAX, rate)?;
    for block in data.chunks_exact(rate) {
        for (lane, word) in lanes.iter_mut().zip(block.chunks_exact(8)) {
            *lane ^= u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        }
        permute(&mut lanes);
    }
    let items = lanes.iter().map(|&w| int_of(vm, w)).collect();
    Ok(vm.new_list(items))
}

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The columns, then the diagonals, of BLAKE2's working vector that each round mixes.
const MIX: [[usize; 4]; 8] = [
    [0, 4, 8, 12],
    [1, 5, 9, 13],
    [2, 6, 10, 14],
    [3, 7, 11, 15],
    [0, 5, 10, 15],
    [1, 6, 11, 12],
    [2, 7, 8, 13],
    [3, 4, 9, 14],
];

/// BLAKE2's compression for one word width: BLAKE2b (u64, 12 rounds) or BLAKE2s (u32, 10).
macro_rules! blake2_compress {
    ($name:ident, $w:ty, $rounds:expr, $r:expr) => {
        fn $name(h: &mut [$w; 8], iv: &[$w; 8], block: &[u8], t: u128, f: [$w; 2]) {
            const BYTES: usize = std::mem::size_of::<$w>();
            let mut m = [0 as $w; 16];
            for (word, bytes) in m.iter_mut().zip(block.chunks_exact(BYTES)) {
                *word = <$w>::from_le_bytes(bytes.try_into().unwrap_or([0; BYTES]));
            }
            let mut v = [0 as $w; 16];
            v[..8].copy_from_slice(h);
            v[8..].copy_from_slice(iv);
            let bits = 8 * BYTES as u32;
            v[12] ^= t as $w;
            v[13] ^= (t >> bits) as $w;
            v[14] ^= f[0];
            v[15] ^= f[1];
            let [r1, r2, r3, r4]: [u32; 4] = $r;
            for round in 0..$rounds {
                let s = &SIGMA[round % 10];
                for (i, &[a, b, c, d]) in MIX.iter().enumerate() {
                    let (x, y) = (m[s[2 * i]], m[s[2 * i + 1]]);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right(r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right(r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r4);
                }
            }
            for i in 0..8 {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }
    };
}

blake2_compress!(blake2b_compress, u64, 12, [32, 24, 16, 63]);
blake2_compress!(blake2s_compress, u32, 10, [16, 12, 8, 7]);

/// `blake2(wide, h, iv, data, n, count, f0, f1) -> (h, count)`: the blocks of `data[:n]`,
/// `count` the byte counter before them (each block adds its size) and `f0`, `f1` the
/// finalization words; `wide` picks BLAKE2b over BLAKE2s.
fn blake2_blocks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "blake2", args, 8, 8)?;
    let wide = vm.truthy(args[0])?;
    let (max, bs) = if wide { (u64::MAX, 128) } else { (u64::from(u32::MAX), 64) };
    let (mut h, data) = block_args::<8>(vm, "blake2", &[args[1], args[3], args[4]], max, bs)?;
    let iv = words::<8>(vm, args[2], max)?;
    let (f0, f1) = (word(vm, args[6], max)?, word(vm, args[7], max)?);
    let mut count: i128 = match args[5] {
        Value::Int(c) => c.into(),
        v => match v.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::BigInt(b)) => b.to_i128().ok_or_else(|| bad_state(vm))?,
            _ => return Err(bad_state(vm)),
        },
    };
    for block in data.chunks_exact(bs) {
        count += bs as i128;
        let t = count as u128;
        if wide {
            blake2b_compress(&mut h, &iv, block, t, [f0, f1]);
        } else {
            let mut h32 = h.map(|w| w as u32);
            blake2s_compress(&mut h32, &iv.map(|w| w as u32), block, t, [f0 as u32, f1 as u32]);
            h = h32.map(u64::from);
        }
    }
    let h = tuple_of(vm, &h);
    let count = vm.new_bigint(BigInt::from(count));
    Ok(vm.new_tuple(vec![h, count]))
}
