//! `format(value, spec)`: the format-spec mini-language of ints, floats, strs (complex numbers
//! in `complex_format.rs`), parsed and checked as CPython 3.11's `formatter_unicode.c` does,
//! with its messages.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use reap_lang::repr::float_repr;

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `format(value, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(id) = v
            && let Object::Instance(_) = self.heap.get(id)
        {
            let cls = self.type_of(v);
            let found = {
                let Object::Type(t) = self.heap.get(cls) else { return Ok(String::new()) };
                t.mro.iter().find_map(|&c| self.dict_get_str(self.type_obj(c).dict, "__format__"))
            };
            // A builtin base's `__format__` (int's, float's, str's) with an empty spec is
            // `str(self)`: a subclass's own `__str__` shows (an IntEnum member's name).
            let native = found
                .and_then(|f| f.as_obj())
                .is_some_and(|f| matches!(self.heap.get(f), Object::Builtin(_)));
            if native && spec.is_empty() {
                return self.str(v);
            }
            if found.is_some() {
                let s = self.new_str(spec);
                let r = self.try_dunder(v, "__format__", &[s]);
                self.decref(s);
                if let Some(r) = r? {
                    let Some(out) = self.str_of(r).map(str::to_string) else {
                        let tn = self.type_name(r);
                        self.decref(r);
                        let msg = format!("__format__ must return a str, not {tn}");
                        return Err(self.new_exc(ExcKind::TypeError, &msg));
                    };
                    self.decref(r);
                    return Ok(out);
                }
            }
            if spec.is_empty() {
                return self.str(v);
            }
            let tn = self.type_name(v);
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("unsupported format string passed to {tn}.__format__"),
            ));
        }
        if spec.is_empty() {
            return self.str(v);
        }
        // Only numbers and strings have a format spec language; anything else has
        // `object.__format__`, which takes none.
        let formats = match v {
            Value::None => false,
            Value::Obj(id) => {
                matches!(self.heap.get(id), Object::BigInt(_) | Object::Str(_) | Object::Complex { .. })
            }
            _ => true,
        };
        if !formats {
            let tn = self.type_name(v);
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("unsupported format string passed to {tn}.__format__"),
            ));
        }
        let tn = self.type_name(v);
        let parsed = match Spec::parse(spec, &tn) {
            Ok(p) => p,
            Err(msg) => return Err(self.new_exc(ExcKind::ValueError, &msg)),
        };
        // The width is the script's: padding to it must raise MemoryError when it cannot be
        // allocated (the padding below cannot fail once this room was found).
        drop(self.try_string(parsed.width.saturating_mul(parsed.fill.len_utf8()))?);
        match v {
            Value::Bool(_) | Value::Int(_) => {
                let b = self.as_bigint(v).unwrap_or_default();
                self.format_int(&b, &parsed, v)
            }
            Value::Float(f) => self.format_float(f, &parsed),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => {
                    let b = b.clone();
                    self.format_int(&b, &parsed, v)
                }
                Object::Str(s) => {
                    let s = s.s.clone();
                    // A string's type defaults to 's', which CPython's parser refuses grouping for.
                    if let (Some(sep), None) = (parsed.grouping, parsed.kind) {
                        return Err(
                            self.new_exc(ExcKind::ValueError, &format!("Cannot specify '{sep}' with 's'."))
                        );
                    }
                    if let Some(msg) = parsed.refused_for_str() {
                        return Err(self.new_exc(ExcKind::ValueError, &msg));
                    }
                    let s = match parsed.precision {
                        Some(p) => s.chars().take(p).collect(),
                        None => s,
                    };
                    Ok(parsed.pad(&s, '<'))
                }
                &Object::Complex { re, im } => self.format_complex(re, im, &parsed),
                _ => {
                    let s = self.str(v)?;
                    Ok(parsed.pad(&s, '<'))
                }
            },
            Value::None => {
                let s = self.str(v)?;
                Ok(parsed.pad(&s, '<'))
            }
        }
    }

    fn format_int(&mut self, b: &BigInt, spec: &Spec, v: Value) -> PyResult<String> {
        let kind = spec.kind.unwrap_or('d');
        if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let Some(x) = b.to_f64().filter(|x| x.is_finite()) else {
                return Err(self.new_exc(ExcKind::OverflowError, "int too large to convert to float"));
            };
            return self.format_float(x, spec);
        }
        if !matches!(kind, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
            let tn = self.type_name(v);
            return Err(self.new_exc(
                ExcKind::ValueError,
                &format!("Unknown format code '{kind}' for object of type '{tn}'"),
            ));
        }
        let refused = if spec.precision.is_some() {
            Some("Precision not allowed in integer format specifier")
        } else if spec.no_neg_0 {
            Some("Negative zero coercion (z) not allowed in integer format specifier")
        } else if kind == 'c' && spec.sign != '\0' {
            Some("Sign not allowed with integer format specifier 'c'")
        } else if kind == 'c' && spec.alternate {
            Some("Alternate form (#) not allowed with integer format specifier 'c'")
        } else {
            None
        };
        if let Some(msg) = refused {
            return Err(self.new_exc(ExcKind::ValueError, msg));
        }
        let mag = b.abs();
        let (digits, prefix) = match kind {
            'd' | 'n' => (self.int_to_decimal(&mag)?, ""),
            'b' => (mag.to_str_radix(2), "0b"),
            'o' => (mag.to_str_radix(8), "0o"),
            'x' => (mag.to_str_radix(16), "0x"),
            'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
            'c' => {
                // CPython reads the int as a C long first: past that range it says so.
                if b.to_i64().is_none() {
                    return Err(
                        self.new_exc(ExcKind::OverflowError, "Python int too large to convert to C long")
                    );
                }
                let Some(n) = b.to_u32().filter(|&n| n < 0x11_0000) else {
                    return Err(self.new_exc(ExcKind::OverflowError, "%c arg not in range(0x110000)"));
                };
                // (A lone surrogate cannot be held in a str: it becomes U+FFFD.)
                let c = char::from_u32(n).unwrap_or('\u{FFFD}');
                return Ok(spec.pad_number("", "", &c.to_string()));
            }
            other => {
                let tn = self.type_name(v);
                return Err(self.new_exc(
                    ExcKind::ValueError,
                    &format!("Unknown format code '{other}' for object of type '{tn}'"),
                ));
            }
        };
        let sign = sign_str(b.is_negative(), spec.sign);
        let prefix = if spec.alternate { prefix } else { "" };
        let digits = match spec.grouping {
            Some(sep) => {
                let every = if matches!(kind, 'd' | 'n') { 3 } else { 4 };
                spec.grouped_with_padding(&digits, "", sep, every, sign.len() + prefix.len())
            }
            None => digits,
        };
        Ok(spec.pad_number(sign, prefix, &digits))
    }

    pub(crate) fn format_float(&mut self, x: f64, spec: &Spec) -> PyResult<String> {
        let kind = spec.kind;
        let neg = x.is_sign_negative() && !x.is_nan();
        let a = x.abs();
        if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(self.new_exc(ExcKind::ValueError, "precision too big"));
        }
        if let Some(k) = kind
            && !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
        {
            return Err(self.new_exc(
                ExcKind::ValueError,
                &format!("Unknown format code '{k}' for object of type 'float'"),
            ));
        }
        let body = if a.is_infinite() || a.is_nan() {
            let s = if a.is_nan() { "nan" } else { "inf" };
            let s = if matches!(kind, Some('E' | 'F' | 'G')) { s.to_uppercase() } else { s.to_string() };
            // A percentage keeps its sign whatever the value: `inf%`.
            if kind == Some('%') { s + "%" } else { s }
        } else {
            match kind {
                Some('f' | 'F') => {
                    let s = fixed(a, spec.precision.unwrap_or(6));
                    if spec.alternate && !s.contains('.') { s + "." } else { s }
                }
                Some('%') => fixed(a * 100.0, spec.precision.unwrap_or(6)) + "%",
                Some('e' | 'E') => {
                    let s = exp_format(a, spec.precision.unwrap_or(6));
                    // `#` keeps the point of a mantissa without decimals (`1.e+05`).
                    let s = match s.split_once('e') {
                        Some((m, x)) if spec.alternate && !m.contains('.') => format!("{m}.e{x}"),
                        _ => s,
                    };
                    if kind == Some('E') { s.to_uppercase() } else { s }
                }
                // 'n' is 'g' with the locale's separators: the C locale's are none.
                Some('g' | 'G' | 'n') => {
                    let s = general_format(a, spec.precision.unwrap_or(6), spec.alternate);
                    if kind == Some('G') { s.to_uppercase() } else { s }
                }
                None => match spec.precision {
                    // 'g', except that a fixed-point result keeps a decimal, and so the
                    // exponent form takes over one digit earlier: `format(15.0, '.2')` is
                    // '1.5e+01' where 'g' gives '15'.
                    Some(p) => {
                        let p = p.max(1);
                        let e_form = exp_format(a, p - 1);
                        let exp = e_form.split_once('e').and_then(|(_, x)| x.parse::<i64>().ok());
                        match exp {
                            Some(x) if a.is_finite() && (x < -4 || x >= p as i64 - 1) => {
                                let (m, x) = e_form.split_once('e').unwrap_or((&e_form, ""));
                                // `#` keeps the zeros, and a point even with no decimals.
                                match (spec.alternate, m.contains('.')) {
                                    (true, true) => format!("{m}e{x}"),
                                    (true, false) => format!("{m}.e{x}"),
                                    (false, true) => {
                                        format!("{}e{x}", m.trim_end_matches('0').trim_end_matches('.'))
                                    }
                                    (false, false) => format!("{m}e{x}"),
                                }
                            }
                            _ => {
                                let s = general_format(a, p, spec.alternate);
                                if s.contains(['.', 'e', 'n', 'i']) { s } else { format!("{s}.0") }
                            }
                        }
                    }
                    // `#` keeps a point in the mantissa of an exponent form (`1.e+16`).
                    None => match float_repr(a).split_once('e') {
                        Some((m, x)) if spec.alternate && !m.contains('.') => format!("{m}.e{x}"),
                        _ => float_repr(a),
                    },
                },
                Some(other) => {
                    return Err(self.new_exc(
                        ExcKind::ValueError,
                        &format!("Unknown format code '{other}' for object of type 'float'"),
                    ));
                }
            }
        };
        // `z`: what rounds to zero shows no sign.
        let neg =
            neg && !(spec.no_neg_0 && a.is_finite() && body.chars().all(|c| !c.is_ascii_digit() || c == '0'));
        let sign = sign_str(neg, spec.sign);
        let body = match spec.grouping {
            Some(sep) if a.is_finite() => {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(i) => body.split_at(i),
                    None => (body.as_str(), ""),
                };
                spec.grouped_with_padding(int_part, rest, sep, 3, sign.len())
            }
            _ => body,
        };
        Ok(spec.pad_number(sign, "", &body))
    }
}

