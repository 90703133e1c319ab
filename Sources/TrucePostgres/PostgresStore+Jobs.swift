import Foundation
import Logging
import PostgresNIO
import TruceModel
public import TruceStorage

// The job queue in the database: no coordinator besides PostgreSQL. Claims take the oldest claimable row with
// FOR UPDATE SKIP LOCKED, so workers never wait on each other nor take the same job; leases are times on the
// server's clock, so workers' clocks do not matter.
extension PostgresStore: JobQueue {
    /// A job whose lease expired this many times is given up rather than claimed again: its file most likely
    /// kills the worker that reads it.
    static let maximumAttempts = 5

    public func enqueue(_ work: QueuedImport) async throws -> Int64 {
        try await withConnection(doing: "queue a job in") { connection in
            // The notice wakes waiting workers once the job is committed (NOTIFY is delivered at commit).
            let id = try await connection.scalar(
                """
                WITH queued AS (
                    INSERT INTO jobs (kind, file_name, contents, content_hash, encoding, options)
                    VALUES (\(work.kind), \(work.fileName), \(work.contents), \(work.contentHash), \(work.encoding), \(work.options))
                    RETURNING id)
                SELECT id FROM queued, pg_notify(\(Self.jobChannel), id::text)
                """, as: Int64.self, logger: logger)
            guard let id else { throw TruceError(.store, "the database \(location) did not return the new job's id") }
            return id
        }
    }

    public func claimJob(worker: String, lease: Duration) async throws -> ClaimedJob? {
        let token = UUID().uuidString
        let seconds = Self.seconds(lease)
        let limit = Self.maximumAttempts
        return try await withConnection(doing: "claim a job in") { connection in
            try await connection.run(
                """
                UPDATE jobs SET state = 'failed', finished_at = now(), lease_expires_at = NULL,
                    error = 'given up after ' || attempts || ' attempts whose workers stopped before finishing (last: ' || coalesce(worker, '?') || ')'
                WHERE state = 'running' AND lease_expires_at < clock_timestamp() AND attempts >= \(limit)
                """, logger: logger)
            let rows = try await connection.query(
                """
                UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = \(worker), lease_token = \(token), progress = 0,
                    lease_expires_at = clock_timestamp() + make_interval(secs => \(seconds)),
                    error = CASE WHEN state = 'running'
                        THEN 'the lease of ' || coalesce(worker, '?') || ' expired during attempt ' || attempts || '; retried' ELSE error END
                WHERE id = (
                    SELECT id FROM jobs
                    WHERE state = 'queued' OR (state = 'running' AND lease_expires_at < clock_timestamp() AND attempts < \(limit))
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, file_name, contents, content_hash, encoding, options, attempts
                """, logger: logger)
            for try await (id, kind, fileName, contents, hash, encoding, options, attempts) in rows.decode(
                (Int64, String, String, Data, String, String, String, Int).self)
            {
                let work = QueuedImport(
                    kind: kind, fileName: fileName, contents: contents, contentHash: hash, encoding: encoding, options: options)
                return ClaimedJob(id: id, work: work, attempt: attempts, leaseToken: token)
            }
            return nil
        }
    }

    public func renewLease(of job: ClaimedJob, for lease: Duration, progress: Double) async throws -> Bool {
        let seconds = Self.seconds(lease)
        return try await withConnection(doing: "renew a job's lease in") { connection in
            try await connection.scalar(
                """
                UPDATE jobs SET lease_expires_at = clock_timestamp() + make_interval(secs => \(seconds)), progress = \(progress)
                WHERE id = \(job.id) AND lease_token = \(job.leaseToken) AND state = 'running'
                RETURNING id
                """, as: Int64.self, logger: logger) != nil
        }
    }

    public func completing<T: Sendable>(_ job: ClaimedJob, _ body: () async throws -> T) async throws -> T {
        try await JobCompletion.$job.withValue(job) { try await body() }
    }

    public func failJob(_ job: ClaimedJob, error: String) async throws {
        try await withConnection(doing: "record a job's failure in") { connection in
            try await connection.run(
                """
                WITH failed AS (
                    UPDATE jobs SET state = 'failed', error = \(error), finished_at = now(), lease_expires_at = NULL
                    WHERE id = \(job.id) AND lease_token = \(job.leaseToken) AND state = 'running'
                    RETURNING id)
                SELECT pg_notify(\(Self.jobChannel), id::text) FROM failed
                """, logger: logger)
        }
    }

    public func jobs() async throws -> [JobStatus] {
        try await withConnection(doing: "list the jobs of") { connection in
            let rows = try await connection.query(
                "SELECT id, kind, file_name, state, attempts, progress, error, snapshot_id, worker FROM jobs ORDER BY id", logger: logger)
            var jobs: [JobStatus] = []
            for try await (id, kind, fileName, state, attempts, progress, error, snapshot, worker) in rows.decode(
                (Int64, String, String, String, Int, Double, String?, Int64?, String?).self)
            {
                jobs.append(
                    JobStatus(
                        id: id, kind: kind, fileName: fileName, state: JobState(rawValue: state) ?? .failed, attempts: attempts,
                        progress: progress, error: error, snapshot: snapshot, worker: worker))
            }
            return jobs
        }
    }

    public func hasPendingJobs() async throws -> Bool {
        try await withConnection(doing: "look for jobs in") { connection in
            try await connection.scalar(
                "SELECT EXISTS (SELECT 1 FROM jobs WHERE state IN ('queued', 'running'))", as: Bool.self, logger: logger) ?? false
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
