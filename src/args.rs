//! The command line's words (clap): options, subcommands, and where the
//! database is. Every front end reads its settings from a [`Cli`].

use crate::output::Format;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// `--lock-wait` when not given, in seconds.
pub const LOCK_WAIT: f64 = 5.0;

#[derive(Parser, Debug)]
#[command(
    name = "seedkb",
    version,
    about = "An embedded knowledge base of traceable facts from Chinese news documents",
    long_about = "An embedded knowledge base of traceable facts from Chinese news documents.\n\n\
        With no command: on a terminal, opens the REPL (Tab completes, .help explains; history in \
        the per-user data directory, or the file SEEDKB_HISTORY names); otherwise reads one query \
        per line from standard input (a line ending in \\ goes on on the next).\n\n\
        While `seedkb serve` holds the database, -e, piped queries, run, load, dump, test and \
        each line typed at the REPL are done by the server (through DB/serve.sock), with the same \
        output and exit codes.\n\nExit codes: 0 ok, 1 query or input error, 2 usage error, 3 storage error, 70 internal error (a bug in seedkb), 74 output error (its own output could not be written, e.g. a full disk).",
    after_help = "Examples:\n  seedkb -e 'funding by source'\n  echo 'funding where amount > 1亿元' | seedkb --format json\n  seedkb -e 'show 义县' --format csv"
)]
pub struct Cli {
    /// Database directory [default: the per-user data directory], or a
    /// knowledge base on an etcd cluster: etcd://HOST:PORT[,HOST:PORT…][/PREFIX]
    #[arg(long, env = "SEEDKB_DB", global = true)]
    pub db: Option<PathBuf>,
    /// Create a new database empty instead of with the bundled seeds
    #[arg(long, global = true)]
    pub no_seeds: bool,
    /// Refuse (exit 2) rather than create a new database where none is:
    /// a script's mistyped --db or SEEDKB_DB fails instead of answering
    /// from a fresh one
    #[arg(
        long,
        env = "SEEDKB_NO_CREATE",
        global = true,
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub no_create: bool,
    /// Run a query or dot-command and exit (repeatable; errors name it: -e #2)
    #[arg(short = 'e', long = "execute", value_name = "QUERY")]
    pub execute: Vec<String>,
    /// Set by the REPL on a served database for the lines it sends: each
    /// -e is read as typed at the prompt (errors do not name it -e #N).
    #[arg(long, hide = true)]
    pub repl_line: bool,
    /// Output format
    #[arg(short, long, value_enum, global = true)]
    pub format: Option<Format>,
    /// Stop at the first failing query
    #[arg(long)]
    pub bail: bool,
    /// Several queries' output (json, jsonl, csv, tsv) as one envelope per
    /// query, the failed ones too: auto when more than one is given
    #[arg(long, value_enum, default_value_t = EnvelopeMode::Auto, value_name = "WHEN")]
    pub envelope: EnvelopeMode,
    /// Seconds to wait for another process's lock on the database
    #[arg(long, default_value_t = LOCK_WAIT, global = true)]
    pub lock_wait: f64,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// When answers go into envelopes (see [`crate::output::envelope`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EnvelopeMode {
    /// When more than one query is given (with --format json, jsonl, csv
    /// or tsv, standard input is read whole first to count them)
    Auto,
    Always,
    /// Each answer as if it were the only one (standard input streams; an
    /// error or an empty jsonl answer prints nothing on standard output:
    /// a program talking query by query wants always)
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write every fact as JSON lines (subject, attribute, value, unit, bound, text, doc, quote)
    Dump,
    /// Load fact files (.facts.toml), dumps (.jsonl) or text documents (.txt, facts extracted), all or nothing
    Load {
        /// Files (.facts.toml, .jsonl, .txt) or directories (every such file
        /// in them, for a corpus)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// For text documents, print every value found, where it went
        /// (subject.attribute) and why, before loading
        #[arg(long)]
        explain: bool,
        /// For text documents, the day they were published (YYYY-MM-DD,
        /// YYYY-MM or YYYY): the year of a text that prints none (a
        /// dateline such as 1月14日讯, 今年); a year printed in a dateline
        /// still comes first
        #[arg(long, value_name = "DATE", value_parser = published_date)]
        published: Option<crate::model::Date>,
        /// In a directory, read the files that symbolic links lead to (by
        /// default each link is skipped with a warning; a file named on
        /// the command line is always read)
        #[arg(long)]
        follow: bool,
    },
    /// Verify the store: indexes agree with the facts, quotes are in their
    /// documents, names and ids resolve, the schema version. Exit 3 when
    /// anything is wrong.
    Check {
        /// Rebuild the derived indexes (aevt, avet, vaet, names, doc_index)
        /// from the facts and entities, in one atomic write
        #[arg(long)]
        repair: bool,
    },
    /// Give back the space interrupted or rolled-back loads left behind:
    /// rewrite the database into a new directory, check the copy entry by
    /// entry, and swap it in (a crash at any point leaves a whole database)
    Compact,
    /// Run queries from files, one per line, like piped input
    Run {
        /// Files of queries, one per line (# comments, a trailing \ goes on)
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check answers pinned in sqllogictest files (.slt) against the database
    ///
    /// Every record runs (the database is only read); each failure prints a
    /// diff with its file:line, the last line says how many passed and
    /// failed, and the exit code is 1 when any failed.
    #[command(
        after_help = "A record looks like this (see tests/golden/ for more):\n\n  \
        query TI\n  count funding by recipient limit 1\n  ----\n  义县 2\n\n\
        Letters after `query`: T text/name, I whole number, Q quantity, D date, ? mixed.\n\
        `query error REGEX` expects the query to fail with a matching message.\n\
        --bless writes each query's current answer into its file where it differs."
    )]
    Test {
        #[arg(required = true, value_name = "FILE.slt")]
        files: Vec<PathBuf>,
        /// Rewrite the expected blocks (and column letters) of the queries
        /// whose answers differ from their current answers, print which,
        /// and exit 0; a query that fails, or an error record that does
        /// not match, still fails
        #[arg(long)]
        bless: bool,
    },
    /// Serve the database over HTTP: pages, a JSON API, loads with a token
    Serve(ServeArgs),
    /// Write a synthetic dataset in the dump format (for benchmarks); does not open a database
    Generate {
        /// How many facts (at least; it stops at the end of a record)
        #[arg(long, default_value_t = 10_000)]
        facts: u64,
        /// Seed of the random numbers: the same seed gives the same bytes
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write here instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Where the database lives when no --db is given.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("seedkb")
        .join("db")
}

