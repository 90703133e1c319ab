/// The article a report came from, as provenance names it.
public struct ReportArticle: Hashable, Sendable, Codable {
    /// Where the article came from (a path or URL); cited when `source` is nil.
    public var origin: String
    /// The outlet that published it, when known.
    public var source: String?
    /// The article's headline, when it has one.
    public var headline: String?
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String
    /// The day it was published, when known; stands in for a record's missing date.
    public var publicationDate: Day?

    /// An article from `origin` whose bytes hash to `sha256`; source, headline and date are optional.
    public init(origin: String, source: String? = nil, headline: String? = nil, sha256: String, publicationDate: Day? = nil) {
        self.origin = origin
        self.source = source
        self.headline = headline
        self.sha256 = sha256
        self.publicationDate = publicationDate
    }

    /// The name to cite: the source, else where the article came from.
    public var citation: String { source ?? origin }
}

/// One coded record as one article reported it, with the sentence it came from.
public struct CandidateReport<Record: Hashable & Sendable>: Hashable, Sendable {
    /// The coded record: a `CodedEvent`, `CodedClaim` or `CodedFigure`.
    public var record: Record
    /// The article that reported it.
    public var article: ReportArticle
    /// The sentence the record came from.
    public var sentence: String
    /// 0…1: how sure the coder is; breaks ties between equally common values.
    public var confidence: Double

    /// `record` as `article` reported it in `sentence`; `confidence` defaults to 1.
    public init(record: Record, article: ReportArticle, sentence: String, confidence: Double = 1) {
        self.record = record
        self.article = article
        self.sentence = sentence
        self.confidence = confidence
    }
}

/// Combines the reports of one cluster, and the reviewer's edits, into the record that
/// accepting it writes. An edit always wins over what the reports say.
///
/// - Events: each field takes the value most reports give (ties: the more confident report,
///   then the earlier one); the target never takes the actor's name unless a report names
///   it on both sides. Dates: the span all reports agree on, else the span covering them
///   all. Fatalities: low is the largest low (some report saw at least that many), best the
///   median of the best estimates (the lower middle one for an even count, so a figure some
///   report gave), high the largest high.
/// - Claims: the most common speaker and quote; the earliest date.
/// - Figures: the most common indicator and value; the date the figure refers to, else the
///   publication date.
public enum EvidenceDraft {
    /// The modality a cluster of events would be accepted with.
    public static func modality(_ reports: [CandidateReport<CodedEvent>], edits: ReviewEdits) -> Modality {
        edits.modality ?? mostCommon(reports, { $0.record.modality }) ?? .done
    }

