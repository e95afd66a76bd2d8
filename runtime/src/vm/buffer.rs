//! The bytes behind a bytes-like object, as the buffer protocol gives them: what the places
//! that take any bytes-like object read (a memoryview's in its items' order), and the export
//! counts that keep a viewed bytearray's size fixed.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The bytes an exporter holds: a bytes, bytearray or array, or the one a subclass's
    /// instance is (empty for anything else).
    pub(crate) fn buffer_data(&self, obj: ObjId) -> &[u8] {
        let mut id = obj;
        for _ in 0..3 {
            match self.heap.get(id) {
                Object::Bytes(b) | Object::ByteArray(b) => return b,
                Object::Array(a) => return &a.data,
                Object::Instance(i) => match i.base() {
                    Some(Value::Obj(b)) => id = b,
                    _ => return &[],
                },
                _ => return &[],
            }
        }
        &[]
    }

    /// The bytes of a live memoryview, in C order (`None` for anything else).
    pub(crate) fn view_bytes(&self, v: Value) -> Option<Vec<u8>> {
        let Some(Object::MemoryView(m)) = v.as_obj().map(|id| self.heap.get(id)) else { return None };
        let obj = m.obj?;
        Some(m.collect(self.buffer_data(obj), false))
    }

    /// A memoryview now looks at the bytearray `b`.
    pub(crate) fn export(&mut self, b: ObjId) {
        *self.dealloc.exports.entry(b).or_insert(0) += 1;
    }

    /// A memoryview of the bytearray `b` was released or freed.
    pub(crate) fn unexport(&mut self, b: ObjId) {
        if let Some(n) = self.dealloc.exports.get_mut(&b) {
            *n -= 1;
            if *n == 0 {
                self.dealloc.exports.remove(&b);
            }
        }
    }

    /// CPython's `BufferError` for resizing the array `a` while views look at it (its own
    /// message; the caller asks only when the size would change, as `array_resize`).
    pub(crate) fn check_array_resizable(&mut self, a: ObjId) -> PyResult<()> {
        if self.dealloc.exports.contains_key(&a) {
            return Err(
                self.new_exc(ExcKind::BufferError, "cannot resize an array that is exporting buffers")
            );
        }
        Ok(())
    }

    /// CPython's `BufferError` for resizing the bytearray `b` while views look at it.
    pub(crate) fn check_resizable(&mut self, b: ObjId) -> PyResult<()> {
        if self.dealloc.exports.contains_key(&b) {
            return Err(
                self.new_exc(ExcKind::BufferError, "Existing exports of data: object cannot be re-sized")
            );
        }
        Ok(())
    }
}
