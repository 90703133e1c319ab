public import TruceModel

/// An agreement file (format v1, `docs/agreement-format.md`) started from one
/// row of the PA-X agreements CSV: the id, title, signing date, parties and
/// third parties as actors, the PA-X metadata in comments, one placeholder
/// provision so that the file loads as written, and a commented stub for each
/// PA-X provision topic coded in the agreement (``PAXCategories``).
///
/// **The stub format.** Each stub is a provision whose lines start with
/// ``stubMarker`` (`#| `) after the indentation, with ``actorPlaceholder``,
/// ``datePlaceholder`` and ``numberPlaceholder`` where a value is missing. To
/// use a stub, delete the marker from its lines and replace the placeholders:
/// `sed -e 's/^\( *\)#| /\1/' -e 's/FILL_ACTOR/USA/g' …` turns every stub into
/// a provision that loads. A placeholder left in place is reported by the loader
/// (an unknown actor, a date or condition it cannot read).
///
/// Building the text is pure: no I/O.
public struct AgreementSkeleton: Sendable {
    /// What starts every line of a stub, after the indentation.
    public static let stubMarker = "#| "
    /// Where a stub needs an actor or group id.
    public static let actorPlaceholder = "FILL_ACTOR"
    /// Where a stub needs a date (`2020-03-10`, `signed + 135d`).
    public static let datePlaceholder = "FILL_DATE"
    /// Where a stub needs a number (in a condition).
    public static let numberPlaceholder = "FILL_NUMBER"
    /// The id of the placeholder provision that lets the skeleton load before any stub is filled.
    public static let placeholderID = "todo-placeholder"
    /// At most this many actors are taken from each of `Part` and `ThrdPart`; the
    /// rest stay in the comment that quotes the cell.
    public static let maximumActorsPerCell = 40

    /// The row the skeleton is written from.
    public let row: PAXAgreementRow
    /// The agreement id: the name's first words, slugged, then `pax-` and the AgtId.
    public let id: String
    /// The title (`Agt`, on one line).
    public let title: String
    public let signed: Day
    /// The signatories found in `Part`; one `SIGNATORY_TODO` actor when none could be.
    public let parties: [PAXSignatory]
    /// The third parties found in `ThrdPart` (actors, not parties).
    public let thirdParties: [PAXSignatory]
    /// The topics coded as present, in ``PAXCategories/all`` order: one stub each.
    public let categories: [PAXCategory]
    /// How many names each cell had beyond ``maximumActorsPerCell``.
    public let omittedParties: Int
    public let omittedThirdParties: Int

    /// Prepares the skeleton of `row`.
    ///
    /// - Throws: `TruceError` naming the file, line and `Dat` when the date is not one Truce can read.
    public init(row: PAXAgreementRow) throws {
        guard let signed = row.signed else {
            let shown = row.date.isEmpty ? "the cell is empty" : "'\(row.date)' is not a date Truce can read"
            throw TruceError(
                .invalidInput,
                "agreement \(row.agtId) has no signing date: \(shown); write it as YYYY-MM-DD (or 29/02/2020, 29 February 2020) and run again",
                at: SourceLocation(file: row.file, line: row.line, field: "Dat"))
        }
        self.row = row
        self.signed = signed
        title = YAMLText.oneLine(row.name).isEmpty ? "PA-X agreement \(row.agtId)" : YAMLText.oneLine(row.name)
        id = Self.agreementID(name: row.name, agtId: row.agtId)

        var found = PAXSignatories.parse(row.parties)
        omittedParties = max(0, found.count - Self.maximumActorsPerCell)
        found = Array(found.prefix(Self.maximumActorsPerCell))
        if found.isEmpty {
            found = [
                PAXSignatory(id: "SIGNATORY_TODO", name: "TODO: the signatories (Truce could not pick them out of PA-X's Part text)", aliases: [])
            ]
        }
        parties = found
        var third = PAXSignatories.parse(row.thirdParties)
        // A third party PA-X also lists as a signatory is one actor: the party.
        let partyNames = Set(found.map { $0.name.lowercased() })
        third = third.filter { !partyNames.contains($0.name.lowercased()) }
        omittedThirdParties = max(0, third.count - Self.maximumActorsPerCell)
        thirdParties = PAXSignatories.unique(Array(third.prefix(Self.maximumActorsPerCell)), avoiding: Set(found.map(\.id)))
        categories = PAXCategories.all.filter { row.isPresent($0) }
    }

