import Foundation
import Synchronization
import TruceFormats
import TruceModel
public import TruceStorage

/// What became of one job a worker ran.
public struct JobOutcome: Sendable {
    /// The job's id.
    public var job: Int64
    /// Which claim it was (1 for the first).
    public var attempt: Int
    /// The import's report, when it committed.
    public var report: ImportReport?
    /// Why it did not, otherwise.
    public var error: String?
}

/// A worker: claims queued imports from the store one at a time and runs each through the same
/// ``TruceApp/importDataset(_:progress:)`` the CLI calls, renewing its lease while it works. The import
/// marks the job done in its own transaction, so a job whose worker died is retried without
/// importing anything twice.
public struct JobRunner: Sendable {
    /// The application core the imports run through.
    public let app: TruceApp
    /// Who this worker is, as recorded on the jobs it holds (host and process id).
    public let worker: String
    /// How long a claim lasts without renewal: a worker that dies holds its job this long at most.
    public let lease: Duration
    /// Where imports keep rejected rows.
    public let rejects: any RejectsDestination

    /// A worker over `app`'s store, named `worker`, renewing leases of `lease` three times per lease.
    public init(app: TruceApp, worker: String, lease: Duration = .seconds(30), rejects: any RejectsDestination) {
        self.app = app
        self.worker = worker
        self.lease = lease
        self.rejects = rejects
    }

    /// Claims one job and runs it; nil when no job is waiting.
    ///
    /// - Throws: ``TruceError`` when the store has no job queue or cannot be reached; a job that fails is
    ///   recorded as failed (with its error) and returned, not thrown.
    public func runOne() async throws -> JobOutcome? {
        guard let queue = app.jobQueue else {
            throw TruceError(.invalidInput, "workers run jobs only from a store they share (PostgreSQL), not from a SQLite file")
        }
        guard let job = try await queue.claimJob(worker: worker, lease: lease) else { return nil }
        do {
            let report = try await run(job, queue: queue)
            return JobOutcome(job: job.id, attempt: job.attempt, report: report)
        } catch {
            let message = (error as? TruceError)?.message ?? "\(error)"
            try await queue.failJob(job, error: message)
            return JobOutcome(job: job.id, attempt: job.attempt, error: message)
        }
    }

    /// Runs jobs until none is left waiting or running (when `untilIdle`), or forever, looking again every
    /// `poll` when the queue is empty; `each` sees every job's outcome.
    public func run(untilIdle: Bool, poll: Duration = .seconds(1), each: (JobOutcome) -> Void) async throws {
        while !Task.isCancelled {
            if let outcome = try await runOne() {
                each(outcome)
                continue
            }
            // A job still running elsewhere may come back when its worker's lease expires, so an idle
            // worker only stops once nothing is waiting or running.
            if untilIdle, try await app.jobQueue?.hasPendingJobs() != true { return }
            try await Task.sleep(for: poll)
        }
    }

    private func run(_ job: ClaimedJob, queue: any JobQueue) async throws -> ImportReport {
        let work = job.work
        guard ContentDigest.sha256([UInt8](work.contents)) == work.contentHash else {
            throw TruceError(.store, "job \(job.id): the bytes of \(work.fileName) do not match the hash recorded when it was queued")
        }
        guard let kind = DatasetKind(rawValue: work.kind) else {
            throw TruceError(.invalidInput, "job \(job.id) is of the kind \(work.kind), which this version of Truce cannot import")
        }
        // The file keeps its name, which the snapshot records; the folder is this claim's own.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("truce-job-\(job.id)-\(job.leaseToken)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(work.fileName)
        try work.contents.write(to: file)
        let request = ImportRequest(
            kind: kind, path: file.path, encoding: TextEncodingChoice(name: work.encoding) ?? .automatic, rejects: rejects)
        let progress = LatestProgress()
        let lease = self.lease
        let app = self.app
        return try await withThrowingTaskGroup(of: ImportReport?.self) { group in
            group.addTask {
                try await queue.completing(job) {
                    try await app.importDataset(request) { progress.set($0.fraction) }
                }
            }
            group.addTask {
                while true {
                    try await Task.sleep(for: lease / 3)
                    // A lost lease is not fatal here: the import's commit checks the claim and rolls back. A failed
                    // renewal (the server briefly away) is tried again on the next beat.
                    let renewed = try? await queue.renewLease(of: job, for: lease, progress: progress.value)
                    if renewed == false { return nil }
                }
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let report = result { return report }
            }
            throw TruceError(.store, "job \(job.id) ended without a report")
        }
    }
}

/// The last progress an import reported, read by the task that renews the lease.
private final class LatestProgress: Sendable {
    private let fraction = Mutex<Double>(0)

    var value: Double { fraction.withLock { $0 } }

    func set(_ value: Double) { fraction.withLock { $0 = value } }
}
