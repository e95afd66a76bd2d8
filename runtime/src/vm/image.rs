//! A copy of a VM that has been set up but has run nothing: builtin types, builtin functions,
//! the modules made at start. Building those takes most of the cost of a new interpreter
//! (thousands of objects made one by one, names interned, dicts filled); copying a finished
//! one is a few bulk copies. The embedding API keeps one set-up VM per process and starts
//! each hosted interpreter from a copy of it.

use super::inline_cache::Caches;
use super::{Vm, collect, frame_stack, host_config, io, limits, shutdown, zip_import};

impl Vm {
    /// A copy of this VM, which must have run nothing yet (no frames, handlers, finalizers,
    /// weak references or exceptions); `None` if it has, or holds an object that cannot be
    /// copied. The copy has its own streams (the process's), host settings (the defaults) and
    /// limits.
    pub fn duplicate(&self) -> Option<Vm> {
        let untouched = self.frames.running.is_empty()
            && self.exit.handlers.is_empty()
            && !self.exit.done
            && self.finalize.live() == 0
            && self.weaklists.is_empty()
            && self.handled.is_empty()
            && self.repr_stack.is_empty()
            && self.recursion.depth == 0
            && self.host.functions.is_empty();
        if !untouched {
            return None;
        }
        let mut io = io::Io::new();
        io.sources = self.io.sources.clone();
        Some(Vm {
            heap: self.heap.duplicate()?,
            frames: frame_stack::FrameStack::default(),
            exit: shutdown::ExitState::default(),
            io,
            host: host_config::HostConfig::default(),
            recursion: self.recursion.clone(),
            dealloc: collect::Dealloc::default(),
            caches: self.caches.duplicate(),
            natives: self.natives.clone(),
            slots: self.slots,
            interner: self.interner.duplicate(),
            types: self.types.clone(),
            not_implemented: self.not_implemented,
            empty_tuple: self.empty_tuple,
            ellipsis: self.ellipsis,
            builtins: self.builtins,
            modules: self.modules,
            object_extras: self.object_extras,
            handled: Vec::new(),
            int_max_str_digits: self.int_max_str_digits,
            optimize: self.optimize,
            repr_stack: Vec::new(),
            common: self.common.clone(),
            weaklists: hashbrown::HashMap::new(),
            gc_hooks: self.gc_hooks.clone(),
            asyncgen_hooks: crate::vm::asyncgen_hooks::AsyncGenHooks::default(),
            finalize: Default::default(),
            zips: zip_import::ZipArchives::default(),
            limits: limits::Limits::default(),
        })
    }
}

impl Caches {
    /// The same entries: they name objects by id, which the copy shares.
    fn duplicate(&self) -> Caches {
        Caches {
            type_epoch: self.type_epoch,
            dict_epoch: self.dict_epoch,
            hooks_changed: self.hooks_changed,
            mro: Default::default(),
            names_by_address: self.names_by_address.clone(),
            global_cache: self.global_cache.clone(),
            attr_sites: self.attr_sites.clone(),
            attr_sites_more: self.attr_sites_more.clone(),
            free_ranges: self.free_ranges.clone(),
        }
    }
}
