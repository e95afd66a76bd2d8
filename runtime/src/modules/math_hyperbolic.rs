//! The inverse hyperbolic functions as the C library computes them (the classic fdlibm
//! formulas over `log`/`log1p`), so that `math.asinh` and friends agree with CPython's to the
//! last bit: Rust's own `f64::asinh` uses other formulas and differs in the last place for a
//! few inputs in a hundred.

const LN2: f64 = std::f64::consts::LN_2;
/// 2^28: beyond it `x*x + 1` is `x*x` and the result is `log(2|x|)`.
const HUGE: f64 = 268_435_456.0;
/// 2^-28: below it the result is `x` itself.
const TINY: f64 = 3.725_290_298_461_914e-9;

pub(super) fn asinh(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let a = x.abs();
    if a < TINY {
        return x;
    }
    let w = if a > HUGE {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

pub(super) fn acosh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if x >= HUGE {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

pub(super) fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() {
        return x;
    }
    if a >= 1.0 {
        return f64::NAN;
    }
    if a < TINY {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    t.copysign(x)
}
