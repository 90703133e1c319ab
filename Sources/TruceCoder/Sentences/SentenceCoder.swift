public import TruceModel

/// Codes one sentence of raw text into (source, target, CAMEO) events, PETRARCH style
/// but without a parser: actors and verbs from the dictionaries, the subject found by
/// looking back from the verb, the object by looking forward, patterns matched on the
/// words around the verb. See docs/coder/dictionaries.md for the rules.
public struct SentenceCoder: Sendable {
    public struct Options: Hashable, Sendable {
        /// Drop events without both a source and a target (PETRARCH's `require_dyad`).
        public var requireDyad: Bool
        /// Return negated events ("did not attack") with `isNegated` set, instead of dropping them.
        public var includeNegated: Bool
        /// Let an agent without a country ("police", "officials") be a source or target.
        public var unattachedAgents: Bool

        public init(requireDyad: Bool = true, includeNegated: Bool = false, unattachedAgents: Bool = false) {
            self.requireDyad = requireDyad
            self.includeNegated = includeNegated
            self.unattachedAgents = unattachedAgents
        }
    }

    public let dictionaries: CoderDictionaries
    public var options: Options

    public init(dictionaries: CoderDictionaries, options: Options = Options()) {
        self.dictionaries = dictionaries
        self.options = options
    }

    /// Events in the sentence, with actor codes as undated.
    public func code(_ sentence: String) -> [SentenceEvent] { code(sentence, on: nil) }

    /// Events in the sentence, with date-restricted actor codes resolved for `date`.
    public func code(_ sentence: String, on date: Day?) -> [SentenceEvent] {
        let tokens = WordTokenizer.tokenize(sentence)
        guard !tokens.isEmpty else { return [] }
        if dictionaries.discards.firstMatch(in: tokens) != nil { return [] }
        let actors = ActorFinder(dictionaries: dictionaries, date: date, tokenCount: tokens.count).find(in: tokens)
        var analysis = ClauseAnalysis(tokens: tokens, actors: actors, dictionaries: dictionaries, options: options)
        return analysis.events()
    }

    /// Every actor mention in the sentence, for callers that need them without a verb.
    public func actors(in sentence: String) -> [ActorMention] { actors(in: sentence, on: nil) }

    public func actors(in sentence: String, on date: Day?) -> [ActorMention] {
        let tokens = WordTokenizer.tokenize(sentence)
        return ActorFinder(dictionaries: dictionaries, date: date, tokenCount: tokens.count).find(in: tokens).map { found in
            ActorMention(code: found.code, name: found.name, range: tokens[found.start].range.lowerBound..<tokens[found.end - 1].range.upperBound)
        }
    }

    /// True when a discard phrase of the dictionaries drops this sentence.
    public func isDiscarded(_ sentence: String) -> Bool {
        dictionaries.discards.firstMatch(in: WordTokenizer.tokenize(sentence)) != nil
    }
}
