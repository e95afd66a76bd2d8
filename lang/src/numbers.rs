//! Numeric literals: where one ends, whether it is well formed, and its value.
//!
//! The scanner follows CPython's tokenizer step by step, because its error messages and caret
//! positions (`invalid decimal literal`, `invalid digit '8' in octal literal`, leading zeros) are
//! part of the behaviour we match.

use num_bigint::BigInt;
use num_traits::Num;

use crate::ast::{Constant, Int};

/// A malformed number. `at` (and `end`, for a range) is the byte offset CPython's tokenizer cursor
/// stood at; read as a 1-based offset, it puts the caret on the character before the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberError {
    pub msg: String,
    pub at: usize,
    pub end: Option<usize>,
}

struct Scan<'a> {
    src: &'a [u8],
    cur: usize,
}

impl Scan<'_> {
    /// The next byte, or 0 at the end (CPython's EOF also stops every digit loop).
    fn next(&mut self) -> u8 {
        let c = self.src.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    fn error(&self, msg: impl Into<String>) -> NumberError {
        NumberError { msg: msg.into(), at: self.cur, end: None }
    }

    /// Digits and single underscores between digits; returns the first byte after them.
    fn decimal_tail(&mut self) -> Result<u8, NumberError> {
        loop {
            let mut c;
            loop {
                c = self.next();
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// A number may be followed directly by a handful of keywords (`1if x else y` is valid), but
    /// not by any other identifier character.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), NumberError> {
        let rest = &self.src[self.cur.min(self.src.len())..];
        let keyword_follows = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            self.backup();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Digits of a prefixed literal (`0x`, `0o`, `0b`) after the prefix.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> Result<u8, NumberError> {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !(c as char).is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
                }
                self.backup();
                return Err(self.error(format!("invalid {kind} literal")));
            }
            loop {
                c = self.next();
                if !(c as char).is_digit(radix) {
                    break;
                }
            }
            if c != b'_' {
                break;
            }
        }
        if radix < 10 && c.is_ascii_digit() {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.verify_end(c, kind)?;
        Ok(c)
    }

    fn fraction_and_rest(&mut self, mut c: u8) -> Result<(), NumberError> {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        self.exponent_and_rest(c)
    }

    fn exponent_and_rest(&mut self, mut c: u8) -> Result<(), NumberError> {
        if c == b'e' || c == b'E' {
            let e = c;
            c = self.next();
            if c == b'+' || c == b'-' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return Err(self.error("invalid decimal literal"));
                }
            } else if !c.is_ascii_digit() {
                // `1e` followed by something else: the number is `1`, and `e` must not cling to it.
                self.backup();
                self.verify_end(e, "decimal")?;
                self.backup();
                return Ok(());
            }
            c = self.decimal_tail()?;
        }
        self.imaginary_and_rest(c)
    }

    fn imaginary_and_rest(&mut self, c: u8) -> Result<(), NumberError> {
        if c == b'j' || c == b'J' {
            let c = self.next();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup();
        Ok(())
    }
}

/// Scans the numeric literal starting at `start` (a digit, or a `.` followed by a digit) and
/// returns the offset just past it.
pub fn scan(src: &str, start: usize) -> Result<usize, NumberError> {
    let mut s = Scan { src: src.as_bytes(), cur: start };
    let first = s.next();
    if first == b'.' {
        let c = s.next();
        s.fraction_and_rest(c)?;
        return Ok(s.cur);
    }
    if first == b'0' {
        let mut c = s.next();
        match c {
            b'x' | b'X' => {
                s.radix_digits(16, "hexadecimal")?;
                s.backup();
            }
            b'o' | b'O' => {
                s.radix_digits(8, "octal")?;
                s.backup();
            }
            b'b' | b'B' => {
                s.radix_digits(2, "binary")?;
                s.backup();
            }
            _ => {
                loop {
                    if c == b'_' {
                        c = s.next();
                        if !c.is_ascii_digit() {
                            s.backup();
                            return Err(s.error("invalid decimal literal"));
                        }
                    }
                    if c != b'0' {
                        break;
                    }
                    c = s.next();
                }
                let zeros_end = s.cur;
                let mut nonzero = false;
                if c.is_ascii_digit() {
                    nonzero = true;
                    c = s.decimal_tail()?;
                }
                if c == b'.' {
                    let c = s.next();
                    s.fraction_and_rest(c)?;
                } else if c == b'e' || c == b'E' || c == b'j' || c == b'J' {
                    s.exponent_and_rest(c)?;
                } else if nonzero {
                    return Err(NumberError {
                        msg: "leading zeros in decimal integer literals are not permitted; use an \
                              0o prefix for octal integers"
                            .into(),
                        at: start + 1,
                        end: Some(zeros_end),
                    });
                } else {
                    s.verify_end(c, "decimal")?;
                    s.backup();
                }
            }
        }
        return Ok(s.cur);
    }
    s.backup();
    let c = s.decimal_tail()?;
    if c == b'.' {
        let c = s.next();
        s.fraction_and_rest(c)?;
    } else {
        s.exponent_and_rest(c)?;
    }
    Ok(s.cur)
}

/// The value of a literal that `scan` accepted.
pub fn value(text: &str) -> Constant {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        return Constant::Int(int_from_digits(&lower[2..], radix));
    }
    if let Some(imag) = lower.strip_suffix('j') {
        return Constant::Complex(imag.parse().unwrap_or(f64::INFINITY));
    }
    if lower.contains(['.', 'e']) {
        // Rust's parser rounds correctly, as CPython's does; overflow gives infinity in both.
        return Constant::Float(lower.parse().unwrap_or(f64::INFINITY));
    }
    Constant::Int(int_from_digits(&lower, 10))
}

fn int_from_digits(digits: &str, radix: u32) -> Int {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Int::Small(v),
        // The scanner admitted only valid digits, so only overflow reaches here.
        Err(_) => Int::Big(BigInt::from_str_radix(digits, radix).unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scanned(s: &str) -> Result<&str, (String, usize)> {
        scan(s, 0).map(|end| &s[..end]).map_err(|e| (e.msg, e.at))
    }

    #[test]
    fn literals_end_where_cpython_ends_them() {
        assert_eq!(scanned("123 "), Ok("123"));
        assert_eq!(scanned("1_000.0_1e1_0j+"), Ok("1_000.0_1e1_0j"));
        assert_eq!(scanned("0x_ff)"), Ok("0x_ff"));
        assert_eq!(scanned("1if"), Ok("1"));
        assert_eq!(scanned("1.__class__"), Err(("invalid decimal literal".into(), 2)));
        assert_eq!(scanned("1e"), Err(("invalid decimal literal".into(), 1)));
        assert_eq!(scanned("0o8"), Err(("invalid digit '8' in octal literal".into(), 3)));
        assert_eq!(scanned("09.5"), Ok("09.5"));
        assert_eq!(scanned(".5e3"), Ok(".5e3"));
    }

    #[test]
    fn values_are_exact() {
        assert_eq!(value("0xff"), Constant::Int(Int::Small(255)));
        assert_eq!(value("1_0"), Constant::Int(Int::Small(10)));
        assert_eq!(value("1e3"), Constant::Float(1000.0));
        assert_eq!(value("2j"), Constant::Complex(2.0));
        let big = "123456789012345678901234567890";
        assert_eq!(value(big), Constant::Int(Int::Big(big.parse().unwrap())));
    }
}
