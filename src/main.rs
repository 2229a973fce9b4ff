//! The `spincheck` binary: all logic lives in the library.

fn main() -> std::process::ExitCode {
    spincheck::cli::run()
}
