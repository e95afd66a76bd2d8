//! Inflating for `zlib`: a DEFLATE decoder (RFC 1951) inside zlib (RFC 1950) or gzip (RFC 1952)
//! wrapping, that stops and resumes at any byte of input and of output.
//!
//! It is written to behave as zlib's `inflate()` does wherever Python can see it, which a
//! general-purpose decoder (miniz_oxide's) does not: the same error messages ("invalid block
//! type", "incorrect header check", "invalid distance too far back"...), input read only as far
//! as the bits it needs (so `unconsumed_tail` and `unused_data` hold the bytes zlib leaves), a
//! full output still decoding up to the next byte it would write (so a stream whose last byte
//! fits reports its end, as zlib does), preset dictionaries, and errors that stick.
//!
//! Huffman codes are decoded through one table per code indexed by its longest code's bits,
//! which a block builds once; invalid and incomplete codes are refused by zlib's rules.

/// The wrapping around the deflate data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrap {
    Raw,
    Zlib,
    Gzip,
    /// A zlib or gzip header, whichever comes (wbits 32 + n).
    Auto,
}

/// How a call ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Out of input, or the output is full: call again with more of either.
    Progress,
    /// The stream ended; what follows in the input was not read.
    End,
    /// A zlib header asked for a preset dictionary (`set_dictionary`), whose Adler-32 is this.
    NeedDict(u32),
    /// The data is invalid: zlib's message. Every later call says it again.
    Error(&'static str),
}

/// The most a distance reaches back, and so the history kept.
const WINDOW: usize = 32 * 1024;

/// Order in which a dynamic block lists its code-length code's lengths (RFC 1951, 3.2.7).
const CLEN_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
    227, 258,
];
const LEN_EXTRA: [u8; 29] =
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/// One entry of a decoding table: the symbol a code's bits stand for and the code's length,
/// or (`valid` false) bits no usable code starts with.
#[derive(Clone, Copy, Default)]
struct Entry {
    sym: u16,
    len: u8,
    valid: bool,
}

/// Which code a table decodes, for zlib's rules on incomplete codes and its messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    CodeLengths,
    Literals,
    Distances,
}

/// A canonical Huffman code as a table indexed by the next `bits` bits of input.
#[derive(Clone, Default)]
struct Table {
    entries: Vec<Entry>,
    bits: u32,
}

impl Table {
    /// The table for these code lengths, or `None` for a set zlib refuses: over-subscribed,
    /// or incomplete (allowed only for a literal or distance code of a single one-bit code).
    fn build(lengths: &[u8], kind: Kind) -> Option<Table> {
        let mut count = [0u16; 16];
        for &l in lengths {
            count[usize::from(l)] += 1;
        }
        count[0] = 0;
        let max = (1..16).rev().find(|&l| count[l] != 0).unwrap_or(0);
        if max == 0 {
            // No codes at all: zlib lets decoding fail on the first code, which reads one bit
            // (and, for the code-length code, stands for length 0).
            let e = Entry { sym: 0, len: 1, valid: kind == Kind::CodeLengths };
            return Some(Table { entries: vec![e; 2], bits: 1 });
        }
        let mut left: i32 = 1;
        for &c in &count[1..] {
            left = left * 2 - i32::from(c);
            if left < 0 {
                return None;
            }
        }
        if left > 0 && (kind == Kind::CodeLengths || max != 1) {
            return None;
        }
        // Canonical codes: each length's first code follows the previous length's last.
        let mut next = [0u32; 16];
        let mut code = 0u32;
        for len in 1..16 {
            code = (code + u32::from(count[len - 1])) << 1;
            next[len] = code;
        }
        let size = 1usize << max;
        // Incomplete: the one unused one-bit code is invalid, one bit long.
        let mut entries = vec![Entry { sym: 0, len: 1, valid: false }; size];
        for (sym, &len) in lengths.iter().enumerate() {
            if len == 0 {
                continue;
            }
            let len32 = u32::from(len);
            let c = next[usize::from(len)];
            next[usize::from(len)] += 1;
            // Codes are sent most significant bit first; the table is indexed by input order.
            let rev = (c.reverse_bits() >> (32 - len32)) as usize;
            let valid = match kind {
                Kind::Literals => sym < 286,
                Kind::Distances => sym < 30,
                Kind::CodeLengths => true,
            };
            let e = Entry { sym: sym as u16, len, valid };
            let mut i = rev;
            while i < size {
                entries[i] = e;
                i += 1 << len;
            }
        }
        Some(Table { entries, bits: max as u32 })
    }