    /// The agreement file.
    public var yaml: String {
        var lines = header()
        lines += [
            "truce: 1",
            "id: \(id)",
            "title: \(YAMLText.quoted(title))",
            "signed: \(signed.iso)",
            "parties: [\(parties.map(\.id).joined(separator: ", "))]",
            "",
            "actors:",
        ]
        lines += YAMLText.comment(
            "Signatories (PA-X Part). Add the names each goes by in event data (ACLED's actor names) to its aliases.", indent: "  ")
        lines += parties.flatMap(actorLines)
        if !thirdParties.isEmpty {
            lines += YAMLText.comment("Third parties (PA-X ThrdPart): witnesses, guarantors, mediators; actors, not parties.", indent: "  ")
            lines += thirdParties.flatMap(actorLines)
        }
        lines += ["", "provisions:"]
        lines += placeholderLines()
        lines += stubLines()
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts of the file

    private func header() -> [String] {
        var lines = YAMLText.comment("\(title)")
        lines.append("#")
        lines += YAMLText.comment(
            "An agreement skeleton written by `truce agreement new` from PA-X, the Peace Agreements Database, agreement \(row.agtId).")
        lines.append("#")
        lines += YAMLText.comment(
            "CHECK EVERYTHING BELOW AGAINST THE TEXT OF THE AGREEMENT ITSELF. PA-X records which topics an agreement addresses; "
                + "what is promised, by whom, by when and how much must come from the text, and so must the parties' names.")
        lines.append("#   Text (PDF):  https://www.peaceagreements.org/masterdocument/\(row.agtId)")
        lines.append("#   PA-X record: https://www.peaceagreements.org/view/\(row.agtId)")
        lines.append("#")
        lines.append("# PA-X metadata (\(row.file), line \(row.line)):")
        let metadata: [(String, String?)] = [
            ("AgtId", "\(row.agtId)" + (row["Ver"].map { " (version \($0))" } ?? "")),
            ("Agt", row.name),
            ("Dat", row.date),
            ("Con", row["Con"]),
            ("Contp", row["Contp"]),
            ("Reg", row["Reg"]),
            ("PP", [row["PP"], row["PPName"]].compactMap { $0 }.joined(separator: ", ")),
            ("Agtp", row["Agtp"]),
            ("Stage", row["Stage"].map { stage in Self.stageNames[stage].map { "\(stage) (\($0))" } ?? stage }),
            ("StageSub", row["StageSub"]),
            ("Status", row["Status"]),
            ("Lgt", row["Lgt"].map { "\($0) (length in pages)" }),
        ]
        for (name, value) in metadata {
            let text = YAMLText.oneLine(value ?? "")
            lines += YAMLText.comment("\(name): \(text.isEmpty ? "(empty)" : text)").map { "#  " + $0.dropFirst() }
        }
        lines.append("#")
        lines += quoted("Signatories as PA-X writes them (Part)", row.parties, omitted: omittedParties)
        lines += quoted("Third parties as PA-X writes them (ThrdPart)", row.thirdParties, omitted: omittedThirdParties)
        lines.append("#")
        lines += YAMLText.comment(
            "PA-X data are used with citation: Bell, C. and Badanjak, S. (2019), Introducing PA-X: A new peace agreement database "
                + "and dataset, Journal of Peace Research 56(3); peaceagreements.org.")
        lines.append("")
        return lines
    }

    /// A comment quoting a free-text cell line by line.
    private func quoted(_ label: String, _ text: String, omitted: Int) -> [String] {
        let cellLines = text.split(whereSeparator: \.isNewline).map { YAMLText.oneLine(String($0)) }.filter { !$0.isEmpty }
        guard !cellLines.isEmpty else { return ["# \(label): none"] }
        var lines = ["# \(label):"]
        for line in cellLines { lines += YAMLText.comment(line).map { "#  " + $0.dropFirst() } }
        if omitted > 0 {
            lines += YAMLText.comment(
                "(\(omitted) more names than the \(Self.maximumActorsPerCell) made actors below; add those the provisions need.)")
        }
        return lines
    }

    private func actorLines(_ actor: PAXSignatory) -> [String] {
        var lines = ["  \(actor.id):", "    name: \(YAMLText.quoted(YAMLText.oneLine(actor.name)))"]
        if !actor.aliases.isEmpty {
            lines.append("    aliases:")
            lines += actor.aliases.map { "      - \(YAMLText.quoted(YAMLText.oneLine($0)))" }
        }
        return lines
    }

    private func placeholderLines() -> [String] {
        var lines = YAMLText.comment(
            "TODO: a placeholder, so that this file loads as written (an agreement needs at least one provision). "
                + "Replace it with a provision of the agreement, or delete it once a stub below is filled in.", indent: "  ")
        lines += [
            "  - id: \(Self.placeholderID)",
            "    text: \"TODO: placeholder, not a provision of the agreement; replace or delete it\"",
            "    kind: obligation",
            "    due: signed",
            "    observation:",
            "      indicator: todo_placeholder",
            "      condition: \">= 1\"",
        ]
        return lines
    }

    private func stubLines() -> [String] {
        var lines = [""]
        guard !categories.isEmpty else {
            lines += YAMLText.comment(
                "PA-X codes none of the topics Truce writes stubs for in this agreement: write its provisions from the text.", indent: "  ")
            return lines
        }
        let actorIDs = (parties + thirdParties).map(\.id)
        let shownIDs = actorIDs.count > 8 ? actorIDs.prefix(8).joined(separator: ", ") + ", …" : actorIDs.joined(separator: ", ")
        lines += YAMLText.comment(
            "Provision stubs: one for each PA-X topic coded in this agreement (\(categories.count)). To use one, delete \"#| \" "
                + "from its lines, replace \(Self.actorPlaceholder) with actor ids defined above (\(shownIDs)), "
                + "\(Self.datePlaceholder) with a date (\(signed.adding(days: 10).iso), signed + 135d) and \(Self.numberPlaceholder) "
                + "with a number, and write the text as the agreement states it. A stub is only a suggestion: change its kind, "
                + "split it into several provisions, or delete it (docs/agreement-format.md).", indent: "  ")
        for category in categories {
            lines.append("")
            lines += stub(category)
        }
        let absent = PAXCategories.all.filter { !categories.contains($0) }.map(\.id)
        if !absent.isEmpty {
            lines.append("")
            lines += YAMLText.comment("Topics PA-X does not code in this agreement: \(absent.joined(separator: ", ")).", indent: "  ")
        }
        return lines
    }

    /// The comment and commented provision for one topic.
    private func stub(_ category: PAXCategory) -> [String] {
        let values = category.columns.map { column in
            let value = row[column.name] ?? "0"
            let note = column.countsAsPresence ? "" : ", the source of the text: not a topic"
            return "\(column.name)=\(YAMLText.oneLine(value)) (\(column.scale.description)\(note))"
        }
        var lines = YAMLText.comment("\(category.title). PA-X: \(values.joined(separator: ", ")).", indent: "  ")
        lines += YAMLText.comment(
            "Suggested: \(category.stub.kind) — \(category.advice). Fill: \(category.stub.keysToFill.joined(separator: ", ")).",
            indent: "  ")
        let actor = Self.actorPlaceholder
        var body = [
            "- id: \(category.id)",
            "  text: \(YAMLText.quoted("TODO: what the agreement says on \(category.title.lowercased()), verbatim or paraphrased"))",
            "  kind: \(category.stub.kind)",
            "  bound: [\(actor)]",
        ]
        switch category.stub {
        case .prohibition(let between, let eventTypes):
            body += ["  start: signed", "  scope:"]
            body += between ? ["    between: [[\(actor)], [\(actor)]]"] : ["    actor1: [\(actor)]", "    actor2: [\(actor)]"]
            body.append("    event_types: [\(eventTypes.joined(separator: ", "))]")
        case .obligation(let indicator):
            body += [
                "  due: \(Self.datePlaceholder)", "  observation:", "    indicator: \(indicator)", "    actor: \(actor)",
                "    condition: \">= \(Self.numberPlaceholder)\"",
            ]
        case .target(let indicator, let comparison):
            body += [
                "  due: \(Self.datePlaceholder)", "  indicator: \(indicator)", "  actor: \(actor)",
                "  condition: \"\(comparison) \(Self.numberPlaceholder)\"",
            ]
        }
        return lines + body.map { "  " + Self.stubMarker + $0 }
    }

    // MARK: - Names

    /// PA-X's stage codes (`Stage`), as the codebook names them.
    static let stageNames = [
        "Pre": "Pre-negotiation/process", "SubPar": "Framework-substantive, partial", "SubComp": "Framework-substantive, comprehensive",
        "Imp": "Implementation/renegotiation", "Ren": "Renewal", "Cea": "Ceasefire/related", "Oth": "Other",
    ]

    /// `agreement-bringing-peace-afghanistan-pax-2271`: up to four words of the name,
    /// lowercase ASCII without small words, then `pax-` and the AgtId.
    static func agreementID(name: String, agtId: Int) -> String {
        let small: Set<String> = [
            "the", "of", "and", "for", "to", "on", "in", "a", "an", "between", "de", "la", "le", "les", "du", "des", "et", "y", "el",
        ]
        var slug = ""
        for word in PAXSignatories.asciiWords(name).map({ $0.lowercased() }) where !small.contains(word) {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 40 || next.split(separator: "-").count > 4 { break }
            slug = next
        }
        return slug.isEmpty ? "pax-\(agtId)" : "\(slug)-pax-\(agtId)"
    }
}
