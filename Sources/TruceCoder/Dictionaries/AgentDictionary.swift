/// An agent: a role or sector noun ("minister", "police") whose code joins a country's
/// code: `~GOV` after it (`ARN` + `GOV` → `ARNGOV`), `NGO~` before it (`NGOARN`).
public struct AgentEntry: Hashable, Sendable {
    public var name: String
    public var code: String
    /// True for `~XXX` (appended after the actor code), false for `XXX~` (put before it).
    public var isSuffix: Bool

    public init(name: String, code: String, isSuffix: Bool = true) {
        self.name = name
        self.code = code
        self.isSuffix = isSuffix
    }

    /// The combined code with an actor code ("ARN" → "ARNGOV"); the agent alone without one.
    public func combined(with actor: String?) -> String {
        guard let actor, !actor.isEmpty else { return code }
        if code.isEmpty { return actor }
        // "White House security officials": the actor already carries the sector (USAGOV + GOV).
        if isSuffix && actor.utf8.count > 3 && actor.dropFirst(3).contains(code) { return actor }
        return isSuffix ? actor + code : code + actor
    }
}

/// Agent nouns read from PETRARCH `.agents` files.
///
/// Format: `PHRASE {PLURALS} [~CODE]`; `{}` means no plural, no braces means the regular
/// plural is made (+S, +ES, Y→IES); `!NAME! = A, B, C` defines a substitution set used as
/// `CONGRESS!PERSON!` or `!MINST!_OF_DEFENCE`.
public struct AgentDictionary: Sendable {
    public private(set) var entries: [AgentEntry] = []
    var index = PhraseIndex()
    private var substitutions: [String: [String]] = [:]

    public init() {}

    public var count: Int { entries.count }

    public func lookup(_ phrase: String) -> AgentEntry? {
        let tokens = WordTokenizer.tokenize(phrase)
        guard !tokens.isEmpty, let match = index.longestMatches(in: tokens, at: 0).first, match.length == tokens.count else {
            return nil
        }
        return entries[Int(match.value)]
    }

    func matches(in tokens: [WordToken], at start: Int) -> [PhraseIndex.Match] {
        index.longestMatches(in: tokens, at: start)
    }

    /// Adds an agent under a phrase and its plurals (regular ones made when `plurals` is nil).
    public mutating func add(_ entry: AgentEntry, phrase: String, plurals: [String]? = nil) {
        let value = Int32(entries.count)
        entries.append(entry)
        let words = DictionaryText.words(phrase)
        guard let last = words.last else { return }
        index.insert(words: words, stemmed: false, value: value)
        let forms = plurals.map { $0.map { DictionaryText.words($0) } } ?? Inflection.plurals(of: last).map { words.dropLast() + [$0] }
        for form in forms where !form.isEmpty && form != words { index.insert(words: form, stemmed: false, value: value) }
    }

    mutating func finish() { index.finish() }

