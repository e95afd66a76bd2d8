//! Traceback objects' attributes: `exc.__traceback__` makes one from the exception's recorded
//! traceback as it stands, `tb_next` one a level further in, and `tb_lineno`, `tb_lasti` and
//! `tb_frame` read its own level.

use std::sync::Arc;

use crate::object::{Object, TracebackEntry};
use crate::value::{ObjId, Value};

use super::Vm;

impl Vm {
    /// `exc.__traceback__` and the `tb_*` attributes of traceback objects (new references).
    pub fn traceback_attr(&mut self, id: ObjId, key: &str) -> Option<Value> {
        match (self.heap.get(id), key) {
            (Object::Instance(i), "__traceback__") if i.exc().is_some() => {
                let entries: Arc<[TracebackEntry]> = Arc::from(i.exc()?.traceback.as_slice());
                Some(self.new_traceback(entries))
            }
            (Object::Traceback { entries }, "tb_next") => {
                let entries = Arc::clone(entries);
                match entries.len() {
                    0 | 1 => Some(Value::None),
                    n => Some(self.new_traceback(Arc::from(&entries[..n - 1]))),
                }
            }
            (Object::Traceback { entries }, "tb_lineno") => {
                let e = entries.last()?;
                Some(Value::Int(i64::from(
                    e.code.spans.get(e.ip).map_or(e.code.first_line, |s| s.start.line),
                )))
            }
            // Two per instruction, as CPython's code units count; -1 for a frame that never
            // started (CPython's is at its first instruction, on the `def` line: the
            // `traceback` module then shows that line, unmarked, as it does for -1).
            (Object::Traceback { entries }, "tb_lasti") => {
                let e = entries.last()?;
                Some(Value::Int(if e.ip == usize::MAX { -1 } else { e.ip as i64 * 2 }))
            }
            (Object::Traceback { entries }, "tb_frame") => {
                let frame = entries.last()?.frame;
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

    /// A traceback object over these levels (None for no levels), holding their frames.
    fn new_traceback(&mut self, entries: Arc<[TracebackEntry]>) -> Value {
        if entries.is_empty() {
            return Value::None;
        }
        for f in entries.iter().filter_map(|e| e.frame) {
            self.heap.incref(f);
        }
        self.alloc(Object::Traceback { entries })
    }
}
