import Foundation
import Testing
import TruceFormats
import TruceTestSupport

/// Keeps the user guide honest: its examples are checked against the loader.
@Suite("AgreementFormatDoc")
struct AgreementFormatDocTests {
    private static func guide() throws -> String {
        try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/agreement-format.md"), encoding: .utf8)
    }

    /// The fenced blocks that follow `marker` in the guide, in order.
    private static func blocks(after marker: String, in text: String) throws -> [String] {
        let start = try #require(text.range(of: marker))
        var rest = text[start.upperBound...]
        var found: [String] = []
        while let open = rest.range(of: "```"), found.count < 2 {
            let body = rest[open.upperBound...].drop { $0 != "\n" }.dropFirst()
            let close = try #require(body.range(of: "\n```"))
            found.append(String(body[..<close.lowerBound]) + "\n")
            rest = body[close.upperBound...]
        }
        return found
    }

    @Test("the example error output is what the loader prints")
    func errorExample() throws {
        let parts = try Self.blocks(after: "For this file, `agreement.yaml`:", in: Self.guide())
        try #require(parts.count == 2)
        do {
            _ = try AgreementLoader.parse(yaml: parts[0], file: "agreement.yaml")
            Issue.record("the guide's broken example loaded")
        } catch let failure as AgreementErrors {
            #expect(failure.description + "\n" == parts[1])
        }
    }

    @Test("the complete example is the bundled Doha file")
    func completeExample() throws {
        let parts = try Self.blocks(after: "## A complete example", in: Self.guide())
        let file = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        #expect(parts.first == file)
    }

    @Test("every version 2 example in the guide loads")
    func version2Examples() throws {
        let text = try Self.guide()
        let blocks = text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] + "\n" }
        let version2 = blocks.filter { $0.hasPrefix("truce: 2\n") }
        #expect(version2.count >= 7)
        for (index, block) in version2.enumerated() {
            #expect(throws: Never.self, "example \(index + 1)") { try AgreementLoader.parse(yaml: block, file: "example.yaml") }
        }
    }

    @Test("the first example loads")
    func firstExample() throws {
        let parts = try Self.blocks(after: "## A first example", in: Self.guide())
        let agreement = try AgreementLoader.parse(yaml: try #require(parts.first), file: "first.yaml")
        #expect(agreement.provisions.map(\.id) == ["no-shelling"])
    }
}
