import TruceModel

/// Judges a provision whose deadline later arrangements moved: under each deadline for the days it
/// applied — the original until the first extension was agreed, then each extension from the day it
/// was agreed — so that one timeline shows both ("overdue from 16 November, pending again from the
/// extension of 20 November, complied on the 25th").
enum DeadlineExtensions {
    static func judge(
        _ provision: Provision, asOf: Day, judge: (Provision) throws -> ReadingAssessment
    ) throws -> ReadingAssessment {
        let applied = provision.extensions.filter { $0.agreed <= asOf }.sorted { $0.agreed < $1.agreed }
        var periods: [(from: Day?, result: ReadingAssessment)] = [(nil, try judge(provision))]
        for moved in applied {
            periods.append((moved.agreed, try judge(provision.due(moved.due))))
        }
        guard periods.count > 1, var spliced = periods.last?.result else { return periods[0].result }
        var timeline: [TimelineEntry] = []
        for (index, period) in periods.enumerated() {
            let until = index + 1 < periods.count ? periods[index + 1].from : nil
            let entries = period.result.timeline.filter { entry in
                (period.from.map { entry.from > $0 } ?? true) && (until.map { entry.from < $0 } ?? true)
            }
            if let from = period.from {
                let status = period.result.timeline.last { $0.from <= from }?.status ?? .pending
                append(TimelineEntry(from: from, status: status), to: &timeline)
            }
            for entry in entries { append(entry, to: &timeline) }
        }
        spliced.timeline = timeline
        spliced.status = timeline.last?.status ?? spliced.status
        let moves = applied.map { "extended on \($0.agreed) to \($0.due) (\($0.by))" }.joined(separator: "; ")
        spliced.reason += "; \(moves)"
        return spliced
    }

    private static func append(_ entry: TimelineEntry, to timeline: inout [TimelineEntry]) {
        if timeline.last?.status != entry.status { timeline.append(entry) }
    }
}

extension Provision {
    /// The provision with its obligation's or target's deadline replaced by `due`.
    func due(_ due: DateExpression) -> Provision {
        var copy = self
        switch kind {
        case .obligation(var o):
            o.due = due
            copy.kind = .obligation(o)
        case .target(var t):
            t.due = due
            copy.kind = .target(t)
        case .prohibition, .rate, .maintain:
            break
        }
        return copy
    }
}
