/// Who was killed, wounded or detained in one sentence, and how.
public struct CasualtyReport: Hashable, Sendable {
    public var killed: [Casualty] = []
    public var wounded: [Casualty] = []
    public var detained: [Casualty] = []
    /// Repeated acts counted at once ("43 attacks on checkpoints").
    public var acts: [ActCount] = []
    /// How force was used, as far as the words say.
    public var methods: Set<Method> = []

    public init() {}

    public var isEmpty: Bool { killed.isEmpty && wounded.isEmpty && detained.isEmpty && acts.isEmpty && methods.isEmpty }

    /// Everyone killed, added up; nil when no killing is reported, zero when the text says none.
    public var fatalities: (low: Int?, best: Int?, high: Int?)? { total(killed) }
    /// People held; a pronoun ("captured a militant and detained him") counts only when nobody else is named.
    public var detainedCount: Int? {
        let fresh = detained.filter { !$0.isPronoun }
        return total(fresh.isEmpty ? detained : fresh).flatMap { $0.best ?? $0.low }
    }
    public var woundedCount: Int? { total(wounded).flatMap { $0.best ?? $0.low } }
    /// Whether every detention in the sentence is of people named before ("the suspects were detained").
    public var detainedRefersBack: Bool { !detained.isEmpty && detained.allSatisfy(\.refersBack) }
    /// Whether the sentence says the people are new ("two additional suspects were also detained"); not when
    /// it counts them with someone known ("detained the facilitator and one additional suspect"), whom they add to.
    public var detainedIsAdditional: Bool { Self.isAdditional(detained) }
    public var killedIsAdditional: Bool { Self.isAdditional(killed) }

    private static func isAdditional(_ list: [Casualty]) -> Bool {
        list.contains { $0.isAdditional && !$0.refersBack } && !list.contains { $0.refersBack && !$0.isPronoun }
    }
    public var killedRefersBack: Bool { !killed.isEmpty && killed.allSatisfy(\.refersBack) }

    /// Civilians killed, when the sentence says who died.
    public var civiliansKilled: Int? { total(killed.filter { $0.victims == .civilians }).flatMap { $0.best ?? $0.low } }

    private func total(_ list: [Casualty]) -> (low: Int?, best: Int?, high: Int?)? {
        guard !list.isEmpty else { return nil }
        func sum(_ values: [Int?]) -> Int? {
            let known = values.compactMap { $0 }
            return known.isEmpty ? nil : known.reduce(0, +)
        }
        return (sum(list.map(\.low)), sum(list.map(\.best)), list.contains { $0.high == nil && !$0.isNone } ? nil : sum(list.map(\.high)))
    }
}

/// One count of people: "at least 20 civilians", "an insurgent", "no civilians".
public struct Casualty: Hashable, Sendable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var victims: Victims
    /// UTF-8 byte offsets into the sentence of the whole phrase.
    public var range: Range<Int>
    /// Named as people already mentioned: "the suspects were detained", "detained him", "who was killed".
    public var refersBack = false
    /// Named by a pronoun ("detained him", "who was killed"), usually someone the same sentence names.
    public var isPronoun = false
    /// Said to be more people than those named before: "two additional suspects", "another insurgent".
    public var isAdditional = false

    /// "No civilians were harmed": a count of zero.
    public var isNone: Bool { best == 0 && low == 0 }
}

/// Whom a count is about, for telling civilian casualties from combatants.
public enum Victims: String, Hashable, Sendable {
    case insurgents, civilians
    case securityForces = "security_forces"
    case unknown
}

/// How force was used.
public enum Method: String, Hashable, Sendable {
    /// Air or drone strike, close air support.
    case airStrike = "air_strike"
    /// Shooting between armed sides: exchange of fire, firefight, returned fire.
    case armedClash = "armed_clash"
    /// A bomb or mine: IED, roadside bomb, suicide attack.
    case explosive
    /// Artillery, mortars, rockets.
    case shelling
    /// A raid or search operation that found or held people.
    case raid
}

/// "43 attacks on checkpoints": a number of repeated acts and what they were.
public struct ActCount: Hashable, Sendable {
    public var count: Int
    public var noun: String
    public var range: Range<Int>
}
