//! Command-line interface: argument parsing and wiring, nothing else.

mod check;
mod diff;
mod eval;
mod index;
mod output;
mod rules;
mod writer;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// Finds the source of a spun news article and flags the damage the rewrite did.
#[derive(Debug, Parser)]
#[command(name = "spincheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check suspect articles against a corpus of sources.
    Check(check::CheckArgs),
    /// Build a corpus index once and save it (use it with `check --index`).
    Index(index::IndexArgs),
    /// Check one suspect against a given source, skipping retrieval.
    Diff(diff::DiffArgs),
    /// Write a commented default spincheck.toml in the working directory.
    Init,
    /// Measure precision and recall per rule on labeled pairs.
    Eval(eval::EvalArgs),
    /// List every rule with its category, default severity and description.
    Rules,
    /// Explain one rule, with an example it flags and one it lets pass.
    Explain {
        /// Rule id, e.g. `misquote`.
        rule: String,
    },
}

/// When to color terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when standard output is a terminal and NO_COLOR is unset.
    Auto,
    /// Always color.
    Always,
    /// Never color.
    Never,
}

impl ColorChoice {
    /// Applies the choice to the `colored` crate.
    pub fn apply(self) {
        use std::io::IsTerminal;
        let on = match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        colored::control::set_override(on);
    }
}

/// Exit code for findings at or above the fail-on severity.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code for usage, input and I/O errors.
pub const EXIT_ERROR: u8 = 2;

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    if matches!(
        cli.command,
        Command::Check(_) | Command::Diff(_) | Command::Eval(_)
    ) {
        std::thread::spawn(crate::lexicon::warm_up);
    }
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Index(args) => index::run(args),
        Command::Init => init(),
        Command::Eval(args) => eval::run(args),
        Command::Rules => rules::list(),
        Command::Explain { rule } => rules::explain(&rule),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("spincheck: error: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Writes the default configuration file, refusing to overwrite one.
fn init() -> Result<u8, crate::Error> {
    let path = std::path::Path::new(crate::config::FILE_NAME);
    if path.exists() {
        return Err(crate::Error::Usage(format!(
            "{}: already exists, not overwritten",
            path.display()
        )));
    }
    crate::atomic::write(path, crate::config::DEFAULT_FILE.as_bytes())?;
    eprintln!("spincheck: wrote {}", path.display());
    Ok(0)
}

/// Writes `text` to standard output; a closed pipe is not an error.
fn print(text: &str) -> Result<(), crate::Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(crate::Error::io("<stdout>", e))
        }
        _ => Ok(()),
    }
}
