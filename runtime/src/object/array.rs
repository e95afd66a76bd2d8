//! `array.array`'s storage: the items of one machine type, laid out as CPython lays them out on
//! x86-64 Linux (native byte order and sizes: `l` is 8 bytes, `u` a 4-byte `wchar_t`), in one
//! `Vec<u8>`. An array holds no references, so the collector never looks inside; its bytes
//! are allocated like any `Vec`'s, which is what the heap limit counts.
//!
//! Reading an item is a bounds check and a load (`from_ne_bytes` on a slice of the item's
//! size); `get_quick` and `set_quick` are the evaluation loop's `a[i]` and `a[i] = x` for the
//! values that need no allocation and no error.

use crate::value::Value;

/// An array's type code (`array.typecodes`, in CPython's order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrayCode {
    Byte,
    UByte,
    Unicode,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
}

/// `array.typecodes`.
#[cfg(feature = "data")]
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

impl ArrayCode {
    pub fn from_char(c: char) -> Option<ArrayCode> {
        use ArrayCode::*;
        Some(match c {
            'b' => Byte,
            'B' => UByte,
            'u' => Unicode,
            'h' => Short,
            'H' => UShort,
            'i' => Int,
            'I' => UInt,
            'l' => Long,
            'L' => ULong,
            'q' => LongLong,
            'Q' => ULongLong,
            'f' => Float,
            'd' => Double,
            _ => return None,
        })
    }

    pub fn char(self) -> char {
        use ArrayCode::*;
        match self {
            Byte => 'b',
            UByte => 'B',
            Unicode => 'u',
            Short => 'h',
            UShort => 'H',
            Int => 'i',
            UInt => 'I',
            Long => 'l',
            ULong => 'L',
            LongLong => 'q',
            ULongLong => 'Q',
            Float => 'f',
            Double => 'd',
        }
    }

    pub fn itemsize(self) -> usize {
        use ArrayCode::*;
        match self {
            Byte | UByte => 1,
            Short | UShort => 2,
            Unicode | Int | UInt | Float => 4,
            Long | ULong | LongLong | ULongLong | Double => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, ArrayCode::Float | ArrayCode::Double)
    }

    /// The range of an integer type code's values (`None` for `u`, `f` and `d`).
    pub fn int_range(self) -> Option<(i128, i128)> {
        use ArrayCode::*;
        Some(match self {
            Byte => (i8::MIN.into(), i8::MAX.into()),
            UByte => (0, u8::MAX.into()),
            Short => (i16::MIN.into(), i16::MAX.into()),
            UShort => (0, u16::MAX.into()),
            Int => (i32::MIN.into(), i32::MAX.into()),
            UInt => (0, u32::MAX.into()),
            Long | LongLong => (i64::MIN.into(), i64::MAX.into()),
            ULong | ULongLong => (0, u64::MAX.into()),
            Unicode | Float | Double => return None,
        })
    }
}

/// One item, as the machine value it is: an integer (any integer type code, widened), a
/// float (`f` widened to a double), or a code point (`u`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    Int(i128),
    Float(f64),
    Char(u32),
}

#[derive(Clone, Debug)]
pub struct ArrayObj {
    pub code: ArrayCode,
    /// `len() * itemsize` bytes, items in native byte order.
    pub data: Vec<u8>,
}

impl ArrayObj {
    pub fn new(code: ArrayCode) -> ArrayObj {
        ArrayObj { code, data: Vec::new() }
    }

    pub fn itemsize(&self) -> usize {
        self.code.itemsize()
    }

    pub fn len(&self) -> usize {
        self.data.len() / self.code.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    #[inline(always)]
    fn bytes<const N: usize>(&self, i: usize) -> Option<[u8; N]> {
        let start = i.checked_mul(N)?;
        self.data.get(start..start.checked_add(N)?)?.try_into().ok()
    }

    /// Item `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<Item> {
        use ArrayCode::*;
        Some(match self.code {
            Byte => Item::Int(i8::from_ne_bytes(self.bytes(i)?).into()),
            UByte => Item::Int(u8::from_ne_bytes(self.bytes(i)?).into()),
            Short => Item::Int(i16::from_ne_bytes(self.bytes(i)?).into()),
            UShort => Item::Int(u16::from_ne_bytes(self.bytes(i)?).into()),
            Int => Item::Int(i32::from_ne_bytes(self.bytes(i)?).into()),
            UInt => Item::Int(u32::from_ne_bytes(self.bytes(i)?).into()),
            Long | LongLong => Item::Int(i64::from_ne_bytes(self.bytes(i)?).into()),
            ULong | ULongLong => Item::Int(u64::from_ne_bytes(self.bytes(i)?).into()),
            Unicode => Item::Char(u32::from_ne_bytes(self.bytes(i)?)),
            Float => Item::Float(f32::from_ne_bytes(self.bytes(i)?).into()),
            Double => Item::Float(f64::from_ne_bytes(self.bytes(i)?)),
        })
    }

