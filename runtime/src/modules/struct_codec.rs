//! `struct`'s formats, as CPython's `_struct.c` reads them: parsing a format (`prepare_s`:
//! byte order, repeat counts, native sizes and alignment as on x86-64 Linux), and packing and
//! unpacking one item per format character with its conversions and messages. CPython has
//! three tables of functions: the native one (`@`), the little-endian one (`<` and `=`, where
//! the native functions replace the standard ones for the characters whose sizes agree: their
//! messages differ), and the big-endian one (`>` and `!`).

use num_bigint::Sign;
use num_traits::ToPrimitive;

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Native,
    Little,
    Big,
}

/// One run of a format: `repeat` items of `size` bytes each from `offset` (for `s` and `p`,
/// one item of `size` bytes).
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub ch: u8,
    pub offset: usize,
    pub size: usize,
    pub repeat: usize,
}

#[derive(Debug)]
pub struct Format {
    pub order: Order,
    pub codes: Vec<Code>,
    /// The packed size (`calcsize`).
    pub size: usize,
    /// How many values packing takes.
    pub len: usize,
}

/// A character's size and alignment in the table of `order` (`None`: not a format character
/// there).
fn entry(order: Order, c: u8) -> Option<(usize, usize)> {
    if order == Order::Native {
        return Some(match c {
            b'x' | b'b' | b'B' | b'c' | b's' | b'p' => (1, 0),
            b'?' => (1, 1),
            b'h' | b'H' | b'e' => (2, 2),
            b'i' | b'I' | b'f' => (4, 4),
            b'l' | b'L' | b'n' | b'N' | b'q' | b'Q' | b'd' | b'P' => (8, 8),
            _ => return None,
        });
    }
    Some(match c {
        b'x' | b'b' | b'B' | b'c' | b's' | b'p' | b'?' => (1, 0),
        b'h' | b'H' | b'e' => (2, 0),
        b'i' | b'I' | b'l' | b'L' | b'f' => (4, 0),
        b'q' | b'Q' | b'd' => (8, 0),
        _ => return None,
    })
}

/// C's `isspace` in the "C" locale, which the format's whitespace is.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

const MAX: usize = isize::MAX as usize;
const TOO_LONG: &str = "total struct size too long";

/// Parses a format (its ASCII bytes); the error is `struct.error`'s message.
pub fn parse(fmt: &[u8]) -> Result<Format, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (order, body) = match fmt.first() {
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        Some(b'@') => (Order::Native, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let (mut size, mut len, mut codes) = (0usize, 0usize, Vec::new());
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if is_space(c) {
            continue;
        }
        let mut num = 1;
        if c.is_ascii_digit() {
            num = usize::from(c - b'0');
            while let Some(&d) = body.get(i).filter(|d| d.is_ascii_digit()) {
                i += 1;
                let d = usize::from(d - b'0');
                if num >= MAX / 10 && (num > MAX / 10 || d > MAX % 10) {
                    return Err(TOO_LONG);
                }
                num = num * 10 + d;
            }
            match body.get(i) {
                Some(&next) => {
                    c = next;
                    i += 1;
                }
                None => return Err("repeat count given without format specifier"),
            }
        }
        let (itemsize, align) = entry(order, c).ok_or("bad char in struct format")?;
        if align > 0 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            if extra > MAX - size {
                return Err(TOO_LONG);
            }
            size += extra;
        }
        if num > (MAX - size) / itemsize {
            return Err(TOO_LONG);
        }
        match c {
            b's' | b'p' => {
                len += 1;
                codes.push(Code { ch: c, offset: size, size: num, repeat: 1 });
                size += num;
            }
            b'x' => size += num,
            _ => {
                len += num;
                if num > 0 {
                    codes.push(Code { ch: c, offset: size, size: itemsize, repeat: num });
                }
                size += num * itemsize;
            }
        }
    }
    Ok(Format { order, codes, size, len })
}

/// Why packing an item failed: `struct.error`, an `OverflowError` (which becomes `struct.error`
/// "int too large to convert" when the value is an int, as `s_pack_internal` does), or an
/// exception raised converting the value.
pub enum PackError {
    Struct(String),
    Overflow(String),
    Raised(ObjId),
}

type Packed<T> = Result<T, PackError>;

