import Foundation
import TruceFormats
public import TruceModel
public import TruceStorage

extension TruceApp {
    /// The store's job queue, when it has one (a PostgreSQL store); nil for a SQLite file.
    public var jobQueue: (any JobQueue)? { storage as? any JobQueue }

    /// Queues the import `request` describes instead of running it: the file's bytes and their SHA-256 go
    /// into the store, and a worker (``JobRunner``) imports them later, as ``importDataset(_:progress:recording:)`` would.
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

    /// Queues article files for coding: one job per file, carrying its bytes, their SHA-256 and the coding
    /// options; a worker codes and stores each as ``importArticles(_:auditedAs:progress:)`` would (one snapshot per
    /// file; a file stored before stores nothing). Dictionary, agreement and model files are named in the
    /// job by absolute path, so workers must be able to read them there.
    ///
    /// - Returns: the jobs' ids, in the order of `files`.
    /// - Throws: ``TruceError`` (`invalidInput`) when the store has no job queue, the window is outside
    ///   0...31 days (parameter `window`), or a file cannot be read (naming it); then nothing is queued.
    public func queueArticles(
        files: [String], settings: CodingSettings, window: Int = CandidateClustering.defaultWindow
    ) async throws
        -> [Int64]
    {
        let queue = try articleQueue(window: window)
        let options = try QueuedCodingOptions(settings: settings, window: window).json()
        // Every file is read before any is queued: a typo in the last name queues nothing.
        let works = try files.map { path in
            let bytes = try ArticleInput.file(path).read()
            return QueuedImport(
                kind: Self.articlesJobKind, fileName: URL(fileURLWithPath: path).lastPathComponent, contents: Data(bytes),
                contentHash: ContentDigest.sha256(bytes), encoding: "auto", options: options)
        }
        var ids: [Int64] = []
        for work in works { ids.append(try await queue.enqueue(work)) }
        return ids
    }

    /// Queues a JSON Lines batch of articles (one object per line, its `fields.text` the article) for
    /// coding, as one job: a worker codes and stores it as ``importArticleLines(_:name:fields:settings:window:auditedAs:progress:)``.
    ///
    /// - Returns: the job's id.
    /// - Throws: ``TruceError`` (`invalidInput`) when the store has no job queue, the window is outside
    ///   0...31 days (parameter `window`), or the file cannot be read (naming it).
    public func queueArticleLines(
        path: String, fields: BatchFields, settings: CodingSettings, window: Int = CandidateClustering.defaultWindow
    ) async throws -> Int64 {
        let queue = try articleQueue(window: window)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruceError(.unreadableFile, "\(path): cannot read this file; check the path and its permissions")
        }
        let work = QueuedImport(
            kind: Self.articleLinesJobKind, fileName: URL(fileURLWithPath: path).lastPathComponent, contents: data,
            contentHash: ContentDigest.sha256([UInt8](data)), encoding: "utf-8",
            options: try QueuedCodingOptions(settings: settings, window: window, fields: fields).json())
        return try await queue.enqueue(work)
    }

    /// The kind of a queued job of one article file.
    static let articlesJobKind = "articles"
    /// The kind of a queued job of a JSON Lines batch of articles.
    static let articleLinesJobKind = "articles-jsonl"

    private func articleQueue(window: Int) throws -> any JobQueue {
        guard let queue = jobQueue else {
            throw TruceError(.invalidInput, "articles are queued only in a store that workers share (PostgreSQL), not in a SQLite file")
        }
        guard (0...Self.largestClusteringWindow).contains(window) else {
            throw TruceError(.invalidInput, "the window must be between 0 and \(Self.largestClusteringWindow) days", parameter: "window")
        }
        return queue
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
