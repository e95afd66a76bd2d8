//! Compressing for `zlib`: miniz_oxide's deflate compressor (raw deflate), wrapped here in the
//! zlib or gzip header and trailer zlib writes, so headers are zlib's byte for byte (the deflate
//! data between them is miniz_oxide's, valid but not the bytes zlib would choose).
//!
//! A `Deflater` also keeps the part of zlib's state Python can see through messages: the last
//! flush mode (a repeated flush with nothing new to flush is zlib's `Z_BUF_ERROR`, which CPython
//! ignores but which leaves "buffer error" as the stream's message), whether the stream finished
//! and whether CPython ended it (`deflateEnd` after `flush(Z_FINISH)`).

use miniz_oxide::DataFormat;
use miniz_oxide::deflate::core::{CompressionStrategy, CompressorOxide, TDEFLFlush, TDEFLStatus, compress};

pub const Z_NO_FLUSH: i32 = 0;
pub const Z_FINISH: i32 = 4;
pub const Z_BLOCK: i32 = 5;

/// zlib's return codes, as the messages print them.
pub const Z_STREAM_ERROR: i32 = -2;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Raw,
    Zlib,
    Gzip,
}

/// The parameters of `compressobj`, checked as zlib's `deflateInit2` checks them.
pub struct Params {
    pub level: i32,
    pub method: i32,
    pub wbits: i32,
    pub mem_level: i32,
    pub strategy: i32,
}

#[derive(Clone)]
pub struct Deflater {
    comp: Box<CompressorOxide>,
    format: Format,
    level: u8,
    strategy: i32,
    window_bits: u8,
    dict_id: Option<u32>,
    /// Adler-32 (zlib) or CRC-32 (gzip) of the input so far.
    check: u32,
    total_in: u64,
    header_written: bool,
    /// zlib's `last_flush`: -2 before the first call.
    last_flush: i32,
    /// The message zlib's stream holds (it outlives the call that set it).
    pub msg: Option<&'static str>,
    finished: bool,
    /// CPython called `deflateEnd`: every later call is a stream error.
    pub ended: bool,
}

/// zlib's order of flush modes (`Z_BLOCK` between none and partial).
fn rank(flush: i32) -> i32 {
    flush * 2 - if flush > 4 { 9 } else { 0 }
}

impl Deflater {
    /// A compressor, or `None` for parameters `deflateInit2` refuses.
    pub fn new(p: &Params) -> Option<Deflater> {
        let level = if p.level == -1 { 6 } else { p.level };
        let (format, bits) = if p.wbits < 0 {
            (Format::Raw, p.wbits.checked_neg()?)
        } else if p.wbits > 15 {
            (Format::Gzip, p.wbits - 16)
        } else {
            (Format::Zlib, p.wbits)
        };
        let bad = !(1..=9).contains(&p.mem_level)
            || p.method != 8
            || !(8..=15).contains(&bits)
            || !(0..=9).contains(&level)
            || !(0..=4).contains(&p.strategy)
            || (bits == 8 && format != Format::Zlib);
        if bad {
            return None;
        }
        // zlib makes a window of 256 bytes one of 512.
        let bits = bits.max(9) as u8;
        let strategy = match p.strategy {
            1 => CompressionStrategy::Filtered,
            2 => CompressionStrategy::HuffmanOnly,
            3 => CompressionStrategy::RLE,
            4 => CompressionStrategy::Fixed,
            _ => CompressionStrategy::Default,
        };
        let comp = Box::new(CompressorOxide::with_params(DataFormat::Raw, level as u8, strategy, bits));
        Some(Deflater {
            comp,
            format,
            level: level as u8,
            strategy: p.strategy,
            window_bits: bits,
            dict_id: None,
            check: if format == Format::Zlib { 1 } else { 0 },
            total_in: 0,
            header_written: false,
            last_flush: -2,
            msg: None,
            finished: false,
            ended: false,
        })
    }

