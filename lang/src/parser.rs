//! The one way into the generated parser. It runs the grammar over the layout lexer and turns
//! lalrpop's errors ("unrecognized token, expected one of ...") into CPython's messages.

use lalrpop_util::ParseError as LalrpopError;

use crate::ast::{Expr, ExprKind, Stmt};
use crate::builder::Top;
use crate::error::{ErrorKind, Open, ParseError};
use crate::lexer::{Lexer, Mode};
use crate::span::{LineIndex, Pos};
use crate::token::Tok;

#[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

/// Parses a module's statements.
pub fn parse_statements(src: &str, lines: &LineIndex) -> Result<Vec<Stmt>, ParseError> {
    match run(src, lines, Mode::Module, 0, src.len())? {
        Top::Module(body) if any_too_deep(&body) => Err(too_deep()),
        Top::Module(body) => Ok(body),
        Top::Expr(_) => unreachable!("module input yields a module"),
    }
}

/// Whether an expression somewhere was cut short for nesting too deeply; the mark reaches each
/// statement's own expressions, so only those need looking at.
fn any_too_deep(body: &[Stmt]) -> bool {
    let found = std::cell::Cell::new(false);
    for s in body {
        s.for_each_child(&mut |e| found.set(found.get() | e.too_deep()), &mut |b| {
            found.set(found.get() | any_too_deep(b));
        });
    }
    found.get()
}

/// CPython raises this `RecursionError` (not a `SyntaxError`) from its compiler; it carries no
/// location, so only its message line is printed.
fn too_deep() -> ParseError {
    ParseError::at("maximum recursion depth exceeded during compilation", Pos::default())
        .kind(ErrorKind::RecursionError)
}

/// Parses `src[start..end]` as an expression, with positions in the whole of `src`: an
/// f-string's replacement field.
pub fn parse_expression_range(
    src: &str,
    lines: &LineIndex,
    start: usize,
    end: usize,
) -> Result<Expr, ParseError> {
    parse_expression_in(src, lines, Mode::Expression, start, end)
}

/// `eval` input: an expression, then at most blank lines and comments.
pub fn parse_eval_input(src: &str, lines: &LineIndex) -> Result<Expr, ParseError> {
    parse_expression_in(src, lines, Mode::Eval, 0, src.len())
}

fn parse_expression_in(
    src: &str,
    lines: &LineIndex,
    mode: Mode,
    start: usize,
    end: usize,
) -> Result<Expr, ParseError> {
    match run(src, lines, mode, start, end)? {
        Top::Expr(e) if e.too_deep() => Err(too_deep()),
        // A bare `yield` is a replacement field's, not eval input's (CPython's `expressions`).
        Top::Expr(e)
            if mode == Mode::Eval && matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) =>
        {
            Err(ParseError::at("invalid syntax", e.span.start))
        }
        Top::Expr(e) => Ok(e),
        Top::Module(_) => unreachable!("expression input yields an expression"),
    }
}

