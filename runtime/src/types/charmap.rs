//! The single-byte code pages (`cp1252`, `iso8859-15`, `koi8-r`, `mac-roman`...): CPython's
//! charmap codecs, each a table of what its 256 bytes decode to (`charmap_tables.rs`). The
//! reverse table an encoder needs is built the first time a code page encodes.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::charmap_tables::{CODECS, KEYS};

/// A byte no character decodes from.
const UNDEFINED: u16 = 0xFFFE;

static REVERSE: [OnceLock<HashMap<char, u8>>; CODECS.len()] = [const { OnceLock::new() }; CODECS.len()];

/// The code page an encoding name means, found as CPython's codec registry finds it: the name
/// lower-cased, each run of characters other than letters, digits and `.` made one `_` (none
/// at either end), then an alias or module of that name (`latin9` and `latin_9` differ).
pub(crate) fn find(name: &str) -> Option<u8> {
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if c.is_ascii() {
                norm.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    let at = |key: &str| KEYS.binary_search_by(|(k, ..)| (*k).cmp(key)).ok().map(|i| KEYS[i]);
    // With its dots made underscores, a name may still be an alias (not a module's name).
    at(&norm).or_else(|| at(&norm.replace('.', "_")).filter(|k| k.2)).map(|k| k.1)
}

/// For an encoding name, its code page's name as `codecs.lookup` gives it and the stem of its
/// functions' names.
pub fn names(name: &str) -> Option<(&'static str, &'static str)> {
    let (name, stem, _) = CODECS.get(usize::from(find(name)?))?;
    Some((name, stem))
}

pub(crate) fn decode_byte(page: u8, b: u8) -> Option<char> {
    let unit = CODECS.get(usize::from(page))?.2[usize::from(b)];
    if unit == UNDEFINED { None } else { char::from_u32(u32::from(unit)) }
}

pub(crate) fn encode_char(page: u8, c: char) -> Option<u8> {
    let reverse = REVERSE.get(usize::from(page))?.get_or_init(|| {
        let mut map = HashMap::new();
        for (b, &unit) in CODECS[usize::from(page)].2.iter().enumerate() {
            if unit != UNDEFINED
                && let Some(c) = char::from_u32(u32::from(unit))
            {
                // The last byte of a character that two bytes decode to, as CPython's
                // encoding map keeps.
                map.insert(c, b as u8);
            }
        }
        map
    });
    reverse.get(&c).copied()
}
