import Foundation
import Testing
import TruceFormats
import TruceTestSupport

/// Keeps docs/exports.md honest: the columns and keys it lists are the ones the writers write.
@Suite struct ExportsDocTests {
    static func guide() throws -> String {
        try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/exports.md"), encoding: .utf8)
    }

    /// The names in the first cell of every table row under `heading`, up to the next heading of its level.
    static func tableKeys(under heading: String, in text: String) throws -> Set<String> {
        let start = try #require(text.range(of: heading + "\n"))
        let level = heading.prefix { $0 == "#" }
        let section = text[start.upperBound...].components(separatedBy: "\n" + level + " ").first ?? ""
        var keys: Set<String> = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            for part in cell.split(separator: ",") {
                keys.insert(part.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")))
            }
        }
        return keys
    }

    @Test func theCSVHeaderIsTheWritersHeader() throws {
        let text = try Self.guide()
        #expect(text.contains("```\n" + ACLEDCSVWriter.columns.joined(separator: ",") + "\n```"))
        #expect(try Self.tableKeys(under: "### CSV (ACLED layout)", in: text) == Set(ACLEDCSVWriter.columns))
    }

    @Test func theEventFieldsAreTheKeysWritten() throws {
        #expect(try Self.tableKeys(under: "### Event fields", in: Self.guide()) == Set(EventJSON.keys))
    }

    @Test func theScoreColumnsAreTheColumnsWritten() throws {
        #expect(try Self.tableKeys(under: "### Columns", in: Self.guide()) == Set(ImplementationScoreCSVWriter.columns))
    }
}