    /// Item `i` as a value that needs no allocation: every item of the numeric type codes but
    /// the `L` and `Q` items past `i64::MAX`. `None` otherwise (or past the end).
    #[inline(always)]
    pub fn get_quick(&self, i: usize) -> Option<Value> {
        use ArrayCode::*;
        Some(match self.code {
            Double => Value::Float(f64::from_ne_bytes(self.bytes(i)?)),
            Int => Value::Int(i32::from_ne_bytes(self.bytes(i)?).into()),
            UByte => Value::Int(u8::from_ne_bytes(self.bytes(i)?).into()),
            Byte => Value::Int(i8::from_ne_bytes(self.bytes(i)?).into()),
            Short => Value::Int(i16::from_ne_bytes(self.bytes(i)?).into()),
            UShort => Value::Int(u16::from_ne_bytes(self.bytes(i)?).into()),
            UInt => Value::Int(u32::from_ne_bytes(self.bytes(i)?).into()),
            Long | LongLong => Value::Int(i64::from_ne_bytes(self.bytes(i)?)),
            ULong | ULongLong => Value::Int(i64::try_from(u64::from_ne_bytes(self.bytes(i)?)).ok()?),
            Float => Value::Float(f32::from_ne_bytes(self.bytes(i)?).into()),
            Unicode => return None,
        })
    }

    /// `a[i] = v` for a value that converts without a Python call and without an error (an int
    /// in range, a float for `f`/`d`, a bool). False, with nothing written, otherwise.
    #[inline(always)]
    pub fn set_quick(&mut self, i: usize, v: Value) -> bool {
        match quick_item(self.code, v) {
            Some(item) => self.put(i, item),
            None => false,
        }
    }

    /// Writes item `i` (already checked to fit the type code); false past the end.
    #[inline]
    pub fn put(&mut self, i: usize, item: Item) -> bool {
        let (bytes, n) = encode(self.code, item);
        let Some(start) = i.checked_mul(n) else { return false };
        let Some(end) = start.checked_add(n) else { return false };
        match self.data.get_mut(start..end) {
            Some(slot) => {
                slot.copy_from_slice(&bytes[..n]);
                true
            }
            None => false,
        }
    }

    /// Appends an item (already checked to fit the type code).
    pub fn push(&mut self, item: Item) {
        let (bytes, n) = encode(self.code, item);
        self.data.extend_from_slice(&bytes[..n]);
    }

    /// Compares two arrays of the same integer or `u` type code by their machine values, then
    /// their lengths (`None` for `f` and `d`, whose NaNs order nothing).
    pub fn compare_items(&self, other: &ArrayObj) -> Option<std::cmp::Ordering> {
        if self.code.is_float() {
            return None;
        }
        let key = |a: &ArrayObj, i: usize| match a.get(i) {
            // `wchar_t` is a signed 32-bit int on Linux.
            Some(Item::Char(c)) => i128::from(c as i32),
            Some(Item::Int(n)) => n,
            _ => 0,
        };
        let n = self.len().min(other.len());
        let first = (0..n).map(|i| key(self, i).cmp(&key(other, i))).find(|o| o.is_ne());
        Some(first.unwrap_or_else(|| self.len().cmp(&other.len())))
    }

    /// A `u` array's text (`tounicode`); `Err` with the first code point past U+10FFFF, which
    /// no str holds. A surrogate, which Reap's strs cannot hold either, reads as U+FFFD (as
    /// `chr` gives it).
    pub fn to_unicode(&self) -> Result<String, u32> {
        let mut out = String::with_capacity(self.len());
        for chunk in self.data.chunks_exact(4) {
            let c = u32::from_ne_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            match char::from_u32(c) {
                Some(ch) => out.push(ch),
                None if c < 0x11_0000 => out.push('\u{FFFD}'),
                None => return Err(c),
            }
        }
        Ok(out)
    }

