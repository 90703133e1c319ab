/// What the coder found in one article: candidate events, claims, figures and commitments.
///
/// Nothing here is evidence yet: a reviewer accepts, edits, merges or rejects it.
/// Spans are offsets in Unicode scalars into `Article.text` (the cleaned text),
/// so a script in any language can slice the text with them.
public struct CodingResult: Hashable, Sendable, Codable {
    /// Candidate events; `CodedEvent.repeats` and `CodedClaim.aboutEvent` index into this array.
    public var events: [CodedEvent]
    /// Candidate claims: quotations and reported speech.
    public var claims: [CodedClaim]
    /// Candidate figures: numbers reported for indicators.
    public var figures: [CodedFigure]
    /// Commitments: who owes what by when, as statements and agreement texts say it.
    public var commitments: [CodedCommitment]

    /// A result holding the given candidates; none of each by default.
    public init(
        events: [CodedEvent] = [], claims: [CodedClaim] = [], figures: [CodedFigure] = [], commitments: [CodedCommitment] = []
    ) {
        self.events = events
        self.claims = claims
        self.figures = figures
        self.commitments = commitments
    }

    /// Whether the coder found nothing: no events, claims, figures or commitments.
    public var isEmpty: Bool { events.isEmpty && claims.isEmpty && figures.isEmpty && commitments.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case events, claims, figures, commitments
    }

    /// Decodes a result; one written before commitments were coded has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        events = try container.decode([CodedEvent].self, forKey: .events)
        claims = try container.decode([CodedClaim].self, forKey: .claims)
        figures = try container.decode([CodedFigure].self, forKey: .figures)
        commitments = try container.decodeIfPresent([CodedCommitment].self, forKey: .commitments) ?? []
    }
}

/// Half-open range of Unicode-scalar offsets into an article's cleaned text.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    /// Offset of the span's first scalar.
    public var start: Int
    /// Offset just past the span's last scalar; equal to `start` for an empty span.
    public var end: Int

    /// The span `start..<end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// A day, or a stretch of days, that a phrase in the text refers to.
public struct ResolvedDate: Hashable, Sendable, Codable {
    /// The first day the phrase can refer to.
    public var earliest: Day
    /// The last day the phrase can refer to; equal to `earliest` for a single day.
    public var latest: Day
    /// How precisely the phrase names its days (day, week, month, year).
    public var precision: DatePrecision

    /// The days `earliest` through `latest` (just `earliest` when `latest` is nil), at `precision`.
    public init(earliest: Day, latest: Day? = nil, precision: DatePrecision = .day) {
        self.earliest = earliest
        self.latest = latest ?? earliest
        self.precision = precision
    }

    /// Exactly `day`, at day precision.
    public init(day: Day) { self.init(earliest: day, latest: day, precision: .day) }

    /// The single day to file the record under: the last possible day of a
    /// "by July" deadline, the first day of a range otherwise.
    public var day: Day { earliest }

    /// Whether the phrase refers to exactly one day.
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

    /// An actor with canonical `name` (and CAMEO `code` when known), named in the text by `text`.
    public init(name: String, code: String? = nil, text: String) {
        self.name = name
        self.code = code
        self.text = text
    }
}

/// Where an event happened, as far as the text tells; each level is nil when unknown.
public struct CodedLocation: Hashable, Sendable, Codable {
    /// The country's name, when known.
    public var country: String?
    /// The first-level administrative division (province, state), when known.
    public var admin1: String?
    /// The town, village or site, when named.
    public var place: String?

    /// A location with the levels given; all nil by default.
    public init(country: String? = nil, admin1: String? = nil, place: String? = nil) {
        self.country = country
        self.admin1 = admin1
        self.place = place
    }

    /// Whether no level is known.
    public var isEmpty: Bool { country == nil && admin1 == nil && place == nil }
}

/// Deaths as the article reports them: the model's low/best/high range.
public typealias CodedFatalities = Fatalities

/// Who did what to whom, when and where, as one sentence reports it.
public struct CodedEvent: Hashable, Sendable, Codable {
    /// The day or days the event happened on; nil when no date could be resolved.
    public var date: ResolvedDate?
    /// The side that acted (CAMEO source actor); nil when not recognised.
    public var actor1: CodedActor?
    /// The side acted upon (CAMEO target actor); nil when not recognised or there is none.
    public var actor2: CodedActor?
    /// The CAMEO event code ("190", "1823").
    public var code: String
    /// The PLOVER event category the code maps to ("ASSAULT").
    public var plover: String?
    /// The ACLED event type the code maps to ("Battles"); nil when it maps to none.
    public var acledEventType: String?
    /// The ACLED sub-event type the code maps to ("Armed clash"); nil when it maps to none.
    public var acledSubEventType: String?
    /// Where it happened; empty when the text does not say.
    public var location: CodedLocation
    /// The deaths the sentence reports; all nil when it reports none.
    public var fatalities: CodedFatalities
    /// Repeated acts reported at once ("43 attacks on checkpoints" → 43).
    public var count: Int?
    /// People arrested or detained ("detained two suspected insurgents" → 2).
    public var detained: Int?
    /// Whether the sentence reports the act as done or something short of it; only `done` is evidence.
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

    /// A candidate event with CAMEO `code` from the sentence at `span`; what is not given is nil, empty or `done`.
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
    /// Who spoke, as the text names them ("a Taliban spokesman").
    public var speaker: String
    /// The agreement actor or dictionary actor the speaker speaks for, if known.
    public var speakerActor: CodedActor?
    /// The reporting verb as written ("said", "tweeted", "according to").
    public var verb: String
    /// The words quoted or reported, as written.
    public var quote: String
    /// The day or days the statement was made; nil when no date could be resolved.
    public var date: ResolvedDate?
    /// Whether the speaker asserts, promises, demands or denies what the quote says.
    public var modality: Modality
    /// The sentence the claim came from.
    public var span: TextSpan
    /// The agreement provision the claim is about, when the text makes it clear.
    public var aboutProvision: String?
    /// Index into `CodingResult.events` of the event the claim is about.
    public var aboutEvent: Int?

    /// A candidate claim by `speaker`, saying `quote` via `verb`, from the sentence at `span`.
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
    /// Whether a figure is the value at a time or a value to be reached.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The value now, or on the date it refers to.
        case current
        /// A value promised or required by a date ("8,600 by July").
        case target
        /// A value that held at a time well before the report: history told as context ("2,977 killed on 9/11").
        case past
    }

    /// What is counted, in the agreement's indicator vocabulary when one matches
    /// ("us_troops_in_afghanistan"), else a slug of the noun ("troops").
    public var indicator: String
    /// The number reported, in the indicator's own unit (8600 for "8,600 troops").
    public var value: Double
    /// The day or days the figure refers to (a target's deadline); nil when the text gives none.
    public var refersTo: ResolvedDate?
    /// Whether the figure is the current value, a target, or a past value.
    public var kind: Kind
    /// The actor whose figure it is (whose troops), when recognised.
    public var actor: CodedActor?
    /// The sentence the figure came from.
    public var span: TextSpan

    /// A candidate figure of `value` for `indicator`, from the sentence at `span`.
    public init(indicator: String, value: Double, refersTo: ResolvedDate? = nil, kind: Kind, actor: CodedActor? = nil, span: TextSpan) {
        self.indicator = indicator
        self.value = value
        self.refersTo = refersTo
        self.kind = kind
        self.actor = actor
        self.span = span
    }
}
