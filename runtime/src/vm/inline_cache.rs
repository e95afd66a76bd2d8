//! Per-site caches of attribute access on instances, as CPython 3.11's specialised
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD_WITH_VALUES`: a site
//! remembers, for the class it saw last, where the attribute is (a position in the class's
//! shared keys, or a plain function of the class), so the next access there skips the MRO
//! lookup. An entry holds while no class changes (`type_epoch`, which a class learning a new
//! attribute name also bumps); anything unusual falls back to the generic path.
//!
//! Entries live in the VM, one per name of each code object (next to the `LoadGlobal`
//! caches, found through `Code::cache_base`), so code stays `Sync`. A code object's range
//! comes back when the code goes, for code with as many names to reuse: a host evaluating new
//! source in a loop uses the same few ranges over and over.

use crate::object::code::Code;
use crate::object::{Attrs, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::Vm;

/// The VM's lookup caches, as a part of the VM. They are checked, never cleared by hand at
/// each mutation site: against `type_epoch`, or by finding the expected key at the cached
/// position of a dict.
pub struct Caches {
    /// Bumped whenever any class changes (or is freed): invalidates `mro` and the sites.
    pub(crate) type_epoch: u64,
    /// Bumped whenever a dict is freed: invalidates the global-lookup caches in code objects.
    pub(crate) dict_epoch: u64,
    /// A class got `__getattribute__` or `__setattr__` after it was made: the per-class flags
    /// can no longer be trusted, so attribute access looks the hooks up every time.
    pub(crate) hooks_changed: bool,
    pub(crate) mro: super::mro_cache::MroCache,
    /// The interned names of the string literals the runtime looks dunders up by (`"__bool__"`),
    /// by the literal's address: `name_id` finds one without hashing the string.
    pub(crate) names_by_address: Box<[Option<(usize, ObjId)>]>,
    /// The `LoadGlobal` caches of every code object (see `Code::cache_base`).
    pub(crate) global_cache: Vec<Option<crate::object::code::GlobalCacheEntry>>,
    /// The attribute caches of every code object, beside `global_cache` (see
    /// `vm/inline_cache.rs`).
    pub(crate) attr_sites: Vec<Option<AttrSite>>,
    /// More entries per attribute site, for the classes the site saw before the last, most
    /// recent first.
    pub(crate) attr_sites_more: Vec<MoreSites>,
    /// Ranges of both that dead code gave back, by size class (see `new_code_cache`).
    pub(crate) free_ranges: Vec<Vec<u32>>,
}

impl Caches {
    pub(crate) fn new() -> Caches {
        Caches {
            type_epoch: 0,
            dict_epoch: 0,
            hooks_changed: false,
            mro: Default::default(),
            names_by_address: vec![None; NAMES_BY_ADDRESS].into_boxed_slice(),
            global_cache: Vec::new(),
            attr_sites: Vec::new(),
            attr_sites_more: Vec::new(),
            free_ranges: Vec::new(),
        }
    }
}

const NAMES_BY_ADDRESS: usize = 256;

/// How many classes an attribute site remembers besides the last: the classes of a small
/// hierarchy whose instances meet at one site (`task.run()` over four kinds of task).
const MORE_SITES: usize = 3;

/// A site's entries past the first. Their classes are kept apart as well, so that finding the
/// entry for an instance's class is three compares of ids, not a look into each entry: a
/// polymorphic site (`task.run()` over four kinds of task) comes here on most accesses.
#[derive(Clone, Copy, Default)]
pub struct MoreSites {
    classes: [Option<ObjId>; MORE_SITES],
    sites: [Option<AttrSite>; MORE_SITES],
}

// In C layout every variant that begins with `class, epoch` keeps them at the same offsets,
// so `site_class` compiles to one tag test and two loads instead of a jump per variant.
#[derive(Clone, Copy)]
#[repr(C)]
pub enum AttrSite {
    /// An instance attribute at `position` of the class's keys; no attribute of the class has
    /// that name. `plain_store`: setting it needs no `__setattr__` nor slot.
    Value { class: ObjId, epoch: u64, position: u32, plain_store: bool },
    /// A plain function of the class (or a builtin function there, which binds as one),
    /// which the instances' keys do not shadow.
    Method { class: ObjId, epoch: u64, func: Value },
    /// A class method of the class (its function), which the instances' keys do not shadow:
    /// called with the class first.
    ClassMethod { class: ObjId, epoch: u64, func: Value },
    /// `Class.name` on this very class (under `type`), a class method: its function, called
    /// with the class first.
    TypeClassMethod { class: ObjId, epoch: u64, func: Value },
    /// `obj.__class__` where the class keeps `object`'s: the instance's class.
    Class { class: ObjId, epoch: u64 },
    /// A `__slots__` attribute, at `index` of the instance's slots; no attribute of the class
    /// has that name. `plain_store`: setting it needs no `__setattr__`.
    Slot { class: ObjId, epoch: u64, index: u32, plain_store: bool },
    /// `Class.name` on this very class (under `type`): the value found there, a plain value,
    /// a function or a static method's function, which reading gives as it is.
    TypeAttr { class: ObjId, epoch: u64, value: Value },
    /// A class attribute that is no descriptor (a number, a string, a tuple...), which the
    /// instances' keys do not shadow: `self.LIMIT` reads it from the class.
    ClassValue { class: ObjId, epoch: u64, value: Value },
    /// A module's global, at this position of the module's dict. Any module's entry there
    /// that has the name as its key is that module's attribute, so nothing else is checked.
    Module { position: u32 },
    /// A property whose getter is a plain function, found on the class: as a data descriptor
    /// it wins over the instance's own attributes, so reading it is calling `fget`.
    Property { class: ObjId, epoch: u64, fget: Value },
    /// A namedtuple's field (a property whose getter is `_reap_collections`'s item getter):
    /// reading it is reading item `index` of the instance's tuple.
    TupleItem { class: ObjId, epoch: u64, index: u32 },
    /// A data descriptor written in Python (an instance whose class has a plain-function
    /// `__get__`, and `__set__` or `__delete__`), found on the class: reading is calling
    /// `get(descr, obj, class)`. Both are borrowed from the classes that hold them.
    Descriptor { class: ObjId, epoch: u64, descr: Value, get: Value },
    /// A method of a builtin type (`items.append`, `text.split`), for values of exactly that
    /// type, which have no attributes of their own to shadow it.
    BuiltinMethod { class: ObjId, epoch: u64, func: Value },
}

/// The size class of a code object with `names` names: ranges are given out in powers of two,
/// so that a freed range fits any code of its class.
fn size_class(names: u32) -> (usize, usize) {
    let len = names.max(1).next_power_of_two();
    (len.trailing_zeros() as usize, len as usize)
}

impl Vm {
    /// The interned string equal to `name`, if one exists (without making one). A name the
    /// runtime passes again and again is a literal at one address: found there first, its
    /// text compared (an address alone could be a freed string's), else looked up by hash.
    #[inline]
    pub(crate) fn name_id(&mut self, name: &str) -> Option<ObjId> {
        let addr = name.as_ptr() as usize;
        let at = (addr >> 3) & (NAMES_BY_ADDRESS - 1);
        if let Some((a, id)) = self.caches.names_by_address[at]
            && a == addr
            && self.str_of(Value::Obj(id)) == Some(name)
        {
            return Some(id);
        }
        let id = self.interner.get(name)?;
        self.caches.names_by_address[at] = Some((addr, id));
        Some(id)
    }

    /// Gives `code` its range of cache entries, empty, and returns where it starts.
    #[cold]
    pub(crate) fn new_code_cache(&mut self, code: &Code) -> u32 {
        let (class, len) = size_class(code.names.len() as u32);
        let base = match self.caches.free_ranges.get_mut(class).and_then(Vec::pop) {
            Some(base) => {
                // Entries of the code that had the range would apply to other names.
                let range = base as usize..base as usize + len;
                self.caches.global_cache[range.clone()].fill(None);
                self.caches.attr_sites[range.clone()].fill(None);
                self.caches.attr_sites_more[range].fill(MoreSites::default());
                base
            }
            None => {
                let base = self.caches.global_cache.len();
                self.caches.global_cache.resize(base + len, None);
                self.caches.attr_sites.resize(base + len, None);
                self.caches.attr_sites_more.resize(base + len, MoreSites::default());
                base as u32
            }
        };
        code.cache_base.store(base, std::sync::atomic::Ordering::Relaxed);
        base
    }

    /// Takes back the cache range of a code object that had `names` names.
    pub(crate) fn free_code_cache(&mut self, base: u32, names: u32) {
        let (class, _) = size_class(names);
        if self.caches.free_ranges.len() <= class {
            self.caches.free_ranges.resize_with(class + 1, Vec::new);
        }
        self.caches.free_ranges[class].push(base);
    }

    /// The class of an instance whose attributes are values (not a dict), if one of the site's
    /// entries applies to it (a site that sees several classes, as `task.run()` over a list of
    /// tasks of several kinds, keeps one entry for each, up to `1 + MORE_SITES`).
    #[inline(always)]
    fn site_for(&self, obj: Value, slot: usize) -> Option<(ObjId, AttrSite)> {
        let Value::Obj(id) = obj else { return None };
        let Object::Instance(inst) = self.heap.get(id) else { return None };
        let first = self.caches.attr_sites.get(slot).copied().flatten()?;
        if self.site_applies(inst, first) {
            return Some((id, first));
        }
        self.site_for_more(id, slot)
    }

    /// `site_for` past the site's first entry.
    #[inline(never)]
    fn site_for_more(&self, id: ObjId, slot: usize) -> Option<(ObjId, AttrSite)> {
        if self.caches.hooks_changed {
            return None;
        }
        let Object::Instance(inst) = self.heap.get(id) else { return None };
        let more = self.caches.attr_sites_more.get(slot)?;
        let at = more.classes.iter().position(|&c| c == Some(inst.class))?;
        let site = more.sites[at]?;
        if Self::site_class(site).is_none_or(|(_, epoch)| epoch != self.caches.type_epoch) {
            return None;
        }
        let fits = match site {
            AttrSite::Value { .. } => inst.attrs.values().is_some(),
            _ => inst.attrs.values().is_some() || matches!(inst.attrs, Attrs::None),
        };
        fits.then_some((id, site))
    }

    /// The class of an instance site's entry, if it is one.
    fn site_class(site: AttrSite) -> Option<(ObjId, u64)> {
        match site {
            AttrSite::Value { class, epoch, .. }
            | AttrSite::Method { class, epoch, .. }
            | AttrSite::ClassMethod { class, epoch, .. }
            | AttrSite::Class { class, epoch }
            | AttrSite::Slot { class, epoch, .. }
            | AttrSite::ClassValue { class, epoch, .. }
            | AttrSite::Property { class, epoch, .. }
            | AttrSite::TupleItem { class, epoch, .. }
            | AttrSite::Descriptor { class, epoch, .. } => Some((class, epoch)),
            AttrSite::Module { .. }
            | AttrSite::TypeAttr { .. }
            | AttrSite::TypeClassMethod { .. }
            | AttrSite::BuiltinMethod { .. } => None,
        }
    }

    #[inline(always)]
    fn site_applies(&self, inst: &crate::object::Instance, site: AttrSite) -> bool {
        let Some((class, epoch)) = Self::site_class(site) else { return false };
        // An instance with a `__dict__` of its own may shadow anything; one with only slots
        // has nothing but them.
        let layout_fits = match site {
            AttrSite::Value { .. } => inst.attrs.values().is_some(),
            _ => inst.attrs.values().is_some() || matches!(inst.attrs, Attrs::None),
        };
        inst.class == class && epoch == self.caches.type_epoch && !self.caches.hooks_changed && layout_fits
    }

    /// `obj.name` for the commonest sites, read in place from the site's first entry, as a new
    /// reference: an instance attribute kept in the instance's values (CPython's
    /// `LOAD_ATTR_INSTANCE_VALUE`), a class's own attribute read from the class
    /// (`Strength.REQUIRED`), a module's global (`math.pi`). `None` for anything else, which
    /// `cached_getattr` and the general path answer.
    #[inline(always)]
    pub(crate) fn attr_quick(&mut self, obj: Value, code: &Code, i: u32, slot: usize) -> Option<Value> {
        let Value::Obj(id) = obj else { return None };
        let v = match *self.caches.attr_sites.get(slot)? {
            Some(AttrSite::Value { class, epoch, position, .. }) => {
                if epoch != self.caches.type_epoch || self.caches.hooks_changed {
                    return None;
                }
                let Object::Instance(inst) = self.heap.get(id) else { return None };
                if inst.class != class {
                    return None;
                }
                inst.attrs.values()?.get(position as usize).copied().flatten()?
            }
            Some(AttrSite::TypeAttr { class, epoch, value }) => {
                if id != class || epoch != self.caches.type_epoch || self.caches.hooks_changed {
                    return None;
                }
                value
            }
            Some(AttrSite::Module { position }) => {
                let &Object::Module { dict, .. } = self.heap.get(id) else { return None };
                let Object::Dict(t) = self.heap.get(dict) else { return None };
                let name = *code.names.get(i as usize)?;
                t.entry(position as usize).filter(|e| e.key.is(Value::Obj(name)))?.value
            }
            _ => return None,
        };
        self.incref(v);
        Some(v)
    }

    /// `obj.name` through the site's cache (a new reference), or `None` to take the generic
    /// path.
    #[inline(always)]
    pub(crate) fn cached_getattr(&mut self, obj: Value, slot: usize) -> Option<Value> {
        let (id, site) = self.site_for(obj, slot)?;
        match site {
            AttrSite::Value { position, .. } => {
                let Object::Instance(inst) = self.heap.get(id) else { return None };
                let v = inst.attrs.values()?.get(position as usize).copied().flatten()?;
                self.incref(v);
                Some(v)
            }
            AttrSite::Method { func, class, .. } => {
                if let Some(Object::Builtin(_)) = func.as_obj().map(|f| self.heap.get(f)) {
                    return self.bind(func, obj, class).ok();
                }
                self.incref(obj);
                self.incref(func);
                Some(self.alloc(Object::BoundMethod { receiver: obj, func }))
            }
            AttrSite::ClassMethod { class, func, .. } => {
                self.heap.incref(class);
                self.incref(func);
                Some(self.alloc(Object::BoundMethod { receiver: Value::Obj(class), func }))
            }
            AttrSite::Class { class, .. } => {
                self.heap.incref(class);
                Some(Value::Obj(class))
            }
            AttrSite::ClassValue { value, .. } => {
                self.incref(value);
                Some(value)
            }
            AttrSite::Slot { index, .. } => {
                let Object::Instance(inst) = self.heap.get(id) else { return None };
                // An empty slot raises: the generic path says how.
                let v = inst.slots().get(index as usize).copied().flatten()?;
                self.incref(v);
                Some(v)
            }
            AttrSite::TupleItem { index, .. } => {
                let Object::Instance(inst) = self.heap.get(id) else { return None };
                let base = inst.base()?.as_obj()?;
                let Object::Tuple(items) = self.heap.get(base) else { return None };
                let v = *items.get(index as usize)?;
                self.incref(v);
                Some(v)
            }
            AttrSite::Module { .. }
            | AttrSite::TypeAttr { .. }
            | AttrSite::TypeClassMethod { .. }
            | AttrSite::BuiltinMethod { .. }
            | AttrSite::Property { .. }
            | AttrSite::Descriptor { .. } => None,
        }
    }

    /// The getter (borrowed) of the property the site found for `obj`'s class, if it did.
    #[inline]
    pub(crate) fn cached_property(&self, obj: Value, slot: usize) -> Option<Value> {
        match self.site_for(obj, slot)? {
            (_, AttrSite::Property { fget, .. }) => Some(fget),
            _ => None,
        }
    }

    /// The data descriptor and its `__get__` (both borrowed) the site found on `obj`'s class,
    /// with the class, if it did.
    #[inline]
    pub(crate) fn cached_descriptor(&self, obj: Value, slot: usize) -> Option<(Value, Value, ObjId)> {
        match self.site_for(obj, slot)? {
            (_, AttrSite::Descriptor { descr, get, class, .. }) => Some((descr, get, class)),
            _ => None,
        }
    }

    /// Pushes the getter call `obj.name` is, where the site found a property or a data
    /// descriptor whose getter the loop can run: `fget(obj)` or `get(descr, obj, class)`, the
    /// function first (a new reference; `obj`'s reference moves onto the stack). Answers the
    /// function and where it stands.
    #[inline]
    pub(crate) fn getter_in_loop(
        &mut self,
        stack: &mut Vec<Value>,
        obj: Value,
        slot: usize,
    ) -> Option<(ObjId, usize)> {
        let base = stack.len();
        match self.site_for(obj, slot)?.1 {
            AttrSite::Property { fget, .. } => {
                let func = self.callable_in_loop(fget, 1)?;
                self.heap.incref(func);
                stack.extend([Value::Obj(func), obj]);
                Some((func, base))
            }
            AttrSite::Descriptor { descr, get, class, .. } => {
                let func = self.callable_in_loop(get, 3)?;
                self.heap.incref(func);
                self.incref(descr);
                self.heap.incref(class);
                stack.extend([Value::Obj(func), descr, obj, Value::Obj(class)]);
                Some((func, base))
            }
            _ => None,
        }
    }

    /// Whether the site knows `obj.name` to be an attribute of the instance itself (a
    /// callable kept there is called without a receiver).
    #[inline]
    pub(crate) fn cached_instance_attr(&self, obj: Value, slot: usize) -> bool {
        matches!(self.site_for(obj, slot), Some((_, AttrSite::Value { .. } | AttrSite::Slot { .. })))
    }

    /// `Class.name` through the site's cache (a new reference).
    #[inline]
    pub(crate) fn cached_type_attr(&mut self, obj: Value, slot: usize) -> Option<Value> {
        let (class, epoch, value, bind) = match self.caches.attr_sites.get(slot).copied().flatten() {
            Some(AttrSite::TypeAttr { class, epoch, value }) => (class, epoch, value, false),
            Some(AttrSite::TypeClassMethod { class, epoch, func }) => (class, epoch, func, true),
            _ => return None,
        };
        if obj.as_obj() != Some(class) || epoch != self.caches.type_epoch || self.caches.hooks_changed {
            return None;
        }
        self.incref(value);
        if bind {
            self.heap.incref(class);
            return Some(self.alloc(Object::BoundMethod { receiver: Value::Obj(class), func: value }));
        }
        Some(value)
    }

    /// For `obj.name(...)` where the name is a class method (of `obj`, a class, or of its
    /// class): the function and the class to call it with first (new references).
    #[inline]
    pub(crate) fn cached_class_method(&mut self, obj: Value, slot: usize) -> Option<(Value, ObjId)> {
        let (class, func) = match self.caches.attr_sites.get(slot).copied().flatten()? {
            AttrSite::TypeClassMethod { class, epoch, func } => {
                if obj.as_obj() != Some(class) || epoch != self.caches.type_epoch || self.caches.hooks_changed
                {
                    return None;
                }
                (class, func)
            }
            _ => match self.site_for(obj, slot)? {
                (_, AttrSite::ClassMethod { class, func, .. }) => (class, func),
                _ => return None,
            },
        };
        self.incref(func);
        self.heap.incref(class);
        Some((func, class))
    }

    /// After `Class.name` read `got` the generic way: remembers it when reading it again can
    /// only give the same (the class and its bases unchanged, `type` its metaclass).
    pub(crate) fn fill_type_attr_site(&mut self, obj: Value, name: ObjId, slot: usize, got: Value) {
        let Some(class) = obj.as_obj() else { return };
        if !matches!(self.heap.get(class), Object::Type(_))
            || self.caches.hooks_changed
            || slot >= self.caches.attr_sites.len()
        {
            return;
        }
        // Under a metaclass of its own (an enum's), only a name the metaclass does not have
        // itself, read without a `__getattribute__` of the metaclass's.
        let meta = self.type_of(obj);
        if meta != self.types.type_
            && (self.type_obj(meta).custom_getattribute || self.lookup_in_mro(meta, name).is_some())
        {
            return;
        }
        let Some(found) = self.lookup_in_mro(class, name) else { return };
        // A special name may be the metaclass's descriptor: only a function the class holds
        // (`Base.__init__(self)`) is remembered, and only when it is what the read gave.
        let special = self.str_of(Value::Obj(name)).is_none_or(|s| s.starts_with("__"));
        if special && !(self.is_function(found) && found.is(got)) {
            return;
        }
        let epoch = self.caches.type_epoch;
        let value = match found {
            Value::Obj(f) => match self.heap.get(f) {
                Object::Function(_) => found,
                &Object::StaticMethod(inner) => inner,
                &Object::ClassMethod(func) if self.is_function(func) => {
                    let bound_here = matches!(got.as_obj().map(|b| self.heap.get(b)),
                        Some(&Object::BoundMethod { receiver, func: f2 }) if receiver.is(obj) && f2.is(func));
                    if bound_here {
                        self.caches.attr_sites[slot] = Some(AttrSite::TypeClassMethod { class, epoch, func });
                    }
                    return;
                }
                _ if self.never_a_descriptor(found) => found,
                _ => return,
            },
            _ => found,
        };
        if value.is(got) {
            self.caches.attr_sites[slot] = Some(AttrSite::TypeAttr { class, epoch, value });
        }
    }

    /// `module.name` through the site's cache (a new reference).
    #[inline]
    pub(crate) fn cached_module_attr(&mut self, obj: Value, name: ObjId, slot: usize) -> Option<Value> {
        let Some(AttrSite::Module { position }) = self.caches.attr_sites.get(slot).copied().flatten() else {
            return None;
        };
        let &Object::Module { dict, .. } = self.heap.get(obj.as_obj()?) else { return None };
        let Object::Dict(t) = self.heap.get(dict) else { return None };
        let e = t.entry(position as usize).filter(|e| e.key.is(Value::Obj(name)))?;
        let v = e.value;
        self.incref(v);
        Some(v)
    }

    /// For `obj.name(...)`: the function to call with `obj` first (a new reference), through
    /// the site's cache.
    #[inline(always)]
    pub(crate) fn cached_method(&mut self, obj: Value, slot: usize) -> Option<Value> {
        match self.site_for(obj, slot)? {
            (_, AttrSite::Method { func, .. }) => {
                self.incref(func);
                Some(func)
            }
            _ => None,
        }
    }

    /// `value.name(...)` on a value of a builtin type through the site's cache: the method
    /// (a new reference), or `None` to take the generic path.
    #[inline]
    pub(crate) fn cached_builtin_method(&mut self, obj: Value, slot: usize) -> Option<Value> {
        let Some(Some(AttrSite::BuiltinMethod { class, epoch, func })) =
            self.caches.attr_sites.get(slot).copied()
        else {
            return None;
        };
        if epoch != self.caches.type_epoch || self.type_of(obj) != class {
            return None;
        }
        self.incref(func);
        Some(func)
    }

    /// After `lookup_method` found `func` for a value whose type is a builtin one (immortal,
    /// its instances without a `__dict__`): the site remembers it.
    pub(crate) fn fill_builtin_method_site(&mut self, obj: Value, func: Value, slot: usize) {
        let class = self.type_of(obj);
        let plain_value = match obj {
            Value::Obj(id) => {
                !matches!(self.heap.get(id), Object::Instance(_) | Object::Type(_) | Object::Module { .. })
            }
            _ => true,
        };
        if !plain_value || !self.heap.is_immortal(class) || self.caches.hooks_changed {
            return;
        }
        let epoch = self.caches.type_epoch;
        if let Some(site) = self.caches.attr_sites.get_mut(slot) {
            *site = Some(AttrSite::BuiltinMethod { class, epoch, func });
        }
    }

    /// `obj.name = value` through the site's cache; gives `value` back to take the generic
    /// path. Takes the reference to `value` when it succeeds, and hands back the value it
    /// replaced for the caller to release (its finalizer, if it dies, sees the caller's line).
    #[inline]
    pub(crate) fn cached_setattr(
        &mut self,
        obj: Value,
        slot: usize,
        value: Value,
    ) -> Result<Option<Value>, Value> {
        let (id, position) = match self.site_for(obj, slot) {
            Some((id, AttrSite::Value { position, plain_store: true, .. })) => (id, position),
            Some((id, AttrSite::Slot { index, plain_store: true, .. })) => {
                let Object::Instance(inst) = self.heap.get_mut(id) else { return Err(value) };
                let Some(cell) = inst.slots_mut().get_mut(index as usize) else { return Err(value) };
                return Ok(cell.replace(value));
            }
            _ => return Err(value),
        };
        let Object::Instance(inst) = self.heap.get_mut(id) else { return Err(value) };
        let Some(values) = inst.attrs.values_mut() else { return Err(value) };
        let p = position as usize;
        if !Attrs::settable_in_place(values, p) {
            return Err(value);
        }
        Ok(values[p].replace(value))
    }

    /// After a generic access at a site: remembers what it found there, if the case is one the
    /// cache handles.
    pub(crate) fn fill_attr_site(&mut self, obj: Value, name: ObjId, slot: usize) {
        let Value::Obj(id) = obj else { return };
        if let &Object::Module { dict, .. } = self.heap.get(id) {
            if let Some(p) = self.dict_find_name(dict, name)
                && let Some(site) = self.caches.attr_sites.get_mut(slot)
            {
                *site = Some(AttrSite::Module { position: p as u32 });
            }
            return;
        }
        let Object::Instance(inst) = self.heap.get(id) else { return };
        let has_values = inst.attrs.values().is_some();
        if !(has_values || matches!(inst.attrs, Attrs::None))
            || self.caches.hooks_changed
            || slot >= self.caches.attr_sites.len()
        {
            return;
        }
        let class = inst.class;
        let t = self.type_obj(class);
        let is_class_attr = self.str_of(Value::Obj(name)) == Some("__class__");
        if t.custom_getattribute
            || (!is_class_attr && self.str_of(Value::Obj(name)).is_none_or(|s| s.starts_with("__")))
        {
            return;
        }
        let plain_store = !t.custom_setattr && t.slots.is_none();
        let position = t.keys.iter().position(|&k| k == name);
        let slot_index = match (&t.slots, self.str_of(Value::Obj(name))) {
            (Some(slots), Some(key)) => slots.iter().position(|n| n == key),
            _ => None,
        };
        let custom_setattr = t.custom_setattr;
        let epoch = self.caches.type_epoch;
        let site = match (self.lookup_in_mro(class, name), position) {
            (Some(found), None) if is_class_attr => {
                let object_dict = self.type_obj(self.types.object).dict;
                if !self.dict_get_str(object_dict, "__class__").is_some_and(|v| v.is(found)) {
                    return;
                }
                AttrSite::Class { class, epoch }
            }
            // `obj.__class__` where nothing defines `__class__` but `object`, whose own is
            // answered by `special_attr` rather than found in its dict.
            (None, None) if is_class_attr => {
                let object_dict = self.type_obj(self.types.object).dict;
                if self.dict_get_str(object_dict, "__class__").is_some() {
                    return;
                }
                AttrSite::Class { class, epoch }
            }
            _ if is_class_attr => return,
            // (A class with `__getattr__` tries it when the getter raises AttributeError.)
            (Some(Value::Obj(fid)), _)
                if let &Object::Property { fget, .. } = self.heap.get(fid)
                    && self.is_function(fget)
                    && !self.has_attr_on_type(class, "__getattr__") =>
            {
                AttrSite::Property { class, epoch, fget }
            }
            (Some(Value::Obj(fid)), _)
                if let &Object::Property { fget: Value::Obj(g), .. } = self.heap.get(fid)
                    && let Object::Builtin(b) = self.heap.get(g)
                    && b.name == "_tuplegetter.__get__"
                    && let Some(Value::Int(index)) = b.receiver
                    && let Ok(index) = u32::try_from(index)
                    && !self.has_attr_on_type(class, "__getattr__") =>
            {
                AttrSite::TupleItem { class, epoch, index }
            }
            (Some(descr @ Value::Obj(did)), _)
                if let Object::Instance(d) = self.heap.get(did)
                    && let Some(get) = self.lookup_str(d.class, "__get__")
                    && self.is_function(get)
                    && self.is_user_descriptor(descr, true)
                    && !self.has_attr_on_type(class, "__getattr__") =>
            {
                AttrSite::Descriptor { class, epoch, descr, get }
            }
            (found, None)
                if let Some(i) = slot_index
                    && found.is_none_or(|f| {
                        self.is_slot_member(f, self.str_of(Value::Obj(name)).unwrap_or(""))
                    }) =>
            {
                AttrSite::Slot { class, epoch, index: i as u32, plain_store: !custom_setattr }
            }
            // (A class value that is no descriptor, a dataclass field's default, say: the
            // instance's own attribute hides it, and a class changing it changes the epoch.)
            (found, Some(p))
                if has_values && slot_index.is_none() && found.is_none_or(|v| self.never_a_descriptor(v)) =>
            {
                AttrSite::Value { class, epoch, position: p as u32, plain_store }
            }
            (Some(f @ Value::Obj(fid)), None)
                if matches!(
                    self.heap.get(fid),
                    Object::Function(_) | Object::Builtin(crate::object::Builtin { receiver: None, .. })
                ) =>
            {
                AttrSite::Method { class, epoch, func: f }
            }
            (Some(Value::Obj(fid)), None)
                if let &Object::ClassMethod(func) = self.heap.get(fid)
                    && self.is_function(func) =>
            {
                AttrSite::ClassMethod { class, epoch, func }
            }
            (Some(value), None) if self.never_a_descriptor(value) => {
                AttrSite::ClassValue { class, epoch, value }
            }
            _ => return,
        };
        // The entry it replaces moves down the list when it is for another class; the oldest
        // goes, as does any entry for this class.
        let old = self.caches.attr_sites[slot].replace(site);
        let more = &mut self.caches.attr_sites_more[slot];
        for at in 0..MORE_SITES {
            if more.classes[at] == Some(class) {
                more.classes[at] = None;
                more.sites[at] = None;
            }
        }
        if let Some(old) = old
            && let Some((old_class, _)) = Self::site_class(old)
            && old_class != class
        {
            more.classes.rotate_right(1);
            more.sites.rotate_right(1);
            more.classes[0] = Some(old_class);
            more.sites[0] = Some(old);
        }
    }

    fn is_function(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_)))
    }

    /// Whether `v`'s type is one of the builtin types without `__get__`, so that reading it
    /// from a class through an instance gives it as it is.
    fn never_a_descriptor(&self, v: Value) -> bool {
        match v {
            // An instance of a class without `__get__` (an enum's member): a class learning
            // one later changes the epoch.
            Value::Obj(id) if let Object::Instance(i) = self.heap.get(id) => {
                self.lookup_str(i.class, "__get__").is_none()
            }
            Value::Obj(id) => matches!(
                self.heap.get(id),
                Object::Str(_)
                    | Object::Tuple(_)
                    | Object::BigInt(_)
                    | Object::Bytes(_)
                    | Object::List(_)
                    | Object::Dict(_)
                    | Object::Complex { .. }
            ),
            _ => true,
        }
    }
}
