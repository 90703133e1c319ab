import Foundation
import TruceFormats
import TruceModel
public import TruceStorage

extension TruceApp {
    /// The store's job queue, when it has one (a PostgreSQL store); nil for a SQLite file.
    public var jobQueue: (any JobQueue)? { storage as? any JobQueue }

    /// Queues the import `request` describes instead of running it: the file's bytes and their SHA-256 go
    /// into the store, and a worker (``JobRunner``) imports them later, as ``importDataset(_:progress:)`` would.
    ///
    /// - Returns: the job's id.
    /// - Throws: ``TruceError`` (`invalidInput`) when the store has no job queue, or the request asks for
    ///   what a queued import does not carry (an actor list, an agreement, a stated coverage: parameter
    ///   `actors`, `agreement`, `covers`); naming the file when it cannot be read.
    public func queueImport(_ request: ImportRequest) async throws -> Int64 {
        guard let queue = jobQueue else {
            throw TruceError(.invalidInput, "imports are queued only in a store that workers share (PostgreSQL), not in a SQLite file")
        }
        if request.actorList != nil {
            throw TruceError(.invalidInput, "a queued import carries only its file, not an actor list; import it directly", parameter: "actors")
        }
        if request.agreement != nil {
            throw TruceError(.invalidInput, "a queued import carries only its file, not an agreement; import it directly", parameter: "agreement")
        }
        if request.statedCoverage != nil {
            throw TruceError(.invalidInput, "a queued import carries only its file, not a stated coverage; import it directly", parameter: "covers")
        }
        let contents: Data
        do {
            contents = try Data(contentsOf: URL(fileURLWithPath: request.path))
        } catch {
            throw TruceError(.invalidInput, "cannot read \(request.path) to queue it: \(error.localizedDescription)", parameter: "file")
        }
        let work = QueuedImport(
            kind: request.kind.rawValue, fileName: URL(fileURLWithPath: request.path).lastPathComponent, contents: contents,
            contentHash: ContentDigest.sha256([UInt8](contents)), encoding: request.encoding.queuedName)
        return try await queue.enqueue(work)
    }

    /// Every queued job, oldest first: state, attempts, progress and error.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) when the store has no job queue.
    public func jobs() async throws -> [JobStatus] {
        guard let queue = jobQueue else {
            throw TruceError(.invalidInput, "jobs are kept only in a store that workers share (PostgreSQL), not in a SQLite file")
        }
        return try await queue.jobs()
    }
}

extension TextEncodingChoice {
    /// The name a queued job records, which ``TextEncodingChoice/init(name:)`` reads back.
    var queuedName: String {
        switch self {
        case .automatic: "auto"
        case .utf8: "utf-8"
        case .windows1252: "windows-1252"
        }
    }
}
