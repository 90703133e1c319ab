/// A CAMEO event code pair from a verb dictionary: `[190]`, `[042:043]` (the second
/// code for the reverse direction, target to source), `[:190]`, `[---]` (no event).
public struct VerbCode: Hashable, Sendable {
    public var forward: String?
    public var reverse: String?

    public init(forward: String?, reverse: String? = nil) {
        self.forward = forward
        self.reverse = reverse
    }

    public static let none = VerbCode(forward: nil)

    /// Parses the text inside `[...]`; nil if it is not a code.
    static func parse(_ text: some StringProtocol) -> VerbCode? {
        let trimmed = text.trimmingBlanks()
        guard !trimmed.isEmpty, !trimmed.contains(" ") else { return nil }
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        func code(_ part: Substring) -> String? {
            let value = part.trimmingBlanks()
            if value.isEmpty || value == "---" { return nil }
            return String(value)
        }
        return VerbCode(forward: code(parts[0]), reverse: parts.count == 2 ? code(parts[1]) : nil)
    }
}

/// One verb pattern: words that must appear before and after the verb.
public struct VerbPattern: Hashable, Sendable {
    enum Element: Hashable, Sendable {
        case word(String)
        case synset(String)
        case source, target, skip, compound
    }

    struct Item: Hashable, Sendable {
        var element: Element
        /// Must sit right next to the previous item (or the verb), as `_` and `{...}` demand.
        var joined: Bool
    }

    var before: [Item]
    var after: [Item]
    /// The last item before the verb must sit right before it ("IN_*").
    var beforeJoinedToVerb = false
    public var code: VerbCode
    /// Line in its file, for messages.
    public var line: Int

    /// The literal words the pattern needs, to reject it quickly when a sentence lacks one.
    let requiredWords: [String]
    /// How specific the pattern is: words and synsets it requires.
    let weight: Int

    init(before: [Item], after: [Item], beforeJoinedToVerb: Bool, code: VerbCode, line: Int) {
        self.before = before
        self.after = after
        self.beforeJoinedToVerb = beforeJoinedToVerb
        self.code = code
        self.line = line
        requiredWords = (before + after).compactMap { item in
            if case .word(let word) = item.element { return word }
            return nil
        }
        weight = (before + after).reduce(0) { count, item in
            switch item.element {
            case .word, .synset: count + 2
            case .source, .target: count + 1
            default: count
            }
        }
    }
}

/// A verb block: `--- NAME [code] ---`, its verbs and its patterns.
public struct VerbEntry: Hashable, Sendable {
    public var name: String
    public var code: VerbCode
    public var patterns: [VerbPattern]

    public init(name: String, code: VerbCode, patterns: [VerbPattern] = []) {
        self.name = name
        self.code = code
        self.patterns = patterns
    }
}

/// Verbs and patterns read from PETRARCH verb dictionaries, in the CAMEO 2.0 format of
/// PETRARCH-2 (`{NOUN PHRASE}`, `(PREP NOUN)`) and the older PETRARCH-1/TABARI format
/// (`_` joins words that must be adjacent, blanks allow words between).
///
/// Both share: synonym sets `&NAME` with `+member` lines, verb blocks `--- NAME [code] ---`,
/// verb lines `VERB {IRREGULAR FORMS} [own code]` (regular forms are made when braces are
/// absent), multi-word verbs `+CLEAR_UP {+CLEARS_UP ...}`, and patterns
/// `- pre * post [code]` where `*` is the verb, `$` the source, `+` the target, `^` any word
/// and `%` a compound actor. A final TRANSFORMATIONS section (`~ a (a b ATTACK) SAY = a b 015`)
/// is read and kept as text.
public struct VerbDictionary: Sendable {
    public private(set) var entries: [VerbEntry] = []
    /// Verb form → (block, the verb line's own code if it had one).
    var forms = PhraseIndex()
    var formTargets: [(entry: Int32, code: VerbCode?)] = []
    var synsets: [String: [[String]]] = [:]
    public private(set) var transformations: [String] = []

    public init() {}

    public var count: Int { entries.count }
    public var formCount: Int { forms.count }
    public var patternCount: Int { entries.reduce(0) { $0 + $1.patterns.count } }
    public var synsetCount: Int { synsets.count }

    /// The block and code a verb form starts, e.g. "attacked" → ATTACK [190].
    public func lookup(_ form: String) -> (entry: VerbEntry, code: VerbCode)? {
        let tokens = WordTokenizer.tokenize(form)
        guard !tokens.isEmpty, let match = forms.longestMatches(in: tokens, at: 0).first, match.length == tokens.count else {
            return nil
        }
        let target = formTargets[Int(match.value)]
        let entry = entries[Int(target.entry)]
        return (entry, target.code ?? entry.code)
    }

