//! The byte strings a code object shows scripts (`co_code`, `co_linetable`, `co_lnotab`),
//! made from Reap's own instructions and source spans. Reap's bytecode is not CPython's: each
//! instruction is one two-byte code unit (its kind, then the low byte of its main operand), so
//! the offsets agree with `co_lines`, `co_positions` and `tb_lasti`, and two bodies compiled
//! alike have equal `co_code` (what scripts compare it for). The line table is in CPython
//! 3.11's format (Objects/locations.md), so tools that decode it read Reap's positions.

use super::code::{Code, Instr};

/// `co_code`: two bytes per instruction.
pub fn code_bytes(code: &Code) -> Vec<u8> {
    code.instrs
        .iter()
        .flat_map(|&i| {
            let (kind, operand) = kind_and_operand(i);
            [kind, (operand & 0xff) as u8]
        })
        .collect()
}

/// A number for each kind of instruction, in the order `Instr` declares them, and its main
/// operand.
fn kind_and_operand(instr: Instr) -> (u8, u32) {
    match instr {
        Instr::PrintExpr => (0, 0),
        Instr::Pop => (1, 0),
        Instr::Dup => (2, 0),
        Instr::Dup2 => (3, 0),
        Instr::Rot2 => (4, 0),
        Instr::Rot3 => (5, 0),
        Instr::RotN(a) => (6, a),
        Instr::MatchSequence => (7, 0),
        Instr::MatchMapping => (8, 0),
        Instr::GetLen => (9, 0),
        Instr::MatchKeys => (10, 0),
        Instr::MatchClass(a) => (11, a),
        Instr::CopyDictWithoutKeys => (12, 0),
        Instr::LoadConst(a) => (13, a),
        Instr::LoadFast(a) => (14, a),
        Instr::StoreFast(a) => (15, a),
        Instr::DeleteFast(a) => (16, a),
        Instr::LoadDeref(a) => (17, a),
        Instr::StoreDeref(a) => (18, a),
        Instr::DeleteDeref(a) => (19, a),
        Instr::LoadClosure(a) => (20, a),
        Instr::LoadGlobal(a) => (21, a),
        Instr::StoreGlobal(a) => (22, a),
        Instr::DeleteGlobal(a) => (23, a),
        Instr::LoadName(a) => (24, a),
        Instr::StoreName(a) => (25, a),
        Instr::DeleteName(a) => (26, a),
        Instr::LoadClassDeref(a) => (27, a),
        Instr::LoadAttr(a) => (28, a),
        Instr::StoreAttr(a) => (29, a),
        Instr::DeleteAttr(a) => (30, a),
        Instr::LoadMethod(a) => (31, a),
        Instr::LoadSuperMethod(a) => (32, a),
        Instr::CallSuper => (33, 0),
        Instr::CallMethod(a) => (34, a),
        Instr::LoadFastAttr(a, _) => (35, u32::from(a)),
        Instr::LoadFastMethod(a, _) => (36, u32::from(a)),
        Instr::LoadFast2(a, _) => (37, u32::from(a)),
        Instr::StoreFastLoadFast(a, _) => (38, u32::from(a)),
        Instr::LoadFastConst(a, _) => (39, u32::from(a)),
        Instr::ReturnConst(a) => (40, a),
        Instr::ReturnFast(a) => (41, a),
        Instr::Call(a) => (42, a),
        Instr::CallKw { argc, .. } => (43, u32::from(argc)),
        Instr::CallEx { kwargs, .. } => (44, u32::from(kwargs)),
        Instr::Binary(op) => (45, op as u32),
        Instr::Inplace(op) => (46, op as u32),
        Instr::Unary(op) => (47, op as u32),
        Instr::Compare(op) => (48, op as u32),
        Instr::Is(b) => (49, u32::from(b)),
        Instr::Contains(b) => (50, u32::from(b)),
        Instr::Jump(a) => (51, a),
        Instr::PopJumpIfFalse(a) => (52, a),
        Instr::PopJumpIfTrue(a) => (53, a),
        Instr::JumpIfFalseOrPop(a) => (54, a),
        Instr::JumpIfTrueOrPop(a) => (55, a),
        Instr::GetIter => (56, 0),
        Instr::ForIter(a) => (57, a),
        Instr::BuildTuple(a) => (58, a),
        Instr::BuildList(a) => (59, a),
        Instr::BuildSet(a) => (60, a),
        Instr::BuildMap(a) => (61, a),
        Instr::BuildSlice(a) => (62, a),
        Instr::ListAppend(a) => (63, a),
        Instr::ListExtend(a) => (64, a),
        Instr::SetAdd(a) => (65, a),
        Instr::SetUpdate(a) => (66, a),
        Instr::MapAdd(a) => (67, a),
        Instr::DictUpdate(a) => (68, a),
        Instr::DictMerge(a) => (69, a),
        Instr::ListToTuple => (70, 0),
        Instr::StarArgs => (71, 0),
        Instr::UnpackSequence(a) => (72, a),
        Instr::UnpackEx { before, .. } => (73, u32::from(before)),
        Instr::Subscript => (74, 0),
        Instr::StoreSubscript => (75, 0),
        Instr::DeleteSubscript => (76, 0),
        Instr::FormatValue { conversion, .. } => (77, u32::from(conversion)),
        Instr::BuildString(a) => (78, a),
        Instr::MakeFunction { code, .. } => (79, code),
        Instr::BuildClass { bases, .. } => (80, bases),
        Instr::Return => (81, 0),
        Instr::Raise(a) => (82, a),
        Instr::SetupExcept(a) => (83, a),
        Instr::SetupFinally(a) => (84, a),
        Instr::SetupWith(a) => (85, a),
        Instr::PopBlock => (86, 0),
        Instr::PopExcept => (87, 0),
        Instr::ExcMatch => (88, 0),
        Instr::Reraise => (89, 0),
        Instr::ExcStarBegin => (90, 0),
        Instr::ExcStarMatch(a) => (91, a),
        Instr::ExcStarAppend => (92, 0),
        Instr::ExcStarEnd => (93, 0),
        Instr::WithExit => (94, 0),
        Instr::WithExcept(a) => (95, a),
        Instr::ImportName { name, .. } => (96, name),
        Instr::ImportFrom(a) => (97, a),
        Instr::ImportStar => (98, 0),
        Instr::YieldValue => (99, 0),
        Instr::YieldFrom => (100, 0),
        Instr::AsyncGenWrap => (101, 0),
        Instr::GetAwaitable => (102, 0),
        Instr::GetAIter => (103, 0),
        Instr::GetANext => (104, 0),
        Instr::EndAsyncFor => (105, 0),
        Instr::BeforeAsyncWith => (106, 0),
        Instr::SetupAsyncWith(a) => (107, a),
        Instr::AsyncWithExit => (108, 0),
        Instr::AsyncWithExcept => (109, 0),
        Instr::AsyncWithExceptEnd(a) => (110, a),
        Instr::SetupAnnotations => (111, 0),
        Instr::LoadAssertionError => (112, 0),
        Instr::BinarySlice(a) => (113, a),
        Instr::StoreSlice(a) => (114, a),
    }
}

