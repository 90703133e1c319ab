/// An error from Truce's own logic, with where it happened and what to do.
///
/// `description` is one line that names the place (file, line, column or
/// field) so a user can go straight to it.
///
/// Messages name no command-line flag or request field: a front end that knows which of its
/// inputs ``parameter`` names adds its own hint (the CLI a flag, the server a request field).
public struct TruceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of error, for callers that react to it.
    public var code: Code
    /// What happened and what to do, in one sentence; names no command-line flag.
    public var message: String
    /// Where in a file the error is, when it comes from one.
    public var location: SourceLocation?
    /// The input the error is about, by its plain name (`store`, `reading`, `as_of`), when it is one.
    public var parameter: String?
    /// The underlying error (a database's, the file system's), kept for logs and for front ends
    /// that translate it; not part of equality.
    public var cause: (any Error)?

    /// An error of kind `code` saying `message`, at `location` when it comes from a file; `parameter`
    /// names the input it is about, `cause` the error beneath it.
    public init(
        _ code: Code, _ message: String, at location: SourceLocation? = nil, parameter: String? = nil, cause: (any Error)? = nil
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.parameter = parameter
        self.cause = cause
    }

    /// Errors are equal when code, message, location and parameter are; `cause` is ignored.
    public static func == (a: TruceError, b: TruceError) -> Bool {
        a.code == b.code && a.message == b.message && a.location == b.location && a.parameter == b.parameter
    }

    /// Hashes what equality compares; `cause` is left out.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(location)
        hasher.combine(parameter)
    }

    /// The message, after the location when there is one: one line.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    /// Kinds of error; a struct so that codes can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The code's name as written in machine-readable output (`invalid_input`).
        public var description: String { name }

        /// An agreement file that cannot be loaded or is inconsistent.
        public static let invalidAgreement = Code("invalid_agreement")
        /// Input that is not what it should be: a bad row, value or request.
        public static let invalidInput = Code("invalid_input")
        /// A file that cannot be read.
        public static let unreadableFile = Code("unreadable_file")
        /// A file or stream that cannot be written.
        public static let unwritableFile = Code("unwritable_file")
        /// The store failed or holds what it should not.
        public static let store = Code("store")
        /// An agreement that cannot be evaluated against the evidence.
        public static let evaluation = Code("evaluation")
        /// A record, provision, reading or snapshot asked for does not exist.
        public static let notFound = Code("not_found")
        /// The person asking may not do this (another user's record, a role they lack).
        public static let forbidden = Code("forbidden")
        /// The request clashes with the state of what it names (the last admin removed, a user removed twice).
        public static let conflict = Code("conflict")
    }
}

/// A place in a file: `file:line:column`, or `file:line (field)`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, when known.
    public var column: Int?
    /// The field (column name or key), when the error is about one.
    public var field: String?

    /// A place: `file`, `line`, and the column or field when known.
    public init(file: String, line: Int, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// `file:line:column`, then ` (field 'name')` when a field is known.
    public var description: String {
        var text = "\(file):\(line)"
        if let column { text += ":\(column)" }
        if let field { text += " (field '\(field)')" }
        return text
    }
}