    fn fixed_literals() -> Table {
        let mut l = [8u8; 288];
        l[144..256].fill(9);
        l[256..280].fill(7);
        Table::build(&l, Kind::Literals).unwrap_or_default()
    }

    fn fixed_distances() -> Table {
        // 32 codes, of which the last two are invalid (zlib's table has them too).
        Table::build(&[5u8; 32], Kind::Distances).unwrap_or_default()
    }
}

/// Where a dynamic block's header has got to: its code lengths so far.
#[derive(Clone)]
struct DynHeader {
    nlen: usize,
    ndist: usize,
    ncode: usize,
    lens: Vec<u8>,
    codes: Option<Table>,
}

#[derive(Clone)]
enum State {
    /// The two bytes of a zlib header, or gzip's magic.
    Head,
    GzipFlags,
    GzipTime,
    GzipOs,
    GzipExtraLen,
    GzipExtra(usize),
    GzipName,
    GzipComment,
    GzipHeaderCrc,
    DictId,
    Dict(u32),
    BlockHeader,
    StoredLengths,
    Stored(usize),
    Dynamic(Box<DynHeader>),
    /// Decoding a block's symbols.
    Codes,
    /// A literal decoded, waiting for room.
    Literal(u8),
    LengthExtra(usize),
    Distance(usize),
    DistanceExtra(usize, usize),
    /// A match decoded: this many bytes left to copy from this far back.
    Copy(usize, usize),
    Check,
    GzipLength,
    Done,
    Bad(&'static str),
}

/// A decompression stream's whole state (cloned by `Decompress.copy()`).
#[derive(Clone)]
pub struct Inflater {
    wrap: Wrap,
    /// 0: the zlib header's (zlib's `wbits == 0`).
    window_bits: u32,
    state: State,
    bits: u64,
    nbits: u32,
    /// The last bytes written before this call (at most `WINDOW`).
    history: Vec<u8>,
    /// The preset dictionary's bytes in `history`, which distances may reach back into.
    dict_len: u64,
    total_out: u64,
    /// Adler-32 (zlib) or CRC-32 (gzip) of the output so far, or of the gzip header.
    check: u32,
    gzip_flags: u16,
    header_crc: Option<crc32fast::Hasher>,
    /// The current block is the last.
    last: bool,
    /// Tables of the current block.
    lit: Table,
    dist: Table,
    have_dict: bool,
}

/// The input of one call, read a byte at a time into the bit buffer.
struct Input<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Inflater {
    /// `window_bits` is 8-15, or 0 for a zlib header's own.
    pub fn new(wrap: Wrap, window_bits: u32) -> Inflater {
        Inflater {
            wrap,
            window_bits,
            state: if wrap == Wrap::Raw { State::BlockHeader } else { State::Head },
            bits: 0,
            nbits: 0,
            history: Vec::new(),
            dict_len: 0,
            total_out: 0,
            check: 0,
            gzip_flags: 0,
            header_crc: None,
            last: false,
            lit: Table::default(),
            dist: Table::default(),
            have_dict: false,
        }
    }

    /// Takes a preset dictionary: for a raw stream before it starts, for a zlib stream when it
    /// asked (`Status::NeedDict`). False when the dictionary is not the one the stream names.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> bool {
        if let State::Dict(id) = self.state {
            if super::zlib::adler32(1, dict) != id {
                return false;
            }
            self.state = State::BlockHeader;
            self.check = 1;
        }
        let tail = &dict[dict.len().saturating_sub(WINDOW)..];
        self.history.clear();
        self.history.extend_from_slice(tail);
        self.dict_len = tail.len() as u64;
        self.have_dict = true;
        true
    }

    /// Decodes from `input`, appending at most `limit` bytes to `out`. Returns how many bytes
    /// of input it read (the rest is untouched) and why it stopped.
    pub fn inflate(&mut self, input: &[u8], out: &mut Vec<u8>, limit: usize) -> (usize, Status) {
        let base = out.len();
        let mut inp = Input { data: input, pos: 0 };
        let status = loop {
            match self.step(&mut inp, out, base, limit) {
                Ok(true) => {}
                Ok(false) => break Status::Progress,
                Err(s) => break s,
            }
        };
        let written = &out[base..];
        self.update_check(written);
        self.total_out += written.len() as u64;
        self.remember(written);
        if let Status::Error(msg) = status {
            self.state = State::Bad(msg);
        }
        (inp.pos, status)
    }

