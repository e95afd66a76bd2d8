//! The layout pass: turns logos's raw tokens into Python's token stream.
//!
//! It keeps what a regular expression cannot: the indentation stack (INDENT and DEDENT tokens,
//! tabs compared the way CPython compares them), the bracket stack (newlines inside brackets are
//! not tokens; mismatched and unclosed brackets are reported in CPython's words), and positions as
//! line and column.

use std::collections::VecDeque;

use logos::Logos;

use crate::error::{ErrorKind, Open, ParseError};
use crate::span::{LineIndex, Pos};
use crate::token::{RawError, Tok};

pub type Spanned<'a> = (Pos, Tok<'a>, Pos);

/// CPython's limit on bracket nesting (`MAXLEVEL` in its tokenizer).
const MAX_BRACKET_DEPTH: usize = 200;

/// CPython's limit on block nesting (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// What the input is: a module (statements, with layout) or a bare expression (f-string
/// replacement fields, `eval`), where line breaks are as insignificant as inside brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Module,
    /// An f-string's replacement field: line breaks are spaces, as in brackets.
    Expression,
    /// `eval` input: the expression ends at the first line break outside brackets, after which
    /// only blank lines and comments may follow (CPython's `eval_input`).
    Eval,
}

pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, Tok<'a>>,
    lines: &'a LineIndex,
    hint: usize,
    mode: Mode,
    /// Indentation levels as (columns with tabs to multiples of 8, columns with tabs as 1): two
    /// measures, so that indentation that only agrees under one of them is a `TabError`.
    indents: Vec<(u32, u32)>,
    brackets: Vec<(Tok<'a>, Pos)>,
    pending: VecDeque<Spanned<'a>>,
    tokens_on_line: usize,
    last_end: Pos,
    finished: bool,
    /// The first token of the logical line being read, and of the last one completed: the latter
    /// is the header whose block is missing when the parser wanted an INDENT.
    line_head: Option<(Tok<'a>, u32)>,
    pub(crate) last_line_head: Option<(Tok<'a>, u32)>,
    last_tok: Option<Tok<'a>>,
    /// The lexer itself reported an error (rather than the parser rejecting its tokens).
    pub(crate) failed: bool,
    /// `with (` seen: the index of that `(` in `pending` and the bracket depth it opened. Tokens
    /// are held back until the matching `)` is followed by `:` (items in parentheses, which the
    /// grammar sees as `WithLPar`) or by anything else (an ordinary parenthesised expression).
    with_paren: Option<(usize, usize)>,
    with_paren_closed: bool,
    /// A logical line that starts with the name `match`: the index of that name in `pending`.
    /// Tokens are held back until the line ends; if it ends with `:`, the name is the soft
    /// keyword.
    match_head: Option<usize>,
    /// A match statement's header was just read, at this depth: its block is next.
    match_block_next: Option<usize>,
    /// The indentation depths (lengths of `indents`) of the match blocks open, innermost last:
    /// a line at that depth starting with the name `case` starts a case clause.
    match_blocks: Vec<usize>,
}

impl<'a> Lexer<'a> {
    /// A lexer over `src[start..end]`, reporting positions in the whole of `src`.
    pub fn new(src: &'a str, lines: &'a LineIndex, mode: Mode, start: usize, end: usize) -> Self {
        let mut raw = Tok::lexer(&src[..end]);
        raw.bump(start);
        let mut pending = VecDeque::new();
        if mode != Mode::Module {
            let at = lines.pos(start);
            pending.push_back((at, Tok::StartExpr, at));
        }
        Lexer {
            src,
            raw,
            lines,
            hint: 0,
            mode,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            pending,
            tokens_on_line: 0,
            last_end: lines.pos(start),
            finished: false,
            line_head: None,
            last_line_head: None,
            last_tok: None,
            failed: false,
            with_paren: None,
            with_paren_closed: false,
            match_head: None,
            match_block_next: None,
            match_blocks: Vec::new(),
        }
    }

    /// The logical line just ended: if it started with `match` and ended with `:`, that
    /// `match` is the keyword, and the block that follows holds case clauses.
    fn end_match_head(&mut self) {
        if let Some(index) = self.match_head.take()
            && self.last_tok == Some(Tok::Colon)
            && self.pending.len() > index + 2
        {
            self.pending[index].1 = Tok::Match;
            self.match_block_next = Some(self.indents.len());
            if let Some((Tok::Name("match"), line)) = self.line_head {
                self.line_head = Some((Tok::Match, line));
            }
        }
    }

    /// The first token of a logical line, once its indentation is known: `match` may start a
    /// match statement, and `case` starts a case clause directly inside a match block.
    fn line_start(&mut self, tok: Tok<'a>) -> Tok<'a> {
        let depth = self.indents.len();
        if self.match_block_next.take().is_some_and(|header| depth > header) {
            self.match_blocks.push(depth);
        }
        while self.match_blocks.last().is_some_and(|&d| d > depth) {
            self.match_blocks.pop();
        }
        match tok {
            Tok::Name("match") => {
                self.match_head = Some(self.pending.len());
                tok
            }
            Tok::Name("case") if self.match_blocks.last() == Some(&depth) => Tok::Case,
            _ => tok,
        }
    }

    fn pos(&mut self, offset: usize) -> Pos {
        self.lines.pos_from(&mut self.hint, offset)
    }

    /// The innermost bracket still open, if any.
    pub fn open_bracket(&self) -> Option<(Tok<'a>, Pos)> {
        self.brackets.last().copied()
    }

    /// Reads the rest of the input for an error the tokenizer alone would report, as CPython does
    /// before settling for a generic `invalid syntax`.
    /// Whether `at` is the end of the input (where the layout tokens of the last line are).
    /// How many lines the input has, a last one without its line break included.
    /// The text being read.
    pub fn src(&self) -> &'a str {
        self.src
    }

    pub fn line_count(&self) -> u32 {
        self.src.lines().count() as u32
    }

    pub fn at_end(&self, at: Pos) -> bool {
        at.offset as usize >= self.src.len()
    }

    pub fn scan_rest_for_errors(&mut self) -> Option<ParseError> {
        loop {
            match self.next()? {
                Ok(_) => {}
                Err(e) => return Some(e),
            }
        }
    }

    fn step(&mut self) -> Result<(), ParseError> {
        let Some(raw) = self.raw.next() else {
            return self.end_of_input();
        };
        let span = self.raw.span();
        let start = self.pos(span.start);
        let mut tok = match raw {
            Ok(tok) => tok,
            Err(e) => return Err(self.raw_error(e, span.start, span.end)),
        };
        let end = self.pos(span.end);
        if tok == Tok::Newline {
            if self.brackets.is_empty() && self.tokens_on_line > 0 && self.mode == Mode::Module {
                self.end_match_head();
                self.pending.push_back((start, Tok::Newline, end));
                self.tokens_on_line = 0;
                self.last_line_head = self.line_head.take();
            } else if self.mode == Mode::Eval && self.brackets.is_empty() {
                // The grammar takes one NEWLINE after the expression; a line with more after
                // it is refused at its first token.
                if self.tokens_on_line > 0 {
                    self.pending.push_back((start, Tok::Newline, end));
                }
                self.tokens_on_line = 0;
            }
            return Ok(());
        }
        if self.mode == Mode::Eval && self.tokens_on_line == 0 && self.brackets.is_empty() && start.col > 0 {
            // A line of `eval` input that starts indented: CPython's "unexpected indent".
            let before = self.pos(span.start - 1);
            self.pending.push_back((before, Tok::Indent, start));
        }
        if self.tokens_on_line == 0 && self.brackets.is_empty() && self.mode == Mode::Module {
            self.indentation(start)?;
            tok = self.line_start(tok);
        }
        if self.line_head.is_none() || self.line_head.is_some_and(|(t, _)| t == Tok::Async) {
            self.line_head = Some((tok, start.line));
        }
        if let Some((index, _)) = self.with_paren.filter(|_| self.with_paren_closed) {
            if tok == Tok::Colon {
                self.pending[index].1 = Tok::WithLPar;
            }
            self.with_paren = None;
            self.with_paren_closed = false;
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(ParseError::at("too many nested parentheses", start));
                }
                self.brackets.push((tok, start));
                if tok == Tok::LPar && self.last_tok == Some(Tok::With) && self.with_paren.is_none() {
                    self.with_paren = Some((self.pending.len(), self.brackets.len()));
                }
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                self.close_bracket(tok, start)?;
                if self.with_paren.is_some_and(|(_, depth)| self.brackets.len() < depth) {
                    self.with_paren_closed = true;
                }
            }
            _ => {}
        }
        self.last_tok = Some(tok);
        self.tokens_on_line += 1;
        self.last_end = end;
        self.pending.push_back((start, tok, end));
        Ok(())
    }

    fn close_bracket(&mut self, tok: Tok<'a>, at: Pos) -> Result<(), ParseError> {
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(ParseError::at(format!("unmatched '{}'", tok.text()), at));
        };
        let matches = matches!(
            (open, tok),
            (Tok::LPar, Tok::RPar) | (Tok::LSqb, Tok::RSqb) | (Tok::LBrace, Tok::RBrace)
        );
        if matches {
            return Ok(());
        }
        let mut msg = format!(
            "closing parenthesis '{}' does not match opening parenthesis '{}'",
            tok.text(),
            open.text()
        );
        if open_at.line != at.line {
            msg.push_str(&format!(" on line {}", open_at.line));
        }
        Err(ParseError::at(msg, at))
    }

    /// Compares the indentation of a new logical line, whose first token starts at `first`, with
    /// the stack, and queues INDENT or DEDENTs.
    fn indentation(&mut self, first: Pos) -> Result<(), ParseError> {
        let line_start = first.offset as usize - first.col as usize;
        let (mut col, mut alt) = (0u32, 0u32);
        for b in self.src[line_start..first.offset as usize].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                // A continuation line: the logical line's indentation was decided on the first.
                _ => return Ok(()),
            }
        }
        let tab_error = || {
            let at = Pos { col: 0, offset: line_start as u32, ..first };
            ParseError::at("inconsistent use of tabs and spaces in indentation", at).kind(ErrorKind::TabError)
        };
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                let at = Pos { col: 0, offset: line_start as u32, ..first };
                return Err(
                    ParseError::at("too many levels of indentation", at).kind(ErrorKind::IndentationError)
                );
            }
            self.indents.push((col, alt));
            // The INDENT token covers the last character of the indentation, which is where
            // CPython's "unexpected indent" points.
            let before = self.pos(first.offset as usize - 1);
            self.pending.push_back((before, Tok::Indent, first));
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending.push_back((first, Tok::Dedent, first));
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let range = self.lines.line_range(self.src, first.line);
                let at = self.pos(range.end);
                return Err(ParseError::at("unindent does not match any outer indentation level", at)
                    .kind(ErrorKind::IndentationError));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn end_of_input(&mut self) -> Result<(), ParseError> {
        self.finished = true;
        let eof = self.pos(self.raw.span().end);
        if let Some((open, at)) = self.brackets.last() {
            let msg = format!("'{}' was never closed", open.text());
            return Err(ParseError::at(msg, *at).left_open(Open::Bracket));
        }
        let body = &self.src[..self.raw.span().end];
        if body.ends_with("\\\n") || body.ends_with("\\\r\n") || body.ends_with("\\\r") {
            let backslash = body.trim_end_matches(['\n', '\r']).len() - 1;
            let at = self.pos(backslash + 1);
            return Err(ParseError::at("unexpected EOF while parsing", at).incomplete());
        }
        if self.mode == Mode::Module {
            if self.tokens_on_line > 0 {
                self.end_match_head();
                self.pending.push_back((self.last_end, Tok::Newline, self.last_end));
                self.last_line_head = self.line_head.take();
            }
            for _ in 1..self.indents.len() {
                self.pending.push_back((eof, Tok::Dedent, eof));
            }
            self.indents.truncate(1);
        }
        Ok(())
    }

    fn raw_error(&mut self, e: RawError, start: usize, end: usize) -> ParseError {
        self.finished = true;
        let at = self.pos(start);
        match e {
            RawError::InvalidCharacter => self.invalid_character(start),
            RawError::InvalidCharacterIn(i) => self.invalid_character(start + i),
            RawError::UnterminatedString => {
                ParseError::at(format!("unterminated string literal (detected at line {})", at.line), at)
            }
            RawError::UnterminatedTripleQuoted => {
                // The line of the source's last character: a final line break belongs to the
                // line it ends, and blank lines before it count (CPython's tokenizer reads to
                // the end of the input before it gives up).
                let all = &self.src[..self.raw.source().len()];
                let body = all.strip_suffix('\n').unwrap_or(all);
                let body = body.strip_suffix('\r').unwrap_or(body);
                let last_line = self.lines.pos(body.len()).line;
                let msg = format!("unterminated triple-quoted string literal (detected at line {last_line})");
                ParseError::at(msg, at).left_open(Open::TripleQuotedString)
            }
            RawError::StrayBackslash => {
                let after = self.pos(end);
                if end >= self.raw.source().len() {
                    ParseError::at("unexpected EOF while parsing", after).incomplete()
                } else {
                    ParseError::at("unexpected character after line continuation character", after)
                }
            }
            RawError::Number(n) => {
                let caret = self.pos(n.at.saturating_sub(1));
                let end = n.end.map_or(caret, |e| self.pos(e.saturating_sub(1)));
                ParseError::new(n.msg, caret, end)
            }
        }
    }

    fn invalid_character(&mut self, offset: usize) -> ParseError {
        let at = self.pos(offset);
        let c = self.src[offset..].chars().next().unwrap_or('\0');
        let msg = if c.is_ascii() && !c.is_ascii_control() {
            // CPython hands `$`, `?` and backticks to its parser, which calls them invalid syntax.
            "invalid syntax".to_string()
        } else if is_printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        ParseError::at(msg, at)
    }
}

