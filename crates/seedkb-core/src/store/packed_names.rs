//! Names held in memory packed, as the store packs its blocks: a large
//! answer's member names (a 10M grouping's 1.07M, ~36 MB) kept at about a
//! third of their bytes while the answer is written. Here rather than in
//! the evaluator, which handles no bytes (seedkb-core's tests/layers.rs).

use crate::error::Error;

/// One list's names in its order, each after its length (LEB128), in
/// frames of about [`PackedNames::FRAME`] bytes compressed as the store
/// compresses its blocks: a 10M grouping's 1.07M member names (~36 MB,
/// and 4 bytes each where they start and 4 where each list's member is)
/// are held at about a third of their bytes while the answer is written.
#[derive(Default)]
pub struct PackedNames {
    /// Each sealed frame with its size unpacked.
    frames: Vec<(u32, Box<[u8]>)>,
    /// The frame being filled.
    open: Vec<u8>,
    count: usize,
    /// The names' bytes, all frames together.
    bytes: usize,
}

impl PackedNames {
    /// Small enough that many lists filling at once hold little (a frame
    /// each), large enough to compress (names of one kind repeat words).
    pub const FRAME: usize = 1 << 15;

    pub fn push(&mut self, name: &str) -> Result<(), Error> {
        if !self.open.is_empty() && self.open.len() + name.len() + 5 > Self::FRAME {
            self.seal()?;
        }
        let mut n = name.len();
        while n >= 0x80 {
            self.open.push((n as u8 & 0x7F) | 0x80);
            n >>= 7;
        }
        self.open.push(n as u8);
        self.open.extend_from_slice(name.as_bytes());
        self.count += 1;
        self.bytes += name.len();
        Ok(())
    }

    /// Compresses the open frame (its buffer kept for the next).
    fn seal(&mut self) -> Result<(), Error> {
        if self.open.is_empty() {
            return Ok(());
        }
        let size = u32::try_from(self.open.len())
            .map_err(|_| Error::Internal("a frame of member names past 4 GB".into()))?;
        let z = super::zipped::compress(&self.open)
            .map_err(|e| Error::Internal(format!("packing member names: {e}")))?;
        self.frames.push((size, z.into_boxed_slice()));
        self.open.clear();
        Ok(())
    }

    /// Sealed for good: the open frame's buffer let go.
    pub fn finish(&mut self) -> Result<(), Error> {
        self.seal()?;
        self.open = Vec::new();
        Ok(())
    }

    /// How many names were pushed.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The names' bytes, all frames together.
    pub fn name_bytes(&self) -> usize {
        self.bytes
    }

    /// Calls `f` with each name in order.
    pub fn each(&self, mut f: impl FnMut(&str)) -> Result<(), Error> {
        for (size, z) in &self.frames {
            each_packed(&unpack(*size, z)?, &mut f)?;
        }
        each_packed(&self.open, &mut f)
    }

    /// [`PackedNames::each`], each frame let go once unpacked.
    pub fn drain(self, mut f: impl FnMut(&str)) -> Result<(), Error> {
        for (size, z) in self.frames {
            let raw = unpack(size, &z)?;
            drop(z);
            each_packed(&raw, &mut f)?;
        }
        each_packed(&self.open, &mut f)
    }
}

fn unpack(size: u32, z: &[u8]) -> Result<Vec<u8>, Error> {
    super::zipped::decompress(z, size as usize)
        .map_err(|e| Error::Internal(format!("unpacking member names: {e}")))
}

/// The names of one unpacked frame of [`PackedNames`].
fn each_packed(mut raw: &[u8], f: &mut impl FnMut(&str)) -> Result<(), Error> {
    let damaged = || Error::Internal("damaged frame of member names".into());
    while !raw.is_empty() {
        let (mut n, mut shift, mut used) = (0usize, 0, 0);
        loop {
            let b = *raw.get(used).ok_or_else(damaged)?;
            used += 1;
            n |= usize::from(b & 0x7F) << shift;
            shift += 7;
            if b & 0x80 == 0 || shift > 28 {
                break;
            }
        }
        let name = raw
            .get(used..used + n)
            .and_then(|b| std::str::from_utf8(b).ok())
            .ok_or_else(damaged)?;
        f(name);
        raw = &raw[used + n..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::PackedNames;

    /// Packed names come back whole across frames: an empty name, one
    /// longer than a frame, lengths past one byte of LEB128.
    #[test]
    fn packed_names_keep_names_across_their_frames() {
        let names = [
            "甲".repeat(PackedNames::FRAME / 3 - 1),
            "乙".to_string(),
            String::new(),
            "x".repeat(PackedNames::FRAME + 3),
            "丙".repeat(200),
            String::new(),
        ];
        let mut p = PackedNames::default();
        for n in &names {
            p.push(n).unwrap();
        }
        p.finish().unwrap();
        assert!(p.frames.len() >= 3, "{}", p.frames.len());
        let mut back = Vec::new();
        p.each(|n| back.push(n.to_string())).unwrap();
        assert_eq!(back, names);
        let mut drained = Vec::new();
        p.drain(|n| drained.push(n.to_string())).unwrap();
        assert_eq!(drained, names);
    }
}
