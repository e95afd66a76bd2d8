//! Byte accounting for the heap-size limit: a global allocator that counts, per thread, the
//! bytes allocated minus those freed. A host (and the `reap` binary) installs it with
//! `#[global_allocator] static A: reap_runtime::embed::alloc::Counting = Counting;`; an
//! interpreter then measures what a call adds on its thread. Without it the limit is not
//! enforced (`Counting::installed()` says which).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Counting;

thread_local! {
    static NET: Cell<isize> = const { Cell::new(0) };
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

fn add(n: isize) {
    // During thread teardown the counter may be gone: nothing to count then.
    let _ = NET.try_with(|c| c.set(c.get().wrapping_add(n)));
}

// SAFETY: every method forwards to the system allocator with the caller's layout and pointer
// unchanged; the counting touches only a thread-local integer (const-initialised, so it never
// allocates and cannot recurse into the allocator).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        add(layout.size() as isize);
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        add(layout.size() as isize);
        // SAFETY: as `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        add(-(layout.size() as isize));
        // SAFETY: `ptr` was allocated by this allocator (so by `System`) with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        add(new_size as isize - layout.size() as isize);
        // SAFETY: `ptr`/`layout` come from this allocator; `new_size` is the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

impl Counting {
    /// Whether this allocator is the process's (it has counted an allocation).
    pub fn installed() -> bool {
        INSTALLED.load(Ordering::Relaxed) || {
            let before = thread_net_bytes();
            let probe = vec![0u8; 64];
            std::hint::black_box(&probe);
            let on = thread_net_bytes() != before;
            drop(probe);
            if on {
                INSTALLED.store(true, Ordering::Relaxed);
            }
            on
        }
    }
}

/// Bytes this thread has allocated minus freed, since it started.
pub fn thread_net_bytes() -> isize {
    NET.try_with(Cell::get).unwrap_or(0)
}
