//! How the `seedkb` binary is linked.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // A command answered by `seedkb serve` costs this process's start and
    // little else. As a position-independent executable, the dynamic
    // loader first wrote ~29,000 relocations into the binary's data (130
    // pages copied on write, a third of the process's page faults and half
    // of its instructions); linked at a fixed address there is nothing to
    // relocate: 353 -> 223 page faults and 3.4 -> 2.6 ms of CPU per served
    // one-shot at 1M facts. The libraries, stack and heap keep their
    // randomised addresses. Linux with glibc only, where the linker is
    // driven by cc, which takes `-no-pie`.
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os == "linux" && target_env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
