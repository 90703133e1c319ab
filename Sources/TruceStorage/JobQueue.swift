/// Background work kept in the store: imports queued by one process and run by workers, which
/// claim them one at a time under a lease. A worker that dies stops renewing its lease, and once it
/// expires another worker claims the job again. Only a store shared by several processes
/// (PostgreSQL) is one.
public protocol JobQueue: Sendable {
    /// Queues an import; returns the job's id.
    func enqueue(_ work: QueuedImport) async throws -> Int64

    /// Claims the oldest job waiting (or whose lease has expired) for `worker`, under a lease of
    /// `lease`, counting an attempt; nil when there is none. Workers never claim the same job at once.
    func claimJob(worker: String, lease: Duration) async throws -> ClaimedJob?

    /// Extends the lease of `job` by `lease` from now and records its progress (0 to 1).
    ///
    /// - Returns: false when the lease was lost (it expired and another worker took the job).
    func renewLease(of job: ClaimedJob, for lease: Duration, progress: Double) async throws -> Bool

    /// Runs `body`, whose one import marks `job` done in the import's own transaction, with the
    /// import's snapshot: the import and the job's completion land together or not at all, so a
    /// retried job never imports twice.
    ///
    /// - Throws: when `body` throws, or ``TruceError`` (`store`) when the lease was lost before the
    ///   import committed (the import is then rolled back).
    func completing<T: Sendable>(_ job: ClaimedJob, _ body: () async throws -> T) async throws -> T

    /// Marks `job` failed with `error`, unless its lease was lost meanwhile.
    func failJob(_ job: ClaimedJob, error: String) async throws

    /// Every job, oldest first.
    func jobs() async throws -> [JobStatus]

    /// Whether any job is waiting or running.
    func hasPendingJobs() async throws -> Bool

    /// Starts listening for changes to the queue and returns once listening: the sequence yields a job's id
    /// whenever one is queued, done or failed, from any process, so that idle workers need not poll.
    ///
    /// - Throws: ``TruceError`` (`store`) when listening cannot start; the sequence throws it when the
    ///   connection is lost (notices sent meanwhile are lost: a worker then looks at the queue again).
    func jobNotices() async throws -> AsyncThrowingStream<Int64, any Error>
}