    fn update_check(&mut self, data: &[u8]) {
        match self.wrap {
            Wrap::Zlib => self.check = super::zlib::adler32(self.check, data),
            Wrap::Gzip => {
                let mut h = crc32fast::Hasher::new_with_initial(self.check);
                h.update(data);
                self.check = h.finalize();
            }
            Wrap::Raw | Wrap::Auto => {}
        }
    }

    /// Keeps the last `WINDOW` bytes of output for later distances.
    fn remember(&mut self, written: &[u8]) {
        if written.len() >= WINDOW {
            self.history.clear();
            self.history.extend_from_slice(&written[written.len() - WINDOW..]);
        } else {
            self.history.extend_from_slice(written);
            let excess = self.history.len().saturating_sub(WINDOW);
            self.history.drain(..excess);
        }
    }

    // ---- Bits ----------------------------------------------------------------------------

    /// At least `n` bits in the buffer (pulling whole bytes, as zlib's NEEDBITS), or false
    /// when the input ran out (the bytes pulled stay pulled).
    fn need(&mut self, inp: &mut Input, n: u32) -> bool {
        while self.nbits < n {
            let Some(&b) = inp.data.get(inp.pos) else { return false };
            inp.pos += 1;
            self.bits |= u64::from(b) << self.nbits;
            self.nbits += 8;
        }
        true
    }

    fn peek(&self, n: u32) -> u32 {
        (self.bits & ((1u64 << n) - 1)) as u32
    }

    fn drop_bits(&mut self, n: u32) {
        self.bits >>= n;
        self.nbits -= n;
    }

    fn take(&mut self, n: u32) -> u32 {
        let v = self.peek(n);
        self.drop_bits(n);
        v
    }

    /// The next symbol of `table` (its code's bits not yet dropped), or `None` for lack of
    /// input.
    fn decode(&mut self, inp: &mut Input, table: &Table) -> Option<Entry> {
        loop {
            let at = (self.bits & ((1u64 << table.bits) - 1)) as usize;
            let e = table.entries.get(at).copied().unwrap_or(Entry { sym: 0, len: 0, valid: false });
            if u32::from(e.len) <= self.nbits {
                return Some(e);
            }
            if !self.need(inp, self.nbits + 8) {
                return None;
            }
        }
    }

    /// One byte of a byte-aligned field: the gzip header's, or a stored block's.
    fn byte(&mut self, inp: &mut Input) -> Option<u8> {
        self.need(inp, 8).then(|| self.take(8) as u8)
    }

    fn header_byte(&mut self, inp: &mut Input) -> Option<u8> {
        let b = self.byte(inp)?;
        if let Some(h) = &mut self.header_crc {
            h.update(&[b]);
        }
        Some(b)
    }

    // ---- Steps -----------------------------------------------------------------------------

