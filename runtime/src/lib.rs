//! Reap's runtime. The heap, compiler and VM arrive with the runtime-core issue; for now the crate
//! only re-exports the front end so the `reap` binary has one place to depend on.

pub use reap_lang as lang;
