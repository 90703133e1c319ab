import Foundation
import Testing
import TruceTestSupport

/// `truce code` prints commitments beside events, claims and figures, linked to provisions with `--agreement`.
@Suite struct CodeCommitmentsCommandTests {
    static let statement = """
        Statement on the agreement
        DOHA, March 1, 2020 — The Taliban will not allow al-Qaeda to use Afghan soil to threaten the United States. \
        The Taliban will release up to 1,000 prisoners by 10 March 2020, officials said. \
        Washington should withdraw its troops by July, the mediators said.
        """

    @Test func commitmentsArePrintedAndLinkedToTheAgreementsProvisions() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-commitments")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("statement.txt").path
        try Data(Self.statement.utf8).write(to: URL(fileURLWithPath: path))

        let table = await TruceInProcess.run(["code", path, "--agreement", TestPaths.example("agreement.yaml")], width: 200)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("commitment: TALIBAN will not allow (allow, prohibition → ct-guarantee) [0.7] al-Qaeda to use"))
        #expect(table.stdout.contains("commitment: TALIBAN will release (release, due 2020-03-10 “by 10 March 2020” → prisoners-1000)"))
        #expect(table.stdout.contains("commitment: USA should withdraw (withdraw, recommendation, due 2020-07-31 “by July”)"), "\(table.stdout)")

        let json = await TruceInProcess.run(["code", path, "--format", "json", "--agreement", TestPaths.example("agreement.yaml")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let commitments = try #require(object["commitments"] as? [[String: Any]])
        #expect(commitments.map { $0["provisions"] as? [String] } == [["ct-guarantee"], ["prisoners-1000"], []])
        #expect(commitments.map { $0["negated"] as? Bool } == [true, false, false])
        #expect(commitments.map { $0["act"] as? String } == ["allow", "release", "withdraw"])
        #expect(commitments.map { $0["strength"] as? String } == ["undertaking", "undertaking", "recommendation"])

        let plain = await TruceInProcess.run(["code", path, "--format", "json"])
        let unlinked = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        #expect((unlinked["commitments"] as? [[String: Any]])?.allSatisfy { ($0["provisions"] as? [String])?.isEmpty == true } == true)
    }
}
