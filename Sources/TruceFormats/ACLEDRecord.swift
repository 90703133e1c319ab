public import TruceModel

/// One data row of an ACLED file: an event, or why the row was rejected.
public enum ACLEDRecord: Hashable, Sendable {
    case event(Event)
    case rejected(RowRejection)

    /// The event, or `nil` for a rejected row.
    public var event: Event? {
        if case .event(let event) = self { return event }
        return nil
    }

    /// The rejection, or `nil` for a row that became an event.
    public var rejection: RowRejection? {
        if case .rejected(let rejection) = self { return rejection }
        return nil
    }
}