    /// One step of the state machine: `Ok(true)` to go on, `Ok(false)` to stop for input or
    /// room, `Err` for the end, a dictionary or an error.
    fn step(
        &mut self,
        inp: &mut Input,
        out: &mut Vec<u8>,
        base: usize,
        limit: usize,
    ) -> Result<bool, Status> {
        let room = limit - (out.len() - base);
        match std::mem::replace(&mut self.state, State::Done) {
            State::Head => return self.head(inp),
            s @ (State::GzipFlags
            | State::GzipTime
            | State::GzipOs
            | State::GzipExtraLen
            | State::GzipExtra(_)
            | State::GzipName
            | State::GzipComment
            | State::GzipHeaderCrc) => {
                self.state = s;
                return self.gzip_header(inp);
            }
            State::DictId => {
                if !self.need(inp, 32) {
                    self.state = State::DictId;
                    return Ok(false);
                }
                let id = self.take(32).swap_bytes();
                self.state = State::Dict(id);
            }
            State::Dict(id) => {
                self.state = State::Dict(id);
                return Err(Status::NeedDict(id));
            }
            State::BlockHeader => return self.block_header(inp),
            State::StoredLengths => {
                let drop = self.nbits % 8;
                self.drop_bits(drop);
                if !self.need(inp, 32) {
                    self.state = State::StoredLengths;
                    return Ok(false);
                }
                let v = self.take(32);
                if v & 0xffff != (v >> 16) ^ 0xffff {
                    return Err(Status::Error("invalid stored block lengths"));
                }
                self.state = State::Stored((v & 0xffff) as usize);
            }
            State::Stored(0) => self.state = State::BlockHeader,
            State::Stored(n) => {
                let mut left = n.min(room);
                while left > 0 && self.nbits >= 8 {
                    out.push(self.take(8) as u8);
                    left -= 1;
                }
                let avail = &inp.data[inp.pos..];
                let k = left.min(avail.len());
                out.extend_from_slice(&avail[..k]);
                inp.pos += k;
                let copied = n.min(room) - left + k;
                self.state = State::Stored(n - copied);
                if copied == 0 {
                    return Ok(false);
                }
            }
            State::Dynamic(h) => return self.dynamic(inp, h),
            State::Codes => return self.codes(inp, out, room),
            State::Literal(b) => {
                if room == 0 {
                    self.state = State::Literal(b);
                    return Ok(false);
                }
                out.push(b);
                self.state = State::Codes;
            }
            State::LengthExtra(sym) => {
                let extra = u32::from(LEN_EXTRA[sym]);
                if !self.need(inp, extra) {
                    self.state = State::LengthExtra(sym);
                    return Ok(false);
                }
                let len = usize::from(LEN_BASE[sym]) + self.take(extra) as usize;
                self.state = State::Distance(len);
            }
            State::Distance(len) => {
                let table = std::mem::take(&mut self.dist);
                let e = self.decode(inp, &table);
                self.dist = table;
                let Some(e) = e else {
                    self.state = State::Distance(len);
                    return Ok(false);
                };
                self.drop_bits(u32::from(e.len));
                if !e.valid {
                    return Err(Status::Error("invalid distance code"));
                }
                self.state = State::DistanceExtra(len, usize::from(e.sym));
            }
            State::DistanceExtra(len, sym) => {
                let extra = u32::from(DIST_EXTRA[sym]);
                if !self.need(inp, extra) {
                    self.state = State::DistanceExtra(len, sym);
                    return Ok(false);
                }
                let dist = usize::from(DIST_BASE[sym]) + self.take(extra) as usize;
                self.state = State::Copy(len, dist);
            }
            State::Copy(len, dist) => {
                // Checked only when there is room to copy to, as zlib does.
                if room == 0 {
                    self.state = State::Copy(len, dist);
                    return Ok(false);
                }
                let written = (out.len() - base) as u64;
                if dist as u64 > self.dict_len + self.total_out + written {
                    return Err(Status::Error("invalid distance too far back"));
                }
                let n = len.min(room);
                self.copy_match(out, base, dist, n);
                if n < len {
                    self.state = State::Copy(len - n, dist);
                    return Ok(false);
                }
                self.state = State::Codes;
            }
            State::Check => return self.trailer(inp, out, base),
            State::GzipLength => {
                if !self.need(inp, 32) {
                    self.state = State::GzipLength;
                    return Ok(false);
                }
                let total = self.total_out + (out.len() - base) as u64;
                if self.take(32) != total as u32 {
                    return Err(Status::Error("incorrect length check"));
                }
                self.state = State::Done;
                return Err(Status::End);
            }
            State::Done => return Err(Status::End),
            State::Bad(msg) => {
                self.state = State::Bad(msg);
                return Err(Status::Error(msg));
            }
        }
        Ok(true)
    }