    /// `repr(a)` for an array whose type is named `name`: `array('d', [1.0, 2.0])`,
    /// `array('u', 'abc')`, `array('i')`; `Err` as `to_unicode`.
    pub fn repr(&self, name: &str) -> Result<String, u32> {
        let code = self.code.char();
        if self.is_empty() {
            return Ok(format!("{name}('{code}')"));
        }
        if self.code == ArrayCode::Unicode {
            let text = self.to_unicode()?;
            return Ok(format!("{name}('{code}', {})", reap_lang::repr::str_repr(&text)));
        }
        let mut out = format!("{name}('{code}', [");
        for i in 0..self.len() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.get(i) {
                Some(Item::Int(n)) => out.push_str(&n.to_string()),
                Some(Item::Float(f)) => out.push_str(&reap_lang::repr::float_repr(f)),
                _ => {}
            }
        }
        out.push_str("])");
        Ok(out)
    }

    /// Reverses the byte order of every item (`byteswap`).
    pub fn byteswap(&mut self) {
        let size = self.itemsize();
        for chunk in self.data.chunks_exact_mut(size) {
            chunk.reverse();
        }
    }

    /// Reverses the items' order (`reverse`).
    pub fn reverse(&mut self) {
        let size = self.itemsize();
        self.data.reverse();
        for chunk in self.data.chunks_exact_mut(size) {
            chunk.reverse();
        }
    }
}

/// `v` as an item of an array of type code `code`, when it converts without a Python call and
/// without an error: an int in range (or a bool), a float or an int for `f` and `d`.
#[inline(always)]
pub fn quick_item(code: ArrayCode, v: Value) -> Option<Item> {
    let n = match v {
        Value::Int(n) => n,
        Value::Bool(b) => i64::from(b),
        Value::Float(f) if code.is_float() => return Some(Item::Float(f)),
        _ => return None,
    };
    if code.is_float() {
        return Some(Item::Float(n as f64));
    }
    let (lo, hi) = code.int_range()?;
    let n = i128::from(n);
    (lo..=hi).contains(&n).then_some(Item::Int(n))
}

/// An item's bytes in native order, and how many of the 8 are used.
#[inline]
fn encode(code: ArrayCode, item: Item) -> ([u8; 8], usize) {
    use ArrayCode::*;
    let mut out = [0u8; 8];
    let n = code.itemsize();
    match (code, item) {
        (Float, Item::Float(f)) => out[..4].copy_from_slice(&(f as f32).to_ne_bytes()),
        (Double, Item::Float(f)) => out.copy_from_slice(&f.to_ne_bytes()),
        (Unicode, Item::Char(c)) => out[..4].copy_from_slice(&c.to_ne_bytes()),
        (_, Item::Int(v)) => {
            // Two's complement, truncated to the item's size (the value was range-checked).
            let le = (v as i64).to_le_bytes();
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(&le[..n]);
            if cfg!(target_endian = "big") {
                b[..n].reverse();
            }
            out = b;
        }
        _ => {}
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::{ArrayCode, ArrayObj, Item};
    use crate::value::Value;

    #[test]
    fn items_round_trip_through_their_machine_bytes() {
        for (c, item) in [
            ('b', Item::Int(-128)),
            ('B', Item::Int(255)),
            ('h', Item::Int(-2)),
            ('H', Item::Int(65535)),
            ('i', Item::Int(-2_147_483_648)),
            ('I', Item::Int(4_294_967_295)),
            ('l', Item::Int(i64::MIN.into())),
            ('Q', Item::Int(u64::MAX.into())),
            ('f', Item::Float(0.5)),
            ('d', Item::Float(-1e300)),
            ('u', Item::Char(0x1F600)),
        ] {
            let mut a = ArrayObj::new(ArrayCode::from_char(c).unwrap());
            a.push(zero_for(c));
            a.push(item);
            assert_eq!(a.len(), 2);
            assert_eq!(a.get(1), Some(item), "{c}");
            assert_eq!(a.get(2), None);
        }
    }

    #[test]
    fn quick_paths_take_only_what_fits() {
        let mut a = ArrayObj::new(ArrayCode::UByte);
        a.push(Item::Int(1));
        assert!(!a.set_quick(0, Value::Int(256)));
        assert!(!a.set_quick(0, Value::Float(1.0)));
        assert!(!a.set_quick(1, Value::Int(2)));
        assert!(a.set_quick(0, Value::Int(255)));
        assert_eq!(a.get_quick(0), Some(Value::Int(255)));
        let mut q = ArrayObj::new(ArrayCode::ULongLong);
        q.push(Item::Int(u64::MAX.into()));
        assert_eq!(q.get_quick(0), None);
        let mut d = ArrayObj::new(ArrayCode::Double);
        d.push(Item::Float(0.0));
        assert!(d.set_quick(0, Value::Int(3)));
        assert_eq!(d.get_quick(0), Some(Value::Float(3.0)));
    }

    /// A zero of the kind the type code stores.
    fn zero_for(c: char) -> Item {
        match c {
            'f' | 'd' => Item::Float(0.0),
            'u' => Item::Char(0),
            _ => Item::Int(0),
        }
    }
}
