import Foundation

/// Picks the actors out of PA-X's `Part` (signatories) and `ThrdPart` (third
/// parties) cells.
///
/// PA-X keeps these as written in the agreement: one party per line, a list
/// separated by `;` or commas, `On behalf of X:` headings followed by the
/// people who signed, notes in parentheses, French and Spanish headings. The
/// rules below recover one actor per party they can identify and leave the
/// rest to the analyst (the skeleton repeats the full text in a comment):
///
/// 1. Lines, then `;`-separated parts, each without list numbers (`1.`, `-`)
///    and signature marks (`Sd.`, `Sd/xxx`).
/// 2. `On behalf of X`, `In behalf of X`, `For X:`, `Pour X`, `Por X`,
///    `Au nom de X`, `Signed for X` name the party X; the lines after it, up to a
///    blank line or the next such heading, are the people who signed for X and
///    are not actors.
/// 3. `X: …` with a short X names the party X (`United Nations: Kofi Annan`),
///    unless X is a heading (`Ont signé:`, `Witnessed by:`, `source lists parties
///    as:`), when what follows it is read instead.
/// 4. `Witnessed by`, `Signed by`, `In the presence of` are dropped from the start.
/// 5. `Name, Panel Chair for the Government of X` names the government;
///    `Organisation, Mr Name` names the organisation.
/// 6. A part with two or more commas between short names is a list of names.
/// 7. `… known as the Taliban` gives the short name `Taliban` (its id and an alias);
///    an acronym in parentheses, `(RUF)`, gives the id.
/// 8. Parenthesised notes are removed; parts with more than 14 words or words of
///    a note (`stated`, `source`, `unsigned`, …) are notes, not actors.
public enum PAXSignatories {
    /// The actors named in `text`, in order of appearance, without repeats.
    /// Ids are unique within the result; ``unique(_:)`` makes them unique across lists.
    public static func parse(_ text: String) -> [PAXSignatory] {
        var found: [Candidate] = []
        var underHeading = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = collapse(String(rawLine))
            if line.isEmpty {
                underHeading = false
                continue
            }
            for piece in line.split(separator: ";") {
                read(stripMarkers(String(piece)), into: &found, underHeading: &underHeading)
            }
        }
        var seen = Set<String>()
        let signatories = found.compactMap { candidate -> PAXSignatory? in
            guard seen.insert(candidate.name.lowercased()).inserted else { return nil }
            var aliases = [candidate.name]
            if let short = candidate.shortName, short.lowercased() != candidate.name.lowercased() { aliases.append(short) }
            return PAXSignatory(id: identifier(for: candidate), name: candidate.name, aliases: aliases)
        }
        return unique(signatories)
    }

    /// The signatories with ids made unique (`_2`, `_3` …) against each other and `taken`, in order.
    public static func unique(_ signatories: [PAXSignatory], avoiding taken: Set<String> = []) -> [PAXSignatory] {
        var used = taken
        return signatories.map { signatory in
            var copy = signatory
            var number = 2
            while used.contains(copy.id) {
                copy.id = "\(signatory.id)_\(number)"
                number += 1
            }
            used.insert(copy.id)
            return copy
        }
    }

    // MARK: - Reading one part

    private struct Candidate {
        var name: String
        var shortName: String?
        var acronym: String?
    }

    private static func read(_ part: String, into found: inout [Candidate], underHeading: inout Bool) {
        var segment = part
        guard !segment.isEmpty else { return }
        if let colon = segment.firstIndex(of: ":") {
            let label = clean(String(segment[..<colon]))
            let body = String(segment[segment.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if let party = behalf(label) {
                for name in names(in: party) { add(name, to: &found) }
                underHeading = true
                return
            }
            if isHeading(label) || words(label).count > 6 || !label.contains(where: \.isLetter) {
                underHeading = false
                segment = body
            } else {
                add(label, to: &found)
                underHeading = true
                return
            }
        }
        if let party = behalf(segment) {
            for name in names(in: party) { add(name, to: &found) }
            underHeading = true
            return
        }
        segment = dropLeadingPhrase(segment)
        if segment.isEmpty || isHeading(segment) {
            underHeading = false
            return
        }
        if underHeading { return }
        // Notes first: a comma inside "(signed by X, President)" does not separate names.
        for name in names(in: removingNotes(segment).0) { add(name, to: &found) }
    }

    private static func add(_ text: String, to found: inout [Candidate]) {
        let (withoutNotes, acronym) = removingNotes(text)
        var name = clean(withoutNotes)
        var shortName: String?
        if let range = name.range(of: "known as ", options: .caseInsensitive) {
            var short = String(name[range.upperBound...])
            if let stop = short.firstIndex(where: { $0 == "," || $0 == ";" }) { short = String(short[..<stop]) }
            short = clean(short)
            for article in ["the ", "The "] where short.hasPrefix(article) { short = String(short.dropFirst(article.count)) }
            if short.contains(where: \.isLetter) { shortName = short }
        }
        name = name.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
        guard name.contains(where: \.isLetter) else { return }
        if shortName == nil {
            let lowered = asciiWords(name).map { $0.lowercased() }
            guard words(name).count <= 14, !lowered.contains(where: noteWords.contains) else { return }
        }
        found.append(Candidate(name: name, shortName: shortName, acronym: acronym))
    }

    /// The names in one part: a party named for a person, an organisation without its
    /// signer, or a comma list of short names.
    private static func names(in segment: String) -> [String] {
        let pieces = segment.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard pieces.count > 1, !segment.localizedCaseInsensitiveContains("known as") else { return [segment] }
        let afterFirst = pieces.dropFirst().joined(separator: ", ")
        for marker in [" on behalf of ", " for the ", " for ", " representing ", " representative of "] {
            if let range = (" " + afterFirst).range(of: marker, options: .caseInsensitive) {
                let rest = String((" " + afterFirst)[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                if let first = rest.first, first.isUppercase { return [rest] }
            }
        }
        // "Name, Coordinator, CPN (Maoists)": the organisations, without the people and their roles.
        let organisations = pieces.filter(isOrganisation)
        if !organisations.isEmpty { return organisations }
        if let last = pieces.last, startsWithHonorific(last) {
            return [pieces.dropLast().joined(separator: ", ")]
        }
        if pieces.count >= 3, pieces.allSatisfy({ words($0).count <= 6 }) { return pieces }
        return [segment]
    }

    // MARK: - Headings and phrases

    /// `On behalf of X` and its kin: X, or nil.
    private static func behalf(_ text: String) -> String? {
        let prefixes = [
            "for and on behalf of ", "on behalf of ", "in behalf of ", "signed on behalf of ", "signed for ", "au nom de ", "au nom du ",
            "pour ", "por ", "for ",
        ]
        let lowered = text.lowercased()
        for prefix in prefixes where lowered.hasPrefix(prefix) {
            let rest = clean(String(text.dropFirst(prefix.count)))
            return rest.contains(where: \.isLetter) && words(rest).count <= 12 ? rest : nil
        }
        return nil
    }

    /// Drops `Witnessed by`, `Signed by`, `In the presence of` and similar from the start.
    private static func dropLeadingPhrase(_ text: String) -> String {
        let phrases = ["witnessed by", "signed by", "in the presence of", "with the participation of", "witness", "signatories", "signed"]
        let lowered = text.lowercased()
        for phrase in phrases where lowered.hasPrefix(phrase + " ") || lowered == phrase {
            return clean(String(text.dropFirst(phrase.count)))
        }
        return text
    }

    /// A line that announces names rather than naming one: `POUR`, `Ont signé:`, `Witnessed by:`.
    private static func isHeading(_ text: String) -> Bool {
        let wordList = words(text.lowercased())
        guard !wordList.isEmpty else { return true }
        if wordList.count == 1, headingWords.contains(wordList[0]) { return true }
        let announces = wordList.contains { word in
            word.hasPrefix("sign") || word.hasPrefix("witness") || word.hasPrefix("témoin") || word.hasPrefix("temoin")
                || word == "lists" || word == "parties" || word == "following" || word == "firmantes"
        }
        return announces && wordList.count <= 8
    }

    private static let headingWords: Set<String> = [
        "pour", "for", "por", "between", "and", "et", "parties", "signatories", "signatures", "witnesses", "witness", "participants",
        "signed", "unsigned", "present",
    ]

    /// Words that mark a note about the signatories rather than a name.
    private static let noteWords: Set<String> = [
        "stated", "suggest", "suggests", "source", "sources", "according", "unsigned", "mentions", "mentioned", "note",
        "notes", "listed", "illegible", "unclear", "unknown", "were", "was", "is", "are", "page", "preamble",
        "participants", "members", "including", "within", "auspices", "framework",
    ]

    /// Whether a comma-separated piece names an organisation rather than a person or a role.
    private static func isOrganisation(_ text: String) -> Bool {
        let wordList = asciiWords(text)
        if wordList.contains(where: { organisationWords.contains($0.lowercased()) }) { return true }
        // An acronym in a piece that is not all capitals: "CPN (Maoists)", "GRP Negotiating Panel".
        // A person's name in capitals ("Mr GASORE ZEBEDE") is not one.
        let isShouting = !text.contains(where: \.isLowercase)
        guard !isShouting, !startsWithHonorific(text) else { return false }
        return wordList.contains { $0.count >= 2 && $0.count <= 5 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }

    private static let organisationWords: Set<String> = [
        "government", "gouvernement", "gobierno", "governo", "party", "parti", "partido", "front", "frente", "army", "armee", "ejercito",
        "movement", "mouvement", "movimiento", "council", "conseil", "consejo", "committee", "comite", "union", "forces", "force",
        "team", "panel", "congress", "delegation", "delegacion", "alliance", "coalition", "republic", "republique", "republica",
        "ministry", "ministere", "authority", "commission", "organisation", "organization", "nations", "federation", "kingdom",
        "group", "groupe", "grupo", "militia", "brigade", "corps", "command", "administration", "emirate", "community",
    ]

    private static func startsWithHonorific(_ text: String) -> Bool {
        guard let first = words(text.lowercased()).first else { return false }
        return honorifics.contains(first.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }

    private static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "mme", "m", "dr", "h.e", "he", "hon", "sir", "sr", "sra", "prof", "professor", "gen", "general", "colonel",
        "col", "lt", "lieutenant", "brigadier", "major", "captain", "ambassador", "sheikh", "chief", "commander", "minister",
        "president", "atty",
    ]

    // MARK: - Cleaning

    /// Removes parenthesised notes; keeps short single-word ones (`(Maoist)`) and returns
    /// an all-capitals one (`(RUF)`) as the acronym.
    private static func removingNotes(_ text: String) -> (String, String?) {
        var result = ""
        var acronym: String?
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "(" || $0 == "[" }) {
            result += rest[..<open]
            let closer: Character = rest[open] == "(" ? ")" : "]"
            guard let close = rest[open...].firstIndex(of: closer) else {
                rest = ""  // an unclosed note runs to the end
                break
            }
            let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if closer == ")", !inside.isEmpty, !inside.contains(" "), inside.count <= 12, inside.lowercased() != "unsigned" {
                result += "(\(inside))"
                if inside.allSatisfy({ $0.isUppercase || $0.isNumber || "-&./".contains($0) }), inside.contains(where: \.isLetter) {
                    acronym = acronym ?? inside
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return (result, acronym)
    }

    /// Removes list numbers, bullets and signature marks from the start.
    private static func stripMarkers(_ text: String) -> String {
        var current = text.trimmingCharacters(in: .whitespaces)
        while true {
            let before = current
            let lowered = current.lowercased()
            for mark in ["sd/xxx", "sd/-", "sd.", "sd/", "(sd)", "sgd.", "sgd", "signed:", "-", "–", "—", "•", "·", "*"]
            where lowered.hasPrefix(mark) {
                current = String(current.dropFirst(mark.count)).trimmingCharacters(in: .whitespaces)
                break
            }
            // "1.", "12)", "a)", "iv."
            if let marker = current.firstIndex(where: { $0 == "." || $0 == ")" }), current.distance(from: current.startIndex, to: marker) <= 3 {
                let label = current[..<marker]
                let isNumber = !label.isEmpty && label.allSatisfy(\.isNumber)
                let isLetter = label.count == 1 && label.first?.isLetter == true && current[marker] == ")"
                let isRoman = !label.isEmpty && label.lowercased().allSatisfy { "ivx".contains($0) }
                let next = current.index(after: marker)
                if isNumber || isLetter || isRoman, next == current.endIndex || current[next] == " " {
                    current = String(current[next...]).trimmingCharacters(in: .whitespaces)
                }
            }
            if current == before { return current }
        }
    }

    /// Trims spaces and the punctuation that ends list items (`,`, `;`, `:`, `.`), and quotes.
    private static func clean(_ text: String) -> String {
        let edges = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;:.-–—"))
        var result = collapse(text).trimmingCharacters(in: edges)
        // Quotes around the whole name go; a quoted word inside it ("Side" B) stays.
        let quotes: Set<Character> = ["\"", "“", "”", "'", "‘", "’"]
        if result.count >= 2, let first = result.first, let last = result.last, quotes.contains(first), quotes.contains(last) {
            result = String(result.dropFirst().dropLast()).trimmingCharacters(in: edges)
        }
        // "A, B and" at the end of a wrapped line: the next line holds the rest.
        if result.lowercased().hasSuffix(" and") { result = String(result.dropLast(4)) }
        for joiner in ["and ", "et ", "y "] where result.lowercased().hasPrefix(joiner) { result = String(result.dropFirst(joiner.count)) }
        return result
    }

    /// One space between words; tabs and line breaks count as spaces.
    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func words(_ text: String) -> [String] { text.split(whereSeparator: { $0.isWhitespace }).map(String.init) }

    // MARK: - Ids

    private static func identifier(for candidate: Candidate) -> String {
        if let short = candidate.shortName { return identifier(from: short) }
        if let acronym = candidate.acronym { return identifier(from: acronym) }
        return identifier(from: candidate.name)
    }

    /// Upper snake case from at most five words, ASCII letters and digits only
    /// (accents dropped), without leading articles and titles.
    static func identifier(from text: String) -> String {
        var wordList = asciiWords(text)
        while let first = wordList.first?.lowercased(), wordList.count > 1, leadingWords.contains(first) { wordList.removeFirst() }
        wordList = wordList.filter { !articles.contains($0.lowercased()) || wordList.count == 1 }
        var id = ""
        for word in wordList.prefix(5) {
            let next = id.isEmpty ? word.uppercased() : id + "_" + word.uppercased()
            if next.count > 40, !id.isEmpty { break }
            id = next
        }
        if id.isEmpty { return "ACTOR" }
        return id.first?.isNumber == true ? "P_" + id : id
    }

    /// The words of `text` in ASCII letters and digits: accents dropped, other characters separate words.
    static func asciiWords(_ text: String) -> [String] {
        var wordList: [String] = []
        var current = ""
        // Most names are ASCII already: decompose (the slow part) only when there is an accent to drop.
        let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // the accent of a decomposed letter
            } else if !current.isEmpty {
                wordList.append(current)
                current = ""
            }
        }
        if !current.isEmpty { wordList.append(current) }
        return wordList
    }

    private static let articles: Set<String> = ["the", "le", "la", "les", "l", "el", "los", "las", "d"]
    private static let leadingWords: Set<String> = articles.union(["mr", "mrs", "ms", "mme", "dr", "he", "hon", "rt", "sir", "prof", "atty"])
}
