import Foundation
import TruceFormats
import TruceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A ``ByteSink`` on an open file descriptor, with a buffer: standard output (through the task's
/// ``Console``) or a file being exported. Bytes reach the descriptor when the buffer fills and on ``flush()``.
struct FileDescriptorSink: ByteSink {
    let descriptor: Int32
    /// What to call the destination in errors.
    let name: String
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 16

    /// Set for standard output: the bytes then go to the task's ``Console`` rather than to the descriptor.
    private var console: Console?

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(Self.capacity)
    }

    /// Standard output as the running task's ``Console/current`` sees it.
    static func standardOutput() -> FileDescriptorSink {
        var sink = FileDescriptorSink(descriptor: STDOUT_FILENO, name: "standard output")
        sink.console = Console.current
        return sink
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Hands everything buffered to the descriptor.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        if let console {
            try console.output(bytes)
        } else {
            try TruceCLI.writeAll(bytes, to: descriptor, name: name)
        }
    }
}

/// `write(2)` until every byte is taken: it may take fewer, or be interrupted.
///
/// - Throws: ``OutputClosed`` when the descriptor is a pipe whose reader has gone (`EPIPE`: the process
///   ignores SIGPIPE, so it learns of it here); ``TruceError`` (`unwritableFile`) naming `name` when the
///   descriptor refuses them otherwise.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws {
    var offset = 0
    while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            if errno == EPIPE { throw OutputClosed(name: name) }
            throw TruceError(.unwritableFile, "cannot write to \(name): \(String(cString: strerror(errno)))")
        }
        offset += written
    }
}

/// `write(2)`, named apart from ``FileDescriptorSink/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
