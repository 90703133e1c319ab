import Foundation
import TruceFormats
public import TruceModel
public import TruceStorage

extension TruceApp {
    /// Codes a JSON Lines batch (one article per line, as `truce code --jsonl-input` reads it) and stores
    /// what the articles report as candidates for review, in one snapshot, as ``importArticles(_:auditedAs:progress:)``
    /// does for files. Each record is an article named `name:LINE`; its bytes' SHA-256 makes a record
    /// stored before a duplicate, so a batch imported twice stores nothing the second time.
    ///
    /// Given `actor`, a batch that stores something is recorded in the audit log as theirs, in the
    /// transaction that stores it.
    ///
    /// - Parameter progress: called every 100 lines and at the end, with bytes and lines done.
    /// - Returns: the report; lines that are not an object with a string text field, or are longer than a
    ///   record may be, are among its failures (origin `name:LINE`), the others stored all the same.
    /// - Throws: ``TruceError`` (parameter `window`) for a window outside 0...31 days, those of
    ///   ``CodingService/init(settings:)`` for settings that cannot be loaded, and storage errors.
    public func importArticleLines(
        _ bytes: [UInt8], name: String, fields: BatchFields, settings: CodingSettings, window: Int, auditedAs actor: String? = nil,
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ArticleIntakeReport {
        guard (0...Self.largestClusteringWindow).contains(window) else {
            throw TruceError(.invalidInput, "the window must be between 0 and \(Self.largestClusteringWindow) days", parameter: "window")
        }
        let service = try CodingService(settings: settings)
        var items: [ArticleImport] = []
        var failures: [ArticleFailure] = []
        var records = 0
        bytes.withUnsafeBufferPointer { bytes in
            var lineNumber = 0
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                lineNumber += 1
                if lineNumber % 100 == 0 { progress(.files(bytesRead: lineEnd, totalBytes: bytes.count, files: records)) }
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                records += 1
                let origin = "\(name):\(lineNumber)"
                guard line.count <= InputLimits.recordBytes else {
                    failures.append(
                        ArticleFailure(origin: origin, message: "the record is more than an article may be (\(InputLimits.recordBytes >> 20) MB)"))
                    continue
                }
                guard let record = fields.record(line) else {
                    failures.append(ArticleFailure(origin: origin, message: "not a JSON object with a string field '\(fields.text)'"))
                    continue
                }
                let article = ArticleInput.article(text: record.text, origin: origin, source: settings.source, date: record.date ?? settings.date)
                do {
                    try ArticleInput.checkStorable(article, byteCount: record.text.utf8.count)
                } catch let error as TruceError {
                    failures.append(ArticleFailure(origin: origin, message: error.message))
                    continue
                } catch {
                    failures.append(ArticleFailure(origin: origin, message: "\(error)"))
                    continue
                }
                items.append(ArticleImport(article: article, bytes: Array(line), result: service.coder.code(article)))
            }
        }
        progress(.files(bytesRead: bytes.count, totalBytes: bytes.count, files: records))
        let coder = CoderSettings(dictionaries: settings.dictionaries, agreement: settings.agreement, window: window)
        let entry = actor.map { articlesEntry(by: $0, failures: failures, inputs: records, skipped: []) }
        let stored = try await storeCodedArticles(items, settings: coder, recording: entry)
        return Self.intake(stored, failures: failures, inputs: records, skipped: [])
    }
}
