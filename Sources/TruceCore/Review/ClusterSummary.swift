public import TruceModel

/// One line saying what a review cluster reports, for lists and documents on every front end:
/// `2020-03-04  Taliban → Afghan forces  190 Battles  Helmand, Afghanistan, 4 killed`.
public enum ClusterSummary {
    /// What the cluster reports, from its draft when it has one, else from its first report.
    public static func text(of cluster: ReviewCluster) -> String {
        switch cluster.draft() {
        case .success(.event(let e)):
            let who = [e.actor1.name ?? "?", e.actor2.name].compactMap { $0 }.joined(separator: " → ")
            let place = [e.location.place, e.location.admin1, e.location.country.isEmpty ? nil : e.location.country].compactMap { $0 }
            let deaths = e.fatalities.best.map { ", \($0) killed" } ?? ""
            return "\(dateText(e.date))  \(who)  \(e.type.cameo ?? "") \(e.type.event)  \(place.joined(separator: ", "))\(deaths)"
        case .success(.claim(let c)):
            return "\(c.date.iso)  \(c.speaker): “\(c.quote)”"
        case .success(.observation(let o)):
            return "\(o.date.iso)  \(o.indicator) = \(number(o.value))\(o.actor.map { " (\($0))" } ?? "")\(cluster.isAct ? "" : " target")"
        case .failure:
            guard let report = cluster.reports.first else { return "(no reports)" }
            switch report.record {
            case .event(let e):
                let who = [e.actor1?.name ?? "?", e.actor2?.name].compactMap { $0 }.joined(separator: " → ")
                return "\(report.date.map(dateText) ?? "?")  \(who)  \(e.code)  \(e.location.admin1 ?? e.location.place ?? "")"
            case .claim(let c): return "\(c.speaker): “\(c.quote)”"
            case .figure(let f): return "\(f.indicator) = \(number(f.value))"
            }
        }
    }

    /// A date span as `YYYY-MM-DD`, or `FROM..TO` when it spans days.
    public static func dateText(_ span: DateSpan) -> String {
        span.earliest == span.latest ? span.earliest.iso : "\(span.earliest.iso)..\(span.latest.iso)"
    }

    /// A coded date as `YYYY-MM-DD`, or `FROM..TO` when it spans days.
    public static func dateText(_ date: ResolvedDate) -> String {
        date.isSingleDay ? date.earliest.iso : "\(date.earliest.iso)..\(date.latest.iso)"
    }

    /// A number without a fraction when it has none.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