    fn head(&mut self, inp: &mut Input) -> Result<bool, Status> {
        if !self.need(inp, 16) {
            self.state = State::Head;
            return Ok(false);
        }
        let hold = self.peek(16);
        if matches!(self.wrap, Wrap::Gzip | Wrap::Auto) && hold == 0x8b1f {
            self.wrap = Wrap::Gzip;
            let mut h = crc32fast::Hasher::new();
            h.update(&[0x1f, 0x8b]);
            self.header_crc = Some(h);
            self.drop_bits(16);
            self.state = State::GzipFlags;
            return Ok(true);
        }
        let (cmf, flg) = (hold & 0xff, hold >> 8);
        if !matches!(self.wrap, Wrap::Zlib | Wrap::Auto) || ((cmf << 8) + flg) % 31 != 0 {
            return Err(Status::Error("incorrect header check"));
        }
        self.wrap = Wrap::Zlib;
        if cmf & 0xf != 8 {
            return Err(Status::Error("unknown compression method"));
        }
        let len = (cmf >> 4) + 8;
        if self.window_bits == 0 {
            self.window_bits = len;
        }
        if len > 15 || len > self.window_bits {
            return Err(Status::Error("invalid window size"));
        }
        self.drop_bits(16);
        self.check = 1;
        self.state = if flg & 0x20 != 0 { State::DictId } else { State::BlockHeader };
        Ok(true)
    }

    /// The fields of a gzip header after its magic, checked as zlib checks them.
    fn gzip_header(&mut self, inp: &mut Input) -> Result<bool, Status> {
        // Re-entered at the field the input ran out in: `self.state` says which.
        loop {
            let state = std::mem::replace(&mut self.state, State::Done);
            let next = match state {
                State::GzipFlags => {
                    if !self.need(inp, 16) {
                        self.state = state;
                        return Ok(false);
                    }
                    let flags = self.take(16) as u16;
                    if let Some(h) = &mut self.header_crc {
                        h.update(&flags.to_le_bytes());
                    }
                    self.gzip_flags = flags;
                    if flags & 0xff != 8 {
                        return Err(Status::Error("unknown compression method"));
                    }
                    if flags & 0xe000 != 0 {
                        return Err(Status::Error("unknown header flags set"));
                    }
                    State::GzipTime
                }
                State::GzipTime | State::GzipOs | State::GzipExtraLen => {
                    let (n, next) = match state {
                        State::GzipTime => (32, State::GzipOs),
                        State::GzipOs => (16, State::GzipExtraLen),
                        _ => (16, State::GzipExtra(0)),
                    };
                    if matches!(state, State::GzipExtraLen) && self.gzip_flags & 0x0400 == 0 {
                        State::GzipName
                    } else {
                        if !self.need(inp, n) {
                            self.state = state;
                            return Ok(false);
                        }
                        let v = self.take(n);
                        if let Some(h) = &mut self.header_crc {
                            h.update(&v.to_le_bytes()[..n as usize / 8]);
                        }
                        match next {
                            State::GzipExtra(_) => State::GzipExtra(v as usize),
                            other => other,
                        }
                    }
                }
                State::GzipExtra(0) => State::GzipName,
                State::GzipExtra(n) => match self.header_byte(inp) {
                    Some(_) => State::GzipExtra(n - 1),
                    None => {
                        self.state = State::GzipExtra(n);
                        return Ok(false);
                    }
                },
                State::GzipName | State::GzipComment => {
                    let (flag, next) = if matches!(state, State::GzipName) {
                        (0x0800, State::GzipComment)
                    } else {
                        (0x1000, State::GzipHeaderCrc)
                    };
                    if self.gzip_flags & flag != 0 {
                        loop {
                            match self.header_byte(inp) {
                                Some(0) => break,
                                Some(_) => {}
                                None => {
                                    self.state = state;
                                    return Ok(false);
                                }
                            }
                        }
                    }
                    next
                }
                _ => {
                    if self.gzip_flags & 0x0200 != 0 {
                        if !self.need(inp, 16) {
                            self.state = State::GzipHeaderCrc;
                            return Ok(false);
                        }
                        let crc = self.header_crc.as_ref().map_or(0, |h| h.clone().finalize());
                        if self.take(16) != crc & 0xffff {
                            return Err(Status::Error("header crc mismatch"));
                        }
                    }
                    self.header_crc = None;
                    self.check = 0;
                    self.state = State::BlockHeader;
                    return Ok(true);
                }
            };
            self.state = next;
        }
    }

