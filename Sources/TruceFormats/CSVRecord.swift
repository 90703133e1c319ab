/// One record of a CSV file: its fields as text and the physical line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based physical line where the record starts (the header is line 1).
    /// A record with quoted newlines covers several lines; the next record's
    /// line accounts for them.
    public var line: Int
    /// The fields, unquoted and decoded.
    public var fields: [String]
    /// Why the record is malformed, or `nil` when it is well formed. A malformed
    /// record's fields are the reader's best reading, for messages only.
    public var problem: Problem?

    public init(line: Int, fields: [String], problem: Problem? = nil) {
        self.line = line
        self.fields = fields
        self.problem = problem
    }

    /// What is wrong with a record at the CSV level (before any column has a meaning).
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// The 0-based index of the field at fault, when one field is.
        public var fieldIndex: Int?
        public var message: String

        public init(fieldIndex: Int? = nil, message: String) {
            self.fieldIndex = fieldIndex
            self.message = message
        }

        public var description: String { message }
    }
}
