//! What the running code wrote after the last line break, on either stream. CPython's REPL
//! draws its prompt after such text (`print('a', end='')` leaves `a>>> ` on the screen); the
//! line editor draws its prompt from the start of the line, so the REPL puts the text in the
//! prompt itself.

use std::io::Write;
use std::sync::{Arc, Mutex};

/// The text since the last line break, shared by the two streams (a terminal shows them as one).
#[derive(Clone, Default)]
pub struct LineTail(Arc<Mutex<String>>);

impl LineTail {
    /// The text, leaving the tail empty: the prompt drawn after it ends the line when Enter is
    /// pressed.
    pub fn take(&self) -> String {
        self.0.lock().map(|mut t| std::mem::take(&mut *t)).unwrap_or_default()
    }

    fn saw(&self, bytes: &[u8]) {
        let Ok(mut tail) = self.0.lock() else { return };
        let text = String::from_utf8_lossy(bytes);
        // A carriage return also starts the line over, as the terminal shows it.
        match text.rfind(['\n', '\r']) {
            Some(i) => *tail = text[i + 1..].to_string(),
            None => tail.push_str(&text),
        }
    }

    /// `inner`, noting in this tail what passes through it.
    pub fn writer(&self, inner: Box<dyn Write + Send>) -> Box<dyn Write + Send> {
        Box::new(Tracked { inner, tail: self.clone() })
    }
}

struct Tracked {
    inner: Box<dyn Write + Send>,
    tail: LineTail,
}

impl Write for Tracked {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.tail.saw(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::LineTail;

    #[test]
    fn the_tail_is_what_follows_the_last_line_break_on_either_stream() {
        let tail = LineTail::default();
        let mut out = tail.writer(Box::new(std::io::sink()));
        let mut err = tail.writer(Box::new(std::io::sink()));
        out.write_all(b"first\nsec").unwrap();
        err.write_all(b"ond").unwrap();
        assert_eq!(tail.take(), "second");
        assert_eq!(tail.take(), "");
        out.write_all(b"done\n").unwrap();
        assert_eq!(tail.take(), "");
        out.write_all(b"50%\r75%").unwrap();
        assert_eq!(tail.take(), "75%");
    }

    use std::io::Write;
}
