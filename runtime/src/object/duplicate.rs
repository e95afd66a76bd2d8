//! Copies of the objects a freshly set-up interpreter holds (strings, dicts, classes,
//! builtins, modules...), so that a new interpreter can start from a copy of one made
//! earlier instead of building every type and module again (see `vm/image.rs`).

use super::{Attrs, ClassList, Instance, InstanceExtra, Object, TypeObj};

impl Object {
    /// A copy holding the same ids (so the same references to other objects), or `None` for
    /// a kind a fresh interpreter does not hold: it is then built the long way.
    pub fn duplicate(&self) -> Option<Object> {
        Some(match self {
            Object::Str(s) => Object::Str(s.duplicate()),
            Object::Bytes(b) => Object::Bytes(b.clone()),
            Object::BigInt(b) => Object::BigInt(b.clone()),
            Object::Tuple(items) => Object::Tuple(items.clone()),
            Object::List(items) => Object::List(items.clone()),
            Object::Dict(t) => Object::Dict(t.clone()),
            Object::Set { table, frozen } => Object::Set { table: table.clone(), frozen: *frozen },
            Object::Type(t) => Object::Type(Box::new(duplicate_type(t))),
            Object::Instance(i) => Object::Instance(duplicate_instance(i)?),
            Object::Builtin(b) => Object::Builtin(b.clone()),
            Object::Cell(v) => Object::Cell(*v),
            Object::Module { name, dict } => Object::Module { name: name.clone(), dict: *dict },
            Object::Range { start, stop, step } => Object::Range { start: *start, stop: *stop, step: *step },
            Object::LongRange(p) => Object::LongRange(p.clone()),
            Object::Property { fget, fset, fdel, doc, native } => {
                Object::Property { fget: *fget, fset: *fset, fdel: *fdel, doc: *doc, native: native.clone() }
            }
            Object::StaticMethod(v) => Object::StaticMethod(*v),
            Object::ClassMethod(v) => Object::ClassMethod(*v),
            Object::NotImplemented => Object::NotImplemented,
            Object::Ellipsis => Object::Ellipsis,
            Object::Complex { re, im } => Object::Complex { re: *re, im: *im },
            Object::BoundMethod { receiver, func } => {
                Object::BoundMethod { receiver: *receiver, func: *func }
            }
            Object::HostFunction { name, index, method } => {
                Object::HostFunction { name: name.clone(), index: *index, method: *method }
            }
            _ => return None,
        })
    }
}

fn duplicate_type(t: &TypeObj) -> TypeObj {
    TypeObj {
        name: t.name.clone(),
        qualname: t.qualname.clone(),
        module: t.module.clone(),
        bases: ClassList::from_slice(&t.bases),
        mro: ClassList::from_slice(&t.mro),
        dict: t.dict,
        layout: t.layout,
        slots: t.slots.clone(),
        has_dict: t.has_dict,
        plain_construction: t.plain_construction,
        has_del: t.has_del,
        has_truth: t.has_truth,
        keys: t.keys.clone(),
        custom_getattribute: t.custom_getattribute,
        custom_setattr: t.custom_setattr,
        metaclass: t.metaclass,
        self_ref: t.self_ref,
        made_at_collection: t.made_at_collection,
        c_named: t.c_named,
    }
}

/// Instances without exception data (struct sequences, the streams' objects).
fn duplicate_instance(i: &Instance) -> Option<Instance> {
    let attrs = match &i.attrs {
        Attrs::None => Attrs::None,
        Attrs::Inline(values) => Attrs::Inline(*values),
        Attrs::Values(values) => Attrs::Values(values.clone()),
        Attrs::Dict(d) => Attrs::Dict(*d),
    };
    let extra = match &i.extra {
        None => None,
        Some(x) if x.exc.is_none() => {
            Some(Box::new(InstanceExtra { slots: x.slots.clone(), exc: None, base: x.base }))
        }
        Some(_) => return None,
    };
    Some(Instance { class: i.class, attrs, extra })
}
