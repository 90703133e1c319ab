import Foundation
public import TruceFormats
import TruceModel
public import TruceStorage

/// Rejected rows kept in memory, the first ``limit`` of them, to send back with an upload's report.
public final class CollectedRejects: RejectsDestination, @unchecked Sendable {
    // @unchecked: the lock guards the list; storage writes from one import at a time.
    private let lock = NSLock()
    private var kept: [RowRejection] = []
    /// The most rows kept; the report's count says how many there were in all.
    public let limit: Int

    /// A destination keeping the first `limit` rejected rows.
    public init(limit: Int = 100) {
        self.limit = limit
    }

    /// The rows kept, in the order they were rejected.
    public var rejections: [RowRejection] { lock.withLock { kept } }

    /// A writer that keeps rows in this destination, up to ``limit``.
    public func open(snapshot: Int64, input: String) throws -> any RejectedRowsWriter { Writer(owner: self) }

    private final class Writer: RejectedRowsWriter {
        let owner: CollectedRejects
        init(owner: CollectedRejects) { self.owner = owner }
        var location: String { "" }
        func append(_ rejection: RowRejection) throws {
            owner.lock.withLock { if owner.kept.count < owner.limit { owner.kept.append(rejection) } }
        }
        func close() throws {}
        func discard() { owner.lock.withLock { owner.kept.removeAll() } }
    }
}

extension TruceApp {
    /// The kinds of evidence file that can be uploaded: ACLED deletion lists are not among them,
    /// since they take events out of the current evidence and are best applied from the command line.
    public static let uploadableKinds: [DatasetKind] = [.acled, .ucdp, .gdelt, .observations, .claims]

    /// Imports an uploaded evidence file exactly as ``importDataset(_:progress:recording:)`` imports one from
    /// disk (through a private temporary copy), and records the import in the audit log as `actor`'s, in the
    /// import's own transaction.
    ///
    /// - Parameters:
    ///   - name: the file name the uploader gave, kept in the snapshot; anything but letters, digits,
    ///     `.`, `_` and `-` is replaced, so it can never name a path.
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `kind`) for a kind that cannot be uploaded;
    ///   as ``importDataset(_:progress:recording:)``.
    public func importUpload(
        _ bytes: [UInt8], kind: DatasetKind, name: String, rejects: any RejectsDestination, by actor: String
    ) async throws
        -> ImportReport
    {
        guard Self.uploadableKinds.contains(kind) else {
            throw TruceError(
                .invalidInput, "uploads are of \(Self.uploadableKinds.map(\.rawValue).joined(separator: ", ")); not \(kind.rawValue)",
                parameter: "kind")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("truce-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(Self.safeFileName(name, kind: kind))
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes)) else {
            throw TruceError(.unwritableFile, "the upload could not be written to a temporary file; check the temporary folder's space")
        }
        let report: ImportReport
        do {
            report = try await importDataset(ImportRequest(kind: kind, path: file.path, rejects: rejects), recording: importEntry(by: actor))
        } catch let error as TruceError {
            // The temporary copy's folder means nothing to the uploader; its file name is the one they gave.
            throw TruceError(
                error.code, error.message.replacingOccurrences(of: folder.path + "/", with: ""),
                at: error.location.map {
                    SourceLocation(file: URL(fileURLWithPath: $0.file).lastPathComponent, line: $0.line, column: $0.column, field: $0.field)
                },
                parameter: error.parameter,
                cause: error)
        }
        return report
    }

    /// `name` with anything but ASCII letters, digits, `.`, `_` and `-` replaced by `_`, at most 100
    /// characters, never starting with a dot; `upload.csv` when nothing is left.
    static func safeFileName(_ name: String, kind: DatasetKind) -> String {
        let kept = String(
            name.unicodeScalars.prefix(100).map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
        let trimmed = String(kept.drop { $0 == "." })
        return trimmed.isEmpty ? "upload.\(kind == .gdelt ? "txt" : "csv")" : trimmed
    }

    /// Codes one uploaded article (text, HTML or a batch as ``importArticles(_:auditedAs:progress:)`` reads files)
    /// and stores what it reports as candidates for review, exactly as `truce import articles` does,
    /// and records the intake in the audit log as `actor`'s, in the transaction that stores it (an article stored
    /// before stores nothing, and records nothing).
    ///
    /// - Parameters:
    ///   - name: the file name the uploader gave, made safe as for ``importUpload(_:kind:name:rejects:by:)``.
    ///   - source: the outlet the article comes from, when the text does not say.
    /// - Throws: as ``importArticles(_:auditedAs:progress:)``.
    public func importArticleUpload(_ bytes: [UInt8], name: String, source: String?, by actor: String) async throws -> ArticleIntakeReport {
        let origin = Self.safeFileName(name, kind: .observations)
        return try await importArticles(
            ArticleIntakeRequest(inputs: [.bytes(bytes, origin: origin)], settings: CodingSettings(source: source)), auditedAs: actor)
    }
}
