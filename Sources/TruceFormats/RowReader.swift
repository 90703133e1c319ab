/// A streaming reader of one kind of record, row by row.
public protocol RowReader {
    associatedtype Value: Sendable
    /// The next row as a value or a rejection; `nil` at the end of the file.
    mutating func next() throws -> ParsedRow<Value>?
}

extension RowReader {
    /// Reads every remaining row: for small files and tests; imports stream with `next()`.
    public mutating func readAll() throws -> (values: [Value], rejections: [RowRejection]) {
        var values: [Value] = []
        var rejections: [RowRejection] = []
        while let row = try next() {
            switch row {
            case .value(let value): values.append(value)
            case .rejected(let rejection): rejections.append(rejection)
            }
        }
        return (values, rejections)
    }
}
