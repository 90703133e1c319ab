import Foundation
public import TruceModel
public import TruceStorage

/// Articles to code and store for review.
public struct ArticleIntakeRequest: Sendable {
    /// The articles, in order: files by path, or uploaded bytes.
    public var inputs: [ArticleInput]
    /// The dictionaries, agreement, model, source and date to code them with.
    public var settings: CodingSettings
    /// Reports of one incident may be this many days apart and still be clustered (0 to 31).
    public var window: Int
    /// Paths that named nothing readable, reported as failures first.
    public var missing: [ArticleFailure] = []
    /// Files inside folders passed over as not articles, reported as skipped.
    public var skipped: [String] = []

    /// A request to code and store `inputs` with `settings`, clustering within `window` days.
    public init(inputs: [ArticleInput], settings: CodingSettings = CodingSettings(), window: Int = CandidateClustering.defaultWindow) {
        self.inputs = inputs
        self.settings = settings
        self.window = window
    }

    /// A request for the article files `paths` name: files as given, folders walked (see ``ArticlePaths``).
    public init(paths: [String], settings: CodingSettings = CodingSettings(), window: Int = CandidateClustering.defaultWindow) {
        let walk = ArticlePaths(paths)
        self.init(inputs: walk.files.map(ArticleInput.file), settings: settings, window: window)
        missing = walk.missing
        skipped = walk.skipped
    }
}

/// An article that could not be read, coded or stored, and why; the others go on without it.
public struct ArticleFailure: Hashable, Sendable, Encodable {
    /// The path or upload name.
    public var origin: String
    /// What went wrong, one sentence.
    public var message: String

    /// `origin` failed because of `message`.
    public init(origin: String, message: String) {
        self.origin = origin
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case origin = "file"
        case message = "error"
    }
}

/// What an article intake did: what storage recorded, and every article that failed.
public struct ArticleIntakeReport: Sendable {
    /// What was stored: articles, candidates, clusters, the snapshot.
    public var stored: ArticleImportReport
    /// Articles that could not be read, coded or stored, in input order (read and coding failures
    /// first, then those storage refused).
    public var failures: [ArticleFailure]
    /// How many articles were given.
    public var inputs: Int
    /// Files inside folders passed over as not articles.
    public var skipped: [String]
}

extension TruceApp {
    /// The largest clustering window, in days: reports further apart are not one incident.
    public static let largestClusteringWindow = 31

    /// Codes articles and stores what they report as candidates for review, in one snapshot.
    ///
    /// Each article succeeds or fails alone: one that cannot be read, is empty, holds no prose or
    /// binary data, or cannot be stored, is listed in the report's failures and the others are
    /// stored all the same. An article stored before (same bytes) is counted as a duplicate.
    ///
    /// Given `actor`, an intake that stores something is recorded in the audit log as theirs, in the
    /// transaction that stores it.
    ///
    /// - Parameter progress: called after each article, with bytes and articles done.
    /// - Throws: ``TruceError`` (parameter `window`) for a window outside 0...31 days, those of
    ///   ``CodingService/init(settings:)`` for settings that cannot be loaded, and storage errors.
    public func importArticles(
        _ request: ArticleIntakeRequest, auditedAs actor: String? = nil, progress: (ImportProgress) -> Void = { _ in }
    ) async throws
        -> ArticleIntakeReport
    {
        guard (0...Self.largestClusteringWindow).contains(request.window) else {
            throw TruceError(.invalidInput, "the window must be between 0 and \(Self.largestClusteringWindow) days", parameter: "window")
        }
        let service = try CodingService(settings: request.settings)
        let sizes = request.inputs.map(Self.size)
        let total = max(1, sizes.reduce(0, +))
        var done = 0
        var items: [ArticleImport] = []
        var failures = request.missing
        for (index, input) in request.inputs.enumerated() {
            do {
                let bytes = try input.read()
                let article = try ArticleInput.article(
                    bytes: bytes, origin: input.origin, source: request.settings.source, date: request.settings.date)
                try ArticleInput.checkStorable(article, byteCount: bytes.count)
                items.append(ArticleImport(article: article, bytes: bytes, result: service.coder.code(article)))
            } catch let error as TruceError {
                failures.append(ArticleFailure(origin: input.origin, message: error.message))
            } catch {
                failures.append(ArticleFailure(origin: input.origin, message: "\(error)"))
            }
            done += sizes[index]
            progress(.files(bytesRead: done, totalBytes: total, files: index + 1))
        }
        let settings = CoderSettings(dictionaries: request.settings.dictionaries, agreement: request.settings.agreement, window: request.window)
        let coded = failures
        let entry = actor.map { articlesEntry(by: $0, failures: coded, inputs: request.inputs.count, skipped: request.skipped) }
        let stored = try await storeCodedArticles(items, settings: settings, recording: entry)
        return Self.intake(stored, failures: failures, inputs: request.inputs.count, skipped: request.skipped)
    }

    /// The intake report of `stored`: the articles that failed before storage, then those storage refused.
    static func intake(_ stored: ArticleImportReport, failures: [ArticleFailure], inputs: Int, skipped: [String]) -> ArticleIntakeReport {
        let refused = stored.refused.map { ArticleFailure(origin: $0.origin, message: $0.reason) }
        return ArticleIntakeReport(stored: stored, failures: failures + refused, inputs: inputs, skipped: skipped)
    }

    /// The audit entry of an article intake made by `actor` (its summary), when it stored something.
    func articlesEntry(by actor: String, failures: [ArticleFailure], inputs: Int, skipped: [String]) -> ArticleImportEntry {
        let audit = self.audit
        return { stored in
            guard let snapshot = stored.snapshot else { return nil }
            let intake = Self.intake(stored, failures: failures, inputs: inputs, skipped: skipped)
            return try audit.entry(
                "import", kind: "articles", id: String(snapshot), by: actor, before: ArticleImportSummary?.none, after: ArticleImportSummary(intake))
        }
    }

    private static func size(of input: ArticleInput) -> Int {
        switch input {
        case .bytes(let bytes, _): bytes.count
        case .file(let path): (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
    }
}
