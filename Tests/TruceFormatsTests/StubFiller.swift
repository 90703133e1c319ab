import Foundation
import TruceFormats

/// Fills a skeleton's provision stubs the way the stub format says an analyst
/// would: delete the `#| ` marker after the indentation, then replace each
/// placeholder with a value.
enum StubFiller {
    static func fill(_ yaml: String, actor: String, date: String = "signed + 30d", number: String = "1") -> String {
        let values = [
            (AgreementSkeleton.actorPlaceholder, actor), (AgreementSkeleton.datePlaceholder, date),
            (AgreementSkeleton.numberPlaceholder, number),
        ]
        return transform(yaml) { replacing(values, in: $0) }
    }

    /// Only the first step: the stubs become provisions, placeholders and all.
    static func uncomment(_ yaml: String) -> String { transform(yaml) { $0 } }

    /// Uncomments every stub line and passes it through `edit`; other lines stay as they are
    /// (placeholders appear only in stubs).
    private static func transform(_ yaml: String, _ edit: (String) -> String) -> String {
        // Bytes, not Characters: the tests fill every skeleton of the PA-X file.
        let marker = Array(AgreementSkeleton.stubMarker.utf8)
        return yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line -> String in
            let indent = line.prefix { $0 == UInt8(ascii: " ") }
            let rest = line.dropFirst(indent.count)
            guard rest.starts(with: marker) else { return String(decoding: line, as: UTF8.self) }
            return String(decoding: indent, as: UTF8.self) + edit(String(decoding: rest.dropFirst(marker.count), as: UTF8.self))
        }.joined(separator: "\n")
    }

    /// Every occurrence of each placeholder replaced, in one pass over the bytes (the tests
    /// fill every skeleton of the PA-X file, so this is kept cheap).
    private static func replacing(_ values: [(String, String)], in line: String) -> String {
        let bytes = Array(line.utf8)
        let patterns = values.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        var out: [UInt8] = []
        var index = 0
        scanning: while index < bytes.count {
            for (pattern, value) in patterns where bytes[index] == pattern[0] && bytes[index...].starts(with: pattern) {
                out += value
                index += pattern.count
                continue scanning
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