/// The options of `seedkb serve`.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address to listen on; anything but loopback needs --token
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub listen: SocketAddr,
    /// Required as `Authorization: Bearer TOKEN` on every request, and for loads
    #[arg(long, env = "SEEDKB_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Largest request body (a loaded file), in bytes
    #[arg(long, default_value_t = 16 << 20)]
    pub max_body: usize,
    /// Seconds a query may run before it is stopped with an error
    #[arg(long, default_value_t = 10.0)]
    pub query_time: f64,
    /// Queries answered at once; more are refused with 503
    #[arg(long, default_value_t = 16)]
    pub max_queries: usize,
}

/// A knowledge base on an etcd cluster, as `--db etcd://HOST:PORT[,HOST:PORT…][/PREFIX]`
/// names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EtcdAt {
    /// `HOST:PORT` of each member's client URL.
    pub endpoints: Vec<String>,
    /// Its keys' prefix on the cluster (several knowledge bases can share
    /// one): `seedkb` unless the URL gives one.
    pub prefix: String,
}

/// The prefix of a knowledge base whose URL gives none.
pub const DEFAULT_ETCD_PREFIX: &str = "seedkb";

const ETCD_EXAMPLE: &str = "etcd://10.0.0.1:2379,10.0.0.2:2379,10.0.0.3:2379/team-kb";

/// Whether `db` names a cluster (`etcd://…`), and which; `Ok(None)` for a
/// directory. A malformed URL is a usage error saying what was expected.
pub fn etcd_at(db: &std::path::Path) -> Result<Option<EtcdAt>, crate::error::Error> {
    let Some(rest) = db.to_str().and_then(|s| s.strip_prefix("etcd://")) else {
        return Ok(None);
    };
    let bad = |why: String| {
        crate::error::Error::Usage(format!(
            "--db {}: {why}; expected etcd://HOST:PORT[,HOST:PORT…][/PREFIX], e.g. {ETCD_EXAMPLE}",
            db.display()
        ))
    };
    let (hosts, prefix) = match rest.split_once('/') {
        Some((h, p)) => (h, p),
        None => (rest, DEFAULT_ETCD_PREFIX),
    };
    let mut endpoints = Vec::new();
    for h in hosts.split(',') {
        let ok = h.rsplit_once(':').is_some_and(|(host, port)| {
            !host.is_empty()
                && !host.contains(['/', ' ', '@'])
                && port.parse::<u16>().is_ok_and(|p| p > 0)
        });
        if !ok {
            return Err(bad(format!("'{h}' is not HOST:PORT")));
        }
        endpoints.push(h.to_string());
    }
    let prefix_ok = !prefix.is_empty()
        && !prefix.starts_with('/')
        && !prefix.ends_with('/')
        && !prefix.contains("//")
        && prefix
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    if !prefix_ok {
        return Err(bad(format!(
            "the prefix '{prefix}' is not a name of letters, digits, '-', '_', '.' and inner '/'"
        )));
    }
    Ok(Some(EtcdAt {
        endpoints,
        prefix: prefix.to_string(),
    }))
}

/// `load --published`: a date with its year, checked before anything is read.
fn published_date(s: &str) -> Result<crate::model::Date, String> {
    match crate::model::Date::parse_iso(s, s) {
        Ok(d) if d.year.is_some() => Ok(d),
        Ok(_) => Err(format!(
            "'{s}' has no year (expected YYYY-MM-DD, YYYY-MM or YYYY)"
        )),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn etcd_urls_are_parsed_and_bad_ones_say_what_was_expected() {
        assert_eq!(etcd_at(Path::new("/var/kb")).unwrap(), None);
        assert_eq!(
            etcd_at(Path::new("etcd://a:1,10.0.0.2:2379/team/kb")).unwrap(),
            Some(EtcdAt {
                endpoints: vec!["a:1".into(), "10.0.0.2:2379".into()],
                prefix: "team/kb".into()
            })
        );
        assert_eq!(
            etcd_at(Path::new("etcd://h:2379")).unwrap().unwrap().prefix,
            DEFAULT_ETCD_PREFIX
        );
        for (bad, says) in [
            ("etcd://h", "'h' is not HOST:PORT"),
            ("etcd://h:99999/kb", "'h:99999' is not HOST:PORT"),
            ("etcd://h:1,/kb", "'' is not HOST:PORT"),
            ("etcd://h:1/", "the prefix ''"),
            ("etcd://h:1/a b", "the prefix 'a b'"),
        ] {
            let e = etcd_at(Path::new(bad)).unwrap_err().to_string();
            assert!(
                e.contains(says) && e.contains("expected etcd://HOST:PORT"),
                "{bad}: {e}"
            );
        }
    }
}
