public import TruceFormats

/// Where an import puts the rows it could not accept. Storage decides when an import
/// starts and whether it lands; the front end decides where rejected rows are kept
/// (a file beside the store, a response body, ...).
public protocol RejectsDestination: Sendable {
    /// Starts the list of one import's rejected rows; called at its first rejected row.
    ///
    /// - Parameters:
    ///   - snapshot: the import's snapshot id, so that lists of several imports stay apart.
    ///   - input: the name of the input the rows come from.
    func open(snapshot: Int64, input: String) throws -> any RejectedRowsWriter
}

/// One import's list of rejected rows. Storage calls ``append(_:)`` for each row,
/// then ``close()`` when the import landed or ``discard()`` when it rolled back.
public protocol RejectedRowsWriter: AnyObject {
    /// Where the rows are kept, to tell the user.
    var location: String { get }
    func append(_ rejection: RowRejection) throws
    func close() throws
    func discard()
}

/// Keeps no rejected rows: for callers that only need the counts.
public struct DiscardedRejects: RejectsDestination {
    /// A destination that keeps nothing.
    public init() {}

    /// A writer that drops every row; its location is empty.
    public func open(snapshot: Int64, input: String) throws -> any RejectedRowsWriter { Writer() }

    private final class Writer: RejectedRowsWriter {
        var location: String { "" }
        func append(_ rejection: RowRejection) throws {}
        func close() throws {}
        func discard() {}
    }
}