    /// The `articles` event with `key` that accepting the cluster `reports` writes, combined by the rules above.
    ///
    /// - Throws: ``TruceError`` (`store`) when there are no reports; (`invalidInput`) when no report or
    ///   edit gives a date or an ACLED event type.
    public static func event(key: String, reports: [CandidateReport<CodedEvent>], edits: ReviewEdits) throws(TruceError) -> Event {
        guard !reports.isEmpty else { throw TruceError(.store, "cluster \(key) has no reports") }
        guard let date = edits.date ?? agreedDate(reports.map { $0.record.date ?? $0.article.publicationDate.map(ResolvedDate.init(day:)) })
        else {
            throw TruceError(.invalidInput, "field 'date': no report gives a date; set one (date=YYYY-MM-DD)")
        }
        let code = edits.code ?? mostCommon(reports, { $0.record.code }) ?? ""
        let sameCode = reports.filter { $0.record.code == code }.sorted { $0.confidence > $1.confidence }
        let eventType = optional(edits, "event_type") ?? sameCode.lazy.compactMap(\.record.acledEventType).first
        guard let eventType else {
            throw TruceError(
                .invalidInput,
                "field 'event_type': no ACLED event type for CAMEO \(code); set one (event_type=Battles, or another ACLED type)")
        }
        let subEventType = optional(edits, "sub_event_type") ?? sameCode.lazy.compactMap(\.record.acledSubEventType).first
        let modality = modality(reports, edits: edits)
        var attributes = ["modality": modality.rawValue]
        // An edited count wins; cleared, the event has none.
        if let count = pick(edits, "count", else: reports.compactMap(\.record.count).max().map(String.init)) { attributes["count"] = count }
        if let detained = pick(edits, "detained", else: reports.compactMap(\.record.detained).max().map(String.init)) {
            attributes["detained"] = detained
        }
        let actor1 = actor(reports, \.record.actor1, edit: edits.text("actor1"))
        // Reports that swapped the sides (one says "Afghan forces detained", another "were detained by
        // Afghan forces") must not make a side act on itself: the target never repeats the actor's
        // name unless a report says so.
        let targets = reports.filter { report in
            report.record.actor2?.name != actor1.name || report.record.actor1?.name == report.record.actor2?.name
        }
        let actor2 = actor(targets, \.record.actor2, edit: edits.text("actor2"))
        let best = reports.max { $0.confidence < $1.confidence } ?? reports[0]
        let notes = reports.count == 1 ? best.sentence : "\(best.sentence) (reported by \(reports.count) articles)"
        return Event(
            key: key, dataset: "articles",
            date: DateSpan(day: date.earliest, earliest: date.earliest, latest: date.latest, precision: date.precision),
            type: EventType(event: eventType, subEvent: subEventType, cameo: code.isEmpty ? nil : code),
            actor1: actor1, actor2: actor2,
            location: Location(
                country: pick(edits, "country", else: mostCommon(reports, { $0.record.location.country })) ?? "",
                admin1: pick(edits, "admin1", else: mostCommon(reports, { $0.record.location.admin1 })),
                place: pick(edits, "place", else: mostCommon(reports, { $0.record.location.place }))),
            fatalities: edits.fatalities ?? combinedFatalities(reports.map(\.record.fatalities)),
            sources: distinct(reports.map(\.article.citation)), notes: notes, attributes: attributes)
    }

    /// The accepted claim with `key` that accepting the cluster `reports` writes, combined by the rules above.
    ///
    /// - Throws: ``TruceError`` (`store`) when there are no reports; (`invalidInput`) when no report or edit gives a date.
    public static func claim(key: String, reports: [CandidateReport<CodedClaim>], edits: ReviewEdits) throws(TruceError) -> Claim {
        guard let first = reports.first else { throw TruceError(.store, "cluster \(key) has no reports") }
        let dates = reports.compactMap { $0.record.date?.earliest ?? $0.article.publicationDate }
        guard let day = edits.date?.earliest ?? dates.min() else {
            throw TruceError(.invalidInput, "field 'date': no report gives a date; set one (date=YYYY-MM-DD)")
        }
        let speakerActor = pick(edits, "speaker_actor", else: mostCommon(reports, { $0.record.speakerActor?.name }))
        return Claim(
            key: key, date: day, speaker: optional(edits, "speaker") ?? mostCommon(reports, { $0.record.speaker }) ?? first.record.speaker,
            speakerActor: speakerActor, quote: optional(edits, "quote") ?? mostCommon(reports, { $0.record.quote }) ?? first.record.quote,
            aboutProvision: pick(edits, "provision", else: reports.lazy.compactMap(\.record.aboutProvision).first),
            modality: edits.modality ?? mostCommon(reports, { $0.record.modality }) ?? .done, grade: .fair,
            reviewState: .accepted, source: distinct(reports.map(\.article.citation)).joined(separator: "; "),
            url: reports.lazy.map(\.article.origin).first { $0.hasPrefix("http://") || $0.hasPrefix("https://") })
    }

    /// The kind a cluster of figures would be accepted as: a target is a promise, not a value.
    public static func figureKind(_ reports: [CandidateReport<CodedFigure>], edits: ReviewEdits) -> CodedFigure.Kind {
        edits.figureKind ?? mostCommon(reports, { $0.record.kind }) ?? .current
    }

