fn main() {
    std::process::exit(seedkb::cli::main());
}
