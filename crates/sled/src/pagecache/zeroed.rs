//! seedkb: the log's ranges that sled fills with zeros (`MessageKind::
//! Corrupted` is 0) — a free segment at every open, and the tail of the
//! active segment after the recovered tip — checked and written so that an
//! open which finds them zeros already writes and syncs nothing.
//!
//! Released sled rewrote them at every open (on a read-only query too): a
//! whole segment per free segment, and after any session that left the log
//! ending inside a segment, up to a segment of zeros and an `fsync` — most
//! of a one-shot process's wall time. The bytes a reader sees are the same
//! either way: a range is skipped only when it reads as zeros or lies past
//! the end of the file (where recovery stops as it does at zeros), and a
//! range written is written as zeros (its aligned middle as a hole, which
//! reads as zeros and lets the next open see it with one `lseek` instead
//! of reading it back).

use std::convert::TryFrom;
use std::fs::File;

use super::{pread_exact, pwrite_all, LogOffset};

/// Bytes of a file system block, for the hole-punching of a range's
/// aligned middle (any multiple of the real block size is correct).
const BLOCK: u64 = 4096;

/// Makes the `len` bytes of `file` from `at` read as zeros; returns
/// whether it changed the file (the caller syncs then, where it did
/// before). Only the part inside the file is looked at: past its end
/// there are no old bytes to mistake for messages, and sled's recovery
/// stops at the end of the file as it stops at zeros (it does after every
/// session that wrote). Released sled wrote zeros there, extending the
/// file to the end of the segment: so the first open after a write grew
/// the log by up to a segment, and a compaction that kept the original
/// database changed it. A range that is a hole already, its partial end
/// blocks reading as zeros, needs nothing. Otherwise its aligned middle
/// is punched as a hole without reading it (zeros over zeros or over old
/// bytes alike) and its partial end blocks are written when they do not
/// read as zeros; where the file system cannot punch, the range is read
/// and written only when it is not all zeros.
pub(crate) fn ensure_zeroed(
    file: &File,
    at: LogOffset,
    len: usize,
) -> std::io::Result<bool> {
    let end = (at + LogOffset::try_from(len).unwrap())
        .min(file.metadata()?.len());
    if end <= at {
        return Ok(false);
    }
    let mid_from = ((at + BLOCK - 1) / BLOCK * BLOCK).min(end);
    let mid_to = (end / BLOCK * BLOCK).max(mid_from);
    // The partial blocks at the ends are read (a hole is found by blocks).
    let edges_zero =
        bytes_are_zero(file, at, mid_from) && bytes_are_zero(file, mid_to, end);
    if edges_zero && (mid_from == mid_to || is_hole(file, mid_from, mid_to)) {
        return Ok(false);
    }
    if mid_from < mid_to && punch_hole(file, mid_from, mid_to) {
        for (from, to) in [(at, mid_from), (mid_to, end)] {
            if from < to && !bytes_are_zero(file, from, to) {
                write_zeros(file, from, to)?;
            }
        }
        return Ok(true);
    }
    if bytes_are_zero(file, at, end) {
        return Ok(false);
    }
    write_zeros(file, at, end)?;
    Ok(true)
}

/// Whether `from..to` of `file` holds no data extent (reads as zeros
/// without being read); false when the file system cannot say.
fn is_hole(file: &File, from: LogOffset, to: LogOffset) -> bool {
    match data_extent(file, from) {
        Some(None) => true,
        Some(Some((d, _))) => d >= to,
        None => false,
    }
}

fn write_zeros(file: &File, from: LogOffset, to: LogOffset) -> std::io::Result<()> {
    const CHUNK: u64 = 1 << 20;
    let zeros = vec![0_u8; usize::try_from(CHUNK.min(to.saturating_sub(from))).unwrap()];
    let mut pos = from;
    while pos < to {
        let n = usize::try_from(CHUNK.min(to - pos)).unwrap();
        pwrite_all(file, &zeros[..n], pos)?;
        pos += n as u64;
    }
    Ok(())
}

fn bytes_are_zero(file: &File, from: LogOffset, to: LogOffset) -> bool {
    const CHUNK: u64 = 64 * 1024;
    let mut buf = vec![0_u8; usize::try_from(CHUNK.min(to - from)).unwrap()];
    let mut pos = from;
    while pos < to {
        let n = usize::try_from(CHUNK.min(to - pos)).unwrap();
        if pread_exact(file, &mut buf[..n], pos).is_err()
            || buf[..n].iter().any(|&b| b != 0)
        {
            return false;
        }
        pos += n as u64;
    }
    true
}

/// The data extent of `file` at or after `pos`: `Some(Some((start, end)))`,
/// `Some(None)` when there is no data after `pos`, `None` when the file
/// system cannot say (then everything counts as data).
#[cfg(all(target_os = "linux", not(miri)))]
#[allow(unsafe_code)]
fn data_extent(file: &File, pos: LogOffset) -> Option<Option<(u64, u64)>> {
    use std::os::unix::io::AsRawFd;
    let fd = file.as_raw_fd();
    let pos = libc::off_t::try_from(pos).ok()?;
    // SAFETY: lseek on a file descriptor this `File` owns; sled reads and
    // writes the log only with positional calls, so moving the offset
    // changes nothing else.
    let d = unsafe { libc::lseek(fd, pos, libc::SEEK_DATA) };
    if d < 0 {
        return match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::ENXIO) => Some(None),
            _ => None,
        };
    }
    let h = unsafe { libc::lseek(fd, d, libc::SEEK_HOLE) };
    if h < 0 {
        return None;
    }
    Some(Some((u64::try_from(d).ok()?, u64::try_from(h).ok()?)))
}

#[cfg(not(all(target_os = "linux", not(miri))))]
fn data_extent(_: &File, _: LogOffset) -> Option<Option<(u64, u64)>> {
    None
}

#[cfg(all(target_os = "linux", not(miri)))]
#[allow(unsafe_code)]
fn punch_hole(file: &File, from: u64, to: u64) -> bool {
    use std::os::unix::io::AsRawFd;
    let (Ok(off), Ok(len)) =
        (libc::off_t::try_from(from), libc::off_t::try_from(to - from))
    else {
        return false;
    };
    // SAFETY: fallocate on a file descriptor this `File` owns, inside the
    // file (KEEP_SIZE: its length does not change).
    unsafe {
        libc::fallocate(
            file.as_raw_fd(),
            libc::FALLOC_FL_PUNCH_HOLE | libc::FALLOC_FL_KEEP_SIZE,
            off,
            len,
        ) == 0
    }
}

#[cfg(not(all(target_os = "linux", not(miri))))]
fn punch_hole(_: &File, _: u64, _: u64) -> bool {
    false
}