    /// The observation with `key` that accepting the cluster `reports` writes: the earliest date, a
    /// target's sentence noted as such.
    ///
    /// - Throws: ``TruceError`` (`store`) when there are no reports; (`invalidInput`) when no report or edit gives a date.
    public static func observation(key: String, reports: [CandidateReport<CodedFigure>], edits: ReviewEdits) throws(TruceError) -> Observation {
        guard let first = reports.first else { throw TruceError(.store, "cluster \(key) has no reports") }
        let dates = reports.compactMap { $0.record.refersTo?.day ?? $0.article.publicationDate }
        guard let day = edits.date?.earliest ?? dates.min() else {
            throw TruceError(.invalidInput, "field 'date': no report gives a date; set one (date=YYYY-MM-DD)")
        }
        let kind = figureKind(reports, edits: edits)
        return Observation(
            key: key, indicator: optional(edits, "indicator") ?? mostCommon(reports, { $0.record.indicator }) ?? first.record.indicator,
            actor: pick(edits, "actor", else: mostCommon(reports, { $0.record.actor?.name })),
            date: day, value: edits.value ?? mostCommon(reports, { $0.record.value }) ?? first.record.value,
            source: distinct(reports.map(\.article.citation)).joined(separator: "; "),
            url: reports.lazy.map(\.article.origin).first { $0.hasPrefix("http://") || $0.hasPrefix("https://") },
            notes: kind == .target ? "target: \(first.sentence)" : first.sentence)
    }

    /// The span every report's date allows, or, when they disagree, the span covering them all.
    static func agreedDate(_ dates: [ResolvedDate?]) -> ResolvedDate? {
        let known = dates.compactMap { $0 }
        guard let first = known.first else { return nil }
        let earliest = known.map(\.earliest).max() ?? first.earliest
        let latest = known.map(\.latest).min() ?? first.latest
        let (from, to) = earliest <= latest ? (earliest, latest) : (known.map(\.earliest).min()!, known.map(\.latest).max()!)
        let precision = known.first { $0.earliest == from && $0.latest == to }?.precision ?? DateSpanning.precision(from: from, to: to)
        return ResolvedDate(earliest: from, latest: to, precision: from == to ? .day : precision)
    }

    /// Low: the largest low; best: the lower median of the best figures; high: the largest high.
    static func combinedFatalities(_ reports: [CodedFatalities]) -> Fatalities {
        let low = reports.compactMap(\.low).max()
        let bests = reports.compactMap { $0.best ?? $0.low }.sorted()
        var best = bests.isEmpty ? nil : bests[(bests.count - 1) / 2]
        var high = reports.compactMap(\.high).max()
        if let floor = low { best = max(best ?? floor, floor) }
        if let best, let top = high { high = max(top, best) }
        return Fatalities(low: low, best: best, high: high)
    }

    private static func actor(
        _ reports: [CandidateReport<CodedEvent>], _ side: KeyPath<CandidateReport<CodedEvent>, CodedActor?>, edit: String??
    ) -> EventActor {
        if let edit { return EventActor(name: edit) }
        guard let name = mostCommon(reports, { $0[keyPath: side]?.name }) else { return EventActor() }
        let code = reports.lazy.compactMap { $0[keyPath: side] }.first { $0.name == name }?.code
        return EventActor(name: name, code: code)
    }

    /// The value most reports give; ties go to the more confident report, then the earlier one.
    static func mostCommon<Record, Value: Hashable>(_ reports: [CandidateReport<Record>], _ value: (CandidateReport<Record>) -> Value?) -> Value? {
        var tally: [Value: (count: Int, confidence: Double, order: Int)] = [:]
        for (index, report) in reports.enumerated() {
            guard let key = value(report) else { continue }
            if var seen = tally[key] {
                seen.count += 1
                seen.confidence = max(seen.confidence, report.confidence)
                tally[key] = seen
            } else {
                tally[key] = (1, report.confidence, -index)
            }
        }
        return tally.max { ($0.value.count, $0.value.confidence, $0.value.order) < ($1.value.count, $1.value.confidence, $1.value.order) }?.key
    }

    /// The edited text when the field was edited (nil when cleared), else `fallback`.
    private static func pick(_ edits: ReviewEdits, _ field: String, else fallback: String?) -> String? {
        if let edit = edits.text(field) { return edit }
        return fallback
    }

    /// An edited text, or nil when the field was not edited or was cleared.
    private static func optional(_ edits: ReviewEdits, _ field: String) -> String? {
        edits.text(field) ?? nil
    }

    private static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
