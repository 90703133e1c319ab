import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

@Suite("UCDPActorList")
struct UCDPActorListTests {
    static let path = TestPaths.shared("ucdp/ucdp-actor-221.csv")

    private func list() throws -> UCDPActorList { try UCDPActorList(path: Self.path) }

    /// The file starts with a UTF-8 byte-order mark: `ActorId` must still be found by name.
    @Test func readsTheRealListWithItsByteOrderMark() throws {
        let list = try list()
        #expect(list.actors.count == 1_725)
        #expect(list.notices.isEmpty)
        #expect(
            list.actors.first == UCDPActorList.Actor(id: 2, name: "Government of Hyderabad", formerNames: [], org: 4, location: "Hyderabad, India"))
        let myanmar = try #require(list.actor(id: 144))
        #expect(myanmar.name == "Government of Myanmar (Burma)" && myanmar.org == 4)
        #expect(myanmar.location == "Myanmar (Burma), China, Bangladesh, Thailand")
        let islamicState = try #require(list.actor(id: 234))
        #expect(islamicState.formerNames.contains("ISIS") && islamicState.formerNames.contains("Jama’at Al-Tawhid wa Al-Jihad"))
        #expect(list.actors(named: "PLA").map(\.id) == [161, 314])
    }

    @Test func matchesSidesByNameIdSeveralNamesAndFormerNames() throws {
        let list = try list()
        let government = try #require(list.match(side: "Government of Myanmar (Burma)", id: nil))
        #expect(government.basis == .name && government.actors.map(\.id) == [144])
        #expect(list.match(side: "Government of Myanmar (Burma)", id: 144)?.basis == .name)
        // GED 19.1 still calls ActorId 3051 "AA"; the list has renamed it ULA.
        let arakan = try #require(list.match(side: "AA", id: 3051))
        #expect(arakan.basis == .id && arakan.actors.map(\.name) == ["ULA"])
        #expect(list.match(side: "AA", id: nil) == nil)
        // Two actors are called PLA: only the side id can tell which.
        #expect(list.match(side: "PLA", id: nil) == nil)
        #expect(list.match(side: "PLA", id: 314)?.actors.map(\.id) == [314])
        let coalition = try #require(list.match(side: "Government of Afghanistan, Government of United Kingdom", id: 130))
        #expect(coalition.basis == .several && coalition.actors.map(\.id) == [130, 28])
        // One actor's name with a comma in it is never split.
        let one = try #require(list.match(side: "Interahamwe, ex-FAR", id: nil))
        #expect(one.basis == .name && one.actors.count == 1)
        // A part the list does not know keeps the side whole: here the id still finds the government.
        #expect(list.match(side: "Government of Afghanistan, Nowhere Front", id: nil) == nil)
        #expect(list.match(side: "Government of Afghanistan, Nowhere Front", id: 130)?.basis == .id)
        let macedonia = try #require(list.match(side: "Government of Macedonia, FYR", id: nil))
        #expect(macedonia.basis == .formerName && macedonia.actors.map(\.id) == [47])
        #expect(list.match(side: "Civilians", id: 1) == nil)
    }

    @Test func codesTheSidesOfTheRealGEDFile() throws {
        var reader = try UCDPReader(path: TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv"), actors: try list())
        let (events, rejections) = try reader.readAll()
        #expect(rejections.isEmpty && events.count == 3_194)
        let event = try #require(events.first { $0.key == "209406" })
        #expect(event.actor1 == EventActor(name: "Government of Myanmar (Burma)", code: "ucdp:144"))
        #expect(event.attributes["side_a_org"] == "4" && event.attributes["side_b_org"] == "1")
        #expect(event.attributes["side_a_actor_name"] == nil)
        let arakan = try #require(events.first { $0.actor2.name == "AA" })
        #expect(arakan.actor2.code == "ucdp:3051" && arakan.attributes["side_b_actor_name"] == "ULA")
        let oneSided = try #require(events.first { $0.actor2.name == "Civilians" })
        #expect(oneSided.actor2.code == "ucdp:1" && oneSided.attributes["side_b_org"] == nil)
        #expect(reader.notices.last == "ucdp-actor-221.csv: 37 side names matched an actor, 0 matched nothing")
    }

    @Test func splitsKnownCoalitionsAndCountsUnknownSides() throws {
        let rows = [
            UCDPFixtures.currentRow(id: "1", sideA: "Government of Afghanistan, Government of United Kingdom"),
            UCDPFixtures.currentRow(id: "2", sideB: "Nowhere Front", sideBID: ""),
            UCDPFixtures.currentRow(id: "3", sideB: "Nowhere Front", sideBID: ""),
            UCDPFixtures.currentRow(id: "4", sideA: "Government of Afghanistan, Nowhere Front", sideAID: ""),
        ]
        var reader = try UCDPReader(path: try UCDPFixtures.current(rows), actors: try list())
        let (events, rejections) = try reader.readAll()
        #expect(rejections.isEmpty && events.count == 4)
        #expect(
            events[0].actor1
                == EventActor(name: "Government of Afghanistan", associates: ["Government of United Kingdom"], code: "ucdp:130"))
        #expect(events[0].attributes["side_a_actor_ids"] == "130, 28" && events[0].attributes["side_a_org"] == "4, 4")
        #expect(events[0].actor2 == EventActor(name: "Taleban", code: "ucdp:303"))
        #expect(events[1].actor2 == EventActor(name: "Nowhere Front"))
        #expect(events[3].actor1 == EventActor(name: "Government of Afghanistan, Nowhere Front"))
        #expect(
            reader.notices.last
                == "ucdp-actor-221.csv: 3 side names matched an actor, 2 matched nothing (their codes stay GED's side ids): "
                + "Nowhere Front (2 event sides), Government of Afghanistan, Nowhere Front (1 event side)")
    }

    @Test func unusableRowsOfTheListAreSkippedWithTheirLine() throws {
        let path = try Fixtures.write(
            "\u{FEFF}ActorId,NameData,Org\n303,Taleban,1\nabc,Somebody,1\n303,Taleban again,1\n28,,4\n", name: "actors.csv")
        let list = try UCDPActorList(path: path)
        #expect(list.actors.map(\.id) == [303])
        #expect(list.notices.count == 3)
        #expect(list.notices[0] == "actors.csv:3: skipped: ActorId 'abc' is not a whole number")
        #expect(list.notices[1].hasPrefix("actors.csv:4:") && list.notices[2].hasPrefix("actors.csv:5:"))
        #expect(throws: TruceError.self) { _ = try UCDPActorList(path: try Fixtures.write("Id,Name\n1,X\n")) }
    }
}
