import NIOCore
import PostgresNIO
import Synchronization

/// Sends the chunks of one `COPY … FROM STDIN` so that a connection that closes mid-copy ends the copy
/// with ``PostgresError/connectionClosed`` instead of a wait that never ends.
///
/// Why: postgres-nio 1.33 holds each chunk until the socket drains (backpressure). When the server sends
/// an error and closes while a chunk waits (a session terminated while the server was busy or stopped,
/// a crash of another server process, a PANIC), its state machine records the error and drops the
/// waiting promise unanswered, so `PostgresCopyFromWriter.write` never returns: the import waited
/// forever, with no CPU and no error. Each chunk is therefore written by a task of its own, and the
/// copy waits for that write or the connection's close, whichever comes first. A write left waiting
/// on a closed connection holds only its chunk and the writer, and is never resumed.
final class CopyWatch: Sendable {
    private struct State {
        var closed = false
        var waiting: CheckedContinuation<Void, any Error>?
    }

    private let state = Mutex(State())

    /// Watches `connection` for the rest of one copy.
    init(_ connection: PostgresConnection) {
        connection.closeFuture.whenComplete { [weak self] _ in self?.connectionClosed() }
    }

    /// Writes `chunk` through `writer`; throws what the write throws, or ``PostgresError/connectionClosed``
    /// as soon as the connection closes.
    func write(_ chunk: ByteBuffer, with writer: PostgresCopyFromWriter) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let closed = state.withLock { state in
                if !state.closed { state.waiting = continuation }
                return state.closed
            }
            guard !closed else { return continuation.resume(throwing: PostgresError.connectionClosed) }
            Task {
                do {
                    try await writer.write(chunk)
                    self.finish(with: .success(()))
                } catch {
                    self.finish(with: .failure(error))
                }
            }
        }
    }

    private func finish(with result: Result<Void, any Error>) {
        let waiting = state.withLock { state in
            defer { state.waiting = nil }
            return state.waiting
        }
        waiting?.resume(with: result)
    }

    private func connectionClosed() {
        let waiting = state.withLock { state in
            state.closed = true
            defer { state.waiting = nil }
            return state.waiting
        }
        waiting?.resume(throwing: PostgresError.connectionClosed)
    }
}