fn st<T>(msg: &str) -> Packed<T> {
    Err(PackError::Struct(msg.to_string()))
}

/// CPython's `get_pylong`: an int, or what `__index__` gives; anything else is "required
/// argument is not an integer". `Ok(Err(negative))` for a value past 128 bits.
fn get_pylong(vm: &mut Vm, v: Value) -> Packed<Result<i128, bool>> {
    match v {
        Value::Int(n) => return Ok(Ok(n.into())),
        Value::Bool(b) => return Ok(Ok(b.into())),
        _ => {}
    }
    let t = vm.type_of(v);
    if !vm.is_int(v) && !vm.has_attr_on_type(t, "__index__") {
        return st("required argument is not an integer");
    }
    let b = crate::vm::args::index_arg(vm, v).map_err(PackError::Raised)?;
    Ok(b.to_i128().ok_or(b.sign() == Sign::Minus))
}

/// `get_long` and friends: the value within `lo..=hi`, else "argument out of range".
fn get_in(vm: &mut Vm, v: Value, lo: i128, hi: i128) -> Packed<i128> {
    match get_pylong(vm, v)? {
        Ok(x) if (lo..=hi).contains(&x) => Ok(x),
        _ => st("argument out of range"),
    }
}

const LONG: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
const ULONG: (i128, i128) = (0, u64::MAX as i128);

/// `_range_error`: "'c' format requires lo <= number <= hi" for an item of `size` bytes.
fn range_error<T>(ch: u8, size: usize, unsigned: bool) -> Packed<T> {
    let largest: u128 = (1u128 << (size * 8)) - 1;
    let c = ch as char;
    if unsigned {
        st(&format!("'{c}' format requires 0 <= number <= {largest}"))
    } else {
        let half = (largest >> 1) as i128;
        st(&format!("'{c}' format requires {} <= number <= {half}", -half - 1))
    }
}

/// An integer item's value, checked as the function CPython's table has for (`order`, `ch`).
fn int_value(vm: &mut Vm, order: Order, ch: u8, size: usize, v: Value) -> Packed<i128> {
    let range = |x: i128, lo: i128, hi: i128, msg: &str| if (lo..=hi).contains(&x) { Ok(x) } else { st(msg) };
    let native_fn = order == Order::Native || (order == Order::Little && !matches!(ch, b'l' | b'L'));
    match ch {
        b'b' => {
            let x = get_in(vm, v, LONG.0, LONG.1)?;
            range(x, -128, 127, "byte format requires -128 <= number <= 127")
        }
        b'B' => {
            let x = get_in(vm, v, LONG.0, LONG.1)?;
            range(x, 0, 255, "ubyte format requires 0 <= number <= 255")
        }
        b'h' if native_fn => {
            let x = get_in(vm, v, LONG.0, LONG.1)?;
            range(x, -32768, 32767, "short format requires -32768 <= number <= 32767")
        }
        b'H' if native_fn => {
            let x = get_in(vm, v, LONG.0, LONG.1)?;
            range(x, 0, 65535, "ushort format requires 0 <= number <= 65535")
        }
        b'i' if native_fn => {
            let x = get_in(vm, v, LONG.0, LONG.1)?;
            if i32::try_from(x).is_err() {
                return range_error(ch, 4, false);
            }
            Ok(x)
        }
        b'I' if native_fn => {
            let x = get_in(vm, v, ULONG.0, ULONG.1)?;
            if u32::try_from(x).is_err() {
                return range_error(ch, 4, true);
            }
            Ok(x)
        }
        b'l' | b'n' | b'q' if native_fn => get_in(vm, v, LONG.0, LONG.1),
        b'L' | b'N' | b'Q' if native_fn => get_in(vm, v, ULONG.0, ULONG.1),
        b'P' => match get_pylong(vm, v)? {
            Ok(x) if x < 0 && x >= LONG.0 => Ok(x),
            Ok(x) if (0..=ULONG.1).contains(&x) => Ok(x),
            Ok(x) if x < 0 => Err(PackError::Overflow("Python int too large to convert to C long".into())),
            Err(true) => Err(PackError::Overflow("Python int too large to convert to C long".into())),
            _ => Err(PackError::Overflow("Python int too large to convert to C unsigned long".into())),
        },
        // The standard sizes' own functions (`bp_int`, `lp_uint`, `bp_longlong`, ...).
        b'h' | b'i' | b'l' => {
            let x = get_in(vm, v, LONG.0, LONG.1)?;
            let half = 1i128 << (size * 8 - 1);
            if x < -half || x >= half {
                return range_error(ch, size, false);
            }
            Ok(x)
        }
        b'H' | b'I' | b'L' => {
            let x = get_in(vm, v, ULONG.0, ULONG.1)?;
            if x >= 1i128 << (size * 8) {
                return range_error(ch, size, true);
            }
            Ok(x)
        }
        b'q' => match get_pylong(vm, v)? {
            Ok(x) if (LONG.0..=LONG.1).contains(&x) => Ok(x),
            _ => Err(PackError::Overflow("int too big to convert".into())),
        },
        _ => match get_pylong(vm, v)? {
            Ok(x) if x < 0 => Err(PackError::Overflow("can't convert negative int to unsigned".into())),
            Err(true) => Err(PackError::Overflow("can't convert negative int to unsigned".into())),
            Ok(x) if x <= ULONG.1 => Ok(x),
            _ => Err(PackError::Overflow("int too big to convert".into())),
        },
    }
}