fn run(src: &str, lines: &LineIndex, mode: Mode, start: usize, end: usize) -> Result<Top, ParseError> {
    // CPython's tokenizer refuses a NUL in a file outright, naming its line without a caret.
    if let Some(at) = src[start..end].find('\0') {
        let mut e = ParseError::at("source code cannot contain null bytes", lines.pos(start + at));
        e.no_column = true;
        return Err(e);
    }
    let mut lexer = Lexer::new(src, lines, mode, start, end);
    let mut tokens: Vec<(Pos, Tok<'_>, Pos)> = Vec::new();
    // Keep the tokens seen so far: the messages about a failure look back at them.
    let recorder = std::iter::from_fn(|| {
        let t = lexer.next()?;
        if let Ok(t) = &t {
            tokens.push(*t);
        }
        Some(t)
    });
    let result = generated::TopParser::new().parse(src, lines, recorder);
    match result {
        Ok(top) => Ok(top),
        Err(e) => {
            let err = explain(e, &mut lexer, &tokens, mode);
            // CPython tokenizes the rest of the input before reporting a parser error, and a
            // tokenizer error found there (an unclosed bracket, a bad string) wins.
            // It only stands in for the parser's error: the input was wrong before it ended, so
            // more lines cannot make it right.
            // A bracket still open at the end wins only over an error on a later line than
            // the bracket's (CPython's check after its tokenizer's message-less error token):
            // `def g(:` stays invalid syntax, `x = [1, 2\ny = 4` is the unclosed '['.
            if !lexer.failed
                && let Some(mut e) = lexer.scan_rest_for_errors()
                && !(e.open == Some(Open::Bracket) && err.end.line <= e.start.line)
            {
                e.incomplete = err.incomplete;
                return Err(e);
            }
            Err(err)
        }
    }
}

type GeneratedError<'a> = LalrpopError<Pos, Tok<'a>, ParseError>;

/// Turns a parse failure into the error CPython would report for it.
fn explain(
    err: GeneratedError<'_>,
    lexer: &mut Lexer<'_>,
    tokens: &[(Pos, Tok<'_>, Pos)],
    mode: Mode,
) -> ParseError {
    match err {
        LalrpopError::User { error } => error,
        LalrpopError::InvalidToken { location } => ParseError::at("invalid syntax", location),
        LalrpopError::UnrecognizedEof { location, expected } => {
            if expects(&expected, "Indent")
                && let Some(e) = missing_block(lexer, None)
            {
                return e.incomplete();
            }
            if expects(&expected, "\"except\"") && expects(&expected, "\"finally\"") {
                return try_without_handler_at_end(lexer, tokens, location);
            }
            let at = tokens.last().map_or(location, |t| t.2);
            let msg = if mode == Mode::Module { "unexpected EOF while parsing" } else { "invalid syntax" };
            ParseError::at(msg, at).incomplete()
        }
        LalrpopError::UnrecognizedToken { token: (l, tok, r), expected } => {
            if tok == Tok::Indent {
                return ParseError::at("unexpected indent", l).kind(ErrorKind::IndentationError);
            }
            if expected.len() == 1 && expects(&expected, "Indent") {
                let at_end = lexer.at_end(l);
                // A dedent instead of the block: CPython names the line that dedented, without
                // a caret; at the end of the input, the header's line.
                let found = if tok == Tok::Dedent && at_end { None } else { Some((l, r)) };
                if let Some(mut e) = missing_block(lexer, found) {
                    e.no_column |= tok == Tok::Dedent;
                    // At the end of the input, the block may be on lines still to come (the REPL).
                    return if at_end { e.incomplete() } else { e };
                }
            }
            if expects(&expected, "\"except\"") && expects(&expected, "\"finally\"") {
                if lexer.at_end(l) {
                    return try_without_handler_at_end(lexer, tokens, l);
                }
                return ParseError::new("expected 'except' or 'finally' block", l, r);
            }
            if tok == Tok::Dedent {
                return ParseError::at("unexpected unindent", l).kind(ErrorKind::IndentationError);
            }
            if tok == Tok::Newline && expects(&expected, "\":\"") {
                return ParseError::at("expected ':'", l);
            }
            if let Some(e) = if_without_else(tokens, &expected) {
                return e;
            }
            let before = tokens.len().checked_sub(2).map(|i| tokens[i]);
            if matches!(before, Some((_, Tok::Else | Tok::Try | Tok::Finally, _)))
                && expects(&expected, "\":\"")
            {
                // CPython's grammar demands the colon there (`&&':'`): `else if x:`.
                return ParseError::new("expected ':'", l, r);
            }
            if let Some(e) = dict_key_without_value(tokens, tok, &expected) {
                return e;
            }
            if let Some(e) = except_without_parentheses(lexer, tokens, tok, l) {
                return e;
            }
            if let Some(e) = unpacking_in_dict_comprehension(tokens, tok) {
                return e;
            }
            if let Some(e) = legacy_print(tokens, tok, before) {
                return e;
            }
            if let Some(e) = assignment_to_yield(tokens, tok) {
                return e;
            }
            if let Some(e) = forgot_comma(lexer, tokens, tok, before, (l, r)) {
                return e;
            }
            if let Some(e) = equals_for_comparison(lexer, tokens, tok, before) {
                return e;
            }
            ParseError::new("invalid syntax", l, r)
        }
        LalrpopError::ExtraToken { token: (l, _, r) } => ParseError::new("invalid syntax", l, r),
    }
}

/// A `try` block at the end of the input without `except` or `finally`: CPython names the
/// input's last line (a blank one, if it ends with blank lines), without a caret. More lines
/// may bring the handler (the REPL, `code.compile_command`), so the input is incomplete.
fn try_without_handler_at_end(
    lexer: &Lexer<'_>,
    tokens: &[(Pos, Tok<'_>, Pos)],
    location: Pos,
) -> ParseError {
    let block_end = tokens.iter().rev().find(|t| t.1 == Tok::Newline).map_or(location.line, |t| t.0.line);
    let line = block_end.max(lexer.line_count());
    let mut e = ParseError::at("expected 'except' or 'finally' block", Pos { line, col: 0, offset: 0 });
    e.no_column = true;
    e.incomplete()
}

/// `x = 1 if 2`: a conditional expression without its `else` (CPython's `invalid_expression`),
/// reported from the start of its body to the end of its condition. The tokens before the one
/// that failed are read back over the condition to its `if`, then over the body to the first
/// token that cannot be part of a `disjunction`.
fn if_without_else(tokens: &[(Pos, Tok<'_>, Pos)], expected: &[String]) -> Option<ParseError> {
    if !expects(expected, "\"else\"") {
        return None;
    }
    let failed = tokens.len().checked_sub(1)?;
    let condition_end = tokens.get(failed.checked_sub(1)?)?.2;
    let mut depth = 0i32;
    let mut if_at = None;
    let mut body_start = None;
    let mut last_in = None;
    for i in (0..failed).rev() {
        let t = tokens[i].1;
        match t {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            Tok::If if if_at.is_none() => {
                if i + 1 == failed {
                    return None;
                }
                if_at = Some(i);
                continue;
            }
            // `for x in a if b:` is only invalid syntax for CPython.
            Tok::For if last_in.is_some() => return None,
            Tok::In => last_in = Some(i),
            _ if !in_disjunction(t) => break,
            _ => {}
        }
        if if_at.is_some() {
            body_start = Some(i);
        }
    }
    let if_at = if_at?;
    let mut body_start = body_start?;
    // A star that starts the body unpacks it (`f(*a if b)`): not the body's.
    if matches!(tokens[body_start].1, Tok::Star | Tok::DoubleStar) {
        body_start += 1;
    }
    let start = tokens.get(body_start).filter(|_| body_start < if_at)?.0;
    Some(ParseError::new("expected 'else' after 'if' expression", start, condition_end))
}

/// `{"a": 1, "b"}`: a key without its value after a pair of a dict display (CPython's
/// `invalid_kvpair`), with one caret at the key's last character.
fn dict_key_without_value(
    tokens: &[(Pos, Tok<'_>, Pos)],
    found: Tok<'_>,
    expected: &[String],
) -> Option<ParseError> {
    if !matches!(found, Tok::RBrace | Tok::Comma) || !expects(expected, "\":\"") {
        return None;
    }
    let failed = tokens.len().checked_sub(1)?;
    let key_end = tokens.get(failed.checked_sub(1)?)?.2;
    let (mut depth, mut comma) = (0i32, false);
    for i in (0..failed).rev() {
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Lambda => return None,
            Tok::Comma if depth == 0 => comma = true,
            Tok::Colon if depth == 0 && comma => {
                let last = Pos {
                    offset: key_end.offset - 1,
                    line: key_end.line,
                    col: key_end.col.saturating_sub(1),
                };
                return Some(ParseError::at("':' expected after dictionary key", last));
            }
            Tok::Colon if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// `except A, B:`: CPython's `invalid_except_stmt`, underlined from the first type to the
/// colon.
fn except_without_parentheses(
    lexer: &Lexer<'_>,
    tokens: &[(Pos, Tok<'_>, Pos)],
    found: Tok<'_>,
    at: Pos,
) -> Option<ParseError> {
    if found != Tok::Comma {
        return None;
    }
    let failed = tokens.len().checked_sub(1)?;
    let mut depth = 0i32;
    let mut except_at = None;
    for i in (0..failed).rev() {
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            Tok::Except if depth == 0 => {
                except_at = Some(i);
                break;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Colon | Tok::As | Tok::Comma => return None,
            Tok::LPar | Tok::LSqb | Tok::LBrace => return None,
            _ => {}
        }
    }
    let mut first = except_at? + 1;
    // The first type's own extent: CPython's node leaves its parentheses out.
    while matches!(tokens.get(first)?.1, Tok::Star | Tok::LPar) {
        first += 1;
    }
    let start = tokens.get(first).filter(|_| first < failed)?.0;
    // The rest of the line, up to its colon (a comment and the colon itself left out).
    let src = lexer.src();
    let rest = &src[at.offset as usize..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let line = line.split('#').next().unwrap_or(line).trim_end();
    let line = line.strip_suffix(':').unwrap_or(line).trim_end();
    let len = line.len() as u32;
    let end = Pos { offset: at.offset + len, line: at.line, col: at.col + len };
    Some(ParseError::new("multiple exception types must be parenthesized", start, end))
}

/// `{**a for a in b}`: CPython's `invalid_dict_comprehension`, at the `**`.
fn unpacking_in_dict_comprehension(tokens: &[(Pos, Tok<'_>, Pos)], found: Tok<'_>) -> Option<ParseError> {
    if found != Tok::For {
        return None;
    }
    let mut depth = 0i32;
    for i in (0..tokens.len().saturating_sub(1)).rev() {
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            Tok::LBrace => {
                let (l, star, r) = *tokens.get(i + 1)?;
                return (star == Tok::DoubleStar)
                    .then(|| ParseError::new("dict unpacking cannot be used in dict comprehension", l, r));
            }
            Tok::LPar | Tok::LSqb | Tok::Comma | Tok::Colon if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Whether a token can be part of a `disjunction` (an operand or operator of `or`, `and`,
/// `not`, comparisons and arithmetic), brackets aside.
fn in_disjunction(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::Match
            | Tok::Case
            | Tok::False
            | Tok::None
            | Tok::True
            | Tok::And
            | Tok::Or
            | Tok::Not
            | Tok::Is
            | Tok::In
            | Tok::Await
            | Tok::Dot
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LShift
            | Tok::RShift
            | Tok::Amper
            | Tok::VBar
            | Tok::Circumflex
            | Tok::Tilde
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
    )
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// `expected an indented block after 'if' statement on line 3`, located at the token that came
/// instead of the block, or (at the end of the input) on the header line itself.
fn missing_block(lexer: &Lexer<'_>, found: Option<(Pos, Pos)>) -> Option<ParseError> {
    let (head, line) = lexer.last_line_head?;
    let what = match head {
        Tok::If
        | Tok::Elif
        | Tok::Else
        | Tok::While
        | Tok::For
        | Tok::With
        | Tok::Try
        | Tok::Except
        | Tok::Finally
        | Tok::Match
        | Tok::Case => {
            format!("'{}' statement", head.text())
        }
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        _ => return None,
    };
    let msg = format!("expected an indented block after {what} on line {line}");
    let err = match found {
        Some((l, r)) => ParseError::new(msg, l, r),
        None => {
            let mut e = ParseError::at(msg, Pos { line, col: 0, offset: 0 });
            e.no_column = true;
            e
        }
    };
    Some(err.kind(ErrorKind::IndentationError))
}

/// `if x = 3:`: a name and `=` where a condition or an item was expected (CPython's
/// `invalid_named_expression`), reported from the name to the end of the value, unless
/// another `=` follows the value (then it is plain invalid syntax).
fn equals_for_comparison(
    lexer: &mut Lexer<'_>,
    tokens: &[(Pos, Tok<'_>, Pos)],
    found: Tok<'_>,
    before: Option<(Pos, Tok<'_>, Pos)>,
) -> Option<ParseError> {
    let (_, Tok::Name(_), name_end) = before? else { return None };
    if found != Tok::Assign || tokens.len() < 3 {
        return None;
    }
    // A dotted name (`x.y = 3`) is an attribute CPython cannot assign to there.
    let mut first = tokens.len() - 2;
    while first >= 2 && tokens[first - 1].1 == Tok::Dot && matches!(tokens[first - 2].1, Tok::Name(_)) {
        first -= 2;
    }
    let start = tokens[first].0;
    if first < 1 {
        return None;
    }
    let opener = tokens[first - 1].1;
    if !matches!(opener, Tok::If | Tok::Elif | Tok::While | Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Comma)
    {
        return None;
    }
    if first < tokens.len() - 2 {
        let msg = "cannot assign to attribute here. Maybe you meant '==' instead of '='?";
        return Some(ParseError::new(msg, start, name_end));
    }
    // The value: what a `bitwise_or` takes, to the first token at its depth that ends one.
    let mut depth = 0i32;
    let mut end = None;
    // Reading the value may reach the end of the input with a bracket still open.
    let mut unclosed = None;
    loop {
        let (t, r) = match lexer.next() {
            Some(Ok((_, t, r))) => (t, r),
            Some(Err(e)) => {
                unclosed = Some(e).filter(|e| e.open == Some(Open::Bracket));
                break;
            }
            None => break,
        };
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            Tok::Assign | Tok::Walrus => return None,
            Tok::Newline
            | Tok::Colon
            | Tok::Comma
            | Tok::Semi
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::And
            | Tok::Or
            | Tok::Not
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::In
            | Tok::Is
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual => break,
            _ => {}
        }
        end = Some(r);
    }
    let hint = ParseError::new("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, end?);
    // CPython's rule looks at the token after the value: at the end of the input with a
    // bracket open, that token is the tokenizer's error, which is what is reported.
    Some(unclosed.unwrap_or(hint))
}

/// Whether the innermost open bracket is a `def`'s parameter list (`def f(a b):`), where
/// CPython's comma hint, a rule of expressions, does not apply.
fn in_parameter_list(tokens: &[(Pos, Tok<'_>, Pos)]) -> bool {
    let mut depth = 0i32;
    for (i, &(_, t, _)) in tokens.iter().enumerate().rev() {
        match t {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            Tok::LPar => {
                return i >= 2 && matches!(tokens[i - 1].1, Tok::Name(_)) && tokens[i - 2].1 == Tok::Def;
            }
            Tok::LSqb | Tok::LBrace => return false,
            _ => {}
        }
    }
    false
}

/// `print "x"`: CPython names the Python 2 habit.
fn legacy_print(
    tokens: &[(Pos, Tok<'_>, Pos)],
    found: Tok<'_>,
    before: Option<(Pos, Tok<'_>, Pos)>,
) -> Option<ParseError> {
    let (l, Tok::Name(name @ ("print" | "exec")), _) = before? else {
        return None;
    };
    if !starts_expression(found) {
        return None;
    }
    let line_start = tokens.len() < 3
        || matches!(tokens[tokens.len() - 3].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi);
    if !line_start {
        return None;
    }
    let end = tokens.last().map_or(l, |t| t.2);
    Some(ParseError::new(
        format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
        l,
        end,
    ))
}

/// `yield = 3`, `yield x = 3`: a statement that starts with `yield` is a yield expression, which
/// CPython's `invalid_assignment` names from the `yield` to the `=`.
fn assignment_to_yield(tokens: &[(Pos, Tok<'_>, Pos)], found: Tok<'_>) -> Option<ParseError> {
    if found != Tok::Assign {
        return None;
    }
    let failed = tokens.len().checked_sub(1)?;
    let mut depth = 0i32;
    let mut start = 0;
    for i in (0..failed).rev() {
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Colon if depth == 0 => {
                start = i + 1;
                break;
            }
            Tok::Assign if depth == 0 => return None,
            _ => {}
        }
    }
    let (l, Tok::Yield, _) = *tokens.get(start)? else { return None };
    let end = tokens.get(failed.checked_sub(1)?)?.2;
    Some(ParseError::new("assignment to yield expression not possible", l, end))
}

/// Two expressions side by side inside brackets: CPython guesses a missing comma and underlines
/// both.
fn forgot_comma(
    lexer: &mut Lexer<'_>,
    tokens: &[(Pos, Tok<'_>, Pos)],
    found: Tok<'_>,
    before: Option<(Pos, Tok<'_>, Pos)>,
    at: (Pos, Pos),
) -> Option<ParseError> {
    let (_, prev, _) = before?;
    lexer.open_bracket()?;
    if in_parameter_list(tokens) {
        return None;
    }
    if !ends_expression(prev)
        || !starts_expression(found)
        || matches!(found, Tok::Not | Tok::Lambda | Tok::Await)
    {
        return None;
    }
    // The left expression: back to the nearest comma, opening bracket or keyword at this depth.
    // A statement's start on the way means the bracket open is `found` itself (`class G[T]`):
    // no expression inside brackets came before it.
    let mut depth = 0i32;
    let mut start = at.0;
    let mut enclosed = false;
    for &(l, t, _) in tokens[..tokens.len() - 1].iter().rev() {
        match t {
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Class | Tok::Def if depth == 0 => {
                return None;
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => {
                enclosed = true;
                break;
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::Comma
            | Tok::Colon
            | Tok::Assign
            | Tok::Walrus
            | Tok::For
            | Tok::If
            | Tok::Else
            | Tok::In
            | Tok::Lambda
            | Tok::Yield
            | Tok::Return
            | Tok::Not
            | Tok::And
            | Tok::Or
                if depth == 0 =>
            {
                enclosed = true;
                break;
            }
            _ => {}
        }
        start = l;
    }
    if !enclosed {
        return None;
    }
    Some(ParseError::new("invalid syntax. Perhaps you forgot a comma?", start, at.1))
}

fn ends_expression(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn starts_expression(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
    )
}
