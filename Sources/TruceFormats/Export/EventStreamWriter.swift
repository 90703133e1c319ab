public import TruceModel

/// Writes events one at a time, in a file format, to a ``ByteSink``.
///
/// Call ``begin(_:)`` once, ``write(_:to:)`` for each event, then ``end(_:)``;
/// a writer keeps no event once it has written it, so memory does not grow with
/// the number of events. Writers are values without I/O of their own: the sink
/// decides where the bytes go.
public protocol EventStreamWriter {
    /// Writes what comes before the first event: a header row, an opening bracket.
    mutating func begin<Sink: ByteSink>(_ sink: inout Sink) throws
    /// Writes one event.
    mutating func write<Sink: ByteSink>(_ event: Event, to sink: inout Sink) throws
    /// Writes what comes after the last event.
    mutating func end<Sink: ByteSink>(_ sink: inout Sink) throws
}

extension EventStreamWriter {
    /// The whole output for `events`, as text: for small exports and tests.
    public func render(_ events: some Sequence<Event>) -> String {
        var writer = self
        var sink = MemorySink()
        // A MemorySink never fails, and the writers only throw what the sink throws.
        try? writer.begin(&sink)
        for event in events { try? writer.write(event, to: &sink) }
        try? writer.end(&sink)
        return sink.text
    }
}
