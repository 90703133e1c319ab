/// Why a data row cannot become a record: the column (its header or codebook
/// name) and a message that quotes the value. Row parsers throw it; readers turn
/// it into a ``RowRejection`` with the line and the raw record.
public struct RowFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var field: String?
    public var message: String

    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
