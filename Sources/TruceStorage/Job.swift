public import Foundation

/// A file queued for import: what kind it is, its name, and its bytes. The bytes travel in the job
/// (not a path) so that a worker on another machine can run it, and the hash lets anyone check
/// that the job holds the file that was queued. Articles queued for coding are imports too (kinds
/// `articles` and `articles-jsonl`), whose coding options travel in `options`.
public struct QueuedImport: Sendable {
    /// The data set kind, as `truce import` names it (`acled`, `ucdp`, ...).
    public var kind: String
    /// The file's name, recorded in the import's snapshot.
    public var fileName: String
    /// The file's bytes as queued.
    public var contents: Data
    /// SHA-256 of `contents`, lowercase hex.
    public var contentHash: String
    /// How to decode the file's text: `auto`, `utf-8` or `windows-1252`.
    public var encoding: String
    /// How to run the job beyond its file, as a JSON object the job's kind defines (`{}` for data sets;
    /// the coding options for articles). Opaque to the queue.
    public var options: String

    /// A queued import of `contents`, named `fileName`, with `options` (a JSON object).
    public init(kind: String, fileName: String, contents: Data, contentHash: String, encoding: String, options: String = "{}") {
        self.kind = kind
        self.fileName = fileName
        self.contents = contents
        self.contentHash = contentHash
        self.encoding = encoding
        self.options = options
    }
}

/// A job a worker holds: its work, and the lease token that proves the worker still holds it.
public struct ClaimedJob: Sendable {
    /// The job's id.
    public var id: Int64
    /// What to import.
    public var work: QueuedImport
    /// Which claim this is (1 for the first): a job whose worker died is claimed again.
    public var attempt: Int
    /// Unique to this claim; completing or renewing with a stale token fails.
    public var leaseToken: String

    /// A claim of job `id`.
    public init(id: Int64, work: QueuedImport, attempt: Int, leaseToken: String) {
        self.id = id
        self.work = work
        self.attempt = attempt
        self.leaseToken = leaseToken
    }
}

/// Where a job is in its life.
public enum JobState: String, Sendable, Codable, CaseIterable {
    /// Waiting for a worker.
    case queued
    /// Held by a worker under a lease; when the lease expires, another worker may take it.
    case running
    /// Imported: its snapshot recorded in the same transaction as the import (none for articles that
    /// were all stored before).
    case done
    /// Its import failed (the file is not of its kind, ...); the error says why. Not retried.
    case failed
}

/// A job as `truce jobs` lists it.
public struct JobStatus: Sendable, Codable, Hashable {
    /// The job's id, in the order queued.
    public var id: Int64
    /// The data set kind.
    public var kind: String
    /// The file's name.
    public var fileName: String
    /// Where the job is.
    public var state: JobState
    /// How many times a worker has claimed it.
    public var attempts: Int
    /// The share of the file read, from 0 to 1, as last reported by its worker.
    public var progress: Double
    /// The last failure: the import's error, or why a claim ended without completing.
    public var error: String?
    /// The import's snapshot, once done (nil for articles that were all stored before).
    public var snapshot: Int64?
    /// The worker holding it, or that last held it (host and process id).
    public var worker: String?

    /// A job's status.
    public init(
        id: Int64, kind: String, fileName: String, state: JobState, attempts: Int, progress: Double, error: String?, snapshot: Int64?,
        worker: String?
    ) {
        self.id = id
        self.kind = kind
        self.fileName = fileName
        self.state = state
        self.attempts = attempts
        self.progress = progress
        self.error = error
        self.snapshot = snapshot
        self.worker = worker
    }
}
