//! A Python value as the VM handles it: 16 bytes, copied freely. Small integers and floats are
//! immediate; everything else is a reference into the heap, whose count the VM maintains.

/// A reference to an object in the heap: the index of its slot.
///
/// Debug builds also carry the slot's generation (how many objects the slot had held before
/// this one), so that the heap can tell an id kept past its object's death from the id of the
/// object now in the slot: such a use is a reference-counting bug that a reused slot would
/// otherwise hide. Release builds leave it out, as every `Value` and container pays for the
/// size of an id.
///
/// The slot is stored plus one, so that `Option<ObjId>` is an id's size and `None` has no
/// payload left uninitialised: code comparing a maybe-absent id (a builtin's owner) would
/// otherwise read those bytes, harmlessly for the program but not for memcheck.
#[derive(Clone, Copy)]
pub struct ObjId(
    /// The slot, plus one.
    std::num::NonZeroU32,
    /// Debug builds: the slot's generation.
    #[cfg(debug_assertions)]
    pub(crate) u32,
);

impl ObjId {
    /// The id of the object in `slot` (in debug builds, its `generation`-th).
    #[inline]
    pub(crate) fn new(slot: u32, #[cfg(debug_assertions)] generation: u32) -> ObjId {
        let raw = std::num::NonZeroU32::new(slot.wrapping_add(1)).expect("heap slots fit below u32::MAX");
        ObjId(
            raw,
            #[cfg(debug_assertions)]
            generation,
        )
    }

    /// The slot, as the heap's tables are indexed.
    #[inline]
    pub fn index(self) -> usize {
        self.slot() as usize
    }

    #[inline]
    pub fn slot(self) -> u32 {
        self.0.get() - 1
    }
}

// An object is its slot: the generation is a witness for the heap's checks, not part of the
// identity, so that maps and orders keyed by ids behave in debug builds as in release ones.
impl PartialEq for ObjId {
    #[inline]
    fn eq(&self, other: &ObjId) -> bool {
        self.0 == other.0
    }
}

impl Eq for ObjId {}

impl std::hash::Hash for ObjId {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialOrd for ObjId {
    #[inline]
    fn partial_cmp(&self, other: &ObjId) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ObjId {
    #[inline]
    fn cmp(&self, other: &ObjId) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl std::fmt::Debug for ObjId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ObjId({})", self.slot())
    }
}

// The tag is a whole word, so a value is two words: the compiler copies it as two 8-byte moves
// that each read back what one store wrote. With a byte tag it copied bytes 1..9 and 8..16,
// loads that straddle two earlier stores and stall the pipeline (store forwarding fails)
// on every push and pop: 12-18% of pyperformance's time.
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits 64 bits; larger ones are `Object::BigInt` in the heap.
    Int(i64),
    Float(f64),
    Obj(ObjId),
}

impl Value {
    #[inline]
    pub fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(id),
            _ => None,
        }
    }

    /// `a is b`.
    #[inline(always)]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ObjId, Value};

    #[test]
    fn release_ids_are_four_bytes_and_values_sixteen_in_every_build() {
        let id = if cfg!(debug_assertions) { 8 } else { 4 };
        assert_eq!(std::mem::size_of::<ObjId>(), id);
        assert_eq!(std::mem::size_of::<Option<ObjId>>(), id);
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[cfg(debug_assertions)]
    #[test]
    fn ids_of_one_slot_are_one_object_whatever_their_generation() {
        let old = ObjId::new(3, 0);
        let new = ObjId::new(3, 1);
        assert_eq!(old, new);
        assert_ne!(old, ObjId::new(4, 0));
        assert!(old < ObjId::new(4, 0));
        assert_eq!(format!("{new:?}"), "ObjId(3)");
    }
}