    fn block_header(&mut self, inp: &mut Input) -> Result<bool, Status> {
        if self.last {
            let drop = self.nbits % 8;
            self.drop_bits(drop);
            self.state = State::Check;
            return Ok(true);
        }
        if !self.need(inp, 3) {
            self.state = State::BlockHeader;
            return Ok(false);
        }
        self.last = self.take(1) == 1;
        self.state = match self.take(2) {
            0 => State::StoredLengths,
            1 => {
                self.lit = Table::fixed_literals();
                self.dist = Table::fixed_distances();
                State::Codes
            }
            2 => State::Dynamic(Box::new(DynHeader {
                nlen: 0,
                ndist: 0,
                ncode: 0,
                lens: Vec::new(),
                codes: None,
            })),
            _ => return Err(Status::Error("invalid block type")),
        };
        Ok(true)
    }

    /// A dynamic block's code lengths, read from the start again whenever the input ran out
    /// in the middle of one of its fields (each field is read whole before any bit is dropped).
    fn dynamic(&mut self, inp: &mut Input, mut h: Box<DynHeader>) -> Result<bool, Status> {
        if h.nlen == 0 {
            if !self.need(inp, 14) {
                self.state = State::Dynamic(h);
                return Ok(false);
            }
            h.nlen = self.take(5) as usize + 257;
            h.ndist = self.take(5) as usize + 1;
            h.ncode = self.take(4) as usize + 4;
            if h.nlen > 286 || h.ndist > 30 {
                return Err(Status::Error("too many length or distance symbols"));
            }
        }
        if h.codes.is_none() {
            while h.lens.len() < h.ncode {
                if !self.need(inp, 3) {
                    self.state = State::Dynamic(h);
                    return Ok(false);
                }
                let v = self.take(3) as u8;
                h.lens.push(v);
            }
            let mut lengths = [0u8; 19];
            for (i, &l) in h.lens.iter().enumerate() {
                lengths[CLEN_ORDER[i]] = l;
            }
            let Some(t) = Table::build(&lengths, Kind::CodeLengths) else {
                return Err(Status::Error("invalid code lengths set"));
            };
            h.codes = Some(t);
            h.lens.clear();
        }
        let total = h.nlen + h.ndist;
        let codes = h.codes.take().unwrap_or_default();
        while h.lens.len() < total {
            let Some(e) = self.decode(inp, &codes) else {
                h.codes = Some(codes);
                self.state = State::Dynamic(h);
                return Ok(false);
            };
            let len = u32::from(e.len);
            if e.sym < 16 {
                self.drop_bits(len);
                h.lens.push(e.sym as u8);
                continue;
            }
            let (extra, min, repeat_last) = match e.sym {
                16 => (2, 3, true),
                17 => (3, 3, false),
                _ => (7, 11, false),
            };
            if !self.need(inp, len + extra) {
                h.codes = Some(codes);
                self.state = State::Dynamic(h);
                return Ok(false);
            }
            self.drop_bits(len);
            let value = if repeat_last {
                match h.lens.last() {
                    Some(&v) => v,
                    None => return Err(Status::Error("invalid bit length repeat")),
                }
            } else {
                0
            };
            let copy = min + self.take(extra) as usize;
            if h.lens.len() + copy > total {
                return Err(Status::Error("invalid bit length repeat"));
            }
            h.lens.extend(std::iter::repeat_n(value, copy));
        }
        if h.lens[256] == 0 {
            return Err(Status::Error("invalid code -- missing end-of-block"));
        }
        let Some(lit) = Table::build(&h.lens[..h.nlen], Kind::Literals) else {
            return Err(Status::Error("invalid literal/lengths set"));
        };
        let Some(dist) = Table::build(&h.lens[h.nlen..], Kind::Distances) else {
            return Err(Status::Error("invalid distances set"));
        };
        self.lit = lit;
        self.dist = dist;
        self.state = State::Codes;
        Ok(true)
    }

    /// Literals and matches until the block ends, the input runs out or the output is full;
    /// the common case (a literal with room for it) without going round the state machine.
    fn codes(&mut self, inp: &mut Input, out: &mut Vec<u8>, mut room: usize) -> Result<bool, Status> {
        let table = std::mem::take(&mut self.lit);
        let r = loop {
            let Some(e) = self.decode(inp, &table) else {
                self.state = State::Codes;
                break Ok(false);
            };
            self.drop_bits(u32::from(e.len));
            if !e.valid {
                break Err(Status::Error("invalid literal/length code"));
            }
            match e.sym {
                0..=255 if room > 0 => {
                    out.push(e.sym as u8);
                    room -= 1;
                }
                0..=255 => {
                    self.state = State::Literal(e.sym as u8);
                    break Ok(false);
                }
                256 => {
                    self.state = State::BlockHeader;
                    break Ok(true);
                }
                _ => {
                    self.state = State::LengthExtra(usize::from(e.sym) - 257);
                    break Ok(true);
                }
            }
        };
        self.lit = table;
        r
    }

