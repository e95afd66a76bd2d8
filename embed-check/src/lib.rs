//! Nothing here: the crate exists for its tests (`tests/`), which use Reap from outside.
