import Foundation
import PostgresNIO
public import TruceModel
public import TruceStorage

extension PostgresStore: ArticleStore {
    /// Stores coded articles and their records as candidates for review, in one transaction and one
    /// snapshot (none when every article was stored before), as the SQLite store does.
    public func importArticles(_ items: [ArticleImport], settings: CoderSettings, importedAt: String) async throws -> ArticleImportReport {
        try await storeArticles(items, settings: settings, importedAt: importedAt, recording: nil)
    }

    /// Stores the articles in one transaction, appending the audit entry `entry` makes of the report, if any, at its end.
    func storeArticles(
        _ items: [ArticleImport], settings: CoderSettings, importedAt: String, recording entry: ArticleImportEntry?
    ) async throws -> ArticleImportReport {
        let coder = String(decoding: try JSONEncoder.storedForm.encode(settings), as: UTF8.self)
        let logger = self.logger
        do {
            return try await withTransaction(doing: "store the articles in") { connection in
                var report = ArticleImportReport()
                var snapshot: Int64?
                var filing: ClusterFiling?
                var seen: Set<String> = []
                for item in items {
                    // What cannot be encoded is refused before anything of the article is written.
                    do {
                        _ = try JSONEncoder.storedForm.encode(item.result)
                    } catch {
                        report.refused.append(
                            RefusedArticle(
                                origin: item.article.origin, reason: "what was coded from it cannot be stored (\(Self.encodingReason(error)))"))
                        continue
                    }
                    let known = try await connection.scalar("SELECT true FROM articles WHERE sha256 = \(item.sha256)", as: Bool.self, logger: logger)
                    guard known == nil, seen.insert(item.sha256).inserted else {
                        report.articlesDuplicate += 1
                        report.duplicates.append(item.article.origin)
                        continue
                    }
                    let run: Int64
                    if let snapshot {
                        run = snapshot
                    } else {
                        let name = items.count == 1 ? URL(fileURLWithPath: items[0].article.origin).lastPathComponent : "\(items.count) articles"
                        let hash = items.count == 1 ? items[0].sha256 : ""
                        let id = try await SnapshotNumbering.insert(
                            source: "articles", file: name, fileHash: hash, importedAt: importedAt, on: connection, logger: logger)
                        run = id
                        snapshot = id
                        filing = try await ClusterFiling(snapshot: id, window: settings.window, on: connection, logger: logger)
                    }
                    let article = item.article
                    guard
                        let id = try await connection.scalar(
                            """
                            INSERT INTO articles (sha256, origin, source, headline, published_on, text, coder, imported_at, snapshot_id)
                            VALUES (\(item.sha256), \(article.origin), \(article.source), \(article.headline), \(article.publicationDate?.iso),
                                \(article.text), \(coder), \(importedAt), \(run)) RETURNING id
                            """, as: Int64.self, logger: logger)
                    else { throw TruceError(.store, "the server stored no article for \(article.origin)") }
                    report.articlesNew += 1
                    for (ordinal, event) in item.result.events.enumerated() {
                        try await filing?.file(
                            .event(event), article: id, published: article.publicationDate, ordinal: ordinal, on: connection, logger: logger)
                        report.events += 1
                    }
                    for (ordinal, claim) in item.result.claims.enumerated() {
                        try await filing?.file(
                            .claim(claim), article: id, published: article.publicationDate, ordinal: ordinal, on: connection, logger: logger)
                        report.claims += 1
                    }
                    for (ordinal, figure) in item.result.figures.enumerated() {
                        try await filing?.file(
                            .figure(figure), article: id, published: article.publicationDate, ordinal: ordinal, on: connection, logger: logger)
                        report.figures += 1
                    }
                    if let source = article.source, !source.isEmpty {
                        try await connection.run(
                            "INSERT INTO sources (name, first_snapshot_id) VALUES (\(source), \(run)) ON CONFLICT DO NOTHING", logger: logger)
                    }
                }
                try await filing?.writeCandidates(on: connection, logger: logger)
                report.snapshot = snapshot
                report.clustersNew = filing?.created.count ?? 0
                report.clustersExtended = filing.map { $0.joined.subtracting($0.created).count } ?? 0
                if let snapshot {
                    try await connection.run(
                        "UPDATE snapshots SET rows_read = \(items.count), stored = \(report.articlesNew), unchanged = \(report.articlesDuplicate) WHERE id = \(snapshot)",
                        logger: logger)
                }
                if let made = try entry?(report) {
                    _ = try await Self.appendAuditEntry(made, on: connection, logger: logger, location: location)
                }
                try await JobCompletion.markDone(snapshot: snapshot, on: connection, logger: logger)
                return report
            }
        } catch let error as TruceError where error.code == .store {
            throw TruceError(.store, "the articles could not be stored, and none was: \(error.message)", cause: error.cause)
        }
    }

    public func article(id: Int64) async throws -> Article? {
        try await withConnection(doing: "read the articles of") { connection in
            let rows = try await connection.query(
                "SELECT origin, source, headline, text, published_on FROM articles WHERE id = \(id)", logger: logger)
            for try await (origin, source, headline, text, published) in rows.decode((String, String?, String?, String, String?).self) {
                return Article(origin: origin, source: source, headline: headline, text: text, publicationDate: published.flatMap { Day(iso: $0) })
            }
            return nil
        }
    }

    /// An encoding failure in a sentence: which value, without a dump of the coding path.
    private static func encodingReason(_ error: any Error) -> String {
        guard let error = error as? EncodingError, case .invalidValue(let value, _) = error else { return "\(error)" }
        return "the value \(value) cannot be written as JSON"
    }
}
