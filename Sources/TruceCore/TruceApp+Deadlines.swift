public import TruceModel

/// A provision's deadline and how it stands.
public struct Deadline: Hashable, Sendable {
    /// Whether a deadline is still to come, was missed, or was met.
    public enum State: String, Hashable, Sendable, Codable {
        /// Due on or after the day asked about.
        case upcoming
        /// Past, and the provision is not complied with (overdue, violated, lapsed, disputed, ...).
        case missed
        /// Past, and complied with (on time, late, or as declared).
        case met
    }
    /// The agreement's id.
    public var agreement: String
    /// The agreement's title.
    public var title: String
    /// The provision's id.
    public var provision: String
    /// The provision's text.
    public var text: String
    /// The day it is due.
    public var due: Day
    /// The provision's status as of the day asked about.
    public var status: Status
    /// Upcoming, missed or met.
    public var state: State
}

extension TruceApp {
    /// The deadline of every provision that has one, across `agreements`, with each provision's status
    /// as of `asOf` (an agreement signed later is assessed as of its signing), ordered by due day.
    public func deadlines(of agreements: [Agreement], asOf: Day) async throws -> [Deadline] {
        var deadlines: [Deadline] = []
        for agreement in agreements {
            let dated = agreement.provisions.compactMap { provision in
                (try? agreement.dueDay(of: provision)).flatMap { $0 }.map { (provision, $0) }
            }
            guard !dated.isEmpty else { continue }
            let assessment = try await assess(
                AssessmentRequest(agreement: agreement, asOf: max(asOf, agreement.signed), registerActors: false))
            for (provision, due) in dated {
                let status = assessment.provision(provision.id)?.status ?? .pending
                let met: Set<Status> = [.complied, .compliedLate, .declared]
                let state: Deadline.State = due >= asOf ? .upcoming : (met.contains(status) ? .met : .missed)
                deadlines.append(
                    Deadline(
                        agreement: agreement.id, title: agreement.title, provision: provision.id, text: provision.text, due: due,
                        status: status, state: state))
            }
        }
        return deadlines.sorted { ($0.due, $0.agreement, $0.provision) < ($1.due, $1.agreement, $1.provision) }
    }
}
