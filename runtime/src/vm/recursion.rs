//! How deep Python calls nest, as a part of the VM: against `sys.getrecursionlimit()` and
//! against the native stack, which a script cannot raise with the limit.

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
}

impl Default for Recursion {
    fn default() -> Recursion {
        Recursion { depth: 0, limit: 1000, stack_budget: 6 * 1024 * 1024, stack_base: 0 }
    }
}
