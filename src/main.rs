use std::process::ExitCode;

fn main() -> ExitCode {
    // Every exit code is one of error.rs's (0–74): it fits a byte.
    ExitCode::from(u8::try_from(seedkb::cli::main()).unwrap_or(70))
}
