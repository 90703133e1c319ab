import Foundation
import TruceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `truce export` writes: standard output, or a file given with `--output`.
///
/// A file is written under a temporary name beside it and renamed into place only
/// when the export has finished, so a failed or interrupted export never leaves a
/// truncated file where a complete one was expected (or was before).
enum ExportDestination {
    /// Runs `body` with a sink on standard output or on `path`, then flushes it.
    ///
    /// - Throws: ``TruceError`` (`unwritableFile`) when the file cannot be created, written
    ///   or renamed; whatever `body` throws (the temporary file is then removed).
    static func write<T>(to path: String?, _ body: (inout FileDescriptorSink) async throws -> T) async throws -> T {
        guard let path else {
            var sink = FileDescriptorSink.standardOutput()
            let result = try await body(&sink)
            try sink.flush()
            return result
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw TruceError(.unwritableFile, "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            var sink = FileDescriptorSink(descriptor: descriptor, name: path)
            let result = try await body(&sink)
            try sink.flush()
            closed = true
            guard close(descriptor) == 0 else {
                throw TruceError(.unwritableFile, "cannot write to \(path): \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, path) == 0 else {
                throw TruceError(.unwritableFile, "cannot replace \(path): \(String(cString: strerror(errno)))")
            }
            return result
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
