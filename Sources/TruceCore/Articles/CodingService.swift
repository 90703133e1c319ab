public import TruceCoder
import TruceFormats
public import TruceModel

/// Coding news articles into candidate events, claims and figures, without storing anything:
/// the use case behind `truce code` and any front end that shows what an article reports.
///
/// Built once per run (loading dictionaries, agreement and model takes longer than coding an
/// article), then asked for each article; one article's failure is its own.
public struct CodingService: Sendable {
    /// The coder, with the dictionaries, agreement and model of the settings.
    public let coder: ArticleCoder
    /// What the run was set up with.
    public let settings: CodingSettings
    /// Whether each coded article keeps the signs its events' confidence weighed (`truce code --confidence-signs`, for
    /// `scripts/fit-confidence`); false by default.
    public var keepsConfidenceSigns = false

    /// Loads what `settings` name.
    ///
    /// - Throws: ``TruceError`` with parameter `dictionary` or `model` for a file that cannot be
    ///   used; `AgreementErrors` for an agreement that does not load.
    public init(settings: CodingSettings) throws {
        self.settings = settings
        coder = ArticleCoder(
            dictionaries: try DictionaryLoader.load(settings.dictionaries),
            agreement: try settings.agreement.map { try AgreementLoader.load(path: $0) },
            model: try settings.model.map(EventTypeModelFile.load))
    }

    /// Reads, cleans and codes one article.
    ///
    /// - Throws: ``TruceError`` when the input cannot be read or is not text.
    public func code(_ input: ArticleInput) throws -> CodedArticle {
        try code(bytes: try input.read(), origin: input.origin)
    }

    /// Cleans and codes an article's bytes, named `origin`.
    func code(bytes: [UInt8], origin: String) throws -> CodedArticle {
        let article = try ArticleInput.article(bytes: bytes, origin: origin, source: settings.source, date: settings.date)
        guard keepsConfidenceSigns else { return CodedArticle(article: article, result: coder.code(article)) }
        let coded = coder.codeWithConfidenceSigns(article)
        return CodedArticle(article: article, result: coded.result, confidenceSigns: coded.signs)
    }

    /// Codes a JSON Lines batch: one object per line, its `text` field the article; writes one line
    /// of ``CodeDocument/document(_:article:id:signs:)`` per record, in compact JSON, to `write` in chunks
    /// of about 64 KB, so memory stays flat however long the batch.
    ///
    /// A line that is not an object with a string text field, or is longer than a record may be, is
    /// handed to `failure` with its line number and skipped; the rest are coded.
    ///
    /// - Returns: the number of lines that failed.
    public func codeLines(
        _ bytes: [UInt8], name: String, fields: BatchFields, write: ([UInt8]) throws -> Void, failure: (BatchFailure) -> Void
    ) throws -> Int {
        var failures = 0
        var output = JSONBytes()
        output.bytes.reserveCapacity(1 << 17)
        try bytes.withUnsafeBufferPointer { bytes in
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                lineNumber += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                guard line.count <= InputLimits.recordBytes else {
                    failures += 1
                    failure(
                        BatchFailure(
                            name: name, line: lineNumber,
                            message: "the record is \(line.count >> 20) MB, more than an article "
                                + "(the limit is \(InputLimits.recordBytes >> 20) MB); skipped", parameter: nil))
                    continue
                }
                guard let record = fields.record(line) else {
                    failures += 1
                    failure(
                        BatchFailure(
                            name: name, line: lineNumber, message: "not a JSON object with a string field '\(fields.text)'",
                            parameter: "text_field"))
                    continue
                }
                let article = ArticleInput.article(
                    text: record.text, origin: "\(name):\(lineNumber)", source: settings.source, date: record.date ?? settings.date)
                let id = record.id ?? .int(lineNumber)
                if keepsConfidenceSigns {
                    let coded = coder.codeWithConfidenceSigns(article)
                    CodeDocument.writeDocument(coded.result, article: article, id: id, signs: coded.signs, into: &output)
                } else {
                    CodeDocument.writeDocument(coder.code(article), article: article, id: id, into: &output)
                }
                output.endLine()
                if output.bytes.count > 1 << 16 {
                    try write(output.bytes)
                    output.bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        if !output.bytes.isEmpty { try write(output.bytes) }
        return failures
    }
}

/// One article as the coder read it: the cleaned article and what was found in it.
public struct CodedArticle: Sendable {
    /// The article, cleaned of markup.
    public var article: Article
    /// The events, claims and figures found in it.
    public var result: CodingResult
    /// With ``CodingService/keepsConfidenceSigns``: the signs each event's confidence weighed (nil for an event with
    /// no ACLED type); else nil.
    public var confidenceSigns: [ConfidenceSigns?]? = nil
}

/// A batch line that could not be coded.
public struct BatchFailure: Hashable, Sendable {
    /// The batch's name (its path).
    public var name: String
    /// The line, from 1.
    public var line: Int
    /// What is wrong with it.
    public var message: String
    /// The setting that may be the cause (`text_field`), for the front end's hint.
    public var parameter: String?
}
