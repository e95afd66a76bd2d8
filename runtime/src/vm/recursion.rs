//! How deep Python calls nest, as a part of the VM: against `sys.getrecursionlimit()` and
//! against the native stack, which a script cannot raise with the limit.

#[derive(Clone)]
pub struct Recursion {
    /// Python frames (and reprs) running now.
    pub(crate) depth: usize,
    /// `sys.setrecursionlimit`.
    pub(crate) limit: usize,
    /// How many bytes of the native stack Python frames may use, whatever the recursion limit
    /// (a script may raise the limit; the thread's stack does not grow with it). Hosts running
    /// the interpreter on a thread with a known stack size set this to a little less.
    pub(crate) stack_budget: usize,
    /// The stack address where the outermost running frame began.
    pub(crate) stack_base: usize,
    /// The lowest stack address a Python frame may begin at: `stack_budget` below the base,
    /// and never within `STACK_MARGIN` of the thread's end. Worked out once per outermost
    /// frame, so that each call and generator resume compares one address. Zero: not known
    /// yet (the next frame works it out).
    pub(crate) stack_floor: usize,
    /// Frames the evaluation loop runs without native recursion (`frame_run`), all loops
    /// together: they cost memory, not native stack, and are bounded on their own so that a
    /// script that raises the recursion limit gets a `RecursionError`, not the memory of a
    /// few hundred bytes times the limit.
    pub(crate) loop_frames: usize,
}

/// At most this many frames run in the loop at once (a few hundred bytes each): far above
/// the default recursion limit, as deep as a script that raises it usually goes.
pub(crate) const MAX_LOOP_FRAMES: usize = 200_000;

impl Default for Recursion {
    fn default() -> Recursion {
        Recursion {
            depth: 0,
            limit: 1000,
            stack_budget: 6 * 1024 * 1024,
            stack_base: 0,
            stack_floor: 0,
            loop_frames: 0,
        }
    }
}

/// Below this much native stack left on the thread, Python code and the native recursion of
/// reprs, comparisons and hashing raise `RecursionError`: room for what runs between two
/// checks (an evaluation loop's frame is large in a debug build) and for reporting the error.
const STACK_MARGIN: usize = 128 * 1024;

impl Recursion {
    /// The outermost frame begins at `sp`: where the stack budget and the thread's own stack
    /// end, seen from there.
    pub(crate) fn set_base(&mut self, sp: usize) {
        self.stack_base = sp;
        let mut floor = sp.saturating_sub(self.stack_budget);
        if let Some(left) = stacker::remaining_stack() {
            floor = floor.max(sp.saturating_sub(left).saturating_add(STACK_MARGIN));
        }
        self.stack_floor = floor.max(1);
    }
}

/// Whether the current thread's stack is nearly used up (false where that cannot be known).
pub(crate) fn stack_low() -> bool {
    stacker::remaining_stack().is_some_and(|left| left < STACK_MARGIN)
}
