//! `math.erf`, `math.erfc`, `math.gamma` and `math.lgamma`, with CPython's results to the bit.
//!
//! CPython 3.11 takes `erf` and `erfc` from the C library, and computes `gamma` and `lgamma`
//! itself with Lanczos' approximation. Both are reproduced here operation for operation: the
//! order of a floating-point evaluation decides the last bit, so the polynomials below are
//! evaluated in the grouping glibc uses (pairs of terms, then powers of `z`), and `exp`,
//! `pow`, `log`, `sin` and `cos` are Rust's, which call the same C library.
//!
//! The `erf` coefficients are fdlibm's, whose notice asks to be kept:
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunPro, a
//! Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice is preserved.
//!
//! The Lanczos coefficients (`g` = 6.024680040776729583740234375, 13 terms) are Boost's, as
//! CPython's are.

// The coefficients are written with the digits they were published with (each parses to the
// same double as its shortest form), so that they can be checked against their sources.
#![allow(clippy::excessive_precision)]

use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// What the C library would have put in `errno`: CPython turns it into an exception.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    None,
    /// A domain error: `ValueError`.
    Dom,
    /// A range error: `OverflowError`, unless the result is small (an underflow).
    Range,
}

/// `erf`'s value at 0.84375's neighbourhood, rounded to a float: `erf(1) - erx` is small.
const ERX: f64 = 8.450_629_115_104_675_292_97e-1;
const EFX: f64 = 1.283_791_670_955_125_863_16e-1;
/// erf on [0, 0.84375]: `x + x * P(x²) / Q(x²)`.
const PP: [f64; 5] = [
    1.283_791_670_955_125_585_61e-1,
    -3.250_421_072_470_014_993_70e-1,
    -2.848_174_957_559_851_047_66e-2,
    -5.770_270_296_489_441_591_57e-3,
    -2.376_301_665_665_016_260_84e-5,
];
const QQ: [f64; 6] = [
    0.0,
    3.979_172_239_591_553_528_19e-1,
    6.502_224_998_876_729_444_85e-2,
    5.081_306_281_875_765_627_76e-3,
    1.324_947_380_043_216_445_26e-4,
    -3.960_228_278_775_368_123_20e-6,
];
/// erf on [0.84375, 1.25]: `erx + P(s) / Q(s)`, `s = |x| - 1`.
const PA: [f64; 7] = [
    -2.362_118_560_752_659_440_77e-3,
    4.148_561_186_837_483_316_66e-1,
    -3.722_078_760_357_013_238_47e-1,
    3.183_466_199_011_617_536_74e-1,
    -1.108_946_942_823_966_774_76e-1,
    3.547_830_432_561_823_593_71e-2,
    -2.166_375_594_868_790_843_00e-3,
];
const QA: [f64; 7] = [
    0.0,
    1.064_208_804_008_442_282_86e-1,
    5.403_979_177_021_710_489_37e-1,
    7.182_865_441_419_626_628_68e-2,
    1.261_712_198_087_616_421_12e-1,
    1.363_708_391_202_905_073_62e-2,
    1.198_449_984_679_910_741_70e-2,
];
/// erfc on [1.25, 1/0.35]: `exp(-x² - 0.5625 + R(1/x²) / S(1/x²)) / x`.
const RA: [f64; 8] = [
    -9.864_944_034_847_148_227_05e-3,
    -6.938_585_727_071_817_643_72e-1,
    -1.055_862_622_532_329_098_14e1,
    -6.237_533_245_032_600_603_96e1,
    -1.623_966_694_625_734_703_55e2,
    -1.846_050_929_067_110_359_94e2,
    -8.128_743_550_630_659_342_46e1,
    -9.814_329_344_169_145_485_92,
];
const SA: [f64; 9] = [
    0.0,
    1.965_127_166_743_925_712_92e1,
    1.376_577_541_435_190_426_00e2,
    4.345_658_774_752_292_288_21e2,
    6.453_872_717_332_678_803_36e2,
    4.290_081_400_275_678_333_86e2,
    1.086_350_055_417_794_351_34e2,
    6.570_249_770_319_281_701_35,
    -6.042_441_521_485_809_874_38e-2,
];
/// erfc on [1/0.35, 28].
const RB: [f64; 7] = [
    -9.864_942_924_700_099_285_97e-3,
    -7.992_832_376_805_230_065_74e-1,
    -1.775_795_491_775_475_198_89e1,
    -1.606_363_848_558_219_160_62e2,
    -6.375_664_433_683_896_277_22e2,
    -1.025_095_131_611_077_249_54e3,
    -4.835_191_916_086_513_970_19e2,
];
const SB: [f64; 8] = [
    0.0,
    3.033_806_074_348_245_829_24e1,
    3.257_925_129_965_739_188_26e2,
    1.536_729_586_084_436_959_94e3,
    3.199_858_219_508_595_539_08e3,
    2.553_050_406_433_164_425_83e3,
    4.745_285_412_069_553_672_15e2,
    -2.244_095_244_658_581_833_62e1,
];
const TINY: f64 = 1e-300;

