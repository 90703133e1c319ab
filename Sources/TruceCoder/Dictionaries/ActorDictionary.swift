public import TruceModel

/// A CAMEO actor code, possibly valid only between two dates (PETRARCH's
/// `[HOBGOV 950601-990815]`, `[HOB <950601]`, `[HOBREB >990816]`).
public struct ActorCode: Hashable, Sendable {
    public var code: String
    /// First day the code applies (inclusive), nil if open.
    public var from: Day?
    /// Last day the code applies (inclusive), nil if open.
    public var until: Day?

    public init(code: String, from: Day? = nil, until: Day? = nil) {
        self.code = code
        self.from = from
        self.until = until
    }

    public var isRestricted: Bool { from != nil || until != nil }

    public func applies(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let until, day > until { return false }
        return true
    }
}

/// One actor: its display name and its codes.
public struct ActorEntry: Hashable, Sendable {
    public var name: String
    public var codes: [ActorCode]

    public init(name: String, codes: [ActorCode]) {
        self.name = name
        self.codes = codes
    }

    /// The code in force on `day`: the first restricted code whose dates hold, else the
    /// unrestricted code. Without a date, the unrestricted code (or the last listed one).
    public func code(on day: Day?) -> String? {
        if let day, let restricted = codes.first(where: { $0.isRestricted && $0.applies(on: day) }) {
            return restricted.code
        }
        if let plain = codes.first(where: { !$0.isRestricted }) { return plain.code }
        if day != nil { return nil }
        return codes.last?.code
    }
}

/// Actor phrases and their codes, read from PETRARCH `.actors` files.
///
/// Format: a headword line `NAME_PHRASE [CODE]`, `+SYNONYM` lines after it, and codes
/// either on the headword line or on indented lines below (`[CODE 950601-990815]`,
/// `[CODE <950601]`, `[CODE >990816]`; six-digit dates are YYMMDD, years below 30 are 20xx).
/// A trailing underscore stops a word; without one the last word also matches short endings.
/// A `# name=Display Name` comment on the headword line gives the display name.
public struct ActorDictionary: Sendable {
    public private(set) var entries: [ActorEntry] = []
    var index = PhraseIndex()

    public init() {}

    public var count: Int { entries.count }
    public var phraseCount: Int { index.count }

    /// The entry a phrase names exactly ("Minas Tirith", "U.S."), if any.
    public func lookup(_ phrase: String) -> ActorEntry? {
        let tokens = WordTokenizer.tokenize(phrase)
        guard !tokens.isEmpty else { return nil }
        let matches = index.longestMatches(in: tokens, at: 0)
        guard let match = matches.first, match.length == tokens.count else { return nil }
        return entries[Int(match.value)]
    }

    func matches(in tokens: [WordToken], at start: Int) -> [PhraseIndex.Match] {
        index.longestMatches(in: tokens, at: start)
    }

    /// Adds an entry under several phrases; used by the parser and by callers that build actors in code.
    public mutating func add(_ entry: ActorEntry, phrases: [String]) {
        let value = Int32(entries.count)
        entries.append(entry)
        for phrase in phrases {
            let words = DictionaryText.words(phrase)
            guard !words.isEmpty else { continue }
            index.insert(words: words, stemmed: !phrase.hasSuffix("_") && !phrase.hasSuffix(" "), value: value)
        }
    }

    mutating func finish() { index.finish() }

