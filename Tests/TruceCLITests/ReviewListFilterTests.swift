import Foundation
import Testing
import TruceTestSupport

/// `truce review list` filtered and sorted, and the fields only the command line lacked (issue 12 item 8).
/// ReviewFixtures: cluster 1 a Taliban attack reported done on 2020-03-05 (confidence 0.7), cluster 2 a
/// Taliban pledge of 2020-03-06 (promised, 0.6), both CAMEO 190 "Battles".
@Suite struct ReviewListFilterTests {
    func ids(_ arguments: [String], store: String) async throws -> [Int] {
        let result = await TruceInProcess.run(["review", "list", "--store", store, "--format", "json"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let clusters = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return clusters.compactMap { $0["id"] as? Int }
    }

    @Test func listIsSortedAndFilteredByConfidenceKindTypeModalityAndDate() async throws {
        let store = try ReviewFixtures.storeFile()
        #expect(try await ids([], store: store) == [1, 2])
        #expect(try await ids(["--sort", "-confidence"], store: store) == [1, 2])
        #expect(try await ids(["--sort", "confidence"], store: store) == [2, 1])
        #expect(try await ids(["--sort", "-date"], store: store) == [2, 1])
        #expect(try await ids(["--sort", "date"], store: store) == [1, 2])
        #expect(try await ids(["--min-confidence", "0.65"], store: store) == [1])
        #expect(try await ids(["--max-confidence", "0.65"], store: store) == [2])
        #expect(try await ids(["--modality", "promised"], store: store) == [2])
        #expect(try await ids(["--type", "battles"], store: store) == [1, 2])
        #expect(try await ids(["--type", "190"], store: store) == [1, 2])
        #expect(try await ids(["--type", "Protests"], store: store).isEmpty)
        #expect(try await ids(["--kind", "event", "--limit", "1", "--sort", "confidence"], store: store) == [2])
        #expect(try await ids(["--kind", "observation"], store: store).isEmpty)

        let table = await TruceInProcess.run(["review", "list", "--store", store, "--kind", "claim"])
        #expect(table.stdout.contains("No pending clusters match these filters."))
        let withConfidence = await TruceInProcess.run(["review", "list", "--store", store])
        #expect(withConfidence.stdout.contains("conf") && withConfidence.stdout.contains("0.7"))
    }

    @Test func badFiltersAreRefusedWithWhatIsAccepted() async throws {
        let store = try ReviewFixtures.storeFile()
        let sort = await TruceInProcess.run(["review", "list", "--store", store, "--sort", "newest"])
        #expect(sort.status == 64 && sort.stderr.contains("-confidence") && sort.stderr.contains("-date"))
        let confidence = await TruceInProcess.run(["review", "list", "--store", store, "--min-confidence", "2"])
        #expect(confidence.status == 64 && confidence.stderr.contains("--min-confidence"))
        let modality = await TruceInProcess.run(["review", "list", "--store", store, "--modality", "likely"])
        #expect(modality.status == 64 && modality.stderr.contains("hypothetical"))
        let commitment = await TruceInProcess.run(["review", "list", "--store", store, "--kind", "commitment"])
        #expect(commitment.status == 64 && commitment.stderr.contains("commitments are not review candidates"))
    }

    @Test func aCountPeopleDetainedAndASpeakerActorAreEditable() async throws {
        let store = try ReviewFixtures.storeFile()
        let edit = await TruceInProcess.run(["review", "edit", "1", "--set", "count=5", "--set", "detained=2", "--store", store])
        #expect(edit.status == 0, "\(edit.stderr)")
        let bad = await TruceInProcess.run(["review", "edit", "1", "--set", "count=five", "--store", store])
        #expect(bad.status == 1 && bad.stderr.contains("field 'count'"))
        let accept = await TruceInProcess.run(["review", "accept", "1", "--store", store])
        #expect(accept.status == 0, "\(accept.stderr)")
        let events = await TruceInProcess.run(["events", "--store", store, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [String: Any])
        let accepted = try #require((document["events"] as? [[String: Any]])?.first { $0["id"] as? String == "article:1" })
        let attributes = try #require(accepted["attributes"] as? [String: Any], "\(accepted)")
        #expect(attributes["count"] as? String == "5" && attributes["detained"] as? String == "2")
    }

    @Test func aStatementIsOfferedNoArmedConflictTypeAndAnEditSettingOneIsRefused() async throws {
        let store = try ReviewFixtures.storeFile()
        let code = await TruceInProcess.run(["review", "edit", "2", "--set", "code=042", "--store", store])
        #expect(code.status == 0, "\(code.stderr)")
        #expect(code.stdout.contains("types       Protests, Riots, Strategic developments (CAMEO 042 is a statement"))
        let refused = await TruceInProcess.run(["review", "edit", "2", "--set", "event_type=Battles", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("CAMEO 042 is a statement") && refused.stderr.contains("Strategic developments"))
        let allowed = await TruceInProcess.run(["review", "edit", "2", "--set", "event_type=Strategic developments", "--store", store])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let act = await TruceInProcess.run(["review", "show", "1", "--store", store])
        #expect(act.stdout.contains("types       Battles, Explosions/Remote violence, Violence against civilians, Protests"))
    }
}
