import Logging
import NIOCore
import PostgresNIO
import TruceModel

/// `COPY … FROM STDIN` that cannot crash when the server ends the session mid-copy.
///
/// postgres-nio 1.33.2 stops the process (`preconditionFailure("Copy mode is only supported for extended
/// queries")`) when a copy write, `CopyDone` or `CopyFail` reaches its connection state machine after the
/// channel went inactive but before its handler was removed: one event-loop turn, which a fast writer hits
/// (`PostgresFaultTests`). Its writer checks the state on the event loop, inline when called there.
/// So here every write, and whatever ends the copy, runs on the connection's event loop (a task executor
/// preference) right after a check that the channel is still active, in the same turn; a channel that
/// is no longer active is waited for until it is closed (handler removed: postgres-nio then fails cleanly
/// with `connectionClosed`), and the copy ends with that error. NIO marks a channel inactive before it
/// tells the handlers, and postgres-nio leaves the copy state only on such an event, so the check sees
/// every way the copy can end under a writer. The rows are produced off the event loop.
extension PostgresConnection {
    /// Copies rows into `table` (`columns` in order): `writeRows` writes them as `COPY` text with the writer it
    /// is given. Errors from `writeRows`, the server or the connection are thrown; none crashes the process.
    func copyRows(
        into table: String, columns: [String], logger: Logger, _ writeRows: (GuardedCopyWriter) async throws -> Void
    ) async throws {
        let loop = EventLoopTaskExecutor(eventLoop)
        let watch = CopyWatch(self)
        try await withTaskExecutorPreference(loop) {
            try await copyFrom(table: table, columns: columns, logger: logger) { writer in
                let guarded = GuardedCopyWriter(writer: writer, connection: self, loop: loop, watch: watch)
                var failure: (any Error)?
                do {
                    // Producing rows may block (a reading thread's queue): never on the event loop.
                    try await withTaskExecutorPreference(globalConcurrentExecutor) { try await writeRows(guarded) }
                } catch {
                    failure = error
                }
                // postgres-nio sends CopyDone or CopyFail as soon as this closure returns or throws: on the loop,
                // after the same check as a write.
                try await guarded.end(failure)
            }
        }
    }
}

/// Sends chunks of `COPY` text for ``PostgresConnection/copyRows(into:columns:logger:_:)``; each write runs on
/// the connection's event loop after a check that the session is still there, and is given up when the
/// connection closes while the write waits for the socket to drain (``CopyWatch``).
struct GuardedCopyWriter: Sendable {
    fileprivate let writer: PostgresCopyFromWriter
    fileprivate let connection: PostgresConnection
    fileprivate let loop: EventLoopTaskExecutor
    fileprivate let watch: CopyWatch

    /// Sends `buffer`; throws the server's error, or `PostgresError.connectionClosed` once the session has ended.
    func write(_ buffer: ByteBuffer) async throws {
        try await watch.run(on: loop) {
            try await ensureOpen(else: nil)
            do {
                try await writer.write(buffer)
            } catch {
                try await ensureOpen(else: error)
                if Self.endsSession(error) { await waitUntilClosed() }
                throw error
            }
        }
    }

    /// Leaves the copy's closure on the loop: throws `failure`, if any, once the session is either still open
    /// or closed for good.
    fileprivate func end(_ failure: (any Error)?) async throws {
        try await withTaskExecutorPreference(loop) {
            try await ensureOpen(else: failure)
            guard let failure else { return }
            if Self.endsSession(failure) { await waitUntilClosed() }
            throw failure
        }
    }

    /// On the loop: returns when the channel is active; otherwise waits until it is closed and throws `error`
    /// (or `connectionClosed`).
    private func ensureOpen(else error: (any Error)?) async throws {
        // Off the loop the check would race the channel's events: a preference that did not apply must not pass.
        guard connection.eventLoop.inEventLoop else {
            throw TruceError(.store, "a COPY write ran off its connection's event loop (an internal error); nothing was stored")
        }
        guard connection.isClosed else { return }
        await waitUntilClosed()
        throw error ?? PostgresError.connectionClosed
    }

    private func waitUntilClosed() async {
        // Completes once NIO has removed the handlers; a later CopyDone or CopyFail then fails cleanly.
        try? await connection.closeFuture.get()
    }

    /// A FATAL or PANIC from the server: the server closes the connection after it.
    private static func endsSession(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        let severity = error.serverInfo?[.severity] ?? error.serverInfo?[.localizedSeverity]
        return severity == "FATAL" || severity == "PANIC"
    }
}

/// Runs the jobs of tasks that prefer it on one NIO event loop, so that code awaited there runs in the loop's turn.
final class EventLoopTaskExecutor: TaskExecutor, Sendable {
    let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
