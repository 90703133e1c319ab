public import TruceCoder
public import TruceFormats
public import TruceModel

/// What `truce code` (and any front end that codes articles) shows of a coding result: JSON with
/// snake_case keys in a fixed order — events, claims, figures and commitments as the coder found
/// them, each with its text span — built as ordered ``JSONValue``s and written by ``JSONDocument``.
public enum CodeDocument {
    /// `{"events": [...], "claims": [...], "figures": [...], "commitments": [...]}`. Given `signs` (one per event, from
    /// `ArticleCoder.codeWithConfidenceSigns`), each event ends with its `confidence_signs` (``confidenceSigns(_:)``).
    public static func result(_ result: CodingResult, signs: [ConfidenceSigns?]? = nil) -> JSONValue {
        .object([
            .init("events", .array(result.events.indices.map { event(result.events[$0], signs: signsMember(signs, $0)) })),
            .init("claims", .array(result.claims.map(claim))),
            .init("figures", .array(result.figures.map(figure))),
            .init("commitments", .array(result.commitments.map(commitment))),
        ])
    }

    /// One article's result with where it came from, for several files and batch lines: `file` (the
    /// path or record id), `headline` and `publication_date`, then the members of ``result(_:signs:)``.
    public static func document(_ coded: CodingResult, article: Article, id: JSONValue, signs: [ConfidenceSigns?]? = nil) -> JSONValue {
        guard case .object(let members) = result(coded, signs: signs) else { return .null }
        return .object(
            [
                .init("file", id), .init("headline", .string(article.headline)),
                .init("publication_date", .string(article.publicationDate?.iso)),
            ] + members)
    }

