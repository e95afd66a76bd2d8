//! A slice resolved against a sequence's length, as plain numbers: what the `slice` type,
//! the sequences' subscripts and the evaluation loop's fused slice instructions share.

/// A slice resolved against a sequence's length (CPython's `PySlice_AdjustIndices`): the
/// positions it selects are `start`, `start + step`, ... (`len` of them).
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceBounds {
    /// `start:stop:step` (each `None` when left out) over `len` items, or `None` for a step of
    /// zero, which the caller reports.
    pub fn resolve(
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
        len: usize,
    ) -> Option<SliceBounds> {
        // CPython keeps the step within ±PY_SSIZE_T_MAX so that it can be negated.
        let step = step.map_or(1, |s| s.max(-i64::MAX));
        if step == 0 {
            return None;
        }
        let n = len as i64;
        let adjust = |i: i64| {
            if i < 0 {
                let i = i.saturating_add(n);
                if i < 0 { if step < 0 { -1 } else { 0 } } else { i }
            } else if i >= n {
                if step < 0 { n - 1 } else { n }
            } else {
                i
            }
        };
        let start = start.map_or(if step < 0 { n - 1 } else { 0 }, adjust);
        let stop = stop.map_or(if step < 0 { -1 } else { n }, adjust);
        let count = if step < 0 {
            if stop < start { (start - stop - 1) / -step + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Some(SliceBounds { start, stop, step, len: count as usize })
    }

    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The selected positions as one ascending range, when the step is 1 or -1.
    pub fn contiguous(self) -> Option<std::ops::Range<usize>> {
        match self.step {
            1 => Some(self.start as usize..self.start as usize + self.len),
            -1 if self.len > 0 => Some((self.start as usize + 1 - self.len)..self.start as usize + 1),
            _ => None,
        }
    }
}