fn sign_str(negative: bool, sign: char) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// `%e` with C's layout: `1.500000e+02`.
/// `x` with `decimals` digits after the point. Rust's formatting takes at most 65,535 (it
/// panics past that); an f64's exact expansion ends within 1,100 decimals, so the rest are
/// zeros written here.
pub fn fixed(x: f64, decimals: usize) -> String {
    const EXACT: usize = 1100;
    if decimals <= EXACT {
        return format!("{x:.decimals$}");
    }
    let mut s = format!("{x:.EXACT$}");
    s.extend(std::iter::repeat_n('0', decimals - EXACT));
    s
}

pub fn exp_format(x: f64, precision: usize) -> String {
    // As `fixed`: an f64 has at most 767 significant digits; the rest of the mantissa is zeros.
    const EXACT: usize = 800;
    let s = format!("{x:.p$e}", p = precision.min(EXACT));
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let zeros = "0".repeat(precision.saturating_sub(EXACT));
    let mantissa = format!("{mantissa}{zeros}");
    let e: i32 = exp.parse().unwrap_or(0);
    format!("{mantissa}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`: the shorter of fixed and exponent notation at `precision` significant digits, with
/// trailing zeros removed unless `alternate`.
pub fn general_format(x: f64, precision: usize, alternate: bool) -> String {
    let p = precision.max(1);
    // `#` keeps the trailing zeros and always shows the decimal point (`123457.`, `1.e+20`).
    let point = |s: String| if s.contains('.') { s } else { format!("{s}.") };
    if x == 0.0 {
        return if alternate { point(fixed(0.0, p - 1)) } else { "0".into() };
    }
    let e = exp_format(x, p - 1);
    let exp: i32 = e.split_once('e').map_or(0, |(_, x)| x.parse().unwrap_or(0));
    if exp < -4 || exp >= p as i32 {
        let (m, ex) = e.split_once('e').unwrap_or((&e, ""));
        let m = if alternate { point(m.to_string()) } else { strip_zeros(m) };
        format!("{m}e{ex}")
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = fixed(x, decimals);
        if alternate { point(f) } else { strip_zeros(&f) }
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s.to_string() }
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
pub struct Spec {
    /// The padding character: the one given, else `0` with the `0` flag, else a space.
    pub fill: char,
    pub align: Option<char>,
    /// `+`, `-` or ` `; `\0` when none was given.
    pub sign: char,
    /// `z`: a negative zero (after rounding) loses its sign.
    pub no_neg_0: bool,
    pub alternate: bool,
    /// The `0` flag was taken (no fill was given): numbers then align after the sign.
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

impl Spec {
    /// Parses `spec` for a value of type `type_name` (named in the errors), checking what
    /// CPython's parser checks whatever the type: the grouping characters and their types.
    pub fn parse(spec: &str, type_name: &str) -> Result<Spec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut s = Spec {
            fill: ' ',
            align: None,
            sign: '\0',
            no_neg_0: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            kind: None,
        };
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        let mut fill_given = false;
        if chars.len() >= 2 && is_align(chars[1]) {
            s.fill = chars[0];
            s.align = Some(chars[1]);
            fill_given = true;
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            s.align = Some(chars[0]);
            i = 1;
        }
        let at = |i: usize, c: char| chars.get(i) == Some(&c);
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            s.sign = chars[i];
            i += 1;
        }
        if at(i, 'z') {
            s.no_neg_0 = true;
            i += 1;
        }
        if at(i, '#') {
            s.alternate = true;
            i += 1;
        }
        // With a fill given, a leading `0` is part of the width.
        if !fill_given && at(i, '0') {
            s.zero = true;
            s.fill = '0';
            i += 1;
        }
        let digits = |i: &mut usize| {
            let start = *i;
            while *i < chars.len() && chars[*i].is_ascii_digit() {
                *i += 1;
            }
            (*i > start).then(|| {
                chars[start..*i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n <= isize::MAX as usize)
                    .ok_or_else(|| "Too many decimal digits in format string".to_string())
            })
        };
        if let Some(w) = digits(&mut i) {
            s.width = w?;
        }
        let both = || "Cannot specify both ',' and '_'.".to_string();
        if at(i, ',') {
            s.grouping = Some(',');
            i += 1;
        }
        if at(i, '_') {
            if s.grouping.is_some() {
                return Err(both());
            }
            s.grouping = Some('_');
            i += 1;
        }
        if at(i, ',') {
            return Err(both());
        }
        if at(i, '.') {
            i += 1;
            match digits(&mut i) {
                Some(p) => s.precision = Some(p?),
                None => return Err("Format specifier missing precision".into()),
            }
        }
        if chars.len() - i > 1 {
            return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
        }
        s.kind = chars.get(i).copied();
        if let Some(sep) = s.grouping {
            let fits = match s.kind {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => sep == '_',
                _ => false,
            };
            if !fits {
                let kind = s.kind.unwrap_or('?');
                return Err(if (' '..='~').contains(&kind) {
                    format!("Cannot specify '{sep}' with '{kind}'.")
                } else {
                    format!("Cannot specify '{sep}' with '\\x{:x}'.", kind as u32)
                });
            }
        }
        Ok(s)
    }

    /// Why a str cannot be formatted with this spec, in CPython's order of checks.
    pub fn refused_for_str(&self) -> Option<String> {
        Some(match self.kind {
            Some(k) if k != 's' => format!("Unknown format code '{k}' for object of type 'str'"),
            _ if self.sign == ' ' => "Space not allowed in string format specifier".into(),
            _ if self.sign != '\0' => "Sign not allowed in string format specifier".into(),
            _ if self.no_neg_0 => "Negative zero coercion (z) not allowed in string format specifier".into(),
            _ if self.alternate => "Alternate form (#) not allowed in string format specifier".into(),
            _ if self.align == Some('=') => "'=' alignment not allowed in string format specifier".into(),
            _ => return None,
        })
    }

    /// `digits` grouped by `sep` every `every`, then `rest` (a float's fraction). Zero padding
    /// after the sign (`0` fill, `=` alignment) pads inside the grouping, separators and all:
    /// `format(1234, '09,d')` is `0,001,234`. `lead` is the width of the sign and prefix.
    pub fn grouped_with_padding(
        &self,
        digits: &str,
        rest: &str,
        sep: char,
        every: usize,
        lead: usize,
    ) -> String {
        let mut grouped = group(digits, sep, every);
        if self.fill == '0' && self.number_align() == '=' {
            let want = self.width.saturating_sub(lead + rest.chars().count());
            let mut padded = digits.to_string();
            while grouped.chars().count() < want {
                padded.insert(0, '0');
                grouped = group(&padded, sep, every);
            }
        }
        grouped + rest
    }

    /// A number's alignment: the one given, else after the sign with the `0` flag, else right.
    fn number_align(&self) -> char {
        self.align.unwrap_or(if self.zero { '=' } else { '>' })
    }

    /// Pads text to the width; `default` is the alignment when none is given.
    pub fn pad(&self, text: &str, default: char) -> String {
        let len = text.chars().count();
        if len >= self.width {
            return text.to_string();
        }
        let n = self.width - len;
        let fill = |k: usize| self.fill.to_string().repeat(k);
        match self.align.unwrap_or(default) {
            '>' | '=' => format!("{}{text}", fill(n)),
            '^' => format!("{}{text}{}", fill(n / 2), fill(n - n / 2)),
            _ => format!("{text}{}", fill(n)),
        }
    }

    fn pad_number(&self, sign: &str, prefix: &str, digits: &str) -> String {
        let len = sign.len() + prefix.len() + digits.chars().count();
        let align = self.number_align();
        let fill = self.fill;
        if len >= self.width {
            return format!("{sign}{prefix}{digits}");
        }
        let n = self.width - len;
        let f = |k: usize| fill.to_string().repeat(k);
        match align {
            '=' => format!("{sign}{prefix}{}{digits}", f(n)),
            '<' => format!("{sign}{prefix}{digits}{}", f(n)),
            '^' => format!("{}{sign}{prefix}{digits}{}", f(n / 2), f(n - n / 2)),
            _ => format!("{}{sign}{prefix}{digits}", f(n)),
        }
    }
}
