import TruceCoder
import TruceCore
import TruceModel

/// How review clusters read as text: one line in a list, a page in detail. Shared by
/// `truce review list/show` and the interactive screen.
enum ReviewText {
    /// `#12 event pending 3× 2020-03-04 Taliban → United States 190 Battles, Helmand`.
    static func line(_ cluster: ReviewCluster) -> String {
        var parts = ["#\(cluster.id)", cluster.kind.rawValue, stateLabel(cluster), "\(cluster.reports.count)×"]
        parts.append(ClusterSummary.text(of: cluster))
        return parts.joined(separator: "  ")
    }

    static func stateLabel(_ cluster: ReviewCluster) -> String {
        switch cluster.state {
        case .merged: "merged→#\(cluster.mergedInto ?? 0)"
        case .pending where !cluster.isAct: "pending (\(cluster.modality.rawValue))"
        default: cluster.state.rawValue
        }
    }

    /// The detail page: the record accepting would write, the edits, then every report with its sentence.
    static func page(_ cluster: ReviewCluster, width: Int) -> [String] {
        var lines = ["Cluster #\(cluster.id) · \(cluster.kind.rawValue) · \(stateLabel(cluster)) · \(cluster.reports.count) report(s)"]
        if let key = cluster.evidenceKey {
            lines.append("Accepted as \(cluster.evidenceTable ?? "") \(key) by \(cluster.reviewer ?? "?") at \(cluster.reviewedAt ?? "?")")
        } else if cluster.state == .rejected {
            lines.append("Rejected by \(cluster.reviewer ?? "?") at \(cluster.reviewedAt ?? "?")\(cluster.note.map { ": \($0)" } ?? "")")
        }
        lines.append("")
        switch cluster.draft() {
        case .success(let record):
            lines.append(cluster.state == .accepted ? "Recorded:" : "Accepting records:")
            lines += fields(record).map { "  " + $0.0.padding(to: 12) + $0.1 }
        case .failure(let error):
            lines.append("Cannot be accepted yet: \(error.message)")
        }
        if cluster.kind == .event, cluster.state == .pending {
            // The choice of event_type offered: a statement is never offered an armed-conflict type.
            let statement = cluster.eventCode.map(EventTypeChoice.isStatement(code:)) ?? false
            lines.append(
                "  types       " + cluster.offeredEventTypes.joined(separator: ", ")
                    + (statement ? " (CAMEO \(cluster.eventCode ?? "") is a statement: no armed-conflict type)" : ""))
        }
        if !cluster.isAct { lines.append("  Not an act (\(cluster.modality.rawValue)): accepting needs --allow-non-act (A on the screen).") }
        if !cluster.edits.isEmpty {
            lines.append("  edits       " + cluster.edits.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
        }
        lines.append("")
        lines.append("Reports:")
        for (index, report) in cluster.reports.enumerated() {
            let a = report.article
            let head = [a.source ?? a.origin, a.publicationDate?.iso, a.headline.map { "“\($0)”" }].compactMap { $0 }.joined(separator: " · ")
            lines.append("\(index + 1). \(head) · confidence \(ClusterSummary.number(report.confidence))")
            lines += wrap("“\(report.sentence)”", width: width - 4).map { "    " + $0 }
            lines += wrap("coded: " + coded(report), width: width - 4).map { "    " + $0 }
        }
        return lines
    }

    /// What the coder read in one report, with the words that named each actor, so a
    /// reviewer sees where reports disagree.
    static func coded(_ report: ReviewReport) -> String {
        func actor(_ actor: CodedActor?) -> String {
            guard let actor else { return "?" }
            return actor.text.isEmpty || actor.text == actor.name ? actor.name : "\(actor.name) (“\(actor.text)”)"
        }
        var parts: [String] = []
        switch report.record {
        case .event(let e):
            parts.append("\(actor(e.actor1)) → \(actor(e.actor2))")
            parts.append([e.code, e.acledSubEventType ?? e.acledEventType].compactMap { $0 }.joined(separator: " "))
            if let date = report.date { parts.append(ClusterSummary.dateText(date)) }
            let place = [e.location.place, e.location.admin1, e.location.country].compactMap { $0 }
            if !place.isEmpty { parts.append(place.joined(separator: ", ")) }
            let f = e.fatalities
            if f.low != nil || f.best != nil || f.high != nil {
                parts.append("killed \(f.low.map(String.init) ?? "?")/\(f.best.map(String.init) ?? "?")/\(f.high.map(String.init) ?? "?")")
            }
            if let count = e.count { parts.append("\(count) acts") }
            if let detained = e.detained { parts.append("\(detained) detained") }
        case .claim(let c):
            parts.append("\(c.speaker) \(c.verb)")
            if let about = c.aboutProvision { parts.append("about \(about)") }
        case .figure(let f):
            parts.append("\(f.indicator) = \(ClusterSummary.number(f.value)) (\(f.kind.rawValue))")
            if let actor = f.actor { parts.append(actor.name) }
            if let date = f.refersTo { parts.append(ClusterSummary.dateText(date)) }
        }
        if report.modality != .done { parts.append(report.modality.rawValue) }
        return parts.joined(separator: " · ")
    }

    static func fields(_ record: EvidenceRecord) -> [(String, String)] {
        switch record {
        case .event(let e):
            let f = e.fatalities
            return [
                ("date", "\(ClusterSummary.dateText(e.date)) (\(e.date.precision.rawValue))"),
                ("actor1", e.actor1.name ?? "—"), ("actor2", e.actor2.name ?? "—"),
                ("code", "\(e.type.cameo ?? "—")  \(e.type.event)\(e.type.subEvent.map { " / \($0)" } ?? "")"),
                (
                    "location",
                    [e.location.place, e.location.admin1, e.location.country].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                ),
                ("fatalities", "low \(f.low.map(String.init) ?? "—") best \(f.best.map(String.init) ?? "—") high \(f.high.map(String.init) ?? "—")"),
                ("modality", e.attributes["modality"] ?? "done"), ("sources", e.sources.joined(separator: "; ")),
                ("key", "\(e.dataset) \(e.key)"),
            ]
        case .claim(let c):
            return [
                ("date", c.date.iso), ("speaker", c.speaker + (c.speakerActor.map { " (\($0))" } ?? "")), ("quote", c.quote),
                ("provision", c.aboutProvision ?? "—"), ("modality", c.modality.rawValue), ("source", c.source), ("key", c.key),
            ]
        case .observation(let o):
            return [
                ("date", o.date.iso), ("indicator", o.indicator), ("value", ClusterSummary.number(o.value)), ("actor", o.actor ?? "—"),
                ("source", o.source), ("key", o.key),
            ]
        }
    }

    /// Words wrapped to `width` columns; a word longer than a line is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(10, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > limit {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(limit)))
                word = String(word.dropFirst(limit))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
