import Testing
import TruceCoder
import TruceModel

/// Every field of a candidate is editable (issue 12 item 8) — a count of acts, people detained, a
/// claim's speaker actor — and a statement is never given an armed-conflict event type.
@Suite struct ReviewFieldEditTests {
    static let article = ReportArticle(origin: "a.txt", sha256: String(repeating: "0", count: 64), publicationDate: Day(iso: "2020-03-05"))

    static func eventCluster(code: String, type: String?, count: Int? = nil) -> ReviewCluster {
        let event = CodedEvent(
            date: ResolvedDate(day: Day(iso: "2020-03-04")!), actor1: CodedActor(name: "Taliban", text: "Taliban"), code: code,
            acledEventType: type, count: count, span: TextSpan(start: 0, end: 10), confidence: 0.6)
        let report = ReviewReport(id: 1, articleID: 1, article: article, record: .event(event), sentence: "s", date: event.date)
        return ReviewCluster(id: 7, kind: .event, state: .pending, reports: [report])
    }

    static func claimCluster() -> ReviewCluster {
        let claim = CodedClaim(speaker: "a spokesman", verb: "said", quote: "we will not attack", span: TextSpan(start: 0, end: 10))
        let report = ReviewReport(id: 2, articleID: 1, article: article, record: .claim(claim), sentence: "s", date: nil)
        return ReviewCluster(id: 8, kind: .claim, state: .pending, reports: [report])
    }

    @Test func aCountAndPeopleDetainedAreEditedAndCleared() throws {
        var cluster = Self.eventCluster(code: "190", type: "Battles", count: 43)
        cluster.edits = try cluster.edits(setting: ["count=40", "detained=2"])
        guard case .success(.event(let event)) = cluster.draft() else {
            Issue.record("no draft")
            return
        }
        #expect(event.attributes["count"] == "40" && event.attributes["detained"] == "2")
        cluster.edits = try cluster.edits(setting: ["count="])
        guard case .success(.event(let cleared)) = cluster.draft() else {
            Issue.record("no draft")
            return
        }
        #expect(cleared.attributes["count"] == nil, "an empty count clears the coded 43")
        #expect(throws: TruceError.self) { try cluster.edits(setting: ["count=-3"]) }
        #expect(throws: TruceError.self) { try cluster.edits(setting: ["detained=many"]) }
    }

    @Test func aClaimsSpeakerActorIsEdited() throws {
        var cluster = Self.claimCluster()
        guard case .success(.claim(let before)) = cluster.draft() else {
            Issue.record("no draft")
            return
        }
        #expect(before.speakerActor == nil)
        cluster.edits = try cluster.edits(setting: ["speaker_actor=TALIBAN"])
        guard case .success(.claim(let after)) = cluster.draft() else {
            Issue.record("no draft")
            return
        }
        #expect(after.speakerActor == "TALIBAN" && after.speaker == "a spokesman")
    }

    @Test func everyKindListsItsFieldsAndEachIsSettable() throws {
        let values = [
            "date": "2020-03-04", "actor1": "X", "actor2": "", "code": "190", "event_type": "Battles", "sub_event_type": "Armed clash",
            "country": "Afghanistan", "admin1": "Helmand", "place": "Marja", "fatalities": "1..2", "count": "3", "detained": "0",
            "modality": "done", "speaker": "Y", "speaker_actor": "USA", "quote": "q", "provision": "p", "indicator": "troop_level",
            "value": "8600", "actor": "USA", "kind": "current",
        ]
        for kind in CandidateKind.allCases {
            var edits = ReviewEdits()
            for field in kind.editableFields {
                let value = try #require(values[field], "no sample value for \(field)")
                try edits.set(field, to: value, kind: kind)
            }
            #expect(edits.values.count == kind.editableFields.count)
        }
    }

    @Test(arguments: ["010", "020", "036", "042", "057", "1041"])
    func aStatementIsNotOfferedAnArmedConflictType(code: String) {
        let offered = EventTypeChoice.offered(forCode: code)
        #expect(offered == ["Protests", "Riots", "Strategic developments"])
        let cluster = Self.eventCluster(code: code, type: "Strategic developments")
        #expect(cluster.offeredEventTypes == offered)
    }

    @Test(arguments: ["190", "0871", "145", "18"])
    func anActIsOfferedEveryType(code: String) {
        #expect(EventTypeChoice.offered(forCode: code) == EventTypeChoice.eventTypes)
    }

    @Test func anEditGivingAStatementAnArmedConflictTypeIsRefused() throws {
        let statement = Self.eventCluster(code: "042", type: "Strategic developments")
        #expect {
            try statement.edits(setting: ["event_type=Battles"])
        } throws: { error in
            let message = (error as? TruceError)?.message ?? ""
            return message.hasPrefix("field 'event_type'") && message.contains("CAMEO 042 is a statement")
                && message.contains("Strategic developments")
        }
        #expect(throws: TruceError.self) { try statement.edits(setting: ["event_type=violence against civilians"]) }
        #expect(try statement.edits(setting: ["event_type=Strategic developments"]).text("event_type") == .some("Strategic developments"))

        // The code and the type are judged together: an act's type, then a statement's code, is refused as well;
        // setting an act's code and a violent type in one edit is not.
        let act = Self.eventCluster(code: "190", type: "Battles")
        #expect(throws: TruceError.self) { try act.edits(setting: ["event_type=Battles", "code=042"]) }
        #expect(try statement.edits(setting: ["code=190", "event_type=Battles"]).code == "190")
    }
}
