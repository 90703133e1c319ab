/// An error from Truce's own logic, with where it happened and what to do.
///
/// `description` is one line that names the place (file, line, column or
/// field) so a user can go straight to it.
///
/// Messages name no command-line flag or request field: a front end that knows which of its
/// inputs ``parameter`` names adds its own hint (the CLI a flag, the server a request field).
public struct TruceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Code
    public var message: String
    public var location: SourceLocation?
    /// The input the error is about, by its plain name (`store`, `reading`, `as_of`), when it is one.
    public var parameter: String?
    /// The underlying error (a database's, the file system's), kept for logs and for front ends
    /// that translate it; not part of equality.
    public var cause: (any Error)?

    public init(
        _ code: Code, _ message: String, at location: SourceLocation? = nil, parameter: String? = nil, cause: (any Error)? = nil
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.parameter = parameter
        self.cause = cause
    }

    public static func == (a: TruceError, b: TruceError) -> Bool {
        a.code == b.code && a.message == b.message && a.location == b.location && a.parameter == b.parameter
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(location)
        hasher.combine(parameter)
    }

    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    /// Kinds of error; a struct so that codes can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let invalidAgreement = Code("invalid_agreement")
        public static let invalidInput = Code("invalid_input")
        public static let unreadableFile = Code("unreadable_file")
        public static let unwritableFile = Code("unwritable_file")
        public static let store = Code("store")
        public static let evaluation = Code("evaluation")
        /// A record, provision, reading or snapshot asked for does not exist.
        public static let notFound = Code("not_found")
    }
}

/// A place in a file: `file:line:column`, or `file:line (field)`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    public var field: String?

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    public var description: String {
        var text = "\(file):\(line)"
        if let column { text += ":\(column)" }
        if let field { text += " (field '\(field)')" }
        return text
    }
}
