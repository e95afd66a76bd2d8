//! `memoryview`'s object: a view of another object's memory (a bytes, a bytearray, an array),
//! described as CPython's buffers are: a format, an item size, and for each dimension a shape
//! and a stride (in bytes, negative for a view that runs backwards), from a byte offset into
//! the exporter's data. The view holds one counted reference to the object it views (`obj`)
//! until it is released; the bytes are read from that object each time, so a view always sees
//! what the object holds now.
//!
//! The formats are struct's native single characters that CPython's memoryview reads and
//! writes; the conversions between them and machine bytes live here, without the VM.

use crate::value::ObjId;

pub struct MemView {
    /// The viewed object (what `mv.obj` gives), counted; `None` once released.
    pub obj: Option<ObjId>,
    /// The bytearray whose export count this view raised (lowered again when the view is
    /// released or freed): while it is raised, the bytearray cannot change its size.
    pub export: Option<ObjId>,
    pub readonly: bool,
    /// As the script named it (`cast('@B')` keeps the `@`).
    pub format: String,
    pub itemsize: usize,
    /// Where item `[0, 0, ...]` starts in the object's bytes.
    pub offset: usize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
}

impl MemView {
    /// A one-dimensional view of `len` bytes of `obj` (not yet counted by the caller's side).
    pub fn bytes(obj: ObjId, len: usize, readonly: bool) -> MemView {
        MemView {
            obj: Some(obj),
            export: None,
            readonly,
            format: "B".into(),
            itemsize: 1,
            offset: 0,
            shape: vec![len],
            strides: vec![1],
        }
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// How many items the view has in all.
    pub fn items(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.items() * self.itemsize
    }

    /// The view's items lie one after another in row-major order.
    pub fn c_contiguous(&self) -> bool {
        self.contiguous_in(self.shape.iter().zip(&self.strides).rev())
    }

    /// The view's items lie one after another in column-major order.
    pub fn f_contiguous(&self) -> bool {
        self.contiguous_in(self.shape.iter().zip(&self.strides))
    }

    fn contiguous_in<'a>(&self, dims: impl Iterator<Item = (&'a usize, &'a isize)>) -> bool {
        if self.items() == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (&n, &s) in dims {
            if n > 1 && s != expected {
                return false;
            }
            expected *= n as isize;
        }
        true
    }

    /// The byte offsets of every item, in row-major (`fortran` false) or column-major order.
    pub fn offsets(&self, fortran: bool) -> Vec<usize> {
        let n = self.ndim();
        let mut out = Vec::with_capacity(self.items());
        if self.items() == 0 {
            return out;
        }
        let mut index = vec![0usize; n];
        loop {
            let mut at = self.offset as isize;
            for (i, &s) in index.iter().zip(&self.strides) {
                at += *i as isize * s;
            }
            out.push(at as usize);
            // Advance the multi-index, last dimension fastest (first, for Fortran order).
            let mut d = 0;
            loop {
                if d == n {
                    return out;
                }
                let k = if fortran { d } else { n - 1 - d };
                index[k] += 1;
                if index[k] < self.shape[k] {
                    break;
                }
                index[k] = 0;
                d += 1;
            }
        }
    }

    /// The view's bytes, item after item in the given order, read from the exporter's `data`.
    pub fn collect(&self, data: &[u8], fortran: bool) -> Vec<u8> {
        let size = self.itemsize;
        if self.c_contiguous() && (!fortran || self.ndim() <= 1) {
            return data
                .get(self.offset..self.offset + self.nbytes())
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
        }
        let mut out = Vec::with_capacity(self.nbytes());
        for at in self.offsets(fortran) {
            out.extend_from_slice(data.get(at..at + size).unwrap_or(&[]));
        }
        out
    }
}

/// One item, as the value its format holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Int(i128),
    Float(f64),
    Bool(bool),
    /// Format `c`: a bytes object of one byte.
    Byte(u8),
}

/// The format character a format names (`"B"`, `"@B"`), if memoryview handles it.
pub fn format_char(format: &str) -> Option<char> {
    let f = format.strip_prefix('@').unwrap_or(format);
    let mut chars = f.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    item_size(c).map(|_| c)
}

/// The size of a native format character's items, for those memoryview reads and writes.
pub fn item_size(c: char) -> Option<usize> {
    Some(match c {
        'c' | 'b' | 'B' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

/// The item of format `c` in `b` (which has the format's size).
pub fn unpack(c: char, b: &[u8]) -> Scalar {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut a = [0u8; N];
        for (x, y) in a.iter_mut().zip(b) {
            *x = *y;
        }
        a
    }
    match c {
        'c' => Scalar::Byte(b.first().copied().unwrap_or(0)),
        '?' => Scalar::Bool(b.first().is_some_and(|&x| x != 0)),
        'b' => Scalar::Int(i8::from_ne_bytes(arr(b)).into()),
        'B' => Scalar::Int(u8::from_ne_bytes(arr(b)).into()),
        'h' => Scalar::Int(i16::from_ne_bytes(arr(b)).into()),
        'H' => Scalar::Int(u16::from_ne_bytes(arr(b)).into()),
        'i' => Scalar::Int(i32::from_ne_bytes(arr(b)).into()),
        'I' => Scalar::Int(u32::from_ne_bytes(arr(b)).into()),
        'l' | 'q' | 'n' => Scalar::Int(i64::from_ne_bytes(arr(b)).into()),
        'f' => Scalar::Float(f32::from_ne_bytes(arr(b)).into()),
        'd' => Scalar::Float(f64::from_ne_bytes(arr(b))),
        _ => Scalar::Int(u64::from_ne_bytes(arr(b)).into()),
    }
}

/// The bytes of `v` in format `c`, or `None` where the value does not fit the format.
pub fn pack(c: char, v: Scalar) -> Option<Vec<u8>> {
    let int = |v: Scalar| match v {
        Scalar::Int(i) => Some(i),
        Scalar::Bool(b) => Some(i128::from(b)),
        _ => None,
    };
    Some(match c {
        'c' => match v {
            Scalar::Byte(b) => vec![b],
            _ => return None,
        },
        '?' => match v {
            Scalar::Bool(b) => vec![u8::from(b)],
            _ => return None,
        },
        'f' | 'd' => {
            let f = match v {
                Scalar::Float(f) => f,
                Scalar::Int(i) => i as f64,
                Scalar::Bool(b) => f64::from(u8::from(b)),
                Scalar::Byte(_) => return None,
            };
            if c == 'f' { (f as f32).to_ne_bytes().to_vec() } else { f.to_ne_bytes().to_vec() }
        }
        'b' => i8::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        'B' => u8::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        'h' => i16::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        'H' => u16::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        'i' => i32::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        'I' => u32::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        'l' | 'q' | 'n' => i64::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
        _ => u64::try_from(int(v)?).ok()?.to_ne_bytes().to_vec(),
    })
}
