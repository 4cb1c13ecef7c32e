//! Errors and the exit codes they map to.

use std::fmt;

/// A query error with the byte span it concerns, for a caret under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    pub message: String,
    /// Byte offsets into the query text.
    pub span: (usize, usize),
    pub help: Option<String>,
    /// A guess at what was meant (`did you mean 'where'?`), shown on its
    /// own line in reports; not part of the one-line form.
    pub suggestion: Option<String>,
}

impl QueryError {
    pub fn new(message: impl Into<String>, span: (usize, usize)) -> Self {
        QueryError {
            message: message.into(),
            span,
            help: None,
            suggestion: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

#[derive(Debug)]
pub enum Error {
    /// Bad command line; exit 2.
    Usage(String),
    /// A query that cannot be parsed or answered; exit 1.
    Query(QueryError),
    /// A fact file, dump or document that cannot be loaded; exit 1.
    /// The message starts with `file:line:` where known.
    Input(String),
    /// The storage engine failed or the database is damaged; exit 3.
    Storage(String),
    /// Another process holds the database; exit 3.
    Locked(String),
    /// The reader of our output went away (`seedkb dump | head`): not a
    /// failure of ours; stop quietly.
    BrokenPipe,
    /// A bug: a panic caught at the top; exit 70.
    Internal(String),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Query(_) | Error::Input(_) => 1,
            Error::Usage(_) => 2,
            Error::Storage(_) | Error::Locked(_) => 3,
            Error::BrokenPipe => 0,
            Error::Internal(_) => 70,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) => write!(f, "usage error: {m}"),
            Error::Query(q) => {
                write!(f, "{}", q.message)?;
                if let Some(h) = &q.help {
                    write!(f, " ({h})")?;
                }
                Ok(())
            }
            Error::Input(m) => f.write_str(m),
            Error::Storage(m) => write!(f, "storage error: {m}"),
            Error::Locked(m) => write!(f, "storage error: {m}"),
            Error::BrokenPipe => f.write_str("output closed"),
            Error::Internal(m) => write!(
                f,
                "internal error: {m}. This is a bug in seedkb; please report it with the input \
                 that caused it"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<QueryError> for Error {
    fn from(q: QueryError) -> Self {
        Error::Query(q)
    }
}