/// The high 32 bits of `x`'s representation, without the sign: how fdlibm picks a range.
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// `x * (P(z) / Q(z))` on [0, 0.84375], the ratio in pairs and powers of `z = x²`.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let (r1, z2) = (PP[0] + z * PP[1], z * z);
    let (r2, z4) = (PP[2] + z * PP[3], z2 * z2);
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `P(s) / Q(s)` on [0.84375, 1.25].
fn near_one_ratio(ax: f64) -> f64 {
    let s = ax - 1.0;
    let (p1, s2) = (PA[0] + s * PA[1], s * s);
    let (q1, s4) = (1.0 + s * QA[1], s2 * s2);
    let (p2, s6) = (PA[2] + s * PA[3], s4 * s2);
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// `exp(-x² - 0.5625 + R/S)`, the tail both functions share, for `ax` in [1.25, 28);
/// `high` is `ax`'s high word, which picks the approximation.
fn tail(ax: f64, high: u32, first_cut: u32) -> f64 {
    let s = 1.0 / (ax * ax);
    let (r, q) = if high < first_cut {
        let (r1, s2) = (RA[0] + s * RA[1], s * s);
        let (q1, s4) = (1.0 + s * SA[1], s2 * s2);
        let (r2, s6) = (RA[2] + s * RA[3], s4 * s2);
        let (q2, s8) = (SA[2] + s * SA[3], s4 * s4);
        let r3 = RA[4] + s * RA[5];
        let q3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let q4 = SA[6] + s * SA[7];
        (r1 + s2 * r2 + s4 * r3 + s6 * r4, q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8])
    } else {
        let (r1, s2) = (RB[0] + s * RB[1], s * s);
        let (q1, s4) = (1.0 + s * SB[1], s2 * s2);
        let (r2, s6) = (RB[2] + s * RB[3], s4 * s2);
        let q2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let q3 = SB[4] + s * SB[5];
        let q4 = SB[6] + s * SB[7];
        (r1 + s2 * r2 + s4 * r3 + s6 * RB[6], q1 + s2 * q2 + s4 * q3 + s6 * q4)
    };
    // `z` is `ax` with its low 32 bits cleared, so `z * z` is exact.
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / q).exp()
}

fn erf(x: f64) -> f64 {
    let high = high_word(x);
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return 1f64.copysign(x);
    }
    if high < 0x3feb_0000 {
        if high < 0x3e30_0000 {
            if high < 0x0080_0000 {
                // Scaled up first, so that a subnormal x keeps its bits.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if high < 0x3ff4_0000 {
        let r = near_one_ratio(x.abs());
        return if x >= 0.0 { ERX + r } else { -ERX - r };
    }
    if high >= 0x4018_0000 {
        return if x >= 0.0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let r = tail(ax, high, 0x4006_db6e);
    if x >= 0.0 { 1.0 - r / ax } else { r / ax - 1.0 }
}

fn erfc(x: f64) -> f64 {
    let high = high_word(x);
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return if x > 0.0 { 0.0 } else { 2.0 };
    }
    if high < 0x3feb_0000 {
        if high < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x);
        if x < 0.25 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if high < 0x3ff4_0000 {
        let r = near_one_ratio(x.abs());
        return if x >= 0.0 { (1.0 - ERX) - r } else { 1.0 + (ERX + r) };
    }
    if high < 0x403c_0000 {
        if x < 0.0 && high >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = tail(ax, high, 0x4006_db6d);
        return if x > 0.0 { r / ax } else { 2.0 - r / ax };
    }
    if x > 0.0 { TINY * TINY } else { 2.0 - TINY }
}

const PI: f64 = std::f64::consts::PI;
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
/// The denominator's coefficients: `x (x+1) ... (x+11)` expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Lanczos' rational sum for positive `x`: in powers of `1/x` from 5 on, where the powers
/// of `x` would overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, reduced first so that the multiplication by pi loses
/// nothing.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn gamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { (x, Errno::None) } else { (f64::NAN, Errno::Dom) };
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            // (x - 1)! exactly.
            return ((1..x as u64).fold(1.0, |acc, k| acc * k as f64), Errno::None);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Errno::Range } else { Errno::None });
    }
    if ax > 200.0 {
        return if x < 0.0 { (0.0 / sin_pi(x), Errno::None) } else { (f64::INFINITY, Errno::Range) };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The rounding error of `y`, scaled: the correction keeps the last bits.
    let z = if ax > LANCZOS_G_MINUS_HALF {
        (y - ax) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - ax
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::None })
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { (f64::INFINITY, Errno::Dom) } else { (0.0, Errno::None) };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return (-ax.ln(), Errno::None);
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::None })
}

/// Calls `f` on the one argument, raising what CPython's `math_1` raises for its `errno`.
fn apply(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    crate::vm::args::arity_in(vm, "math", name, args, 1, 1)?;
    let x = super::math::float_arg(vm, args[0])?;
    match f(x) {
        (_, Errno::Dom) => Err(vm.new_exc(ExcKind::ValueError, "math domain error")),
        // A range error with a small result is an underflow, which CPython lets pass.
        (r, Errno::Range) if r.abs() >= 1.5 => Err(vm.new_exc(ExcKind::OverflowError, "math range error")),
        (r, _) => Ok(Value::Float(r)),
    }
}

pub(crate) fn math_erf(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    apply(vm, args, "erf", |x| (erf(x), Errno::None))
}

pub(crate) fn math_erfc(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    apply(vm, args, "erfc", |x| (erfc(x), Errno::None))
}

pub(crate) fn math_gamma(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    apply(vm, args, "gamma", gamma)
}

pub(crate) fn math_lgamma(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    apply(vm, args, "lgamma", lgamma)
}