    func matches(in tokens: [WordToken], at start: Int) -> [PhraseIndex.Match] {
        forms.longestMatches(in: tokens, at: start)
    }

    /// Adds a verb form to a block.
    mutating func addForm(words: [String], entry: Int, code: VerbCode?) {
        guard !words.isEmpty else { return }
        let value = Int32(formTargets.count)
        formTargets.append((Int32(entry), code))
        forms.insert(words: words, stemmed: false, value: value)
    }

    mutating func finish() { forms.finish() }

    private enum Section {
        case none
        case synset(String)
        case block(Int)
        case transformations
    }

    mutating func parse(_ text: String, file: String, warnings: inout [DictionaryWarning]) -> Int {
        var section = Section.none
        var added = 0
        // The TRANSFORMATIONS heading is itself a comment line ("#### TRANSFORMATIONS ####").
        let transformationsLine = Self.transformationsHeading(in: text)
        for line in DictionaryText.lines(text) {
            let body = line.text
            if let heading = transformationsLine, line.number > heading { section = .transformations }
            if case .transformations = section {
                if body.hasPrefix("~") { transformations.append(String(body)) }
                continue
            }
            if body.hasPrefix("---") {
                guard let entry = parseBlockHeader(body) else {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "bad verb block header '\(body)'"))
                    section = .none
                    continue
                }
                entries.append(entry)
                section = .block(entries.count - 1)
                added += 1
                continue
            }
            if body.hasPrefix("&") {
                let name = Self.synsetName(body)
                guard name.count > 1 else {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "bad synonym set '\(body)'"))
                    continue
                }
                if synsets[name] == nil { synsets[name] = [] }
                section = .synset(name)
                continue
            }
            switch section {
            case .synset(let name):
                guard body.hasPrefix("+") else {
                    warnings.append(
                        DictionaryWarning(file: file, line: line.number, message: "'\(body)' is neither a '+member' of &\(name) nor a verb block"))
                    section = .none
                    continue
                }
                let member = body.dropFirst().filter { $0 != "(" && $0 != ")" }
                let words = Self.patternWords(member)
                if words.isEmpty {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "empty member of &\(name)"))
                } else {
                    synsets[name, default: []].append(words)
                }
            case .block(let entry):
                if body.hasPrefix("-") {
                    if let pattern = Self.parsePattern(body.dropFirst(), line: line.number) {
                        entries[entry].patterns.append(pattern)
                    } else {
                        warnings.append(DictionaryWarning(file: file, line: line.number, message: "bad verb pattern '\(body)'"))
                    }
                } else if body.contains("*") {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "pattern without its leading '-': '\(body)'"))
                } else if !parseVerbLine(body, entry: entry) {
                    warnings.append(DictionaryWarning(file: file, line: line.number, message: "bad verb line '\(body)'"))
                }
            case .none, .transformations:
                warnings.append(DictionaryWarning(file: file, line: line.number, message: "'\(body)' is outside any verb block or synonym set"))
            }
        }
        return added
    }

    static func transformationsHeading(in text: String) -> Int? {
        guard text.contains("TRANSFORMATIONS") else { return nil }
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.hasPrefix("#") && line.contains("TRANSFORMATIONS") { return number }
        }
        return nil
    }

    static func synsetName(_ body: Substring) -> String {
        String(body.prefix { $0 != " " && $0 != "\t" }.uppercased())
    }

    private func parseBlockHeader(_ body: Substring) -> VerbEntry? {
        var inner = body
        while inner.hasPrefix("-") { inner = inner.dropFirst() }
        while inner.hasSuffix("-") { inner = inner.dropLast() }
        guard let open = inner.firstIndex(of: "["), let close = inner[open...].firstIndex(of: "]"),
            let code = VerbCode.parse(inner[inner.index(after: open)..<close])
        else { return nil }
        let name = inner[..<open].trimmingBlanks().filter { $0 != "_" }
        guard !name.isEmpty else { return nil }
        return VerbEntry(name: String(name), code: code)
    }

    /// `WORD {FORMS} [CODE]`, `+PHRASAL_VERB {+FORMS}`, `WIRE_+TAP {...}`.
    private mutating func parseVerbLine(_ body: Substring, entry: Int) -> Bool {
        var head = body
        var code: VerbCode?
        if let open = head.firstIndex(of: "[") {
            guard let close = head[open...].firstIndex(of: "]"), let parsed = VerbCode.parse(head[head.index(after: open)..<close]) else {
                return false
            }
            code = parsed
            head = head[..<open]
        }
        var irregular: [Substring]?
        if let brace = head.firstIndex(of: "{") {
            guard let braceEnd = head[brace...].firstIndex(of: "}") else { return false }
            irregular = head[head.index(after: brace)..<braceEnd].split(whereSeparator: { $0 == " " || $0 == "\t" })
            head = head[..<brace]
        }
        let phrase = head.trimmingBlanks()
        guard !phrase.isEmpty, !phrase.contains(" ") || phrase.contains("_") || true else { return false }
        let baseWords = Self.verbWords(phrase)
        guard !baseWords.words.isEmpty else { return false }
        addForm(words: baseWords.words, entry: entry, code: code)
        var made: [[String]] = []
        if let irregular {
            for form in irregular {
                let words = Self.verbWords(form).words
                if !words.isEmpty { made.append(words) }
            }
            // Irregular lists give the past forms; the regular -s and -ing forms are still made.
            if irregular.isEmpty == false {
                for form in Inflection.verbForms(of: baseWords.words[baseWords.head], pastTense: false) {
                    var words = baseWords.words
                    words[baseWords.head] = form
                    made.append(words)
                }
            }
        } else {
            for form in Inflection.verbForms(of: baseWords.words[baseWords.head]) {
                var words = baseWords.words
                words[baseWords.head] = form
                made.append(words)
            }
        }
        for words in made where words != baseWords.words { addForm(words: words, entry: entry, code: code) }
        return true
    }

    /// Words of a verb phrase, and which one is the verb (marked `+`, else the first).
    static func verbWords(_ phrase: some StringProtocol) -> (words: [String], head: Int) {
        var words: [String] = []
        var head = 0
        for part in phrase.split(whereSeparator: { $0 == "_" || $0 == " " }) {
            var part = part
            if part.hasPrefix("+") {
                part = part.dropFirst()
                head = words.count
            }
            let tokens = DictionaryText.words(part)
            words.append(contentsOf: tokens)
        }
        return (words, min(head, max(0, words.count - 1)))
    }

    /// Words of a synonym-set member or pattern fragment (blanks and underscores separate words).
    static func patternWords(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        for part in text.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }) {
            if part.hasPrefix("&") {
                words.append(part.uppercased())
            } else {
                words.append(contentsOf: DictionaryText.words(part))
            }
        }
        return words
    }

    /// Reads `pre * post [code]`; nil when there is no `*` or no code.
    static func parsePattern(_ text: Substring, line: Int) -> VerbPattern? {
        guard let open = text.lastIndex(of: "["), let close = text[open...].firstIndex(of: "]"),
            let code = VerbCode.parse(text[text.index(after: open)..<close])
        else { return nil }
        var before: [VerbPattern.Item] = []
        var after: [VerbPattern.Item] = []
        var sawVerb = false
        var joinNext = false
        var inBrace = false
        var word = ""
        var verbJoined = false

        func emit(_ element: VerbPattern.Element) {
            let item = VerbPattern.Item(element: element, joined: joinNext)
            if sawVerb { after.append(item) } else { before.append(item) }
            joinNext = inBrace
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            if word.hasPrefix("&") {
                emit(.synset(word.uppercased()))
            } else {
                for (offset, part) in DictionaryText.words(word).enumerated() {
                    if offset > 0 { joinNext = true }
                    emit(.word(part))
                }
            }
            word = ""
        }

        for character in text[..<open] {
            switch character {
            case " ", "\t":
                flushWord()
                if !inBrace { joinNext = false }
            case "_":
                flushWord()
                joinNext = true
            case "{":
                flushWord()
                inBrace = true
            case "}":
                flushWord()
                inBrace = false
                joinNext = false
            case "(", ")":
                flushWord()
            case "*":
                flushWord()
                // An item joined to the verb on its left: "IN_*" makes the last pre item adjacent.
                verbJoined = joinNext && !before.isEmpty
                sawVerb = true
                joinNext = false
            case "$", "+", "^", "%":
                if word.isEmpty {
                    emit(character == "$" ? .source : character == "+" ? .target : character == "^" ? .skip : .compound)
                } else {
                    word.append(character)
                }
            default:
                word.append(character)
            }
        }
        flushWord()
        guard sawVerb else { return nil }
        return VerbPattern(before: before, after: after, beforeJoinedToVerb: verbJoined, code: code, line: line)
    }
}
