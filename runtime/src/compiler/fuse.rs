//! Superinstructions: the commonest pairs of instructions become one, as CPython 3.11's
//! `LOAD_FAST__LOAD_FAST` and friends, to save a dispatch (an indirect jump the processor often
//! mispredicts) and a push and pop between them. The fused instruction replaces the first of
//! the pair only; the second stays, so jumps and the instruction-to-position table are
//! unchanged. The fused instruction raises at the position of the half that fails.

use crate::object::code::Instr;

/// Fuses the pairs in `instrs` in place, left to right; an instruction is the first of at most
/// one pair, and the second of a pair can still start the next one (`a.x` after `b = ...`).
pub(super) fn fuse(instrs: &mut [Instr]) {
    for i in 0..instrs.len().saturating_sub(1) {
        let Some(fused) = fused(instrs[i], instrs[i + 1]) else { continue };
        // `b = ...; b.x`: the load is better fused with the attribute it reads, which then
        // needs no reference or stack slot for `b`, than with the store before it.
        if matches!(fused, Instr::StoreFastLoadFast(..))
            && let Some(&next) = instrs.get(i + 2)
            && matches!(
                self::fused(instrs[i + 1], next),
                Some(Instr::LoadFastAttr(..) | Instr::LoadFastMethod(..))
            )
        {
            continue;
        }
        instrs[i] = fused;
    }
}

fn fused(first: Instr, second: Instr) -> Option<Instr> {
    let narrow = |n: u32| u16::try_from(n).ok();
    Some(match (first, second) {
        (Instr::LoadFast(a), Instr::LoadAttr(b)) => Instr::LoadFastAttr(narrow(a)?, narrow(b)?),
        (Instr::LoadFast(a), Instr::LoadMethod(b)) => Instr::LoadFastMethod(narrow(a)?, narrow(b)?),
        (Instr::LoadFast(a), Instr::LoadFast(b)) => Instr::LoadFast2(narrow(a)?, narrow(b)?),
        (Instr::StoreFast(a), Instr::LoadFast(b)) => Instr::StoreFastLoadFast(narrow(a)?, narrow(b)?),
        (Instr::LoadFast(a), Instr::LoadConst(b)) => Instr::LoadFastConst(narrow(a)?, narrow(b)?),
        (Instr::LoadConst(a), Instr::Return) => Instr::ReturnConst(a),
        (Instr::LoadFast(a), Instr::Return) => Instr::ReturnFast(a),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_fuse_and_their_second_halves_stay() {
        let mut code = [Instr::LoadFast(0), Instr::LoadAttr(3), Instr::StoreFast(1), Instr::LoadFast(1)];
        fuse(&mut code);
        assert_eq!(
            code,
            [
                Instr::LoadFastAttr(0, 3),
                Instr::LoadAttr(3),
                Instr::StoreFastLoadFast(1, 1),
                Instr::LoadFast(1)
            ]
        );
    }

    #[test]
    fn a_variable_stored_then_read_for_an_attribute_fuses_with_the_attribute() {
        let mut code = [Instr::StoreFast(1), Instr::LoadFast(1), Instr::LoadAttr(0), Instr::StoreFast(2)];
        fuse(&mut code);
        assert_eq!(
            code,
            [Instr::StoreFast(1), Instr::LoadFastAttr(1, 0), Instr::LoadAttr(0), Instr::StoreFast(2)]
        );
    }

    #[test]
    fn a_second_half_can_start_the_next_pair() {
        let mut code = [Instr::LoadFast(0), Instr::LoadFast(1), Instr::LoadMethod(2)];
        fuse(&mut code);
        assert_eq!(code, [Instr::LoadFast2(0, 1), Instr::LoadFastMethod(1, 2), Instr::LoadMethod(2)]);
    }

    #[test]
    fn a_return_takes_its_value_with_it() {
        let mut code = [Instr::LoadConst(0), Instr::Return, Instr::LoadFast(2), Instr::Return];
        fuse(&mut code);
        assert_eq!(code, [Instr::ReturnConst(0), Instr::Return, Instr::ReturnFast(2), Instr::Return]);
    }

    #[test]
    fn operands_too_wide_for_the_pair_stay_apart() {
        let mut code = [Instr::LoadFast(70_000), Instr::LoadAttr(0), Instr::Pop];
        fuse(&mut code);
        assert_eq!(code, [Instr::LoadFast(70_000), Instr::LoadAttr(0), Instr::Pop]);
    }
}
