public import TruceModel

/// Links commitments found in articles to the provisions of an agreement they restate.
///
/// A commitment matches a provision when all of these hold (a recommendation, "should", matches none):
/// - the same obligor party: the commitment's obligor (an agreement actor id) is bound by the
///   provision, directly or as a member of a bound group; a commitment without an obligor matches none;
/// - the same kind of act, negated or not (``acts(of:)``): a prohibition on the bound party's own
///   attacks is owed as "will not attack" or "will cease fire"; one on others' acts in the bound
///   party's territory as "will not allow" or "will prevent"; a rate as "will reduce violence"; a
///   target or obligation on an indicator by the act its name says (troops: withdraw; prisoners:
///   release; talks: negotiate; aid: provide aid);
/// - the deadline agreeing when both have one (``deadlinesAgree(_:_:)``).
public struct CommitmentLinker: Sendable {
    /// The agreement whose provisions commitments are linked to.
    public let agreement: Agreement
    /// How many days a commitment's deadline may miss a provision's due day and still be the same:
    /// news rounds ("mid-July", "by July 14") and counts from a day before or after the signing.
    public static let toleranceDays = 3

    /// A linker over `agreement`'s provisions.
    public init(_ agreement: Agreement) {
        self.agreement = agreement
    }

    /// The ids of the provisions `commitment` matches, in the agreement's order.
    public func provisions(matching commitment: CodedCommitment) -> [String] {
        // A recommendation ("should release") is nobody's undertaking: it restates no provision.
        guard commitment.strength == .undertaking, let obligor = commitment.obligor?.name else { return [] }
        return agreement.provisions.filter { provision in
            guard members(of: provision.bound).contains(obligor) else { return false }
            guard acts(of: provision).contains(where: { $0.act == commitment.act && $0.negated == commitment.negated }) else { return false }
            guard let deadline = commitment.deadline, let due = try? agreement.dueDay(of: provision) else { return true }
            return Self.deadlinesAgree(deadline, due)
        }.map(\.id)
    }

    /// Whether a commitment's deadline and a provision's due day are the same: the due day lies within
    /// the days a deadline naming a week, month or year allows ("by July"), or within
    /// ``toleranceDays`` of a deadline's day.
    public static func deadlinesAgree(_ deadline: CommitmentDeadline, _ due: Day) -> Bool {
        let date = deadline.date
        if date.precision != .day, date.earliest <= due, due <= date.latest { return true }
        return abs(deadline.due.days(to: due)) <= toleranceDays
    }

    /// The acts (negated or not) that restate `provision`.
    public func acts(of provision: Provision) -> [(act: CommitmentAct, negated: Bool)] {
        switch provision.kind {
        case .prohibition(let prohibition):
            let doers = members(of: prohibition.scope.actor1 + prohibition.scope.between.flatMap { $0 })
            let bound = members(of: provision.bound)
            if doers.isEmpty || !doers.isDisjoint(with: bound) { return [(.attack, true), (.ceaseFire, false)] }
            return [(.allow, true)]
        case .rate: return [(.reduceViolence, false), (.ceaseFire, false)]
        case .target(let target): return Self.acts(indicator: target.condition.indicator)
        case .maintain(let maintain): return Self.acts(indicator: maintain.condition.indicator)
        case .obligation(let obligation):
            return obligation.observation.map { Self.acts(indicator: $0.indicator) } ?? []
        }
    }

    /// The act an indicator's name says is owed: `troop_level` withdraw, `prisoners_released` release.
    static func acts(indicator: String) -> [(act: CommitmentAct, negated: Bool)] {
        let words = Set(indicator.lowercased().split { !$0.isLetter }.map(String.init))
        let table: [(Set<String>, CommitmentAct)] = [
            (["troop", "troops", "forces", "force", "personnel", "bases", "soldiers"], .withdraw),
            (["prisoners", "prisoner", "detainees", "hostages", "released", "release"], .release),
            (["talks", "negotiations", "negotiation", "dialogue"], .negotiate),
            (["aid", "trucks", "assistance", "relief"], .provideAid),
            (["weapons", "disarmed", "demobilized", "combatants"], .disarm),
        ]
        return table.filter { !$0.0.isDisjoint(with: words) }.map { ($0.1, false) }
    }

    /// Actor ids with every group among them replaced by its members, groups of groups included.
    func members(of ids: [String]) -> Set<String> {
        var result: Set<String> = []
        var pending = ids
        while let id = pending.popLast() {
            guard result.insert(id).inserted else { continue }
            if let group = agreement.groups.first(where: { $0.id == id }) { pending += group.members }
        }
        return result
    }
}
