import Testing
import TruceCoder
import TruceModel

@Suite struct EvidenceDraftTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func report(
        _ source: String, date: ResolvedDate?, code: String = "190", actor2: String? = "United States", killed: CodedFatalities = CodedFatalities(),
        confidence: Double = 0.5, modality: Modality = .done
    ) -> CandidateReport<CodedEvent> {
        let event = CodedEvent(
            date: date, actor1: CodedActor(name: "Taliban", code: "AFGINS", text: "the Taliban"),
            actor2: actor2.map { CodedActor(name: $0, text: $0) }, code: code, acledEventType: code == "190" ? "Battles" : nil,
            location: CodedLocation(country: "Afghanistan", admin1: "Helmand"), fatalities: killed, modality: modality,
            span: TextSpan(start: 0, end: 10), confidence: confidence)
        return CandidateReport(
            record: event, article: ReportArticle(origin: "\(source).txt", source: source, sha256: String(repeating: "a", count: 64)),
            sentence: "Sentence from \(source).", confidence: confidence)
    }

    @Test func reportsCombineByMajorityAndFatalitiesByTheDocumentedRule() throws {
        let reports = [
            Self.report("A", date: ResolvedDate(day: Self.day("2020-03-04")), killed: CodedFatalities(low: 2, best: 2, high: 2)),
            Self.report(
                "B", date: ResolvedDate(earliest: Self.day("2020-03-02"), latest: Self.day("2020-03-08"), precision: .week),
                killed: CodedFatalities(low: 5, best: 7, high: nil), confidence: 0.9),
            Self.report("C", date: nil, actor2: "NATO", killed: CodedFatalities(low: 1, best: 20, high: 30)),
            Self.report(
                "D", date: ResolvedDate(day: Self.day("2020-03-04")), actor2: "NATO", killed: CodedFatalities(low: nil, best: 4, high: nil),
                confidence: 0.4),
        ]
        let event = try EvidenceDraft.event(key: "article:1", reports: reports, edits: ReviewEdits())
        #expect(event.date.earliest == Self.day("2020-03-04") && event.date.latest == Self.day("2020-03-04") && event.date.precision == .day)
        // Lows 2, 5, 1 → 5; bests 2, 7, 20, 4 → lower median 4, raised to the low 5; highs 2, 30 → 30.
        #expect(event.fatalities == Fatalities(low: 5, best: 5, high: 30))
        // United States and NATO tie at two reports each: the more confident report decides.
        #expect(event.actor2.name == "United States")
        #expect(event.actor1 == EventActor(name: "Taliban", code: "AFGINS"))
        #expect(event.sources == ["A", "B", "C", "D"])
        #expect(event.notes == "Sentence from B. (reported by 4 articles)")
    }

    @Test func disagreeingDatesGiveTheSpanCoveringThemAll() {
        let reports = [
            Self.report("A", date: ResolvedDate(day: Self.day("2020-03-04"))),
            Self.report("B", date: ResolvedDate(day: Self.day("2020-03-05"))),
        ]
        let event = try? EvidenceDraft.event(key: "k", reports: reports, edits: ReviewEdits())
        #expect(event?.date.earliest == Self.day("2020-03-04") && event?.date.latest == Self.day("2020-03-05"))
        #expect(event?.date.precision == .week)
    }

    @Test func withoutAnyDateOrEventTypeTheDraftAsksForTheField() throws {
        #expect { try EvidenceDraft.event(key: "k", reports: [Self.report("A", date: nil)], edits: ReviewEdits()) } throws: { error in
            (error as? TruceError)?.message.hasPrefix("field 'date'") == true
        }
        let unmapped = [Self.report("A", date: ResolvedDate(day: Self.day("2020-03-04")), code: "1823")]
        #expect { try EvidenceDraft.event(key: "k", reports: unmapped, edits: ReviewEdits()) } throws: { error in
            (error as? TruceError)?.message.hasPrefix("field 'event_type'") == true
        }
        var edits = ReviewEdits()
        try edits.set("event_type", to: "Explosions/Remote violence", kind: .event)
        #expect(try EvidenceDraft.event(key: "k", reports: unmapped, edits: edits).type.event == "Explosions/Remote violence")
    }

    @Test func theModalityIsTheReportsUnlessEdited() throws {
        let pledges = [Self.report("A", date: nil, modality: .promised), Self.report("B", date: nil, modality: .promised)]
        #expect(EvidenceDraft.modality(pledges, edits: ReviewEdits()) == .promised)
        var edits = ReviewEdits()
        try edits.set("modality", to: "done", kind: .event)
        #expect(EvidenceDraft.modality(pledges, edits: edits) == .done)
    }

    @Test func reportsThatSwapTheSidesDoNotMakeAnActorActOnItself() throws {
        let day = ResolvedDate(day: Self.day("2011-01-24"))
        func detention(_ source: String, _ actor1: String?, _ actor2: String?) -> CandidateReport<CodedEvent> {
            var report = Self.report(source, date: day, code: "173")
            report.record.actor1 = actor1.map { CodedActor(name: $0, text: $0) }
            report.record.actor2 = actor2.map { CodedActor(name: $0, text: $0) }
            report.record.acledEventType = "Strategic developments"
            return report
        }
        let reports = [detention("A", "Afghanistan", nil), detention("B", nil, "Afghanistan"), detention("C", "Afghanistan", nil)]
        let event = try EvidenceDraft.event(key: "k", reports: reports, edits: ReviewEdits())
        #expect(event.actor1.name == "Afghanistan" && event.actor2.name == nil)
        let mutual = [detention("A", "Afghanistan", "Afghanistan")]
        #expect(try EvidenceDraft.event(key: "k", reports: mutual, edits: ReviewEdits()).actor2.name == "Afghanistan")
    }
}