/// Python's `str.isprintable` for one character, closely enough for error messages: controls,
/// separators other than the ASCII space, and format characters are not printable.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF))
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Spanned<'a>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if ((self.with_paren.is_none() && self.match_head.is_none()) || self.finished)
                && let Some(t) = self.pending.pop_front()
            {
                return Some(Ok(t));
            }
            if self.finished {
                return None;
            }
            if let Err(e) = self.step() {
                self.failed = true;
                self.finished = true;
                self.pending.clear();
                return Some(Err(e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let lines = LineIndex::new(src);
        Lexer::new(src, &lines, Mode::Module, 0, src.len())
            .map(|t| match t {
                Ok((_, tok, _)) => tok.describe().replace('\n', "\\n"),
                Err(e) => format!("error: {}", e.msg),
            })
            .collect()
    }

    #[test]
    fn blocks_become_indent_and_dedent() {
        let toks = kinds("if x:\n    y\n\n    # note\n    z\nw\n");
        let expected = "if x : newline indent y newline z newline dedent w newline";
        assert_eq!(toks.join(" "), expected);
    }

    #[test]
    fn newlines_inside_brackets_and_after_backslashes_are_not_tokens() {
        assert_eq!(kinds("f(1,\n  2)\nx = 1 + \\\n 2\n").join(" "), "f ( 1 , 2 ) newline x = 1 + 2 newline");
    }

    #[test]
    fn end_of_file_closes_the_line_and_every_block() {
        assert_eq!(
            kinds("if x:\n  if y:\n    z").join(" "),
            "if x : newline indent if y : newline indent z newline dedent dedent"
        );
    }

    #[test]
    fn tabs_and_spaces_must_agree() {
        assert_eq!(
            kinds("if x:\n\ty\n        z\n").last().unwrap(),
            "error: inconsistent use of tabs and spaces in indentation"
        );
    }

    #[test]
    fn bracket_errors_use_cpythons_words() {
        assert_eq!(
            kinds("(]").last().unwrap(),
            "error: closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(kinds("x)").last().unwrap(), "error: unmatched ')'");
        assert_eq!(kinds("[1,\n").last().unwrap(), "error: '[' was never closed");
    }

    #[test]
    fn match_and_case_are_keywords_only_in_a_match_statement() {
        let soft = |src: &str| -> String {
            let lines = LineIndex::new(src);
            let toks: Vec<String> = Lexer::new(src, &lines, Mode::Module, 0, src.len())
                .map(|t| match t {
                    Ok((_, Tok::Match, _)) => "MATCH".to_string(),
                    Ok((_, Tok::Case, _)) => "CASE".to_string(),
                    Ok((_, tok, _)) => tok.describe(),
                    Err(e) => format!("error: {}", e.msg),
                })
                .collect();
            toks.join(" ")
        };
        assert_eq!(
            soft("match x:\n    case 1:\n        case = 2\nmatch = 3\nmatch(x)\ncase = 4\n"),
            "MATCH x : newline indent CASE 1 : newline indent case = 2 newline dedent dedent \
             match = 3 newline match ( x ) newline case = 4 newline"
        );
        assert_eq!(
            soft("match (x):\n case _: pass\n"),
            "MATCH ( x ) : newline indent CASE _ : pass newline dedent"
        );
    }
}
