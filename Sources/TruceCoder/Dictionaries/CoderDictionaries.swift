public import TruceModel

/// The dictionaries the coder reads: actors, agents, verb patterns and discards.
///
/// `add(petrarchText:file:)` reads any PETRARCH dictionary file; bad lines become
/// `warnings` (with file:line) and the rest of the file loads. It throws only when a
/// file yields nothing usable at all.
public struct CoderDictionaries: Sendable {
    public var actors: ActorDictionary
    public var agents: AgentDictionary
    public var verbs: VerbDictionary
    public var discards: DiscardDictionary
    /// Problems found in the files added so far, one per skipped line.
    public private(set) var warnings: [DictionaryWarning] = []
    /// Words that begin some actor, agent, verb or discard phrase: a token not in here starts
    /// nothing (apart from actor stems), so the coder looks it up once instead of four times.
    private(set) var startWords: Set<String> = []
    /// Closed word classes and start words together: one lookup per token.
    private(set) var wordClasses: [String: WordClass] = WordClass.table {
        didSet { wordClassTable = ByteKeyTable(asciiKeysOf: wordClasses) }
    }
    /// `wordClasses` for lookups by bytes (nil when a key rules that out); see ``ByteKeyTable``.
    private var wordClassTable = ByteKeyTable(asciiKeysOf: WordClass.table)

    public init() {
        actors = ActorDictionary()
        agents = AgentDictionary()
        verbs = VerbDictionary()
        discards = DiscardDictionary()
    }

    /// Truce's own dictionaries (Sources/TruceCoder/BuiltIn), parsed once.
    public static var builtIn: CoderDictionaries { BuiltInDictionaries.shared }

    /// What kind of PETRARCH dictionary a file holds.
    public enum Kind: String, Hashable, Sendable { case actors, agents, verbs, discards }

    /// Adds one dictionary file in a PETRARCH format; `file` names it in errors and warnings.
    public mutating func add(petrarchText text: String, file: String) throws(TruceError) {
        let kind = Self.kind(of: text, file: file)
        var newWarnings: [DictionaryWarning] = []
        let added: Int
        switch kind {
        case .actors:
            added = actors.parse(text, file: file, warnings: &newWarnings)
            actors.finish()
        case .agents:
            added = agents.parse(text, file: file, warnings: &newWarnings)
            agents.finish()
        case .verbs:
            added = verbs.parse(text, file: file, warnings: &newWarnings)
            verbs.finish()
        case .discards:
            added = discards.parse(text, file: file, warnings: &newWarnings)
            discards.finish()
        }
        warnings.append(contentsOf: newWarnings)
        startWords = Set(actors.index.firstWords).union(agents.index.firstWords).union(verbs.forms.firstWords)
            .union(discards.index.firstWords)
        var classes = WordClass.table
        for word in startWords { classes[word, default: []].insert(.startWord) }
        wordClasses = classes
        guard added > 0 else {
            let first = newWarnings.first
            throw TruceError(
                .invalidInput,
                "no usable \(kind.rawValue) entries in this dictionary" + (first.map { " (first problem: \($0.message))" } ?? ""),
                at: SourceLocation(file: file, line: first?.line ?? 1))
        }
    }

    /// The kind from the file name when it says (`.actors.`, `agents`, `verbs`, `discards`),
    /// else from the content: verb blocks `--- X [..] ---`, agent codes `[~X]`, actor codes `[X]`.
    public static func kind(of text: String, file: String) -> Kind {
        let name = file.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if name.contains("discard") { return .discards }
        if name.contains("agent") { return .agents }
        if name.contains("verb") || name.hasPrefix("cameo") { return .verbs }
        if name.contains("actor") { return .actors }
        var agentCodes = 0
        var actorCodes = 0
        var blocks = 0
        for line in DictionaryText.lines(String(text.prefix(200_000))) {
            if line.text.hasPrefix("---") && line.text.contains("[") { blocks += 1 }
            if line.text.contains("[~") || line.text.contains("~]") { agentCodes += 1 } else if line.text.contains("[") { actorCodes += 1 }
        }
        if blocks > 0 { return .verbs }
        if agentCodes > actorCodes { return .agents }
        if actorCodes > 0 { return .actors }
        return .discards
    }
}

extension CoderDictionaries {
    /// Tokens of a sentence with their word classes filled in.
    func classifiedTokens(_ sentence: String) -> [WordToken] {
        var tokens = WordTokenizer.tokenize(sentence)
        for index in tokens.indices {
            let text = tokens[index].text
            if let classes = wordClassTable?.answer(for: text) ?? wordClasses[text] { tokens[index].classes = classes }
        }
        return tokens
    }
}
