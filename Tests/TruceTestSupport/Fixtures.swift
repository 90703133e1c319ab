public import TruceModel

/// Builders for agreements and evidence in tests: short to call, complete enough to evaluate.
public enum Fixtures {
    public static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { fatalError("bad fixture date \(iso)") }
        return day
    }

    /// An event in Afghanistan between two named actors.
    public static func event(
        _ key: String, _ iso: String, _ actor1: String, _ actor2: String? = nil, type: String = "Battles",
        subType: String = "Armed clash", precision: Int = 1, deaths: Int = 0, country: String = "Afghanistan"
    ) -> Event {
        Event(
            key: key, dataset: "acled", date: DateSpan.acled(day: day(iso), timePrecision: precision),
            type: EventType(event: type, subEvent: subType), actor1: EventActor(name: actor1),
            actor2: EventActor(name: actor2), location: Location(country: country, admin1: "Helmand"),
            fatalities: Fatalities(exactly: deaths), sources: ["Test Wire"],
            provenance: Provenance(file: "events.csv", line: 2)
        )
    }

    public static func observation(_ key: String, _ iso: String, _ indicator: String, _ actor: String?, _ value: Double) -> Observation {
        Observation(key: key, indicator: indicator, actor: actor, date: day(iso), value: value, source: "Test Wire")
    }

    public static let actors = [
        ActorDefinition(id: "USA", name: "United States", aliases: ["Military Forces of the United States*"]),
        ActorDefinition(id: "TALIBAN", name: "Taliban"),
        ActorDefinition(id: "ANDSF", name: "Afghan forces", aliases: ["Military Forces of Afghanistan*", "Police Forces of Afghanistan*"]),
    ]

    /// A small agreement signed on 2020-02-29 with one provision of each kind.
    public static func agreement(_ provisions: [Provision]) -> Agreement {
        Agreement(
            id: "test", title: "Test agreement", signed: day("2020-02-29"), parties: ["USA", "TALIBAN"], actors: actors,
            groups: [ActorGroup(id: "COALITION", members: ["USA"])], provisions: provisions
        )
    }

    public static func absolute(_ iso: String) -> DateExpression { .absolute(day(iso)) }

    public static func signedPlus(_ amount: Int, _ unit: DateExpression.Offset.Unit) -> DateExpression {
        DateExpression(anchor: .signed, offset: .init(amount: amount, unit: unit))
    }
}
