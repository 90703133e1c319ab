import Foundation
import Testing
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore
import TruceTestSupport

@Suite struct ReviewCommandTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func listPrintsTheQueueAsJSONWithEveryReport() async throws {
        let store = try ReviewFixtures.storeFile()
        let result = await TruceInProcess.run(["review", "list", "--store", store, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let clusters = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(clusters.map { $0["id"] as? Int } == [1, 2])
        #expect(clusters.map { $0["is_act"] as? Bool } == [true, false])
        let reports = try #require(clusters[0]["reports"] as? [[String: Any]])
        #expect(reports.count == 3)
        #expect(reports[0]["headline"] as? String == "Attack in Helmand (0)")
        #expect(reports[0]["source"] as? String == "Wire 0")
        #expect(reports[0]["sentence"] as? String == "Taliban fighters attacked US forces in Helmand on Thursday, killing one soldier.")
        #expect(reports[0]["confidence"] as? Double == 0.7)
        #expect(reports[0]["date"] as? String == "2020-03-05")
        #expect((reports[0]["sha256"] as? String)?.count == 64)
        #expect(clusters[1]["modality"] as? String == "promised")

        let table = await TruceInProcess.run(["review", "list", "--store", store])
        #expect(table.stdout.contains("2020-03-05  Taliban → United States  190 Battles  Helmand, Afghanistan, 1 killed"))
        #expect(table.stdout.contains("pending (promised)"))
    }

    @Test func acceptRejectEditAndReopenFromTheCommandLine() async throws {
        let store = try ReviewFixtures.storeFile()
        let refused = await TruceInProcess.run(["review", "accept", "2", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not an act") && refused.stderr.contains("--allow-non-act"))

        let badEdit = await TruceInProcess.run(["review", "edit", "1", "--set", "date=2020-13-01", "--store", store])
        #expect(badEdit.status == 1)
        #expect(badEdit.stderr.contains("field 'date'") && badEdit.stderr.contains("YYYY-MM-DD"))

        let edit = await TruceInProcess.run(["review", "edit", "1", "--set", "place=Nad-e Ali", "--store", store, "--reviewer", "kim"])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout.contains("Nad-e Ali, Helmand, Afghanistan"))

        let accept = await TruceInProcess.run(["review", "accept", "1", "--store", store, "--reviewer", "kim"])
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stdout.contains("#1 accepted as events article:1"))
        let events = await TruceInProcess.run(["events", "--store", store, "--format", "json"])
        #expect(events.stdout.contains("article:1") && events.stdout.contains("Nad-e Ali"))

        let reject = await TruceInProcess.run(["review", "reject", "2", "--note", "a pledge, not an attack", "--store", store, "--reviewer", "kim"])
        #expect(reject.status == 0)
        let decided = await TruceInProcess.run(["review", "list", "--state", "all", "--store", store, "--format", "json"])
        let states = try #require(try json(decided.stdout) as? [[String: Any]])
        #expect(states.map { $0["state"] as? String } == ["accepted", "rejected"])
        #expect(states.map { $0["reviewer"] as? String } == ["kim", "kim"])
        #expect(states[1]["note"] as? String == "a pledge, not an attack")

        let show = await TruceInProcess.run(["review", "show", "1", "--store", store, "--format", "json"])
        let shown = try #require(try json(show.stdout) as? [String: Any])
        let actions = try #require(shown["actions"] as? [[String: Any]])
        #expect(actions.map { $0["action"] as? String } == ["edit", "accept"])

        let reopen = await TruceInProcess.run(["review", "reopen", "1", "--store", store])
        #expect(reopen.status == 0)
        let after = await TruceInProcess.run(["events", "--store", store, "--format", "json"])
        #expect(!after.stdout.contains("article:1"))
    }

    @Test func anUnknownClusterSaysToListThem() async throws {
        let store = try ReviewFixtures.storeFile()
        let result = await TruceInProcess.run(["review", "show", "99", "--store", store])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no candidate cluster 99") && result.stderr.contains("truce review list"))
    }

    @Test func theScreenNeedsATerminalOrScriptedKeys() throws {
        let store = try ReviewFixtures.storeFile()
        let refused = try TruceBinary.run(["review", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("needs a terminal") && refused.stderr.contains("truce review list"))

        // Down to the pledge, refuse it as a non-act, reject it with a note, then accept the attack.
        let scripted = try TruceBinary.run(["review", "--store", store, "--reviewer", "lee", "--keys", "jarnot an act<enter>a"])
        #expect(scripted.status == 0, "\(scripted.stderr)")
        #expect(scripted.stdout.contains("Accepted #1 as article:1"))
        #expect(scripted.stdout.contains("0 pending, 1 accepted, 1 rejected"))
        let listed = try TruceBinary.run(["review", "list", "--state", "rejected", "--store", store, "--format", "json"])
        let rejected = try #require(try json(listed.stdout) as? [[String: Any]])
        #expect(rejected.first?["note"] as? String == "not an act" && rejected.first?["reviewer"] as? String == "lee")
    }

    /// The example agreement's prohibition of attacks on coalition forces holds by its text on
    /// 2020-03-11 with the bundled data; an accepted article about an attack on US forces breaks it.
    @Test func anAcceptedAttackIsEvidenceForTheEvaluator() throws {
        let store = try Store.inMemory()
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: ReviewFixtures.stamp)
        _ = try store.importObservations(path: TestPaths.example("observations.csv"), importedAt: ReviewFixtures.stamp)
        _ = try store.importClaims(path: TestPaths.example("claims.csv"), importedAt: ReviewFixtures.stamp)
        try ReviewFixtures.populate(store)
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let asOf = ReviewFixtures.day("2020-03-11")

        let before = try Evaluator(agreement: agreement).evaluate(store, asOf: asOf)
        #expect(before.provision("no-attacks-on-coalition")?.reading("text")?.status == .complied)

        #expect(throws: TruceError.self) { try store.accept([2], by: ReviewStamp(reviewer: "test", at: ReviewFixtures.stamp)) }
        try store.accept([1], by: ReviewStamp(reviewer: "test", at: ReviewFixtures.stamp))
        let after = try Evaluator(agreement: agreement).evaluate(store, asOf: asOf)
        let text = try #require(after.provision("no-attacks-on-coalition")?.reading("text"))
        #expect(text.status == .violated)
        #expect(text.evidence.contains { $0.kind == .event && $0.id.contains("article:1") && $0.date.iso == "2020-03-05" })
    }

    @Test func truceCheckSeesAnEventAcceptedOnTheCommandLine() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-review-check")
        let store = folder.appendingPathComponent("t.sqlite").path
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            #expect(await TruceInProcess.run(["import", kind, TestPaths.example(file), "--store", store]).status == 0)
        }
        try ReviewFixtures.populate(try Store.open(path: store))
        let agreement = TestPaths.example("agreement.yaml")
        let check = ["check", agreement, "--store", store, "--as-of", "2020-03-11", "--explain", "no-attacks-on-coalition"]
        #expect(!(await TruceInProcess.run(check).stdout.contains("article:1")))

        #expect(await TruceInProcess.run(["review", "accept", "1", "--store", store]).status == 0)
        let after = await TruceInProcess.run(check)
        #expect(after.stdout.contains("article:1"), "\(after.stdout)")
    }
}
