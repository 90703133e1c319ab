public import TruceModel

/// A row that could not be read, with where and why: rows are rejected, never
/// silently fixed, so an importer can count and list them.
public struct RowRejection: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name (not its full path).
    public var file: String
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The header name of the column at fault, when one is.
    public var field: String?
    /// What was wrong, with the value: `fatalities: expected a whole number, got 'abc'`.
    public var message: String
    /// The record as it stands in the file (cut after 4,096 bytes).
    public var rawRecord: String

    public init(file: String, line: Int, field: String?, message: String, rawRecord: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.rawRecord = rawRecord
    }

    /// Where the row is, for `TruceError`-style messages.
    public var location: SourceLocation { SourceLocation(file: file, line: line, field: field) }

    /// `file:line (field 'x'): message`.
    public var description: String { "\(location): \(message)" }
}
