import TruceModel

/// Assessments for people: a terminal table, Markdown, and the evidence behind one provision.
enum AssessmentRenderer {
    static func table(_ assessment: Assessment, title: String, width: Int) -> String {
        var table = TextTable(["PROVISION", "KIND", "STATUS", "READING", "READING STATUS", "EVIDENCE", "WHY"])
        for provision in assessment.provisions {
            for (index, reading) in provision.readings.enumerated() {
                table.add([
                    index == 0 ? provision.id : "", index == 0 ? provision.kind : "", index == 0 ? provision.status.rawValue : "",
                    reading.reading, reading.status.rawValue, String(reading.evidence.count), reading.reason,
                ])
            }
        }
        var out = "\(assessment.agreement) · \(title) · as of \(assessment.asOf)\n\n"
        if let ended = assessment.ended { out += "Ended on \(ended.day): \(ended.reason) Judged as of that day.\n\n" }
        out += table.render(width: width) + "\n\n" + summary(assessment)
        return out
    }

    static func summary(_ assessment: Assessment) -> String {
        var counts: [Status: Int] = [:]
        for provision in assessment.provisions { counts[provision.status, default: 0] += 1 }
        let parts = Status.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        var line = "\(assessment.provisions.count) provisions: " + parts.joined(separator: ", ") + "."
        if assessment.isAlarming { line += " A provision or reading is violated or overdue (exit code 3)." }
        return line + "\nSee the evidence behind one: --explain PROVISION."
    }

    static func markdown(_ assessment: Assessment, title: String) -> String {
        var out = "# \(title)\n\nAgreement `\(assessment.agreement)`, assessed as of \(assessment.asOf).\n\n"
        if let ended = assessment.ended { out += "Ended on \(ended.day): \(ended.reason) Judged as of that day.\n\n" }
        out += "| Provision | Kind | Status | Reading | Reading status | Evidence | Why |\n|---|---|---|---|---|---|---|\n"
        for provision in assessment.provisions {
            for (index, reading) in provision.readings.enumerated() {
                let cells = [
                    index == 0 ? "`\(provision.id)`" : "", index == 0 ? provision.kind : "", index == 0 ? "**\(provision.status.rawValue)**" : "",
                    reading.reading, reading.status.rawValue, String(reading.evidence.count), reading.reason,
                ]
                out += "| " + cells.map(escapeCell).joined(separator: " | ") + " |\n"
            }
        }
        out += "\n"
        for provision in assessment.provisions where provision.readings.contains(where: { !$0.evidence.isEmpty }) {
            out += "## `\(provision.id)` — \(provision.status.rawValue)\n\n\(provision.text)\n\n"
            for reading in provision.readings {
                out += "- Reading **\(reading.reading)**: \(reading.status.rawValue) — \(escapeCell(reading.reason))\n"
                for item in reading.evidence {
                    out += "  - \(item.date) \(item.kind.rawValue) `\(item.id)` (\(item.role)): \(escapeCell(item.summary))"
                    if !item.sources.isEmpty { out += " — \(item.sources.joined(separator: "; "))" }
                    out += "\n"
                }
            }
            out += "\n"
        }
        if let statements = assessment.statements {
            out += "## Statements about the agreement as a whole\n\n"
            for item in statements {
                out += "- \(item.date) `\(item.id)`: \(escapeCell(item.summary))"
                if !item.sources.isEmpty { out += " — \(item.sources.joined(separator: "; "))" }
                out += "\n"
            }
            out += "\n"
        }
        if let warnings = assessment.warnings {
            out += "## Warnings\n\n" + warnings.map { "- \(escapeCell($0))\n" }.joined() + "\n"
        }
        return out
    }

    static func explain(_ provision: ProvisionAssessment) -> String {
        var out = "\(provision.id) (\(provision.kind)): \(provision.status.rawValue)\n"
        out += wrap(provision.text.replacingNewlines(), indent: "  ", width: 100) + "\n"
        for reading in provision.readings {
            out += "\n  reading \(reading.reading): \(reading.status.rawValue) — \(reading.reason)\n"
            let steps = reading.timeline.map { "\($0.from) \($0.status.rawValue)" }.joined(separator: " → ")
            out += "    timeline: \(steps)\n"
            if let test = reading.test {
                out += "    test: \(test.windowCount) in the window / \(test.windowDays) days vs \(test.baselineCount) / \(test.baselineDays) days\n"
            }
            if reading.evidence.isEmpty {
                out += "    evidence: none\n"
                continue
            }
            out += "    evidence (\(reading.evidence.count)):\n"
            for item in reading.evidence {
                var line = "      \(item.date)  \(item.kind.rawValue.padding(to: 11)) \(item.id)  [\(item.role)] \(item.summary.replacingNewlines())"
                if !item.sources.isEmpty { line += " — \(item.sources.joined(separator: "; "))" }
                if let provenance = item.provenance { line += " (\(provenance.file):\(provenance.line))" }
                out += line + "\n"
            }
        }
        return out
    }

    private static func escapeCell(_ text: String) -> String {
        text.replacingNewlines().split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    private static func wrap(_ text: String, indent: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width - indent.count {
                lines.append(indent + current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines.joined(separator: "\n")
    }
}