/// `PyFloat_AsDouble` for packing: any failure is "required argument is not a float".
fn float_value(vm: &mut Vm, v: Value) -> Packed<f64> {
    match crate::types::array::float_of(vm, v) {
        Ok(f) => Ok(f),
        Err(e) => {
            vm.decref_id(e);
            st("required argument is not a float")
        }
    }
}

/// Writes `bytes` (little-endian) into `out` in the format's byte order.
fn put(out: &mut [u8], le: &[u8], order: Order) {
    let n = out.len().min(le.len());
    out[..n].copy_from_slice(&le[..n]);
    if order == Order::Big {
        out[..n].reverse();
    }
}

/// Packs one item into `out` (its slot: `size` bytes, zeroed).
pub fn pack_item(vm: &mut Vm, order: Order, code: &Code, v: Value, out: &mut [u8]) -> Packed<()> {
    let payload = vm.payload(v);
    match code.ch {
        b's' | b'p' => {
            let data = match payload.as_obj().map(|id| vm.heap.get(id)) {
                Some(Object::Bytes(b) | Object::ByteArray(b)) => b.clone(),
                _ => return st(&format!("argument for '{}' must be a bytes object", code.ch as char)),
            };
            if code.ch == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if let Some((first, rest)) = out.split_first_mut() {
                let n = data.len().min(rest.len());
                rest[..n].copy_from_slice(&data[..n]);
                *first = n.min(255) as u8;
            }
            Ok(())
        }
        b'c' => match payload.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(b)) if b.len() == 1 => {
                out[0] = b[0];
                Ok(())
            }
            _ => st("char format requires a bytes object of length 1"),
        },
        b'?' => {
            let t = vm.truthy(v).map_err(PackError::Raised)?;
            out[0] = u8::from(t);
            Ok(())
        }
        b'e' => {
            let x = float_value(vm, v)?;
            let bits = pack_half(x)
                .ok_or_else(|| PackError::Overflow("float too large to pack with e format".into()))?;
            put(out, &bits.to_le_bytes(), order);
            Ok(())
        }
        b'f' => {
            let x = float_value(vm, v)?;
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && !x.is_infinite() {
                return Err(PackError::Overflow("float too large to pack with f format".into()));
            }
            put(out, &y.to_le_bytes(), order);
            Ok(())
        }
        b'd' => {
            let x = float_value(vm, v)?;
            put(out, &x.to_le_bytes(), order);
            Ok(())
        }
        ch => {
            let x = int_value(vm, order, ch, code.size, v)?;
            put(out, &(x as u128).to_le_bytes(), order);
            Ok(())
        }
    }
}

/// `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (for a finite, nonzero `x`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), exp - 1022)
}