    /// Copies `n` bytes from `dist` back, which may reach into what earlier calls wrote.
    fn copy_match(&self, out: &mut Vec<u8>, base: usize, dist: usize, n: usize) {
        let written = out.len() - base;
        if dist <= written {
            let start = out.len() - dist;
            if dist >= n {
                out.extend_from_within(start..start + n);
            } else {
                for i in 0..n {
                    let b = out[start + i];
                    out.push(b);
                }
            }
            return;
        }
        for _ in 0..n {
            let written = out.len() - base;
            let b = if dist <= written {
                out[out.len() - dist]
            } else {
                (self.history.len() + written)
                    .checked_sub(dist)
                    .and_then(|i| self.history.get(i))
                    .copied()
                    .unwrap_or(0)
            };
            out.push(b);
        }
    }

    /// The zlib or gzip trailer after the last block (none for raw deflate).
    fn trailer(&mut self, inp: &mut Input, out: &[u8], base: usize) -> Result<bool, Status> {
        if self.wrap == Wrap::Raw {
            self.state = State::Done;
            return Err(Status::End);
        }
        if !self.need(inp, 32) {
            self.state = State::Check;
            return Ok(false);
        }
        let written = &out[base..];
        let check = match self.wrap {
            Wrap::Gzip => {
                let mut h = crc32fast::Hasher::new_with_initial(self.check);
                h.update(written);
                h.finalize()
            }
            _ => super::zlib::adler32(self.check, written),
        };
        let stored = self.take(32);
        let stored = if self.wrap == Wrap::Gzip { stored } else { stored.swap_bytes() };
        if stored != check {
            return Err(Status::Error("incorrect data check"));
        }
        if self.wrap == Wrap::Gzip {
            self.state = State::GzipLength;
            return Ok(true);
        }
        self.state = State::Done;
        Err(Status::End)
    }
}

#[cfg(test)]
mod tests {
    use super::{Inflater, Status, Wrap};

    fn inflate_all(wrap: Wrap, data: &[u8]) -> (Vec<u8>, usize, Status) {
        let mut inf = Inflater::new(wrap, 15);
        let mut out = Vec::new();
        let (n, s) = inf.inflate(data, &mut out, usize::MAX);
        (out, n, s)
    }

    #[test]
    fn a_zlib_stream_of_fixed_codes_inflates_and_leaves_what_follows_it() {
        // zlib.compress(b'hello') from CPython, then two bytes of something else.
        let data = b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15XY";
        let (out, n, s) = inflate_all(Wrap::Zlib, data);
        assert_eq!((out.as_slice(), n, s), (&b"hello"[..], data.len() - 2, Status::End));
    }

    #[test]
    fn input_given_a_byte_at_a_time_and_output_taken_a_byte_at_a_time_give_the_same_bytes() {
        // zlib.compress(b"hello world hello world hello world") from CPython.
        let data = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\xc0\xce\x06\x00\xef\x93\rU";
        let mut inf = Inflater::new(Wrap::Zlib, 15);
        let (mut out, mut pos) = (Vec::new(), 0);
        loop {
            let end = (pos + 1).min(data.len());
            let (n, s) = inf.inflate(&data[pos..end], &mut out, 1);
            pos += n;
            if s == Status::End {
                break;
            }
            assert_eq!(s, Status::Progress);
        }
        assert_eq!(out, b"hello world hello world hello world");
    }

    #[test]
    fn zlibs_messages_name_what_is_wrong() {
        assert_eq!(inflate_all(Wrap::Zlib, b"garbage").2, Status::Error("incorrect header check"));
        assert_eq!(inflate_all(Wrap::Zlib, b"x\x9c\x07").2, Status::Error("invalid block type"));
        assert_eq!(
            inflate_all(Wrap::Raw, b"\x00\x05\x00\x00\x00").2,
            Status::Error("invalid stored block lengths")
        );
        assert_eq!(inflate_all(Wrap::Zlib, b"\x88\x98").2, Status::Error("invalid window size"));
    }
}
