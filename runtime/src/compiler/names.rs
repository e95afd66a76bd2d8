//! Loading, storing and deleting a variable, by where the symbol table says it lives.

use super::Compiler;
use super::scope::{Resolution, ScopeKind};
use super::unit::Unit;
use crate::object::code::Instr;

impl<'a> Compiler<'a> {
    pub(super) fn cell_index(u: &Unit<'_>, name: &str) -> Option<u32> {
        u.cells
            .iter()
            .position(|c| c == name)
            .or_else(|| u.freevars.iter().position(|c| c == name).map(|i| i + u.cells.len()))
            .map(|i| i as u32)
    }

    pub(super) fn load_name(&mut self, u: &mut Unit<'_>, name: &str) {
        let mangled = self.table.mangled(u.scope, name).into_owned();
        let name = mangled.as_str();
        let kind = self.table.scopes[u.scope].kind;
        match self.table.resolution(u.scope, name) {
            Resolution::Local => {
                let i = u.varnames.iter().position(|v| v == name).unwrap_or(0) as u32;
                self.emit(u, Instr::LoadFast(i));
            }
            Resolution::Cell | Resolution::Free => {
                let i = Self::cell_index(u, name).unwrap_or(0);
                if kind == ScopeKind::Class {
                    self.emit(u, Instr::LoadClassDeref(i));
                } else {
                    self.emit(u, Instr::LoadDeref(i));
                }
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.name(u, name);
                self.emit(u, Instr::LoadGlobal(i));
            }
            Resolution::Name => {
                let i = self.name(u, name);
                self.emit(u, Instr::LoadName(i));
            }
        }
    }

    pub(super) fn store_name(&mut self, u: &mut Unit<'_>, name: &str) {
        let mangled = self.table.mangled(u.scope, name).into_owned();
        let name = mangled.as_str();
        match self.table.resolution(u.scope, name) {
            Resolution::Local => {
                let i = u.varnames.iter().position(|v| v == name).unwrap_or(0) as u32;
                self.emit(u, Instr::StoreFast(i));
            }
            Resolution::Cell | Resolution::Free => {
                let i = Self::cell_index(u, name).unwrap_or(0);
                self.emit(u, Instr::StoreDeref(i));
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.name(u, name);
                self.emit(u, Instr::StoreGlobal(i));
            }
            Resolution::Name => {
                let i = self.name(u, name);
                self.emit(u, Instr::StoreName(i));
            }
        }
    }

    pub(super) fn delete_name(&mut self, u: &mut Unit<'_>, name: &str) {
        let mangled = self.table.mangled(u.scope, name).into_owned();
        let name = mangled.as_str();
        match self.table.resolution(u.scope, name) {
            Resolution::Local => {
                let i = u.varnames.iter().position(|v| v == name).unwrap_or(0) as u32;
                self.emit(u, Instr::DeleteFast(i));
            }
            Resolution::Cell | Resolution::Free => {
                let i = Self::cell_index(u, name).unwrap_or(0);
                self.emit(u, Instr::DeleteDeref(i));
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.name(u, name);
                self.emit(u, Instr::DeleteGlobal(i));
            }
            Resolution::Name => {
                let i = self.name(u, name);
                self.emit(u, Instr::DeleteName(i));
            }
        }
    }
}
