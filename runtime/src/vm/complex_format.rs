//! `format(z, spec)` for complex numbers, as CPython's: both parts formatted as floats with the
//! spec's type and precision, the imaginary one always signed and followed by `j`; without a
//! type, the parts as `str` shows them, in parentheses unless the real part is a plain zero.

use crate::object::exc_kind::ExcKind;
use crate::vm::format_spec::Spec;
use crate::vm::repr::complex_repr;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub(crate) fn format_complex(&mut self, re: f64, im: f64, spec: &Spec) -> PyResult<String> {
        // CPython's order: zero padding, then `=`, then the type.
        if spec.fill == '0' {
            return Err(
                self.new_exc(ExcKind::ValueError, "Zero padding is not allowed in complex format specifier")
            );
        }
        if spec.align == Some('=') {
            let msg = "'=' alignment flag is not allowed in complex format specifier";
            return Err(self.new_exc(ExcKind::ValueError, msg));
        }
        if let Some(c) = spec.kind.filter(|c| !"eEfFgGn".contains(*c)) {
            let msg = format!("Unknown format code '{c}' for object of type 'complex'");
            return Err(self.new_exc(ExcKind::ValueError, &msg));
        }
        let no_type = spec.kind.is_none();
        if no_type
            && spec.precision.is_none()
            && matches!(spec.sign, '\0' | '-')
            && spec.grouping.is_none()
            && !spec.no_neg_0
        {
            return Ok(spec.pad(&complex_repr(re, im), '>'));
        }
        let skip_real = no_type && re == 0.0 && !re.is_sign_negative();
        let part = |sign: char| Spec {
            fill: ' ',
            align: None,
            sign,
            no_neg_0: spec.no_neg_0,
            alternate: spec.alternate,
            zero: false,
            width: 0,
            grouping: spec.grouping,
            precision: spec.precision,
            kind: Some(spec.kind.unwrap_or('g')),
        };
        let imag_sign = if skip_real { spec.sign } else { '+' };
        let imag = self.format_float(im, &part(imag_sign))?;
        let body = if skip_real {
            format!("{imag}j")
        } else {
            let real = self.format_float(re, &part(spec.sign))?;
            if no_type { format!("({real}{imag}j)") } else { format!("{real}{imag}j") }
        };
        Ok(spec.pad(&body, '>'))
    }
}
