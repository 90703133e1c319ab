import Logging
import PostgresNIO
import TruceModel
import TruceStorage

/// The job whose import is running in this task, if any: the import marks it done in its own
/// transaction, so that the import and the job's completion commit together.
enum JobCompletion {
    @TaskLocal static var job: ClaimedJob?

    /// Marks the current job done with `snapshot` (nil when articles added nothing new) on the import's
    /// connection, inside its transaction.
    ///
    /// - Throws: ``TruceError`` (`store`) when this claim no longer holds the job (its lease expired and
    ///   another worker took it), which rolls the import back: the other worker's import counts.
    static func markDone(snapshot: Int64?, on connection: PostgresConnection, logger: Logger) async throws {
        guard let job else { return }
        let marked = try await connection.scalar(
            """
            UPDATE jobs SET state = 'done', snapshot_id = \(snapshot), progress = 1, finished_at = now(), lease_expires_at = NULL
            WHERE id = \(job.id) AND lease_token = \(job.leaseToken) AND state = 'running'
            RETURNING id
            """, as: Int64.self, logger: logger)
        guard marked != nil else {
            throw TruceError(
                .store,
                "job \(job.id) was taken by another worker after this one's lease expired (attempt \(job.attempt)); its import here was rolled back")
        }
        // Idle workers waiting to stop learn that the queue moved (delivered at commit).
        try await connection.run("SELECT pg_notify(\(PostgresStore.jobChannel), \(String(job.id)))", logger: logger)
    }
}
