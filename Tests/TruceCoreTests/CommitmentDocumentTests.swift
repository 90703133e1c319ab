import Foundation
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceTestSupport

/// Commitments in the coder's output document, linked to the agreement's provisions (issue 12 item 5).
@Suite struct CommitmentDocumentTests {
    static let article = CodeDocumentTests.articles.appendingPathComponent("2020-02-29-doha-signing.txt")

    func coded(agreement: String?) throws -> CodedArticle {
        let settings = CodingSettings(agreement: agreement, source: "Wire")
        return try CodingService(settings: settings).code(.bytes(try ArticleInput.file(Self.article.path).read(), origin: "doha.txt"))
    }

    /// The commitments of a report on the signing, coded with the Doha agreement, as `truce code --format json` prints them.
    @Test func commitmentsMatchTheirGoldenFile() throws {
        let coded = try coded(agreement: TestPaths.example("agreement.yaml"))
        guard case .object(let members) = CodeDocument.result(coded.result) else {
            Issue.record("not an object")
            return
        }
        let commitments = try #require(members.first { $0.key == "commitments" })
        let text = JSONDocument.string(ordered: .object([commitments])) + "\n"
        let expected = try GoldenFile(DocumentGoldenTests.folder.appendingPathComponent("commitments.json")).expected(comparing: text)
        #expect(text == expected, "the document differs from Golden/commitments.json")
    }

    @Test func theAgreementLinksTheGuaranteeToItsProvision() throws {
        let commitments = try coded(agreement: TestPaths.example("agreement.yaml")).result.commitments
        // "Washington will cut …": a capital as the subject stands for its government, the agreement's United States.
        let cut = try #require(commitments.first { $0.act == .withdraw && $0.deadline?.relative?.amount == 135 }, "\(commitments)")
        #expect(cut.obligor?.name == "USA" && cut.obligor?.text == "Washington" && cut.deadline?.due.iso == "2020-07-13")
        #expect(cut.provisions == ["troops-8600"])
        // "… should be freed by March 10" recommends; it restates no provision.
        let freed = try #require(commitments.first { $0.act == .release }, "\(commitments)")
        #expect(freed.strength == .recommendation && freed.provisions.isEmpty)
        let guarantee = try #require(commitments.first { $0.act == .allow }, "\(commitments)")
        #expect(guarantee.negated && guarantee.obligor?.name == "TALIBAN" && guarantee.provisions == ["ct-guarantee"])

        let unlinked = try coded(agreement: nil).result.commitments
        #expect(unlinked.count == commitments.count && unlinked.allSatisfy { $0.provisions.isEmpty })
    }
}
