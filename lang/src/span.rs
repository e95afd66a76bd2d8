//! Source positions. The lexer attaches a [`Pos`] to both ends of every token, so every AST node
//! knows its line and column without a second pass over the text.

/// A point in the source: byte offset, 1-based line, and 0-based column in UTF-8 bytes from the
/// start of the line (CPython's `col_offset` convention).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub offset: u32,
    pub line: u32,
    pub col: u32,
}

/// The extent of a node or token: from `start` up to (not including) `end`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

impl Span {
    pub fn new(start: Pos, end: Pos) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Byte offsets at which each line starts, so offsets can be turned into line and column.
/// Python ends a line at `\n`, `\r\n` or a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// The position of a byte offset, by binary search.
    pub fn pos(&self, offset: usize) -> Pos {
        let line = self.starts.partition_point(|&s| s as usize <= offset) - 1;
        Pos { offset: offset as u32, line: line as u32 + 1, col: offset as u32 - self.starts[line] }
    }

    /// The position of a byte offset at or after the one whose line is `*hint`, advancing the hint;
    /// the lexer's offsets only grow, so this is amortised constant time.
    pub fn pos_from(&self, hint: &mut usize, offset: usize) -> Pos {
        if (self.starts[*hint] as usize) > offset {
            *hint = self.pos(offset).line as usize - 1;
        }
        while *hint + 1 < self.starts.len() && self.starts[*hint + 1] as usize <= offset {
            *hint += 1;
        }
        Pos { offset: offset as u32, line: *hint as u32 + 1, col: offset as u32 - self.starts[*hint] }
    }

    /// The byte range of line `line` (1-based), without its line break.
    pub fn line_range(&self, src: &str, line: u32) -> std::ops::Range<usize> {
        let i = (line as usize).saturating_sub(1).min(self.starts.len() - 1);
        let start = self.starts[i] as usize;
        let mut end = self.starts.get(i + 1).map_or(src.len(), |&e| e as usize);
        let bytes = src.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}
