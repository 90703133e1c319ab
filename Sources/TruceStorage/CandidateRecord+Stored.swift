public import Foundation
public import TruceModel

/// How every backend keeps a candidate record: JSON with sorted keys, so the same record is always the
/// same text, and backends can copy stores between them unchanged.
extension CandidateRecord {
    /// The record as stored.
    public func storedJSON() throws -> String {
        let encoder = JSONEncoder.storedForm
        let data =
            switch self {
            case .event(let event): try encoder.encode(event)
            case .claim(let claim): try encoder.encode(claim)
            case .figure(let figure): try encoder.encode(figure)
            }
        return String(decoding: data, as: UTF8.self)
    }

    /// The record a stored row of `kind` holds.
    ///
    /// - Throws: ``TruceError`` (`store`) for an unknown kind; a decoding error for text that is not such a record.
    public static func stored(kind: String, json: String) throws -> CandidateRecord {
        let data = Data(json.utf8)
        let decoder = JSONDecoder()
        switch CandidateKind(rawValue: kind) {
        case .event: return .event(try decoder.decode(CodedEvent.self, from: data))
        case .claim: return .claim(try decoder.decode(CodedClaim.self, from: data))
        case .figure: return .figure(try decoder.decode(CodedFigure.self, from: data))
        case nil: throw TruceError(.store, "a candidate of unknown kind '\(kind)'")
        }
    }
}

extension JSONEncoder {
    /// The encoder of stored JSON: keys sorted and slashes plain, so the same value is always the same text.
    public static var storedForm: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
