import Foundation
import Logging
import PostgresNIO
public import TruceStorage

// Notices go through LISTEN on a connection of their own, outside the pool: a pooled connection is shared, and
// one that listens would keep receiving notices for whoever borrows it next.
extension PostgresStore: EvidenceChangeFeed {
    /// The channel imports and review decisions notify, with their snapshot as payload.
    static let evidenceChannel = "truce_evidence"
    /// The channel the job queue notifies, with the job's id as payload.
    static let jobChannel = "truce_jobs"

    public func evidenceChanges() async throws -> AsyncThrowingStream<EvidenceChange, any Error> {
        let payloads = try await listen(on: Self.evidenceChannel)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await payload in payloads { continuation.yield(EvidenceChange(snapshot: Int64(payload))) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    public func jobNotices() async throws -> AsyncThrowingStream<Int64, any Error> {
        let payloads = try await listen(on: Self.jobChannel)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await payload in payloads {
                        if let id = Int64(payload) { continuation.yield(id) }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The payloads notified on `channel` from the moment this returns, on a connection of their own that
    /// closes when the sequence is dropped or its consumer is cancelled.
    func listen(on channel: String) async throws -> AsyncThrowingStream<String, any Error> {
        let location = self.location
        let logger = self.logger
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: Self.connectionConfiguration(location), id: 1, logger: logger)
        } catch {
            throw PostgresErrors.translate(error, location: location, doing: "listen for changes in")
        }
        let (payloads, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        let (listening, started) = AsyncStream<Void>.makeStream()
        let task = Task {
            do {
                try await connection.listen(on: channel) { notices in
                    started.finish()
                    for try await notice in notices { continuation.yield(notice.payload) }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: PostgresErrors.translate(error, location: location, doing: "listen for changes in"))
            }
            started.finish()
            try? await connection.close()
        }
        continuation.onTermination = { _ in task.cancel() }
        // Returns once the server has confirmed LISTEN (or listening failed, which the sequence then throws).
        for await _ in listening {}
        return payloads
    }
}
