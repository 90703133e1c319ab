import Foundation
import Testing
import TruceTestSupport

/// `truce incidents` on the real overlap of ACLED and UCDP: Myanmar 2015.
@Suite struct IncidentsCommandTests {
    /// A store with ACLED's Asia 2015 export and UCDP's Myanmar and Bangladesh GED rows.
    static func store() async throws -> String {
        let folder = try TestPaths.temporaryDirectory("truce-incidents")
        let store = folder.appendingPathComponent("t.sqlite").path
        for (kind, file) in [("acled", MyanmarOverlap.acledPath), ("ucdp", MyanmarOverlap.ucdpPath)] {
            let result = await TruceInProcess.run(["import", kind, file, "--store", store, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return store
    }

    let myanmar2015 = ["--country", "Myanmar", "--from", "2015-01-01", "--to", "2015-12-31"]
    let aliases = TestPaths.repository.appendingPathComponent("docs/examples/linking-myanmar.json").path

    @Test func summaryCountsEventsIncidentsAndLinksByDataSetPair() async throws {
        let store = try await Self.store()
        let table = await TruceInProcess.run(["incidents", "--store", store, "--summary", "--rules", aliases] + myanmar2015)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("709 events (510 acled, 199 ucdp)"))
        #expect(table.stdout.contains("627 incidents, 82 reported by more than one event (82 links)"))
        #expect(table.stdout.contains("acled+ucdp: 82"))

        let json = await TruceInProcess.run(["incidents", "--store", store, "--summary", "--format", "json"] + myanmar2015)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["events"] as? Int == 709)
        #expect(summary["links"] as? Int == 45)  // the defaults, without the alias table
        #expect((summary["by_datasets"] as? [String: Int])?["acled+ucdp"] == 45)
    }

    @Test func jsonListsMembersCombinedFatalitiesAndTheSourceOfEachBound() async throws {
        let store = try await Self.store()
        let arguments = ["incidents", "--store", store, "--format", "json", "--rules", aliases] + myanmar2015
        let first = await TruceInProcess.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(await TruceInProcess.run(arguments).stdout == first.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [String: Any])
        #expect(rules["actors"] as? String == "both_sides")
        #expect((rules["actor_aliases"] as? [[String]])?.first == ["KIO", "KIA"])
        let incidents = try #require(object["incidents"] as? [[String: Any]])
        #expect(incidents.count == 82)
        // The Arakan Army clash of 27 December 2015: ACLED says 1 killed, UCDP 2 (2 to 20).
        let clash = try #require(incidents.first { $0["id"] as? String == "acled:504MYA" })
        let members = try #require(clash["members"] as? [[String: Any]])
        #expect(members.map { "\($0["dataset"]!):\($0["key"]!)" } == ["acled:504MYA", "ucdp:209627"])
        let fatalities = try #require(clash["fatalities"] as? [String: Any])
        #expect(fatalities["low"] as? Int == 1)
        #expect(fatalities["high"] as? Int == 20)
        #expect(fatalities["best"] as? Int == 1)
        #expect((fatalities["low_from"] as? [String: String]) == ["dataset": "acled", "key": "504MYA"])
        #expect((fatalities["high_from"] as? [String: String]) == ["dataset": "ucdp", "key": "209627"])
        let link = try #require((clash["links"] as? [[String: Any]])?.first)
        #expect(link["days_apart"] as? Int == 0)
        #expect(link["place_basis"] as? String == "coordinates")
    }

    @Test func tableShowsEachIncidentWithItsMembersAndFlagsChangeTheRules() async throws {
        let store = try await Self.store()
        let table = await TruceInProcess.run(["incidents", "--store", store, "--rules", aliases] + myanmar2015)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("acled:504MYA  2015-12-27  Kyauktaw, Rakhine, Myanmar  1 to 20 killed, best 1"))
        #expect(table.stdout.contains("low 1 acled:504MYA · best 1 acled:504MYA · high 20 ucdp:209627"))
        #expect(
            table.stdout.contains(
                "ucdp  209627  2015-12-27  Battles: Government of Myanmar (Burma) → AA  2 killed (2–20)  [dates overlap, 8 km]"))
        // Tighter rules link fewer; --all lists every incident, one event or more.
        let strict = await TruceInProcess.run(
            ["incidents", "--store", store, "--summary", "--rules", aliases, "--max-distance-km", "0", "--date-slack-days", "0"] + myanmar2015)
        let links = try #require(strict.stdout.split(separator: "\n").dropFirst().first)
        #expect(!links.contains("82 links"))
        let all = await TruceInProcess.run(["incidents", "--store", store, "--all", "--format", "json", "--rules", aliases] + myanmar2015)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect((object["incidents"] as? [Any])?.count == 627)
    }

    @Test func badRulesAndArgumentsAreReported() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-incidents")
        let rules = folder.appendingPathComponent("rules.json")
        try Data(#"{"date_slack_days": "two"}"#.utf8).write(to: rules)
        let store = folder.appendingPathComponent("t.sqlite").path
        let bad = await TruceInProcess.run(["incidents", "--store", store, "--rules", rules.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("the rules file \(rules.path) is not valid: date_slack_days"))
        let missing = await TruceInProcess.run(["incidents", "--store", store, "--rules", folder.appendingPathComponent("none.json").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read the rules file"))
        let backwards = await TruceInProcess.run(["incidents", "--store", store, "--from", "2015-02-01", "--to", "2015-01-01"])
        #expect(backwards.status != 0)
        #expect(backwards.stderr.contains("before --from"))
        let empty = await TruceInProcess.run(["incidents", "--store", store])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("0 events"))
    }
}
