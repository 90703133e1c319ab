/// What the coder found in one article: candidate events, claims and figures.
///
/// Nothing here is evidence yet: a reviewer accepts, edits, merges or rejects it.
/// Spans are offsets in Unicode scalars into `Article.text` (the cleaned text),
/// so a script in any language can slice the text with them.
public struct CodingResult: Hashable, Sendable, Codable {
    public var events: [CodedEvent]
    public var claims: [CodedClaim]
    public var figures: [CodedFigure]

    public init(events: [CodedEvent] = [], claims: [CodedClaim] = [], figures: [CodedFigure] = []) {
        self.events = events
        self.claims = claims
        self.figures = figures
    }

    public var isEmpty: Bool { events.isEmpty && claims.isEmpty && figures.isEmpty }
}

/// Half-open range of Unicode-scalar offsets into an article's cleaned text.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// Whether a statement reports an act, or something short of one.
///
/// Only `done` counts as compliance evidence: a pledge to stop attacks is not
/// the stopping, and "does not want to kill" is not a killing.
public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
    case done, promised, demanded, denied, hypothetical, negated

    /// The matching modality of a stored claim (`done` is an assertion).
    public var claimModality: Claim.Modality {
        switch self {
        case .done: .asserted
        case .promised: .promised
        case .demanded: .demanded
        case .denied: .denied
        case .hypothetical: .hypothetical
        case .negated: .negated
        }
    }
}

/// A day, or a stretch of days, that a phrase in the text refers to.
public struct ResolvedDate: Hashable, Sendable, Codable {
    public var earliest: Day
    public var latest: Day
    public var precision: DatePrecision

    public init(earliest: Day, latest: Day? = nil, precision: DatePrecision = .day) {
        self.earliest = earliest
        self.latest = latest ?? earliest
        self.precision = precision
    }

    public init(day: Day) { self.init(earliest: day, latest: day, precision: .day) }

    /// The single day to file the record under: the last possible day of a
    /// "by July" deadline, the first day of a range otherwise.
    public var day: Day { earliest }

    public var isSingleDay: Bool { earliest == latest }
}

/// An actor as the coder recognised it.
public struct CodedActor: Hashable, Sendable, Codable {
    /// The canonical name: the agreement's actor id when an agreement is given,
    /// else the dictionary's name ("Taliban", "United States").
    public var name: String
    /// The CAMEO actor code, when the dictionary has one ("AFGINS", "USAMIL").
    public var code: String?
    /// The words in the text that named it.
    public var text: String

    public init(name: String, code: String? = nil, text: String) {
        self.name = name
        self.code = code
        self.text = text
    }
}

public struct CodedLocation: Hashable, Sendable, Codable {
    public var country: String?
    public var admin1: String?
    public var place: String?

    public init(country: String? = nil, admin1: String? = nil, place: String? = nil) {
        self.country = country
        self.admin1 = admin1
        self.place = place
    }

    public var isEmpty: Bool { country == nil && admin1 == nil && place == nil }
}

/// Deaths as the article reports them: the model's low/best/high range.
public typealias CodedFatalities = Fatalities

/// Who did what to whom, when and where, as one sentence reports it.
public struct CodedEvent: Hashable, Sendable, Codable {
    public var date: ResolvedDate?
    public var actor1: CodedActor?
    public var actor2: CodedActor?
    /// The CAMEO event code ("190", "1823").
    public var code: String
    /// The PLOVER event category the code maps to ("ASSAULT").
    public var plover: String?
    public var acledEventType: String?
    public var acledSubEventType: String?
    public var location: CodedLocation
    public var fatalities: CodedFatalities
    /// Repeated acts reported at once ("43 attacks on checkpoints" → 43).
    public var count: Int?
    /// People arrested or detained ("detained two suspected insurgents" → 2).
    public var detained: Int?
    public var modality: Modality
    /// The sentence the event came from.
    public var span: TextSpan
    /// 0…1: how sure the coder is, from how completely the pattern matched.
    public var confidence: Double
    /// Index into `CodingResult.events` of another event of the same article that this one
    /// retells ("detained three suspects" in the lead, "the suspects were detained" later), so
    /// that totals count the people once; nil for a new event. Usually an earlier event; a lead
    /// that gives only a floor ("killed numerous insurgents") points to a later part that outgrows it.
    public var repeats: Int?

    public init(
        date: ResolvedDate? = nil, actor1: CodedActor? = nil, actor2: CodedActor? = nil, code: String,
        plover: String? = nil, acledEventType: String? = nil, acledSubEventType: String? = nil,
        location: CodedLocation = CodedLocation(), fatalities: CodedFatalities = CodedFatalities(),
        count: Int? = nil, detained: Int? = nil, modality: Modality = .done, span: TextSpan, confidence: Double,
        repeats: Int? = nil
    ) {
        self.date = date
        self.actor1 = actor1
        self.actor2 = actor2
        self.code = code
        self.plover = plover
        self.acledEventType = acledEventType
        self.acledSubEventType = acledSubEventType
        self.location = location
        self.fatalities = fatalities
        self.count = count
        self.detained = detained
        self.modality = modality
        self.span = span
        self.confidence = confidence
        self.repeats = repeats
    }
}

/// A quotation or reported speech, with who said it.
public struct CodedClaim: Hashable, Sendable, Codable {
    public var speaker: String
    /// The agreement actor or dictionary actor the speaker speaks for, if known.
    public var speakerActor: CodedActor?
    /// The reporting verb as written ("said", "tweeted", "according to").
    public var verb: String
    public var quote: String
    public var date: ResolvedDate?
    public var modality: Modality
    public var span: TextSpan
    /// The agreement provision the claim is about, when the text makes it clear.
    public var aboutProvision: String?
    /// Index into `CodingResult.events` of the event the claim is about.
    public var aboutEvent: Int?

    public init(
        speaker: String, speakerActor: CodedActor? = nil, verb: String, quote: String, date: ResolvedDate? = nil,
        modality: Modality = .done, span: TextSpan, aboutProvision: String? = nil, aboutEvent: Int? = nil
    ) {
        self.speaker = speaker
        self.speakerActor = speakerActor
        self.verb = verb
        self.quote = quote
        self.date = date
        self.modality = modality
        self.span = span
        self.aboutProvision = aboutProvision
        self.aboutEvent = aboutEvent
    }
}

/// A number for an indicator: troop levels, prisoners released.
public struct CodedFigure: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The value now, or on the date it refers to.
        case current
        /// A value promised or required by a date ("8,600 by July").
        case target
    }

    /// What is counted, in the agreement's indicator vocabulary when one matches
    /// ("us_troops_in_afghanistan"), else a slug of the noun ("troops").
    public var indicator: String
    public var value: Double
    public var refersTo: ResolvedDate?
    public var kind: Kind
    public var actor: CodedActor?
    public var span: TextSpan

    public init(indicator: String, value: Double, refersTo: ResolvedDate? = nil, kind: Kind, actor: CodedActor? = nil, span: TextSpan) {
        self.indicator = indicator
        self.value = value
        self.refersTo = refersTo
        self.kind = kind
        self.actor = actor
        self.span = span
    }
}
