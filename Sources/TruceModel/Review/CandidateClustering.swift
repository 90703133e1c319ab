/// What the clustering rule looks at in one coded event: who, what, when, where, and
/// whether it reports an act.
public struct IncidentSignature: Hashable, Sendable {
    /// The acting side's name, case and spaces folded; nil when not recognised.
    public var actor1: String?
    /// The side acted upon's name, case and spaces folded; nil when not recognised.
    public var actor2: String?
    /// The CAMEO root code: the first two digits ("19" for "190" and "1951").
    public var action: String
    /// The first day the report can refer to; nil when it has no date.
    public var earliest: Day?
    /// The last day the report can refer to; `earliest` when only that is known, nil when there is no date.
    public var latest: Day?
    /// The country, case and spaces folded; nil when unknown.
    public var country: String?
    /// The first-level division, case and spaces folded; nil when unknown.
    public var admin1: String?
    /// The town, village or site, case and spaces folded; nil when unknown.
    public var place: String?
    /// Whether the report is of an act or something short of one; only equal modalities join.
    public var modality: Modality

    /// A signature of the given parts: names are folded, `code` is cut to its CAMEO root, and a nil
    /// `latest` is `earliest`.
    public init(
        actor1: String?, actor2: String?, code: String, earliest: Day?, latest: Day?, country: String? = nil, admin1: String? = nil,
        place: String? = nil, modality: Modality = .done
    ) {
        self.actor1 = CandidateClustering.fold(actor1)
        self.actor2 = CandidateClustering.fold(actor2)
        self.action = CandidateClustering.cameoRoot(code)
        self.earliest = earliest
        self.latest = latest ?? earliest
        self.country = CandidateClustering.fold(country)
        self.admin1 = CandidateClustering.fold(admin1)
        self.place = CandidateClustering.fold(place)
        self.modality = modality
    }

    /// The signature of a coded event; `fallbackDate` (the publication date) stands in for a missing date.
    public init(_ event: CodedEvent, fallbackDate: Day?) {
        self.init(
            actor1: event.actor1?.name, actor2: event.actor2?.name, code: event.code, earliest: event.date?.earliest ?? fallbackDate,
            latest: event.date?.latest ?? fallbackDate, country: event.location.country, admin1: event.location.admin1,
            place: event.location.place, modality: event.modality)
    }
}

/// Decides whether two reports describe the same incident, so that a reviewer sees one
/// incident with many reports rather than many events.
///
/// Two coded events are the same incident when all of these hold:
/// - **modality**: the same (a pledge never joins an act; two pledges can join);
/// - **action**: the same CAMEO root code;
/// - **actors**: when both reports name both sides, the same actor1 and the same actor2;
///   when a side is missing in either, the names one gives all appear, on either side,
///   in the other; a report that names nobody joins nothing;
/// - **date**: the date spans, each widened by `window` days, overlap; a report
///   without any date joins nothing;
/// - **place**: countries equal when both are known; admin1 equal when both are known;
///   else places equal when both are known; anything unknown on one side passes.
///
/// Names compare without regard to case or repeated spaces.
public enum CandidateClustering {
    /// The default day window: a report of the night of the 3rd and one of the 4th join.
    public static let defaultWindow = 1

    /// Whether `a` and `b` report the same incident by the rules above, with dates widened by `window` days.
    public static func sameIncident(_ a: IncidentSignature, _ b: IncidentSignature, window: Int = defaultWindow) -> Bool {
        a.modality == b.modality && a.action == b.action && sameActors(a, b) && closeInTime(a, b, window: window) && samePlace(a, b)
    }

    /// Whether `candidate` joins a cluster: it must be the same incident as every report in
    /// it (complete linkage), so a chain of reports a day apart never drifts across a week.
    public static func joins(_ candidate: IncidentSignature, _ cluster: [IncidentSignature], window: Int = defaultWindow) -> Bool {
        !cluster.isEmpty && cluster.allSatisfy { sameIncident(candidate, $0, window: window) }
    }

    static func sameActors(_ a: IncidentSignature, _ b: IncidentSignature) -> Bool {
        let named = (a: (a.actor1 == nil ? 0 : 1) + (a.actor2 == nil ? 0 : 1), b: (b.actor1 == nil ? 0 : 1) + (b.actor2 == nil ? 0 : 1))
        guard named.a > 0, named.b > 0 else { return false }
        if named.a == 2 && named.b == 2 { return a.actor1 == b.actor1 && a.actor2 == b.actor2 }
        // A side is missing: every name of the report with fewer names appears, on either side, in the other.
        let (fewer, more) = named.a <= named.b ? (a, b) : (b, a)
        func given(_ name: String?) -> Bool { name == nil || name == more.actor1 || name == more.actor2 }
        return given(fewer.actor1) && given(fewer.actor2)
    }

    static func closeInTime(_ a: IncidentSignature, _ b: IncidentSignature, window: Int) -> Bool {
        guard let aStart = a.earliest, let aEnd = a.latest, let bStart = b.earliest, let bEnd = b.latest else { return false }
        let slack = max(0, window)
        return aStart.adding(days: -slack) <= bEnd && bStart <= aEnd.adding(days: slack)
    }

    static func samePlace(_ a: IncidentSignature, _ b: IncidentSignature) -> Bool {
        if let x = a.country, let y = b.country, x != y { return false }
        if let x = a.admin1, let y = b.admin1 { return x == y }
        if let x = a.place, let y = b.place { return x == y }
        return true
    }

    /// The CAMEO root of a code: its first two characters ("0" codes keep their zero: "042" → "04").
    public static func cameoRoot(_ code: String) -> String {
        String(code.filter { !$0.isWhitespace }.prefix(2))
    }

    /// Two quotations are one statement when the same speaker said the same words (case and spacing aside).
    public static func sameStatement(_ a: CodedClaim, _ b: CodedClaim) -> Bool {
        a.modality == b.modality && fold(a.speaker) == fold(b.speaker) && fold(a.quote) == fold(b.quote)
    }

    /// Two figures are one when they give the same value of the same indicator, of the same kind,
    /// for dates within `window` days of each other (or both undated).
    public static func sameFigure(_ a: CodedFigure, _ b: CodedFigure, window: Int = defaultWindow) -> Bool {
        guard a.indicator == b.indicator, a.kind == b.kind, a.value == b.value else { return false }
        switch (a.refersTo, b.refersTo) {
        case (nil, nil): return true
        case (let x?, let y?):
            let slack = max(0, window)
            return x.earliest.adding(days: -slack) <= y.latest && y.earliest <= x.latest.adding(days: slack)
        default: return false
        }
    }

    /// Lower case, inner runs of spaces as one, `nil` for nothing.
    public static func fold(_ name: String?) -> String? {
        guard let name else { return nil }
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
