/// One data row of an evidence file: the value it describes, or why it was rejected.
public enum ParsedRow<Value: Sendable>: Sendable {
    case value(Value)
    case rejected(RowRejection)

    /// The value, or `nil` for a rejected row.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The rejection, or `nil` for a row that was read.
    public var rejection: RowRejection? {
        if case .rejected(let rejection) = self { return rejection }
        return nil
    }
}

extension ParsedRow: Equatable where Value: Equatable {}
extension ParsedRow: Hashable where Value: Hashable {}
