import Foundation
import GRDB
public import TruceModel
public import TruceStorage

extension Store {
    /// Stores coded articles and their records as candidates waiting for review, each in
    /// the cluster of its incident (see ``CandidateClustering``).
    ///
    /// The run is one transaction and one snapshot, like every import: it lands whole or not
    /// at all, and clustering sees the run's own candidates as it goes. An article whose bytes
    /// are already stored is skipped and counted as a duplicate; a run of duplicates only
    /// stores nothing and makes no snapshot.
    public func importArticles(
        _ items: [ArticleImport], settings: CoderSettings = CoderSettings(), importedAt: String, name: String? = nil,
        recording entry: ArticleImportEntry? = nil
    ) throws -> ArticleImportReport {
        var report = ArticleImportReport()
        let coder = String(decoding: try JSONEncoder.storedForm.encode(settings), as: UTF8.self)
        do {
            try write { db in
                var snapshot: Int64?
                var filing: CandidateFiling?
                var seen: Set<String> = []
                for item in items {
                    // What cannot be encoded (a number too large for JSON) is refused before anything is written,
                    // so that one bad article leaves the others and the snapshot untouched.
                    do {
                        _ = try JSONEncoder.storedForm.encode(item.result)
                    } catch {
                        report.refused.append(
                            RefusedArticle(
                                origin: item.article.origin, reason: "what was coded from it cannot be stored (\(Self.encodingReason(error)))"))
                        continue
                    }
                    let known =
                        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE sha256 = ?"), arguments: [item.sha256]) ?? false
                    guard !known, seen.insert(item.sha256).inserted else {
                        report.articlesDuplicate += 1
                        report.duplicates.append(item.article.origin)
                        continue
                    }
                    let run = try snapshot ?? Self.articleSnapshot(name: name ?? Self.runName(items), items: items, at: importedAt, in: db)
                    snapshot = run
                    if filing == nil { filing = try CandidateFiling(db: db, snapshot: run, window: settings.window) }
                    let article = item.article
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO articles (sha256, origin, source, headline, published_on, text, coder, imported_at, snapshot_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """
                    ).execute(
                        arguments: [
                            item.sha256, article.origin, article.source, article.headline, article.publicationDate?.iso, article.text, coder,
                            importedAt, run,
                        ])
                    report.articlesNew += 1
                    let id = db.lastInsertedRowID
                    for (ordinal, event) in item.result.events.enumerated() {
                        try filing?.file(.event(event), article: id, published: article.publicationDate, ordinal: ordinal)
                        report.events += 1
                    }
                    for (ordinal, claim) in item.result.claims.enumerated() {
                        try filing?.file(.claim(claim), article: id, published: article.publicationDate, ordinal: ordinal)
                        report.claims += 1
                    }
                    for (ordinal, figure) in item.result.figures.enumerated() {
                        try filing?.file(.figure(figure), article: id, published: article.publicationDate, ordinal: ordinal)
                        report.figures += 1
                    }
                    try Self.recordSource(article.source, snapshot: run, in: db)
                }
                report.snapshot = snapshot
                report.clustersNew = filing?.created.count ?? 0
                report.clustersExtended = filing.map { $0.joined.subtracting($0.created).count } ?? 0
                if let snapshot {
                    try db.execute(
                        sql: "UPDATE snapshots SET rows_read = ?, stored = ?, unchanged = ? WHERE id = ?",
                        arguments: [items.count, report.articlesNew, report.articlesDuplicate, snapshot])
                }
                if let made = try entry?(report) { _ = try Self.appendAuditEntry(made, in: db) }
            }
        } catch let error as DatabaseError {
            throw TruceError(.store, "the articles could not be stored, and none was: \(error.message ?? "\(error.resultCode)")")
        }
        return report
    }

    /// The article with this id, as stored.
    public func article(id: Int64) throws -> Article? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id]).map { row in
                Article(
                    origin: row["origin"], source: row["source"], headline: row["headline"], text: row["text"],
                    publicationDate: (row["published_on"] as String?).flatMap { Day(iso: $0) })
            }
        }
    }

    /// An encoding failure in a sentence: which value, without a dump of the coding path.
    static func encodingReason(_ error: any Error) -> String {
        guard let error = error as? EncodingError, case .invalidValue(let value, _) = error else { return "\(error)" }
        return "the value \(value) cannot be written as JSON"
    }

    private static func runName(_ items: [ArticleImport]) -> String {
        items.count == 1 ? URL(fileURLWithPath: items[0].article.origin).lastPathComponent : "\(items.count) articles"
    }

    private static func articleSnapshot(name: String, items: [ArticleImport], at importedAt: String, in db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO snapshots (source, file_name, file_hash, imported_at) VALUES ('articles', ?, ?, ?)",
            arguments: [name, items.count == 1 ? items[0].sha256 : "", importedAt])
        return db.lastInsertedRowID
    }

    static func recordSource(_ source: String?, snapshot: Int64, in db: Database) throws {
        guard let source, !source.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO sources (name, first_snapshot_id) VALUES (?, ?)").execute(arguments: [source, snapshot])
    }
}