    mutating func parse(_ text: String, file: String, warnings: inout [DictionaryWarning]) -> Int {
        var added = 0
        for line in DictionaryText.lines(text) {
            let body = line.text
            if body.first == "!", let equals = body.firstIndex(of: "=") {
                let name = body[..<equals].trimmingBlanks()
                let values = body[body.index(after: equals)...].split(separator: ",").map { String($0.trimmingBlanks()) }.filter { !$0.isEmpty }
                guard name.count > 2, name.last == "!", !values.isEmpty else {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "bad substitution set '\(body)'"))
                    continue
                }
                substitutions[String(name)] = values
                continue
            }
            guard let open = body.firstIndex(of: "["), let close = body[open...].firstIndex(of: "]") else {
                warnings.append(DictionaryWarning(file: file, line: line.number, message: "agent '\(body)' has no [CODE]; skipped"))
                continue
            }
            let codeText = body[body.index(after: open)..<close].trimmingBlanks()
            var head = body[..<open]
            var plurals: [String]?
            if let brace = head.firstIndex(of: "{") {
                guard let braceEnd = head[brace...].firstIndex(of: "}") else {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "unclosed '{' in agent '\(body)'"))
                    continue
                }
                plurals = head[head.index(after: brace)..<braceEnd].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                head = head[..<brace]
            }
            let phrase = head.trimmingBlanks()
            // The agent is named by its phrase with a `!SET!` read as the set's first value ("foreign minister"), not
            // with the marker ("foreign !minist!").
            let named = expand(String(phrase)).first.map { Substring($0) } ?? phrase
            guard !phrase.isEmpty, let entry = Self.entry(code: codeText, phrase: named) else {
                warnings.append(DictionaryWarning(file: file, line: line.number, message: "bad agent line '\(body)'"))
                continue
            }
            for expanded in expand(String(phrase)) {
                let expandedPlurals = plurals.map { $0.flatMap { expand($0) } }
                add(entry, phrase: expanded, plurals: expandedPlurals)
            }
            added += 1
        }
        return added
    }

    static func entry(code text: Substring, phrase: Substring) -> AgentEntry? {
        guard text.contains("~") else { return nil }
        let isSuffix = text.first == "~"
        // "[~]" alone: the agent keeps its actor's own code ("Taliban fighters" are the Taliban).
        let code = text.filter { $0 != "~" && $0 != " " }
        return AgentEntry(name: ActorDictionary.displayName(forPhrase: String(phrase)).lowercased(), code: code, isSuffix: isSuffix)
    }

    /// Replaces a `!SET!` marker by each of its values (one level; sets do not nest).
    private func expand(_ phrase: String) -> [String] {
        guard let start = phrase.firstIndex(of: "!"),
            let end = phrase[phrase.index(after: start)...].firstIndex(of: "!")
        else { return [phrase] }
        let name = String(phrase[start...end])
        guard let values = substitutions[name] else { return [phrase] }
        return values.map { String(phrase[..<start]) + $0 + String(phrase[phrase.index(after: end)...]) }
    }
}

/// Regular English word forms, for dictionaries that list only the base form.
enum Inflection {
    static func isVowel(_ character: Character) -> Bool { "AEIOU".contains(character) }

    static func plurals(of word: String) -> [String] {
        guard word.count >= 2, word.last?.isLetter == true else { return [] }
        if word.hasSuffix("S") || word.hasSuffix("X") || word.hasSuffix("Z") || word.hasSuffix("CH") || word.hasSuffix("SH") {
            return [word + "ES"]
        }
        if word.hasSuffix("Y"), let before = word.dropLast().last, !isVowel(before) { return [word.dropLast() + "IES"] }
        if word.hasSuffix("MAN") { return [word.dropLast(2) + "EN", word + "S"] }
        return [word + "S"]
    }

    /// Third person, past and -ing forms of a regular verb ("ABANDON" → ABANDONS, ABANDONED, ABANDONING).
    static func verbForms(of word: String, pastTense: Bool = true) -> [String] {
        guard word.count >= 2, let last = word.last, last.isLetter else { return [] }
        var forms: [String] = []
        let beforeLast = word.dropLast().last ?? " "
        let endsConsonantY = last == "Y" && !isVowel(beforeLast)
        // Third person singular.
        if word.hasSuffix("S") || word.hasSuffix("X") || word.hasSuffix("Z") || word.hasSuffix("CH") || word.hasSuffix("SH")
            || word.hasSuffix("O")
        {
            forms.append(word + "ES")
        } else if endsConsonantY {
            forms.append(word.dropLast() + "IES")
        } else {
            forms.append(word + "S")
        }
        // A final consonant after a single vowel may double ("BAN" → "BANNED", "SHOOT" does not).
        let chars = Array(word)
        let doubles =
            chars.count >= 3 && !isVowel(last) && !"WXY".contains(last) && isVowel(chars[chars.count - 2])
            && !isVowel(chars[chars.count - 3])
        if pastTense {
            if last == "E" {
                forms.append(word + "D")
            } else if endsConsonantY {
                forms.append(word.dropLast() + "IED")
            } else {
                forms.append(word + "ED")
                if doubles { forms.append(word + String(last) + "ED") }
            }
        }
        if last == "E" && beforeLast != "E" {
            forms.append(word.dropLast() + "ING")
        } else {
            forms.append(word + "ING")
            if doubles { forms.append(word + String(last) + "ING") }
        }
        return forms
    }
}
