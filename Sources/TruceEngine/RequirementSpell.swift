import TruceModel

/// A run of days on which a requirement is unmet: from `from` up to the day before `until`
/// (open when `until` is nil).
struct RequirementSpell: Equatable {
    var from: Day
    var until: Day?
    var status: Status

    /// A requirement is unmet while its status is violated, overdue or lapsed.
    static func isUnmet(_ status: Status) -> Bool { status.isAlarming || status == .lapsed }

    /// The spells of a requirement's timeline during which it is unmet, oldest first.
    static func unmet(in timeline: [TimelineEntry]) -> [RequirementSpell] {
        var spells: [RequirementSpell] = []
        for entry in timeline {
            if isUnmet(entry.status) {
                if spells.last.map({ $0.until == nil }) != true {
                    spells.append(RequirementSpell(from: entry.from, until: nil, status: entry.status))
                }
            } else if let last = spells.indices.last, spells[last].until == nil {
                spells[last].until = entry.from
            }
        }
        return spells
    }

    /// `result` with `lapsed` on every day some requirement is unmet, and its own status on the others.
    static func suspend(_ result: ReadingAssessment, during unmet: [(id: String, spells: [RequirementSpell])]) -> ReadingAssessment {
        func own(on day: Day) -> Status { result.timeline.last { $0.from <= day }?.status ?? .pending }
        func cause(on day: Day) -> (id: String, spell: RequirementSpell)? {
            for requirement in unmet {
                if let spell = requirement.spells.first(where: { $0.from <= day && ($0.until.map { day < $0 } ?? true) }) {
                    return (requirement.id, spell)
                }
            }
            return nil
        }
        var days = Set(result.timeline.map(\.from))
        for requirement in unmet {
            for spell in requirement.spells {
                days.insert(spell.from)
                if let until = spell.until { days.insert(until) }
            }
        }
        let origin = result.timeline.first?.from
        var timeline: [TimelineEntry] = []
        for day in days.sorted() where origin.map({ day >= $0 }) ?? true {
            let status = cause(on: day) == nil ? own(on: day) : .lapsed
            if timeline.last?.status != status { timeline.append(TimelineEntry(from: day, status: status)) }
        }
        var suspended = result
        suspended.timeline = timeline
        suspended.status = timeline.last?.status ?? result.status
        let last = timeline.last?.from ?? result.timeline.last?.from
        if let last, let current = cause(on: last) {
            suspended.reason = "lapsed: requires '\(current.id)', \(current.spell.status.rawValue) from \(current.spell.from)"
        } else if let resumed = unmet.flatMap({ requirement in requirement.spells.compactMap { $0.until.map { (requirement.id, $0) } } })
            .max(by: { $0.1 < $1.1 })
        {
            suspended.reason = "resumed on \(resumed.1) when '\(resumed.0)' was met again; \(result.reason)"
        }
        return suspended
    }
}
