//! Reap's runtime: a reference-counted heap that each interpreter owns, a compiler from the
//! front end's AST to bytecode, the VM that runs it, the object model and builtins.
//!
//! Its public API is [`Interpreter`] and [`embed`] (making one with [`embed::Builder`],
//! converting values, host functions and objects, limits); [`value::Value`] is a script value
//! as a host sees it, and [`lang`] the front end. The rest is internal: start reading at
//! [`Interpreter`], then `vm/eval.rs` (the loop) and `heap/mod.rs` (ownership).

pub(crate) mod compiler;
pub mod embed;
pub(crate) mod heap;
pub(crate) mod modules;
pub(crate) mod object;
pub(crate) mod types;
pub mod value;
pub(crate) mod vm;

pub use embed::interpreter::{Interactive, Interpreter};
pub use reap_lang as lang;