    /// Parses `.actors` text; bad lines become warnings.
    mutating func parse(_ text: String, file: String, warnings: inout [DictionaryWarning]) -> Int {
        var added = 0
        var phrases: [String] = []
        var codes: [ActorCode] = []
        var name: String?
        var startLine = 0

        func flush() {
            defer {
                phrases = []
                codes = []
                name = nil
            }
            guard let headword = phrases.first else { return }
            guard !codes.isEmpty else {
                warnings.append(DictionaryWarning(file: file, line: startLine, message: "actor '\(headword)' has no [CODE]; skipped"))
                return
            }
            add(ActorEntry(name: name ?? ActorDictionary.displayName(forPhrase: headword), codes: codes), phrases: phrases)
            added += 1
        }

        for line in DictionaryText.lines(text) {
            var body = line.text
            if body.first == "+" {
                guard !phrases.isEmpty else {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "synonym '\(body)' before any actor; skipped"))
                    continue
                }
                body = body.dropFirst()
                let (phrase, rest) = Self.splitCodes(body)
                if !phrase.isEmpty { phrases.append(String(phrase)) }
                if !rest.isEmpty { parseCodes(rest, line: line.number, file: file, into: &codes, warnings: &warnings) }
                continue
            }
            if body.first == "[" {
                guard !phrases.isEmpty else {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "code '\(body)' before any actor; skipped"))
                    continue
                }
                parseCodes(body, line: line.number, file: file, into: &codes, warnings: &warnings)
                continue
            }
            flush()
            startLine = line.number
            let (phrase, rest) = Self.splitCodes(body)
            guard !phrase.isEmpty else {
                warnings.append(DictionaryWarning(file: file, line: line.number, message: "line has no actor phrase; skipped"))
                continue
            }
            phrases.append(String(phrase))
            name = DictionaryText.displayName(in: line.comment)
            if !rest.isEmpty { parseCodes(rest, line: line.number, file: file, into: &codes, warnings: &warnings) }
        }
        flush()
        return added
    }

    /// Splits "PHRASE [CODE] [CODE2]" into the phrase and the bracketed rest.
    static func splitCodes(_ text: Substring) -> (Substring, Substring) {
        guard let bracket = text.firstIndex(of: "[") else { return (text.trimmingBlanks(), "") }
        return (text[..<bracket].trimmingBlanks(), text[bracket...])
    }

    private func parseCodes(
        _ text: Substring, line: Int, file: String, into codes: inout [ActorCode], warnings: inout [DictionaryWarning]
    ) {
        var rest = text
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else {
                warnings.append(DictionaryWarning(file: file, line: line, message: "unclosed '[' in '\(text)'"))
                return
            }
            let inside = rest[rest.index(after: open)..<close]
            if let code = Self.parseCode(inside) {
                codes.append(code)
            } else {
                warnings.append(DictionaryWarning(file: file, line: line, message: "bad actor code '[\(inside)]'"))
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    /// "CODE", "CODE <date", "CODE >date", "CODE date-date" (blanks allowed around '-').
    static func parseCode(_ text: Substring) -> ActorCode? {
        let trimmed = text.trimmingBlanks()
        guard !trimmed.isEmpty else { return nil }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let code = String(parts[0])
        guard let first = code.first, first != "<", first != ">", !first.isNumber else { return nil }
        guard parts.count > 1 else { return ActorCode(code: code) }
        let restriction = parts.dropFirst().joined()
        if restriction.hasPrefix("<") {
            guard let day = parseDate(restriction.dropFirst()) else { return nil }
            return ActorCode(code: code, until: day.adding(days: -1))
        }
        if restriction.hasPrefix(">") {
            guard let day = parseDate(restriction.dropFirst()) else { return nil }
            return ActorCode(code: code, from: day.adding(days: 1))
        }
        let range = restriction.split(separator: "-")
        guard range.count == 2, let from = parseDate(range[0]), let until = parseDate(range[1]) else { return nil }
        return ActorCode(code: code, from: from, until: until)
    }

    /// YYMMDD (years below 30 are 20xx) or YYYYMMDD.
    static func parseDate(_ text: some StringProtocol) -> Day? {
        let digits = text.trimmingBlanks()
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let value = Int(digits) else { return nil }
        let year: Int
        let month = (value / 100) % 100
        let day = value % 100
        switch digits.count {
        case 6:
            let short = value / 10_000
            year = short < 30 ? 2000 + short : 1900 + short
        case 8: year = value / 10_000
        default: return nil
        }
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// "AL-QAEDA_" → "Al-Qaeda", "MINAS_TIRITH" → "Minas Tirith"; codes-like words ("U.N.") stay upper case.
    static func displayName(forPhrase phrase: String) -> String {
        var words: [String] = []
        for word in phrase.split(whereSeparator: { $0 == "_" || $0 == " " }) {
            if word.count <= 3 || word.contains(".") {
                words.append(String(word))
                continue
            }
            var result = ""
            var capitalize = true
            for character in word {
                result.append(capitalize ? Character(character.uppercased()) : Character(character.lowercased()))
                capitalize = character == "-" || character == "'"
            }
            words.append(result)
        }
        return words.joined(separator: " ")
    }
}
