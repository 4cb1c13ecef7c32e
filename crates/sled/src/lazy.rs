//! This module exists because `lazy_static` causes TSAN to
//! be very unhappy. We rely heavily on TSAN for finding
//! races, so we don't use `lazy_static`.
//!
//! seedkb: built on `std::sync::OnceLock` instead of a spin lock. The
//! thread pool's queue is one of these, and the threads its first use
//! starts read it at once: they spun on the lock, each on a core, until
//! the starting thread had started them all, which took most of the CPU
//! of a one-shot seedkb query (87% of its instructions, 8 ms at 10K
//! facts). Threads that come to a value being made now wait for it
//! asleep.

use std::sync::OnceLock;

/// A lazily initialized value
pub struct Lazy<T, F> {
    value: OnceLock<T>,
    init: F,
}

impl<T, F> Lazy<T, F> {
    /// Create a new Lazy
    pub const fn new(init: F) -> Self
    where
        F: Sized,
    {
        Self { value: OnceLock::new(), init }
    }
}

impl<T, F> std::ops::Deref for Lazy<T, F>
where
    F: Fn() -> T,
{
    type Target = T;

    fn deref(&self) -> &T {
        self.value.get_or_init(|| (self.init)())
    }
}
