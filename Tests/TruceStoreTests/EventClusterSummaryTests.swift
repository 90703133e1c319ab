import Testing
import TruceCoder
import TruceModel

@testable import TruceStorage

/// The summary must decide exactly as complete linkage over every member does.
@Suite struct EventClusterSummaryTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func signature(_ random: inout Generator) -> IncidentSignature {
        let actors: [String?] = ["Taliban", "US forces", "Police", nil]
        let places: [String?] = ["Helmand", "Kunduz", nil]
        let start = Day(iso: "2020-03-01")!.adding(days: random.next(20))
        let undated = random.next(15) == 0
        return IncidentSignature(
            actor1: actors[random.next(4)], actor2: actors[random.next(4)], code: "190", earliest: undated ? nil : start,
            latest: undated ? nil : start.adding(days: random.next(3)), country: random.next(6) == 0 ? "Pakistan" : "Afghanistan",
            admin1: places[random.next(3)], place: random.next(4) == 0 ? "Lashkar Gah" : nil)
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func admitsExactlyWhatCompleteLinkageAdmits(seed: UInt64) {
        var random = Generator(state: seed)
        for _ in 0..<300 {
            var members: [IncidentSignature] = []
            var summary = EventClusterSummary()
            for _ in 0..<(1 + random.next(6)) {
                let member = signature(&random)
                members.append(member)
                summary.add(member)
            }
            let candidate = signature(&random)
            let window = random.next(4)
            #expect(summary.admits(candidate, window: window) == CandidateClustering.joins(candidate, members, window: window))
        }
    }
}
