import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceTestSupport

@testable import TruceServer

/// `truce review list` and the server's review queue run one core query: for the same filters and
/// order they list the same clusters in the same order (issue 12 item 8).
@Suite struct ReviewQueueParityTests {
    static let articles = TestPaths.repository.appendingPathComponent("Tests/TruceCoderTests/Articles").path

    func ids(_ json: Any?) -> [Int] {
        let clusters = (json as? [[String: Any]]) ?? ((json as? [String: Any])?["clusters"] as? [[String: Any]]) ?? []
        return clusters.compactMap { $0["id"] as? Int }
    }

    @Test func theCommandLineAndTheServerListTheSameClustersInTheSameOrder() async throws {
        let store = try TestPaths.temporaryDirectory("review-parity").appendingPathComponent("t.sqlite").path
        let imported = await TruceInProcess.run(["import", "articles", Self.articles, "--store", store, "--date", "2020-03-05"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let fixture = try await ServerFixture.make(evidence: false, path: store)
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        let filters: [(cli: [String], query: String)] = [
            (["--sort", "-confidence"], "sort=-confidence"),
            (["--sort", "confidence", "--kind", "event"], "sort=confidence&kind=event"),
            (["--sort", "date"], "sort=date"),
            (["--sort", "-date", "--kind", "figure"], "sort=-date&kind=figure"),
            (["--sort", "-confidence", "--min-confidence", "0.5", "--modality", "done"], "sort=-confidence&min_confidence=0.5&modality=done"),
            (["--sort", "id", "--type", "Battles"], "sort=id&event_type=Battles"),
        ]
        try await fixture.test(publicRead: false) { client in
            for filter in filters {
                let listed = await TruceInProcess.run(["review", "list", "--store", store, "--format", "json", "--limit", "200"] + filter.cli)
                #expect(listed.status == 0, "\(listed.stderr)")
                let cli = ids(try? JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)))
                let served = try await client.execute(uri: "/api/v1/review?limit=200&\(filter.query)", method: .get, headers: analyst) {
                    String(buffer: $0.body)
                }
                let server = ids(try? JSONSerialization.jsonObject(with: Data(served.utf8)))
                #expect(cli == server, "\(filter.query)")
                #expect(!cli.isEmpty || filter.query.contains("figure"), "\(filter.query) lists something")
            }
        }
        // The orders differ from one another, so the comparison above is not of one order six times.
        let byConfidence = await TruceInProcess.run(["review", "list", "--store", store, "--format", "json", "--sort", "-confidence"])
        let byDate = await TruceInProcess.run(["review", "list", "--store", store, "--format", "json", "--sort", "date"])
        #expect(
            ids(try? JSONSerialization.jsonObject(with: Data(byConfidence.stdout.utf8)))
                != ids(try? JSONSerialization.jsonObject(with: Data(byDate.stdout.utf8))))
    }
}