    /// One event; `signs`, when given, is its `confidence_signs` member's value.
    static func event(_ event: CodedEvent, signs: JSONValue? = nil) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("date", .string(event.date?.earliest.iso)),
            .init("date_latest", event.date.map { $0.isSingleDay ? .null : .string($0.latest.iso) } ?? .null),
            .init("date_precision", .string(event.date?.precision.rawValue)),
            .init("actor1", actor(event.actor1)),
            .init("actor2", actor(event.actor2)),
            .init("code", .string(event.code)),
            .init("plover", .string(event.plover)),
            .init("acled_event_type", .string(event.acledEventType)),
            .init("acled_sub_event_type", .string(event.acledSubEventType)),
            .init(
                "location",
                .object([
                    .init("country", .string(event.location.country)), .init("admin1", .string(event.location.admin1)),
                    .init("place", .string(event.location.place)),
                ])),
            .init(
                "fatalities",
                .object([
                    .init("low", .int(event.fatalities.low)), .init("best", .int(event.fatalities.best)),
                    .init("high", .int(event.fatalities.high)),
                ])),
            .init("count", .int(event.count)),
            .init("detained", .int(event.detained)),
            .init("modality", .string(event.modality.rawValue)),
            .init("span", span(event.span)),
            .init("confidence", .rounded(event.confidence, places: 2)),
            .init("repeats", .int(event.repeats)),
        ]
        if let signs { members.append(.init("confidence_signs", signs)) }
        return .object(members)
    }

    /// What an event's confidence weighed (`truce code --confidence-signs`): `{"rules", "done", "dated_to_a_day",
    /// "on_the_leads_day", "counted", "violence", "of_the_leads_kind"}`, the rules' confidence unrounded.
    public static func confidenceSigns(_ signs: ConfidenceSigns) -> JSONValue {
        .object([
            .init("rules", .double(signs.rules)), .init("done", .bool(signs.isDone)), .init("dated_to_a_day", .bool(signs.isDatedToADay)),
            .init("on_the_leads_day", .bool(signs.isOnTheLeadsDay)), .init("counted", .bool(signs.isCounted)),
            .init("violence", .bool(signs.isViolence)), .init("of_the_leads_kind", .bool(signs.isOfTheLeadsKind)),
        ])
    }

    /// The value of event `index`'s `confidence_signs`: nil when no signs were asked for, null for an event with none.
    static func signsMember(_ signs: [ConfidenceSigns?]?, _ index: Int) -> JSONValue? {
        guard let signs else { return nil }
        guard signs.indices.contains(index), let these = signs[index] else { return .null }
        return confidenceSigns(these)
    }

    static func claim(_ claim: CodedClaim) -> JSONValue {
        .object([
            .init("speaker", .string(claim.speaker)),
            .init("speaker_actor", actor(claim.speakerActor)),
            .init("verb", .string(claim.verb)),
            .init("quote", .string(claim.quote)),
            .init("date", .string(claim.date?.earliest.iso)),
            .init("modality", .string(claim.modality.rawValue)),
            .init("span", span(claim.span)),
            .init("about_provision", .string(claim.aboutProvision)),
            .init("about_event", .int(claim.aboutEvent)),
        ])
    }

    static func figure(_ figure: CodedFigure) -> JSONValue {
        let refersTo: JSONValue
        if let date = figure.refersTo {
            refersTo =
                date.isSingleDay
                ? .string(date.earliest.iso) : .object([.init("from", .string(date.earliest.iso)), .init("to", .string(date.latest.iso))])
        } else {
            refersTo = .null
        }
        return .object([
            .init("indicator", .string(figure.indicator)),
            .init("value", .double(figure.value)),
            .init("refers_to", refersTo),
            .init("kind", .string(figure.kind.rawValue)),
            .init("actor", actor(figure.actor)),
            .init("span", span(figure.span)),
        ])
    }

    /// One commitment: `obligor`, `act`, `cameo`, `verb`, `modal`, `object`, `negated`, `strength`
    /// (`undertaking` or `recommendation`), `deadline`
    /// (`{"due", "from", "to", "precision", "text", "relative": {"amount", "unit", "base", "from"}}` or null),
    /// `span`, `confidence`, `provisions`.
    static func commitment(_ commitment: CodedCommitment) -> JSONValue {
        .object([
            .init("obligor", actor(commitment.obligor)),
            .init("act", .string(commitment.act.rawValue)),
            .init("cameo", .string(commitment.act.cameo)),
            .init("verb", .string(commitment.verb)),
            .init("modal", .string(commitment.modal)),
            .init("object", .string(commitment.object)),
            .init("negated", .bool(commitment.negated)),
            .init("strength", .string(commitment.strength.rawValue)),
            .init("deadline", commitment.deadline.map(deadline) ?? .null),
            .init("span", span(commitment.span)),
            .init("confidence", .rounded(commitment.confidence, places: 2)),
            .init("provisions", .array(commitment.provisions.map { .string($0) })),
        ])
    }

    static func deadline(_ deadline: CommitmentDeadline) -> JSONValue {
        let relative: JSONValue =
            deadline.relative.map { relative in
                .object([
                    .init("amount", .int(relative.amount)), .init("unit", .string(relative.unit.rawValue)),
                    .init("base", .string(relative.base.rawValue)), .init("from", .string(relative.from.iso)),
                ])
            } ?? .null
        return .object([
            .init("due", .string(deadline.due.iso)),
            .init("from", .string(deadline.date.earliest.iso)),
            .init("to", .string(deadline.date.latest.iso)),
            .init("precision", .string(deadline.date.precision.rawValue)),
            .init("text", .string(deadline.text)),
            .init("relative", relative),
        ])
    }

    static func actor(_ actor: CodedActor?) -> JSONValue {
        guard let actor else { return .null }
        return .object([.init("name", .string(actor.name)), .init("code", .string(actor.code)), .init("text", .string(actor.text))])
    }

    static func span(_ span: TextSpan) -> JSONValue { .object([.init("start", .int(span.start)), .init("end", .int(span.end))]) }

    /// ``document(_:article:id:signs:)`` written straight to bytes, for batch output: the same text as
    /// `document(...).write(into:)` (CodeDocumentTests compare the two), without building the values.
    public static func writeDocument(
        _ coded: CodingResult, article: Article, id: JSONValue, signs: [ConfidenceSigns?]? = nil, into out: inout JSONBytes
    ) {
        out.beginObject()
        out.key("file")
        out.value(id)
        out.key("headline")
        out.string(article.headline)
        out.key("publication_date")
        out.string(article.publicationDate?.iso)
        out.key("events")
        out.beginArray()
        for index in coded.events.indices { writeEvent(coded.events[index], signs: signsMember(signs, index), into: &out) }
        out.endArray()
        out.key("claims")
        out.beginArray()
        for claim in coded.claims { writeClaim(claim, into: &out) }
        out.endArray()
        out.key("figures")
        out.beginArray()
        for figure in coded.figures { out.value(self.figure(figure)) }
        out.endArray()
        out.key("commitments")
        out.beginArray()
        for commitment in coded.commitments { out.value(self.commitment(commitment)) }
        out.endArray()
        out.endObject()
    }

    private static func writeEvent(_ event: CodedEvent, signs: JSONValue?, into out: inout JSONBytes) {
        out.beginObject()
        out.key("date")
        out.string(event.date?.earliest.iso)
        out.key("date_latest")
        out.string(event.date.flatMap { $0.isSingleDay ? nil : $0.latest.iso })
        out.key("date_precision")
        out.string(event.date?.precision.rawValue)
        out.key("actor1")
        writeActor(event.actor1, into: &out)
        out.key("actor2")
        writeActor(event.actor2, into: &out)
        out.key("code")
        out.string(event.code)
        out.key("plover")
        out.string(event.plover)
        out.key("acled_event_type")
        out.string(event.acledEventType)
        out.key("acled_sub_event_type")
        out.string(event.acledSubEventType)
        out.key("location")
        out.beginObject()
        out.key("country")
        out.string(event.location.country)
        out.key("admin1")
        out.string(event.location.admin1)
        out.key("place")
        out.string(event.location.place)
        out.endObject()
        out.key("fatalities")
        out.beginObject()
        out.key("low")
        out.int(event.fatalities.low)
        out.key("best")
        out.int(event.fatalities.best)
        out.key("high")
        out.int(event.fatalities.high)
        out.endObject()
        out.key("count")
        out.int(event.count)
        out.key("detained")
        out.int(event.detained)
        out.key("modality")
        out.string(event.modality.rawValue)
        out.key("span")
        writeSpan(event.span, into: &out)
        out.key("confidence")
        out.value(.rounded(event.confidence, places: 2))
        out.key("repeats")
        out.int(event.repeats)
        if let signs {
            out.key("confidence_signs")
            out.value(signs)
        }
        out.endObject()
    }

    private static func writeClaim(_ claim: CodedClaim, into out: inout JSONBytes) {
        out.beginObject()
        out.key("speaker")
        out.string(claim.speaker)
        out.key("speaker_actor")
        writeActor(claim.speakerActor, into: &out)
        out.key("verb")
        out.string(claim.verb)
        out.key("quote")
        out.string(claim.quote)
        out.key("date")
        out.string(claim.date?.earliest.iso)
        out.key("modality")
        out.string(claim.modality.rawValue)
        out.key("span")
        writeSpan(claim.span, into: &out)
        out.key("about_provision")
        out.string(claim.aboutProvision)
        out.key("about_event")
        out.int(claim.aboutEvent)
        out.endObject()
    }

    private static func writeActor(_ actor: CodedActor?, into out: inout JSONBytes) {
        guard let actor else { return out.value(.null) }
        out.beginObject()
        out.key("name")
        out.string(actor.name)
        out.key("code")
        out.string(actor.code)
        out.key("text")
        out.string(actor.text)
        out.endObject()
    }

    private static func writeSpan(_ span: TextSpan, into out: inout JSONBytes) {
        out.beginObject()
        out.key("start")
        out.int(span.start)
        out.key("end")
        out.int(span.end)
        out.endObject()
    }
}
