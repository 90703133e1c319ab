/// An error from Truce's own logic, with where it happened and what to do.
///
/// `description` is one line that names the place (file, line, column or
/// field) so a user can go straight to it.
public struct TruceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Code
    public var message: String
    public var location: SourceLocation?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
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