/// CPython's `PyFloat_Pack2`: a half float's bits, rounding half to even; `None` when too large.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign = u16::from(x.is_sign_negative());
    let (e, bits): (i32, u16) = if x == 0.0 {
        (0, 0)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x.is_nan() {
        (0x1f, 512)
    } else {
        let (f, e) = frexp(x.abs());
        let (mut f, mut e) = (f * 2.0, e - 1);
        if e >= 16 {
            return None;
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        let rest = f - f64::from(bits);
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
        (e, bits)
    };
    Some(bits | ((e as u16) << 10) | (sign << 15))
}

/// CPython's `PyFloat_Unpack2`.
pub fn unpack_half(h: u16) -> f64 {
    let negative = h >> 15 == 1;
    let e = i32::from((h >> 10) & 0x1f);
    let f = h & 0x3ff;
    if e == 0x1f {
        let v = if f == 0 { f64::INFINITY } else { f64::NAN };
        return if negative { -v } else { v };
    }
    let mut x = f64::from(f) / 1024.0;
    let e = if e == 0 {
        -14
    } else {
        x += 1.0;
        e - 15
    };
    let x = x * 2f64.powi(e);
    if negative { -x } else { x }
}

/// What an item unpacks to, before it becomes a Python value.
pub enum Unpacked {
    Int(i128),
    Float(f64),
    Bool(bool),
    Bytes(Vec<u8>),
    /// `p` with a size of 0: CPython asks for a bytes object of size -1.
    NegativeSize,
}

/// Unpacks one item from `data` (its slot).
pub fn unpack_item(order: Order, code: &Code, data: &[u8]) -> Unpacked {
    let le = |n: usize| {
        let mut b = [0u8; 16];
        b[..n].copy_from_slice(&data[..n]);
        if order == Order::Big {
            b[..n].reverse();
        }
        b
    };
    let signed = |n: usize| {
        let raw = u128::from_le_bytes(le(n));
        let shift = 128 - n as u32 * 8;
        ((raw << shift) as i128) >> shift
    };
    let unsigned = |n: usize| u128::from_le_bytes(le(n)) as i128;
    match code.ch {
        b's' => Unpacked::Bytes(data.to_vec()),
        b'p' => match data.split_first() {
            Some((&n, rest)) => Unpacked::Bytes(rest[..usize::from(n).min(rest.len())].to_vec()),
            None => Unpacked::NegativeSize,
        },
        b'c' => Unpacked::Bytes(data[..1].to_vec()),
        b'?' => Unpacked::Bool(data[0] != 0),
        b'e' => {
            let b = le(2);
            Unpacked::Float(unpack_half(u16::from_le_bytes([b[0], b[1]])))
        }
        b'f' => {
            let b = le(4);
            Unpacked::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]).into())
        }
        b'd' => {
            let b = le(8);
            Unpacked::Float(f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
        }
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Unpacked::Int(signed(code.size)),
        _ => Unpacked::Int(unsigned(code.size)),
    }
}

#[cfg(test)]
mod tests {
    use super::{Order, pack_half, parse, unpack_half};

    #[test]
    fn native_formats_align_as_on_x86_64_and_standard_ones_do_not() {
        let size = |f: &str| parse(f.as_bytes()).map(|f| f.size);
        assert_eq!(size("ci"), Ok(8));
        assert_eq!(size("<ci"), Ok(5));
        assert_eq!(size("bq"), Ok(16));
        assert_eq!(size("i0q"), Ok(8));
        assert_eq!(size("3s2i"), Ok(12));
        assert_eq!(size("l"), Ok(8));
        assert_eq!(size("=l"), Ok(4));
        assert_eq!(size("<n"), Err("bad char in struct format"));
        assert_eq!(size("3"), Err("repeat count given without format specifier"));
        assert_eq!(size("99999999999999999999i"), Err("total struct size too long"));
        assert_eq!(parse(b"!h").map(|f| f.order), Ok(Order::Big));
    }

    #[test]
    fn half_floats_round_to_even_and_overflow_past_65519() {
        assert_eq!(pack_half(1.0), Some(0x3c00));
        assert_eq!(pack_half(65504.0), Some(0x7bff));
        assert_eq!(pack_half(65519.99), Some(0x7bff));
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(f64::INFINITY), Some(0x7c00));
        assert_eq!(pack_half(-0.0), Some(0x8000));
        assert_eq!(pack_half(5.960464477539063e-08), Some(1));
        assert_eq!(pack_half(2.980232238769531e-08), Some(0));
        assert_eq!(unpack_half(0x7bff), 65504.0);
        assert_eq!(unpack_half(1), 5.960464477539063e-08);
    }
}
