/// Where an export's bytes go: standard output, a file, or memory.
///
/// Writers produce UTF-8 text a piece at a time and hand it to a sink, so an
/// export of any size needs only the memory of one record. A sink that talks to
/// the operating system buffers and reports failures (a full disk) by throwing.
public protocol ByteSink {
    /// Appends `bytes` to the output.
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Appends `text` as UTF-8.
    public mutating func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// A sink that keeps everything in memory: for tests and small outputs.
public struct MemorySink: ByteSink, Sendable {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes written, read as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
