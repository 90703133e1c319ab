import ArgumentParser
import Foundation
import TruceCore
import TruceEngine
import TruceModel

/// Benchmarks that need no files: timings for scripts/bench-datasets.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time Truce's own work on generated data (for the benchmark scripts).",
        subcommands: [Link.self, BenchCoderCommand.self]
    )

    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link", abstract: "Time incident linking over generated events from two data sets.")

        @Option(help: "How many events to generate.") var events = 1_000_000
        @Option(help: "Seed of the generator, so runs compare.") var seed: UInt64 = 7
        @Option(help: "table or json.") var format: OutputFormat = .table

        func validate() throws {
            guard events > 0 && events <= 50_000_000 else { throw ValidationError("--events must be between 1 and 50,000,000") }
        }

        func run() async throws {
            var generator = SyntheticEvents(seed: seed)
            let generated = generator.make(count: events)
            let clock = ContinuousClock()
            var incidents: [Incident] = []
            let elapsed = clock.measure { incidents = IncidentLinker.link(generated) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let linked = incidents.filter { $0.members.count > 1 }.count
            switch format {
            case .json:
                print(
                    try JSONDocument.string([
                        "events": Double(events), "incidents": Double(incidents.count), "linked": Double(linked), "seconds": seconds,
                    ]))
            case .table:
                print(
                    "linked \(events) events into \(incidents.count) incidents (\(linked) with several sources) in \(String(format: "%.2f", seconds)) s"
                )
            }
        }
    }
}

/// Events shaped like a year of conflict data in a few countries, from ACLED and UCDP,
/// with some incidents reported by both: enough structure for the linker to do real work.
struct SyntheticEvents {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    // SplitMix64: a small, fast, reproducible generator.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func uniform(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    private mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func make(count: Int) -> [Event] {
        let places: [(country: String, admin1: String, lat: Double, lon: Double)] = [
            ("Afghanistan", "Helmand", 31.6, 64.4), ("Afghanistan", "Kandahar", 31.6, 65.7), ("Afghanistan", "Kunduz", 36.7, 68.9),
            ("Myanmar", "Shan", 22.0, 97.7), ("Myanmar", "Rakhine", 20.1, 92.9), ("Somalia", "Banaadir", 2.0, 45.3),
            ("Nigeria", "Borno", 11.8, 13.1), ("Yemen", "Taizz", 13.6, 44.0),
        ]
        let actors = ["Taliban", "Military Forces of Afghanistan", "Arakan Army", "Military Forces of Myanmar", "Al Shabaab", "Boko Haram"]
        let start = Day(year: 2015, month: 1, day: 1)!
        var events: [Event] = []
        events.reserveCapacity(count)
        for index in 0..<count {
            // One event in five repeats the previous one from the other data set, as the same incident would.
            if index > 0, uniform(0..<5) == 0, let previous = events.last {
                var copy = previous
                copy.dataset = previous.dataset == "acled" ? "ucdp" : "acled"
                copy.key = "\(copy.dataset)-\(index)"
                copy.location.latitude = previous.location.latitude.map { $0 + (fraction() - 0.5) * 0.1 }
                copy.location.longitude = previous.location.longitude.map { $0 + (fraction() - 0.5) * 0.1 }
                events.append(copy)
                continue
            }
            let place = places[uniform(0..<places.count)]
            let day = start.adding(days: uniform(0..<1_826))
            let dataset = uniform(0..<3) == 0 ? "ucdp" : "acled"
            events.append(
                Event(
                    key: "\(dataset)-\(index)", dataset: dataset, date: DateSpan(day: day),
                    type: EventType(event: "Battles", subEvent: "Armed clash"),
                    actor1: EventActor(name: actors[uniform(0..<actors.count)], typeCode: 2),
                    actor2: EventActor(name: actors[uniform(0..<actors.count)], typeCode: 1),
                    location: Location(
                        country: place.country, admin1: place.admin1, latitude: place.lat + (fraction() - 0.5) * 2,
                        longitude: place.lon + (fraction() - 0.5) * 2, precision: 1, uncertaintyKm: 0),
                    fatalities: Fatalities(exactly: uniform(0..<10))))
        }
        return events
    }
}
