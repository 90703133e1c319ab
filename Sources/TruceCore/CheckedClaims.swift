import TruceEngine
import TruceFormats
import TruceModel
import TruceStorage

/// Claims read for import and checked against the agreement they are about as they pass: each one
/// naming a provision or reading the agreement lacks is stored all the same, and said in the notices.
struct CheckedClaims<Source: ImportSource>: ImportSource where Source.Value == Claim {
    private var source: Source
    private let references: ClaimReferences
    private var warnings: [String] = []
    /// How many warnings the notices list one by one; the rest are counted.
    static var listed: Int { 20 }

    init(_ source: Source, against agreement: Agreement) {
        self.source = source
        self.references = ClaimReferences(agreement: agreement)
    }

    mutating func next() throws -> ParsedRow<Claim>? {
        let row = try source.next()
        if case .value(let claim)? = row { warnings.append(contentsOf: references.warnings(for: [claim])) }
        return row
    }

    var bytesRead: Int { source.bytesRead }
    var totalBytes: Int { source.totalBytes }
    var fileHash: String? { source.fileHash }
    var notices: [String] {
        let more = warnings.count > Self.listed ? ["and \(warnings.count - Self.listed) more claims naming what the agreement lacks"] : []
        return source.notices + warnings.prefix(Self.listed) + more
    }
}
