/// An actor named in a sentence, with its CAMEO code.
public struct ActorMention: Hashable, Sendable {
    /// CAMEO actor code ("ARNGOV", "AFGMIL"); an agent found without a country has its
    /// sector code alone ("GOV", "MIL").
    public var code: String
    /// Display name ("Arnor foreign minister", "Taliban").
    public var name: String
    /// UTF-8 byte offsets into the sentence.
    public var range: Range<Int>

    public init(code: String, name: String, range: Range<Int>) {
        self.code = code
        self.name = name
        self.range = range
    }
}

/// Who did what to whom in one sentence: one (source, target, CAMEO code) triple.
public struct SentenceEvent: Hashable, Sendable {
    public var source: ActorMention?
    public var target: ActorMention?
    /// CAMEO event code ("190", "0331").
    public var code: String
    /// UTF-8 byte offsets of the verb (or verb phrase) that carries the event.
    public var verbRange: Range<Int>
    /// 0...1: how sure the shallow coder is (a matched pattern and a near object raise it).
    public var confidence: Double
    /// The verb was negated ("did not attack"); such events are only returned on request.
    public var isNegated: Bool
    /// The verb's block in the verb dictionary ("ATTACK", "SAY").
    public var verb: String

    public init(
        source: ActorMention?, target: ActorMention?, code: String, verbRange: Range<Int>, confidence: Double,
        isNegated: Bool = false, verb: String = ""
    ) {
        self.source = source
        self.target = target
        self.code = code
        self.verbRange = verbRange
        self.confidence = confidence
        self.isNegated = isNegated
        self.verb = verb
    }

    /// The CAMEO root: the first two digits ("19" for "190").
    public var rootCode: String { String(code.prefix(2)) }
}
