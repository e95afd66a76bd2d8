//! Python's tokens. logos recognises the raw ones; `Newline`, `Indent` and `Dedent` as the parser
//! sees them are decided by the layout pass in `lexer.rs`, which owns the indentation stack.

use std::fmt;

use logos::Logos;

use crate::numbers::{self, NumberError};

/// Why logos could not produce a token. Positions are filled in by the layout pass, which knows the
/// line table; logos only knows byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RawError {
    /// A character that starts no token (`$`, `?`, a stray `!`, `€`, ...).
    #[default]
    InvalidCharacter,
    /// A name containing a character that cannot continue an identifier; the offset is from the
    /// start of the token.
    InvalidCharacterIn(usize),
    /// A string whose closing quote never comes (single-quoted: before the end of the line).
    UnterminatedString,
    /// A triple-quoted string that runs to the end of the file.
    UnterminatedTripleQuoted,
    /// A backslash followed by something other than a newline.
    StrayBackslash,
    /// A malformed numeric literal.
    Number(NumberError),
}

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Tok<'a> {
    // Layout tokens. `Newline` is also what logos yields for a raw line break; the layout pass
    // drops the ones inside brackets and on blank lines.
    #[regex(r"\r\n|\n|\r")]
    Newline,
    Indent,
    Dedent,
    /// Emitted first when the input is an expression rather than a module (eval input, f-string
    /// replacement fields), so that one grammar and one set of tables serves both.
    StartExpr,
    /// The `(` of `with (a as b, c as d):`, told apart from a parenthesised expression by the
    /// layout pass, which looks past the matching `)` for the `:`.
    WithLPar,
    /// The soft keywords `match` and `case`, told apart from names by the layout pass: a
    /// logical line that starts with `match` and ends with `:` is a match statement, and the
    /// lines of its block start with `case`.
    Match,
    Case,

    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", name)]
    Name(&'a str),
    /// Any numeric literal. logos sees only its first character; `numbers::scan` finds its end
    /// the way CPython's tokenizer does, errors included.
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(&'a str),
    /// A whole string literal, prefix and quotes included; `strings.rs` decodes it.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, string)]
    String(&'a str),

    #[token("\\", stray_backslash)]
    Backslash,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token("=")]
    Assign,
    #[token(":=")]
    Walrus,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    /// Only meaningful inside f-string replacement fields (`{x!r}`); elsewhere the grammar has no
    /// place for it and the parser reports `invalid syntax`.
    #[token("!")]
    Bang,
}

fn number<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> Result<&'a str, RawError> {
    let start = lex.span().start;
    let end = numbers::scan(lex.source(), start).map_err(RawError::Number)?;
    lex.bump(end - lex.span().end);
    Ok(lex.slice())
}

fn stray_backslash<'a>(_: &mut logos::Lexer<'a, Tok<'a>>) -> Result<(), RawError> {
    Err(RawError::StrayBackslash)
}

/// Checks a name made of ASCII identifier characters and any non-ASCII characters: the non-ASCII
/// ones must be identifier characters by Unicode's XID rules, as in CPython.
fn name<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> Result<&'a str, RawError> {
    let text = lex.slice();
    if text.is_ascii() {
        return Ok(text);
    }
    for (i, c) in text.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        if !ok {
            if i == 0 {
                return Err(RawError::InvalidCharacter);
            }
            // Stop the name before the bad character, so the error points at it.
            return Err(RawError::InvalidCharacterIn(i));
        }
    }
    Ok(text)
}

/// Scans a string literal to its closing quote. logos matched the prefix and the opening quote;
/// the body is scanned by hand because triple quotes, escaped quotes and the "unterminated" errors
/// are awkward to say as a regular expression.
fn string<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> Result<&'a str, RawError> {
    let quote = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        let b = rest[i];
        if b == b'\\' {
            // In raw strings too, a backslash keeps the next character from ending the string.
            i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') { 3 } else { 2 };
            continue;
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                return Ok(lex.slice());
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                lex.bump(i + 3);
                return Ok(lex.slice());
            }
        } else if !triple && (b == b'\n' || b == b'\r') {
            break;
        }
        i += 1;
    }
    if triple { Err(RawError::UnterminatedTripleQuoted) } else { Err(RawError::UnterminatedString) }
}

impl Tok<'_> {
    /// How the token reads in an error message about it.
    pub fn describe(&self) -> String {
        match self {
            Tok::Newline => "newline".into(),
            Tok::Indent => "indent".into(),
            Tok::Dedent => "dedent".into(),
            Tok::StartExpr => "start of expression".into(),
            Tok::WithLPar => "(".into(),
            Tok::Name(s) | Tok::Number(s) | Tok::String(s) => (*s).into(),
            other => other.text().into(),
        }
    }

    /// The source text of a keyword or operator token; empty for tokens with variable text.
    pub fn text(&self) -> &'static str {
        use Tok::*;
        match self {
            Newline | Indent | Dedent | StartExpr | Name(_) | Number(_) | String(_) => "",
            WithLPar => "(",
            Match => "match",
            Case => "case",
            Backslash => "\\",
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Colon => ":",
            Semi => ";",
            Dot => ".",
            Ellipsis => "...",
            Arrow => "->",
            Assign => "=",
            Walrus => ":=",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LShift => "<<",
            RShift => ">>",
            Amper => "&",
            VBar => "|",
            Circumflex => "^",
            Tilde => "~",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            PlusEqual => "+=",
            MinusEqual => "-=",
            StarEqual => "*=",
            DoubleStarEqual => "**=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            LShiftEqual => "<<=",
            RShiftEqual => ">>=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            Bang => "!",
        }
    }

    /// Whether the token is a keyword (which cannot be assigned to or used as a name).
    pub fn is_keyword(&self) -> bool {
        if matches!(self, Tok::Match | Tok::Case) {
            return false;
        }
        let t = self.text();
        !t.is_empty() && t.as_bytes()[0].is_ascii_alphabetic()
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}
