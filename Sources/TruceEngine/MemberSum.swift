import TruceModel

/// Sums the judgements of a provision that binds `each` of several actors into one reading.
enum MemberSum {
    /// Worst first: on a day, the sum is the status of its worst member ("violated by 1 of 3").
    static let severity: [Status] = [.violated, .overdue, .lapsed, .disputed, .inconclusive, .pending, .compliedLate, .complied]

    static func combine(_ members: [(member: String, result: ReadingAssessment)], reading: String) -> ReadingAssessment {
        func status(of result: ReadingAssessment, on day: Day) -> Status {
            result.timeline.last { $0.from <= day }?.status ?? .pending
        }
        let days = Set(members.flatMap { $0.result.timeline.map(\.from) }).sorted()
        var timeline: [TimelineEntry] = []
        for day in days {
            let statuses = members.map { status(of: $0.result, on: day) }
            let sum = worst(statuses)
            if timeline.last?.status != sum { timeline.append(TimelineEntry(from: day, status: sum)) }
        }
        let finals = members.map(\.result.status)
        var seen = Set<String>()
        let evidence = members.flatMap(\.result.evidence).filter { seen.insert("\($0.kind.rawValue) \($0.id) \($0.role)").inserted }
        return ReadingAssessment(
            reading: reading, status: worst(finals), timeline: timeline, reason: reason(members), evidence: evidence,
            members: members.map {
                MemberAssessment(member: $0.member, status: $0.result.status, timeline: $0.result.timeline, reason: $0.result.reason)
            }
        )
    }

    static func worst(_ statuses: [Status]) -> Status {
        severity.first { statuses.contains($0) } ?? .pending
    }

    /// "complied by 2 of 3 (A, B); overdue: C".
    private static func reason(_ members: [(member: String, result: ReadingAssessment)]) -> String {
        let total = members.count
        var parts: [String] = []
        for status in severity.reversed() {
            let names = members.filter { $0.result.status == status }.map(\.member)
            guard !names.isEmpty else { continue }
            parts.append("\(status.rawValue) by \(names.count) of \(total) (\(names.joined(separator: ", ")))")
        }
        return parts.joined(separator: "; ")
    }
}
