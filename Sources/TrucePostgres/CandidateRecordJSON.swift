import Foundation
import TruceFormats
import TruceModel

/// Lists of cited objects as the review log keeps them, as the SQLite store does.
enum CandidateRecordJSON {
    /// An array of flat objects (nil values left out), keys sorted.
    static func array(_ objects: [[String: String?]]) -> String {
        "[" + objects.map { JSONString.object($0.compactMapValues { $0 }) }.joined(separator: ",") + "]"
    }
}
