/// Phrases that make PETRARCH skip a sentence (plain lines) or a whole story (`+` lines).
public struct DiscardDictionary: Sendable {
    public enum Scope: Hashable, Sendable { case sentence, story }

    var index = PhraseIndex()
    var scopes: [Scope] = []

    public init() {}

    public var count: Int { scopes.count }

    public mutating func add(_ phrase: String, scope: Scope) {
        let words = DictionaryText.words(phrase)
        guard !words.isEmpty else { return }
        index.insert(words: words, stemmed: false, value: Int32(scopes.count))
        scopes.append(scope)
    }

    mutating func finish() { index.finish() }

    /// The first discard phrase in the tokens, if any, and its scope.
    func firstMatch(in tokens: [WordToken]) -> Scope? {
        guard count > 0 else { return nil }
        for start in tokens.indices where index.firstWords.contains(tokens[start].text) {
            if let match = index.longestMatches(in: tokens, at: start).first { return scopes[Int(match.value)] }
        }
        return nil
    }

    mutating func parse(_ text: String, file: String, warnings: inout [DictionaryWarning]) -> Int {
        var added = 0
        for line in DictionaryText.lines(text) {
            var body = line.text
            var scope = Scope.sentence
            if body.hasPrefix("+") {
                scope = .story
                body = body.dropFirst()
            } else if body.hasPrefix("$") {
                body = body.dropFirst()
            }
            let phrase = body.trimmingBlanks()
            guard !phrase.isEmpty, phrase.contains(where: \.isLetter) else {
                warnings.append(DictionaryWarning(file: file, line: line.number, message: "discard line '\(line.text)' has no words; skipped"))
                continue
            }
            add(String(phrase), scope: scope)
            added += 1
        }
        return added
    }
}
