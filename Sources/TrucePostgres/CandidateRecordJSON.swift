import Foundation
import TruceFormats
import TruceModel

/// How a candidate record is kept: as JSON with sorted keys, as the SQLite store keeps it.
enum CandidateRecordJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode(_ record: CandidateRecord) throws -> String {
        let data =
            switch record {
            case .event(let event): try encoder.encode(event)
            case .claim(let claim): try encoder.encode(claim)
            case .figure(let figure): try encoder.encode(figure)
            }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(kind: String, json: String) throws -> CandidateRecord {
        let data = Data(json.utf8)
        let decoder = JSONDecoder()
        switch CandidateKind(rawValue: kind) {
        case .event: return .event(try decoder.decode(CodedEvent.self, from: data))
        case .claim: return .claim(try decoder.decode(CodedClaim.self, from: data))
        case .figure: return .figure(try decoder.decode(CodedFigure.self, from: data))
        case nil: throw TruceError(.store, "a candidate of unknown kind '\(kind)'")
        }
    }

    /// An array of flat objects (nil values left out), keys sorted.
    static func array(_ objects: [[String: String?]]) -> String {
        "[" + objects.map { JSONString.object($0.compactMapValues { $0 }) }.joined(separator: ",") + "]"
    }
}
