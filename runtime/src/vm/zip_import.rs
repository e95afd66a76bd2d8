//! Modules inside zip archives, as CPython's `zipimport` finds them: a zip file on `sys.path`
//! is a folder whose files are the archive's (`app.zip/pkg/mod.py`), and `reap app.zip` runs
//! the archive's `__main__.py`. Each archive is read once, its `.py` files kept in memory.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The archives read so far, by path (`None`: the file is not a readable zip archive).
#[derive(Default)]
pub struct ZipArchives {
    archives: HashMap<PathBuf, Option<HashMap<String, Vec<u8>>>>,
}

/// Source files larger than this are not read out of an archive (a hostile archive could
/// claim any size).
const MAX_SOURCE: u64 = 64 << 20;

impl ZipArchives {
    /// The text of `path` if it names a file inside a zip archive (`app.zip/pkg/mod.py`).
    pub fn read(&mut self, path: &Path) -> Option<&[u8]> {
        let (archive, inner) = split(path)?;
        let files = self.archives.entry(archive.clone()).or_insert_with(|| load(&archive)).as_ref()?;
        files.get(&inner).map(Vec::as_slice)
    }
}

/// The archive a path goes through, and the path inside it: the nearest ancestor that is a
/// file.
fn split(path: &Path) -> Option<(PathBuf, String)> {
    let mut archive = path.parent()?;
    loop {
        if archive.is_file() {
            let inner = path.strip_prefix(archive).ok()?.to_string_lossy().replace('\\', "/");
            return Some((archive.to_path_buf(), inner));
        }
        if archive.exists() {
            return None;
        }
        archive = archive.parent()?;
    }
}

/// Every `.py` file of the archive at `path`, or `None` if it is not one.
fn load(path: &Path) -> Option<HashMap<String, Vec<u8>>> {
    let file = std::fs::File::open(path).ok()?;
    let mut zip = zip::ZipArchive::new(file).ok()?;
    let mut files = HashMap::new();
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else { continue };
        let Ok(name) = entry.name().map(|n| n.to_string()) else { continue };
        if !name.ends_with(".py") || entry.size() > MAX_SOURCE {
            continue;
        }
        let mut text = Vec::new();
        if entry.take(MAX_SOURCE).read_to_end(&mut text).is_ok() {
            files.insert(name, text);
        }
    }
    Some(files)
}

/// Whether the file at `path` is a zip archive (what `python3 FILE` checks before running
/// it as a script).
pub fn is_archive(path: &Path) -> bool {
    std::fs::File::open(path).ok().and_then(|f| zip::ZipArchive::new(f).ok()).is_some()
}
