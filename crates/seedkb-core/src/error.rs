//! Errors and the exit codes they map to.

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

    /// The help and the guess apart, as machine formats give them (the
    /// JSON of the HTTP API and of the command line): one rule for every
    /// kind of error. A guess at what was meant (`did you mean amount?`)
    /// is the `suggestion`; what else helps (`expected …`, where to look)
    /// is the `help`. Some errors carry their guess at the head of their
    /// help, for the report, which prints the help beside the caret
    /// (`^^^^^ did you mean amount?`): it is taken out here.
    pub fn help_and_suggestion(&self) -> (Option<String>, Option<String>) {
        const GUESS: &str = "did you mean ";
        let Some(help) = self.help.as_deref() else {
            return (None, self.suggestion.clone());
        };
        if self.suggestion.is_some() || !help.starts_with(GUESS) {
            return (Some(help.to_string()), self.suggestion.clone());
        }
        // The guess ends at its question mark, the help goes on after it.
        let end = help
            .match_indices('?')
            .map(|(i, _)| i + 1)
            .find(|&i| help[i..].is_empty() || help[i..].starts_with(' '))
            .unwrap_or(help.len());
        let rest = help[end..].trim();
        let rest = rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or(rest);
        (
            (!rest.is_empty()).then(|| rest.to_string()),
            Some(help[..end].to_string()),
        )
    }

    /// Where the error starts in the query `text`: its line and column,
    /// both from 1, the column in characters (not bytes: 义县 is two
    /// columns, not six). The one rule of every report, the CLI's and the
    /// HTTP API's.
    pub fn line_column(&self, text: &str) -> (usize, usize) {
        let start = char_floor(text, self.span.0);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..start].matches('\n').count() + 1;
        (line, text[line_start..start].chars().count() + 1)
    }

    /// The span in characters of the query `text` (from 0, end excluded),
    /// as the HTTP API gives it.
    pub fn char_span(&self, text: &str) -> (usize, usize) {
        let count = |i: usize| text[..char_floor(text, i)].chars().count();
        (count(self.span.0), count(self.span.1))
    }
}

/// `i`, or the start of the character it falls inside, within `text`.
fn char_floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Everything that can go wrong, by whose move it is to fix it. The exit
/// code of each kind is decided here and nowhere else.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad command line; exit 2.
    #[error("usage error: {0}")]
    Usage(String),
    /// A query that cannot be parsed or answered; exit 1.
    #[error("{}", query_line(.0))]
    Query(QueryError),
    /// A fact file, dump or document that cannot be loaded; exit 1.
    /// The message starts with `file:line:` where known.
    #[error("{0}")]
    Input(String),
    /// The storage engine failed or the database is damaged; exit 3.
    #[error("storage error: {0}")]
    Storage(String),
    /// Another process holds the database; exit 3.
    #[error("storage error: {0}")]
    Locked(String),
    /// Our own output or terminal failed (a full disk under `dump >
    /// file`, a line editor that cannot start); exit 74 (EX_IOERR).
    #[error("output error: {0}")]
    Output(String),
    /// The reader of our output went away (`seedkb dump | head`): not a
    /// failure of ours; stop quietly.
    #[error("output closed")]
    BrokenPipe,
    /// A bug: a panic caught at the top; exit 70.
    #[error(
        "internal error: {0}. This is a bug in seedkb; please report it with the input \
         that caused it"
    )]
    Internal(String),
}

fn query_line(q: &QueryError) -> String {
    match &q.help {
        Some(h) => format!("{} ({h})", q.message),
        None => q.message.clone(),
    }
}

impl Error {
    /// The process exit code for this error (README, "Exit codes").
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Query(_) | Error::Input(_) => 1,
            Error::Usage(_) => 2,
            Error::Storage(_) | Error::Locked(_) => 3,
            Error::BrokenPipe => 0,
            Error::Internal(_) => 70,
            Error::Output(_) => 74,
        }
    }
}

impl From<QueryError> for Error {
    fn from(q: QueryError) -> Self {
        Error::Query(q)
    }
}