    /// Primes the compressor with a preset dictionary (`compressobj(zdict=...)`): it is
    /// compressed and flushed to a byte boundary, and what that wrote thrown away, so the data
    /// that follows may refer back into it as into a dictionary zlib was given. False for a
    /// gzip stream, which has no place to name a dictionary.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> bool {
        if self.format == Format::Gzip {
            return false;
        }
        if self.format == Format::Zlib {
            self.dict_id = Some(super::zlib::adler32(1, dict));
        }
        let tail = &dict[dict.len().saturating_sub(32 * 1024)..];
        if !tail.is_empty() && self.level > 0 {
            let _ = run(&mut self.comp, tail, TDEFLFlush::Sync);
        }
        true
    }

    fn header(&self) -> Vec<u8> {
        match self.format {
            Format::Raw => Vec::new(),
            Format::Zlib => {
                let cmf = 8 | (u16::from(self.window_bits - 8) << 4);
                let level_flags = if self.strategy >= 2 || self.level < 2 {
                    0
                } else if self.level < 6 {
                    1
                } else if self.level == 6 {
                    2
                } else {
                    3
                };
                let mut h = (cmf << 8) | (level_flags << 6);
                if self.dict_id.is_some() {
                    h |= 0x20;
                }
                h += 31 - h % 31;
                let mut out = h.to_be_bytes().to_vec();
                if let Some(id) = self.dict_id {
                    out.extend_from_slice(&id.to_be_bytes());
                }
                out
            }
            Format::Gzip => {
                let xfl = if self.level == 9 {
                    2
                } else if self.strategy >= 2 || self.level < 2 {
                    4
                } else {
                    0
                };
                // No name, no time; made on Unix (OS 3), as zlib writes it.
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
        }
    }

    fn trailer(&self) -> Vec<u8> {
        match self.format {
            Format::Raw => Vec::new(),
            Format::Zlib => self.check.to_be_bytes().to_vec(),
            Format::Gzip => {
                let mut t = self.check.to_le_bytes().to_vec();
                t.extend_from_slice(&(self.total_in as u32).to_le_bytes());
                t
            }
        }
    }

    /// One call of zlib's `deflate(flush)` on `input`: the bytes it writes, or `Err` with
    /// zlib's error code (the message is `self.msg`). `Ok` covers zlib's `Z_BUF_ERROR`.
    pub fn deflate(&mut self, input: &[u8], flush: i32) -> Result<Vec<u8>, i32> {
        if self.ended || !(Z_NO_FLUSH..=Z_BLOCK).contains(&flush) {
            return Err(Z_STREAM_ERROR);
        }
        if self.finished && flush != Z_FINISH {
            self.msg = Some("stream error");
            return Err(Z_STREAM_ERROR);
        }
        let old = self.last_flush;
        self.last_flush = flush;
        if input.is_empty() && rank(flush) <= rank(old) && flush != Z_FINISH {
            self.msg = Some("buffer error");
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        if !self.header_written {
            out = self.header();
            self.header_written = true;
        }
        if self.finished {
            return Ok(out);
        }
        self.check = match self.format {
            Format::Zlib => super::zlib::adler32(self.check, input),
            Format::Gzip => {
                let mut h = crc32fast::Hasher::new_with_initial(self.check);
                h.update(input);
                h.finalize()
            }
            Format::Raw => 0,
        };
        self.total_in += input.len() as u64;
        let mode = match flush {
            Z_NO_FLUSH => TDEFLFlush::None,
            3 => TDEFLFlush::Full,
            Z_FINISH => TDEFLFlush::Finish,
            // Partial and block flushes become sync flushes: everything written, on a byte
            // boundary, which is more than either promises.
            _ => TDEFLFlush::Sync,
        };
        out.extend(run(&mut self.comp, input, mode).ok_or(Z_STREAM_ERROR)?);
        if flush == Z_FINISH {
            self.finished = true;
            out.extend(self.trailer());
        }
        Ok(out)
    }
}

/// Runs the compressor over all of `input` with `flush`, returning what it wrote, or `None`
/// if it refused (it does only when misused).
fn run(comp: &mut CompressorOxide, input: &[u8], flush: TDEFLFlush) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut pos = 0;
    loop {
        let (status, read, wrote) = compress(comp, &input[pos..], &mut buf, flush);
        pos += read;
        out.extend_from_slice(&buf[..wrote]);
        match status {
            TDEFLStatus::Done => return Some(out),
            TDEFLStatus::BadParam | TDEFLStatus::PutBufFailed => return None,
            TDEFLStatus::Okay => {}
        }
        // All input taken and the output not full: nothing is left to write for this flush
        // (a finish goes on until the compressor says it is done).
        if pos == input.len() && wrote < buf.len() && flush != TDEFLFlush::Finish {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Deflater, Params, Z_FINISH};
    use crate::modules::zlib_inflate::{Inflater, Status, Wrap};

    fn params(wbits: i32) -> Params {
        Params { level: -1, method: 8, wbits, mem_level: 8, strategy: 0 }
    }

    #[test]
    fn what_the_deflater_writes_the_inflater_reads_back_in_every_format() {
        let data: Vec<u8> = (0..50_000u32).map(|i| (i * i % 251) as u8).collect();
        for (wbits, wrap) in [(15, Wrap::Zlib), (-15, Wrap::Raw), (31, Wrap::Gzip), (9, Wrap::Zlib)] {
            let mut d = Deflater::new(&params(wbits)).expect("valid parameters");
            let mut z = d.deflate(&data[..20_000], 0).expect("compresses");
            z.extend(d.deflate(&data[20_000..], Z_FINISH).expect("finishes"));
            let mut out = Vec::new();
            let (n, s) = Inflater::new(wrap, 15).inflate(&z, &mut out, usize::MAX);
            assert_eq!((n, s), (z.len(), Status::End));
            assert_eq!(out, data);
        }
    }

    #[test]
    fn an_empty_zlib_stream_is_zlibs_bytes() {
        let mut d = Deflater::new(&params(15)).expect("valid parameters");
        assert_eq!(d.deflate(b"", Z_FINISH).expect("finishes"), b"x\x9c\x03\x00\x00\x00\x00\x01");
    }
}
