public import TruceModel

/// Events as JSON Lines (one compact JSON object per line, each ended by a line feed),
/// in the shape of ``EventJSON``.
///
/// Every line parses on its own, so a consumer can stream the file, and `cat`,
/// `split` or `grep` keep it valid. An export without events is an empty file.
public struct JSONLinesWriter: EventStreamWriter, Sendable {
    public init() {}

    public mutating func begin<Sink: ByteSink>(_ sink: inout Sink) throws {}

    public mutating func write<Sink: ByteSink>(_ event: Event, to sink: inout Sink) throws {
        var line = ""
        EventJSON.object(event).write(into: &line)
        line += "\n"
        try sink.write(line)
    }

    public mutating func end<Sink: ByteSink>(_ sink: inout Sink) throws {}
}
