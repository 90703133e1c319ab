import TruceCore
import TruceFormats
import TruceModel

/// How `truce code` prints a coding result for people; the JSON is the core's ``CodeDocument``.
enum CodeText {
    /// A table of events for people, then claims, figures and commitments as lines, fitting `width` columns.
    static func table(_ result: CodingResult, article: Article, file: String, width: Int) -> String {
        var lines: [String] = []
        let date = article.publicationDate?.iso ?? "no date"
        let heading = " — \(article.headline ?? "(no headline)") — published \(date)"
        // A long path gives way first: its file name is what tells the articles of a batch apart.
        let shownFile = file.count + heading.count > width ? "…/" + (file.split(separator: "/").last.map(String.init) ?? file) : file
        lines.append(fitted(shownFile + heading, width: width))
        if result.events.isEmpty {
            lines.append("no events")
        } else {
            var table = TextTable(["DATE", "ACTORS", "CODE/TYPE", "PLACE", "DEAD", "HELD", "MODALITY", "CONF"])
            for event in result.events {
                let actors = [event.actor1?.name ?? "?", event.actor2?.name ?? "?"].joined(separator: "→")
                let dead = event.fatalities.best ?? event.fatalities.low
                table.add([
                    event.date?.earliest.iso ?? "", String(actors.prefix(24)),
                    String((event.code + " " + (event.acledSubEventType ?? event.plover ?? "")).prefix(22)),
                    String((event.location.admin1 ?? event.location.country ?? "").prefix(14)), dead.map(String.init) ?? "",
                    event.detained.map(String.init) ?? "", event.modality.rawValue, String(format2(event.confidence)),
                ])
            }
            lines.append(table.render(width: width))
        }
        for claim in result.claims {
            let line = "claim: \(claim.speaker) \(claim.verb): “\(claim.quote)”" + (claim.modality == .done ? "" : " [\(claim.modality.rawValue)]")
            lines.append(fitted(line, width: width))
        }
        for figure in result.figures {
            let when = figure.refersTo.map { $0.isSingleDay ? $0.earliest.iso : "\($0.earliest.iso)…\($0.latest.iso)" } ?? "?"
            lines.append(
                fitted("figure: \(figure.indicator) = \(JSONValue.double(figure.value).text) (\(figure.kind.rawValue), \(when))", width: width))
        }
        for commitment in result.commitments {
            lines.append(fitted(commitmentLine(commitment), width: width))
        }
        return lines.joined(separator: "\n")
    }

    /// `commitment: TALIBAN will release (release, due 2020-03-10 "by 10 March" → prisoners-1000) [0.85] up to 1,000 prisoners`:
    /// what a reader needs first, the object last, where a narrow terminal cuts it.
    static func commitmentLine(_ commitment: CodedCommitment) -> String {
        var what = [commitment.act.rawValue]
        if commitment.negated { what.append("prohibition") }
        if commitment.strength == .recommendation { what.append("recommendation") }
        if let deadline = commitment.deadline { what.append("due \(deadline.due.iso) “\(deadline.text)”") }
        var line = "commitment: \(commitment.obligor?.name ?? "?") \(commitment.modal) \(commitment.verb) (\(what.joined(separator: ", "))"
        if !commitment.provisions.isEmpty { line += " → \(commitment.provisions.joined(separator: ", "))" }
        line += ") [\(format2(commitment.confidence))]"
        if let object = commitment.object { line += " \(object)" }
        return line
    }

    private static func fitted(_ line: String, width: Int) -> String {
        line.count > width ? String(line.prefix(width - 1)) + "…" : line
    }

    private static func format2(_ value: Double) -> String { JSONValue.rounded(value, places: 2).text }
}
