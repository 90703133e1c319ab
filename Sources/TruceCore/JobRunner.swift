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
    /// The import's report, when a data set import committed.
    public var report: ImportReport?
    /// The intake's report, when a job of articles committed (its failures are articles that could not be
    /// coded; the others were stored).
    public var articles: ArticleIntakeReport?
    /// Why it did not, otherwise.
    public var error: String?
}

/// A worker: claims queued imports from the store one at a time and runs each through the same
/// ``TruceApp/importDataset(_:progress:recording:)`` the CLI calls (articles through ``TruceApp/importArticles(_:auditedAs:progress:)``
/// or ``TruceApp/importArticleLines(_:name:fields:settings:window:auditedAs:progress:)``), renewing its lease while it works. The import
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

    /// Who the audit log names for the imports this worker runs.
    var auditActor: String { "worker:" + worker }

    /// Claims one job and runs it; nil when no job is waiting.
    ///
    /// - Throws: ``TruceError`` when the store has no job queue or cannot be reached; a job that fails is
    ///   recorded as failed (with its error) and returned, not thrown.
    public func runOne() async throws -> JobOutcome? {
        guard let queue = app.jobQueue else {
            throw TruceError(.invalidInput, "workers run jobs only from a store they share (PostgreSQL), not from a SQLite file")
        }
        guard let job = try await queue.claimJob(worker: worker, lease: lease) else { return nil }
        // A job changes evidence as `truce import` does: through the core's recorded writes, so the status
        // changes it causes are kept for the webhooks, and the import is audited in the transaction that
        // lands it and marks the job done.
        let writes = RecordedWrites.over(app.storage, clock: app.clock)
        let outcome: JobOutcome
        do {
            outcome = try await writes.recording { try await run(job, queue: queue) }.value
        } catch {
            let message = (error as? TruceError)?.message ?? "\(error)"
            try await queue.failJob(job, error: message)
            return JobOutcome(job: job.id, attempt: job.attempt, error: message)
        }
        return outcome
    }

    /// Runs jobs until none is left waiting or running (when `untilIdle`), or forever. An idle worker waits for
    /// the store's notice that a job was queued (``JobQueue/jobNotices()``), and looks again every `poll` all
    /// the same, in case a notice was lost with its connection; while jobs run elsewhere it also looks again
    /// once a lease could have expired. `each` sees every job's outcome.
    public func run(untilIdle: Bool, poll: Duration = .seconds(30), each: (JobOutcome) -> Void) async throws {
        guard let queue = app.jobQueue else {
            throw TruceError(.invalidInput, "workers run jobs only from a store they share (PostgreSQL), not from a SQLite file")
        }
        let bell = Doorbell()
        // Listening starts before the first look at the queue, so a job queued in between still rings.
        let first = try? await queue.jobNotices()
        let listener = Task { await Self.listen(to: queue, first: first, ringing: bell, retry: min(poll, .seconds(5))) }
        defer { listener.cancel() }
        while !Task.isCancelled {
            if let outcome = try await runOne() {
                each(outcome)
                continue
            }
            // A job still running elsewhere may come back when its worker's lease expires, so an idle
            // worker only stops once nothing is waiting or running.
            let pending = try await queue.hasPendingJobs()
            if untilIdle, !pending { return }
            await bell.wait(upTo: pending ? min(poll, lease) : poll)
        }
    }

    /// Rings `bell` at every notice of the queue, listening again after `retry` when the connection is lost
    /// (and ringing then, since notices sent meanwhile are gone), until cancelled.
    private static func listen(
        to queue: any JobQueue, first: AsyncThrowingStream<Int64, any Error>?, ringing bell: Doorbell, retry: Duration
    ) async {
        var notices = first
        while !Task.isCancelled {
            if let current = notices {
                do {
                    for try await _ in current { bell.ring() }
                } catch {}
            }
            notices = nil
            if Task.isCancelled { return }
            try? await Task.sleep(for: retry)
            notices = try? await queue.jobNotices()
            if notices != nil { bell.ring() }
        }
    }

    private func run(_ job: ClaimedJob, queue: any JobQueue) async throws -> JobOutcome {
        let work = job.work
        guard ContentDigest.sha256([UInt8](work.contents)) == work.contentHash else {
            throw TruceError(.store, "job \(job.id): the bytes of \(work.fileName) do not match the hash recorded when it was queued")
        }
        let app = self.app
        let actor = auditActor
        switch work.kind {
        case TruceApp.articlesJobKind:
            let options = try QueuedCodingOptions.read(work.options, job: job.id)
            let request = ArticleIntakeRequest(
                inputs: [.bytes([UInt8](work.contents), origin: work.fileName)], settings: options.settings, window: options.window)
            let intake = try await holdingLease(job, queue: queue) { progress in
                try await app.importArticles(request, auditedAs: actor) { progress.set($0.fraction) }
            }
            return JobOutcome(job: job.id, attempt: job.attempt, articles: intake)
        case TruceApp.articleLinesJobKind:
            let options = try QueuedCodingOptions.read(work.options, job: job.id)
            let intake = try await holdingLease(job, queue: queue) { progress in
                try await app.importArticleLines(
                    [UInt8](work.contents), name: work.fileName, fields: options.fields, settings: options.settings, window: options.window,
                    auditedAs: actor
                ) { progress.set($0.fraction) }
            }
            return JobOutcome(job: job.id, attempt: job.attempt, articles: intake)
        default:
            return JobOutcome(job: job.id, attempt: job.attempt, report: try await importDataset(job, queue: queue))
        }
    }

    private func importDataset(_ job: ClaimedJob, queue: any JobQueue) async throws -> ImportReport {
        let work = job.work
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
        let app = self.app
        let entry = app.importEntry(by: auditActor)
        return try await holdingLease(job, queue: queue) { progress in
            try await app.importDataset(request, progress: { progress.set($0.fraction) }, recording: entry)
        }
    }

    /// Runs `body` (one import, which marks `job` done in its transaction) while renewing the lease, with
    /// the progress `body` reports.
    private func holdingLease<T: Sendable>(
        _ job: ClaimedJob, queue: any JobQueue, _ body: @escaping @Sendable (LatestProgress) async throws -> T
    ) async throws -> T {
        let progress = LatestProgress()
        let lease = self.lease
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await queue.completing(job) { try await body(progress) }
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
                if let value = result { return value }
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