/// The line, end line, column and end column of instruction `i`, if it has a place.
fn position(code: &Code, i: usize) -> Option<(i64, i64, u32, u32)> {
    let s = code.spans.get(i).filter(|s| s.start.line > 0)?;
    Some((i64::from(s.start.line), i64::from(s.end.line), s.start.col, s.end.col))
}

/// `co_linetable`: for each run of up to eight instructions with one position, an entry in
/// CPython 3.11's location table format: a header byte (bit 7 set, a 4-bit form, the run's
/// length less one), then the line as a change from the entry before.
pub fn line_table(code: &Code) -> Vec<u8> {
    let mut out = Vec::new();
    let mut line = i64::from(code.first_line);
    let mut i = 0;
    while i < code.instrs.len() {
        let here = position(code, i);
        let mut run = 1;
        while run < 8 && i + run < code.instrs.len() && position(code, i + run) == here {
            run += 1;
        }
        let header = |form: u8| 0x80 | (form << 3) | (run as u8 - 1);
        match here {
            // Form 15: no position.
            None => out.push(header(15)),
            // Forms 10-12: on one line, 0-2 lines after the last, columns under 128.
            Some((start, end, col, end_col))
                if start == end && (0..=2).contains(&(start - line)) && col < 128 && end_col < 128 =>
            {
                out.extend([header(10 + (start - line) as u8), col as u8, end_col as u8]);
                line = start;
            }
            // Form 14, the long form: line change, line span, columns plus one.
            Some((start, end, col, end_col)) => {
                out.push(header(14));
                signed_varint(&mut out, start - line);
                varint(&mut out, (end - start).max(0) as u64);
                varint(&mut out, u64::from(col) + 1);
                varint(&mut out, u64::from(end_col) + 1);
                line = start;
            }
        }
        i += run;
    }
    out
}

/// A number in six-bit groups, lowest first, bit 6 marking that more follow.
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 64 {
        out.push(0x40 | (n & 0x3f) as u8);
        n >>= 6;
    }
    out.push(n as u8);
}

/// A signed number: its magnitude shifted left, the low bit its sign.
fn signed_varint(out: &mut Vec<u8>, n: i64) {
    let magnitude = n.unsigned_abs();
    varint(out, if n < 0 { (magnitude << 1) | 1 } else { magnitude << 1 });
}

/// `co_lnotab` (deprecated since 3.10, still there): pairs of (offset change, line change)
/// bytes wherever the line changes, long changes split over several pairs, as CPython 3.11
/// makes it from the same ranges `co_lines` gives.
pub fn lnotab(code: &Code) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut offset, mut line) = (0i64, i64::from(code.first_line));
    for i in 0..code.instrs.len() {
        let Some((start, ..)) = position(code, i) else { continue };
        if start == line {
            continue;
        }
        let (mut bytes, mut lines) = (2 * i as i64 - offset, start - line);
        while bytes > 255 {
            out.extend([255, 0]);
            bytes -= 255;
        }
        while lines > 127 {
            out.extend([bytes as u8, 127]);
            (lines, bytes) = (lines - 127, 0);
        }
        while lines < -128 {
            out.extend([bytes as u8, (-128i8) as u8]);
            (lines, bytes) = (lines + 128, 0);
        }
        out.extend([bytes as u8, lines as i8 as u8]);
        (offset, line) = (2 * i as i64, start);
    }
    out
}
