import Testing
import TruceModel

@testable import TruceCoder

/// Taking people hostage or captive is an abduction (CAMEO 181), with the people taken counted as held; "take" or
/// "seize" with anything else is no abduction. Every sentence here was written for this test.
@Suite struct HostageTakingTests {
    let coder = ArticleCoder()

    func events(_ text: String) -> [CodedEvent] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2025-06-04"))).events
    }

    func abductions(_ text: String) -> [CodedEvent] { events(text).filter { $0.code == "181" } }

    @Test func takingOrSeizingHostagesIsAnAbductionOfThoseCounted() throws {
        let took = try #require(abductions("Gunmen took 12 hostages in a raid on a village on Sunday.").first)
        #expect(took.detained == 12)
        #expect(took.actor1?.text == "Gunmen")
        #expect(took.date?.earliest == Day(iso: "2025-06-01"))
        let seizing = events("Gunmen seized 12 hostages at a school on Sunday.")
        let seized = try #require(seizing.first { $0.code == "181" })
        #expect(seized.detained == 12)
        #expect(!seizing.contains { $0.code == "171" }, "the hostages are not goods seized")
    }

    @Test func peopleTakenHostageOrCaptiveAreHeld() throws {
        let hostage = try #require(abductions("Gunmen took eleven aid workers hostage near the river on Monday.").first)
        #expect(hostage.detained == 11)
        let captive = try #require(abductions("Two engineers were taken captive by militants on Saturday.").first)
        #expect(captive.detained == 2)
        #expect(captive.actor1?.text == "militants")
    }

    @Test func takingOrSeizingAnythingElseIsNoAbduction() {
        #expect(abductions("It will take time to free the hostages, the minister said.").isEmpty)
        #expect(abductions("The families of the hostages took part in a march on Saturday.").isEmpty)
        #expect(abductions("Gunmen seized weapons at a police post on Sunday.").isEmpty)
        // The taking is of something else, far from the hostages, who are freed.
        #expect(abductions("Commandos began to take charge of the building by killing the gunmen and freeing hostages.").isEmpty)
    }

    @Test func civiliansSeizedAreAbductedAndOthersSeizedAreArrested() throws {
        let villagers = events("Gunmen seized 12 villagers near the market on Sunday.")
        let abduction = try #require(villagers.first { $0.code == "181" }, "\(villagers.map(\.code))")
        #expect(abduction.detained == 12)
        #expect(!villagers.contains { $0.code == "171" })
        // Goods seized beside an arrest stay a seizure; the arrest keeps its people.
        let both = events("Police arrested two suspects and seized a rifle in the raid on Monday.")
        #expect(both.filter { $0.code.hasPrefix("173") }.count == 1, "\(both.map(\.code))")
        #expect(both.contains { $0.code.hasPrefix("173") && $0.detained == 2 })
    }
}
