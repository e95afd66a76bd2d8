//! Traceback objects' attributes: `exc.__traceback__` makes one per level of the exception's
//! recorded traceback, and `tb_next`, `tb_lineno`, `tb_lasti` and `tb_frame` read that level.

use crate::object::Object;
use crate::value::{ObjId, Value};

use super::Vm;

impl Vm {
    /// `exc.__traceback__` and the `tb_*` attributes of traceback objects (new references).
    pub fn traceback_attr(&mut self, id: ObjId, key: &str) -> Option<Value> {
        let depth = |vm: &Vm, exc: ObjId| match vm.heap.get(exc) {
            Object::Instance(i) => i.exc().map_or(0, |e| e.traceback.len()),
            _ => 0,
        };
        match (self.heap.get(id), key) {
            (Object::Instance(i), "__traceback__") if i.exc().is_some() => {
                if depth(self, id) == 0 {
                    return None;
                }
                self.heap.incref(id);
                Some(self.alloc(Object::Traceback { exc: id, level: 0 }))
            }
            (Object::Traceback { exc, level }, "tb_next") => {
                let (exc, level) = (*exc, *level);
                if level + 1 >= depth(self, exc) {
                    return Some(Value::None);
                }
                self.heap.incref(exc);
                Some(self.alloc(Object::Traceback { exc, level: level + 1 }))
            }
            (Object::Traceback { exc, level }, "tb_lineno") => {
                let (exc, level) = (*exc, *level);
                let Object::Instance(i) = self.heap.get(exc) else { return None };
                let tb = &i.exc()?.traceback;
                let e = &tb[tb.len() - 1 - level];
                Some(Value::Int(i64::from(
                    e.code.spans.get(e.ip).map_or(e.code.first_line, |s| s.start.line),
                )))
            }
            // Two per instruction, as CPython's code units count.
            (Object::Traceback { exc, level }, "tb_lasti") => {
                let (exc, level) = (*exc, *level);
                let Object::Instance(i) = self.heap.get(exc) else { return None };
                let tb = &i.exc()?.traceback;
                Some(Value::Int(tb[tb.len() - 1 - level].ip as i64 * 2))
            }
            (Object::Traceback { exc, level }, "tb_frame") => {
                let (exc, level) = (*exc, *level);
                let Object::Instance(i) = self.heap.get(exc) else { return None };
                let tb = &i.exc()?.traceback;
                let frame = tb[tb.len() - 1 - level].frame;
                Some(match frame {
                    Some(f) => {
                        self.heap.incref(f);
                        Value::Obj(f)
                    }
                    None => Value::None,
                })
            }
            (Object::Frame(_), _) => self.frame_attr(id, key),
            _ => None,
        }
    }
}
