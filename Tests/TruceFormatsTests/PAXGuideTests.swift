import Foundation
import Testing
import TruceFormats
import TruceTestSupport

/// Keeps the guide's "Starting from PA-X" section true to the code.
@Suite("PAXGuide")
struct PAXGuideTests {
    private static func section() throws -> Substring {
        let guide = try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/agreement-format.md"), encoding: .utf8)
        let start = try #require(guide.range(of: "## Starting from PA-X"))
        let end = try #require(guide.range(of: "## A complete example", range: start.upperBound..<guide.endIndex))
        return guide[start.upperBound..<end.lowerBound]
    }

    /// The fenced YAML blocks of the section, in order.
    private static func yamlBlocks() throws -> [String] {
        try section().components(separatedBy: "```yaml\n").dropFirst().map { block in
            String(try #require(block.components(separatedBy: "```").first))
        }
    }

    @Test("the table lists every topic Truce knows, with its columns, in order")
    func table() throws {
        let rows = try Self.section().split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == PAXCategories.all.count)
        for (row, category) in zip(rows, PAXCategories.all) {
            #expect(row.hasPrefix("| `\(category.id)` |"), "\(row)")
            for column in category.columns { #expect(row.contains(column.name), "\(category.id): \(column.name)") }
            #expect(row.contains(category.stub.kind), "\(category.id)")
        }
    }

    @Test("the stub shown is the one written for 2271, and its filled form loads in that skeleton")
    func stubExample() throws {
        let blocks = try Self.yamlBlocks()
        try #require(blocks.count == 2)
        let skeleton = try AgreementSkeleton(row: PAXAgreementsReader.agreement(id: "2271", path: PAXFixtures.file))
        #expect(skeleton.yaml.contains(blocks[0]))
        // The filled example replaces the placeholder provision.
        let yaml = skeleton.yaml.replacingOccurrences(
            of: "  - id: todo-placeholder\n", with: blocks[1] + "  - id: todo-placeholder\n")
        let agreement = try AgreementLoader.parse(yaml: yaml, file: "doha.yaml")
        #expect(agreement.provision("prisoner-release")?.bound == ["TALIBAN"])
    }
}
