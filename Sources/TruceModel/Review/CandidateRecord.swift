/// One coded record, whichever kind it is.
public enum CandidateRecord: Hashable, Sendable {
    case event(CodedEvent)
    case claim(CodedClaim)
    case figure(CodedFigure)

    /// Whether the record is an event, a claim or a figure.
    public var kind: CandidateKind {
        switch self {
        case .event: .event
        case .claim: .claim
        case .figure: .figure
        }
    }

    /// The sentence the record came from, as a span of the article's cleaned text.
    public var span: TextSpan {
        switch self {
        case .event(let event): event.span
        case .claim(let claim): claim.span
        case .figure(let figure): figure.span
        }
    }

    /// The record's modality; a figure's kind reads as one (a target is promised, not done).
    public var modality: Modality {
        switch self {
        case .event(let event): event.modality
        case .claim(let claim): claim.modality
        case .figure(let figure): figure.kind == .target ? .promised : .done
        }
    }

    /// 0…1: the coder's confidence for an event; always 1 for a claim or a figure.
    public var confidence: Double {
        if case .event(let event) = self { return event.confidence }
        return 1
    }

    /// The day span the record refers to; the publication date when the text gives none.
    public func dates(published: Day?) -> ResolvedDate? {
        switch self {
        case .event(let event): event.date ?? published.map(ResolvedDate.init(day:))
        case .claim(let claim): claim.date ?? published.map(ResolvedDate.init(day:))
        case .figure(let figure): figure.refersTo ?? published.map(ResolvedDate.init(day:))
        }
    }
}
