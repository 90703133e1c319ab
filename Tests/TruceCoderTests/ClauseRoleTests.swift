import Testing
import TruceModel

@testable import TruceCoder

/// Clauses, not nearest words (issue 12 items 4 and 6): a relative clause between a subject and its verb is passed
/// over, a trailing attribution's speaker makes only the statement, a possessive subject is its possessor's, and the
/// modality of one verb does not reach a verb coordinated after it.
@Suite struct ClauseRoleTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String = "2024-05-15") -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func violent(_ result: CodingResult) -> [CodedEvent] { result.events.filter { EventKinds.isViolent($0.code) } }

    @Test(arguments: [
        ("Taliban fighters, who signed a truce with the government in March, attacked a police checkpoint on Friday.", "AFG", "2024-05-10"),
        ("Hezbollah, whose fighters withdrew from the border in 2006, fired rockets at Israel on Thursday.", "LBN", "2024-05-09"),
        ("The Houthis, who have controlled Sanaa since September 2014, attacked a Saudi border post on Monday.", "YEM", "2024-05-13"),
    ])
    func aRelativeClauseIsPassedOverToTheSubject(text: String, subject: String, day: String) throws {
        let act = try #require(violent(code(text)).first, "\(text)")
        #expect(act.actor1?.code?.hasPrefix(subject) == true, "\(text): \(String(describing: act.actor1))")
        #expect(act.date?.earliest == Day(iso: day), "\(text)")
    }

    @Test func theRelativeClausesOwnVerbIsItsAntecedentsAndEndsAtItsComma() {
        let result = code("Taliban fighters, who signed a truce in March, attacked a police checkpoint on Friday.")
        let truce = result.events.first { $0.code.hasPrefix("057") || $0.code.hasPrefix("0871") }
        #expect(truce?.actor1?.code?.hasPrefix("AFG") == true)
        #expect(truce.map { $0.actor2?.code?.contains("COP") != true } ?? false)
    }

    @Test func aRelativeClauseLendsNoDateToTheStatement() throws {
        let result = code("The police, which have fought the cartels since January 2021, said on Wednesday that gunmen attacked a patrol.")
        let claim = try #require(result.claims.first)
        #expect(claim.date?.earliest != Day(iso: "2021-01-01"))
    }

    @Test func anAppositionStillNamesTheSpeaker() throws {
        let result = code("Abu Khalid, a spokesman for the rebels, said the army shelled the village on Monday.")
        let claim = try #require(result.claims.first)
        #expect(claim.speaker == "Abu Khalid")
        #expect(violent(result).contains { $0.actor1?.code == "MIL" })
    }

    @Test(arguments: [
        ("Hamas said its fighters attacked an Israeli army post on Monday.", "PSE"),
        ("The Taliban said their fighters ambushed a police convoy on Sunday.", "AFG"),
    ])
    func aPossessiveSubjectIsThePossessors(text: String, doer: String) throws {
        let act = try #require(violent(code(text)).first, "\(text)")
        #expect(act.actor1?.code?.hasPrefix(doer) == true, "\(text): \(String(describing: act.actor1))")
    }

    @Test(arguments: [
        "Gunmen killed 12 villagers in a raid on Sunday, local officials said.",
        "Insurgents ambushed a convoy near Kandahar on Friday, wounding three policemen, the police said.",
        "Gunmen killed 12 villagers in Zamfara state on Sunday.",
    ])
    func theVictimsMakeNoStatement(text: String) {
        let statements = code(text).events.filter { $0.code == "010" }
        #expect(!statements.contains { ["villagers", "policemen"].contains($0.actor1?.text ?? "") }, "\(text)")
    }

    @Test func aVerbAfterCommaAndSharesTheSubject() {
        let result = code("Taliban fighters attacked a police checkpoint on Friday, and burned two police trucks.")
        #expect(result.events.filter { EventKinds.isViolent($0.code) }.allSatisfy { $0.actor1?.code?.hasPrefix("AFG") == true })
    }

    @Test func aDenialDoesNotGovernAStatementCoordinatedAfterIt() {
        let denied = ModalityDetector.modality(of: "The rebels rejected the report and said soldiers had attacked them.", verb: "said")
        #expect(denied == .done)
        // Inside the denied clause, the coordination is the denial's.
        #expect(ModalityDetector.modality(of: "The army denied that it shelled the camp and killed civilians.", verb: "killed") == .denied)
        // A bare verb after "and" shares the promise.
        #expect(ModalityDetector.modality(of: "Gondor pledged to free the prisoners and open the roads.", verb: "open") == .promised)
        // A promise kept by one verb, an act done by the next.
        #expect(ModalityDetector.modality(of: "The rebels promised a truce and attacked the town a day later.", verb: "attacked") == .done)
    }

    @Test func anAccusationsActIsAlleged() throws {
        let result = code("The government accused the rebels of shelling a market in the town.")
        let act = try #require(violent(result).first)
        #expect(act.modality == .alleged)
        #expect(act.acledEventType != nil, "an alleged act is told as done, by its accuser")
        #expect(ModalityDetector.modality(of: "Police allegedly fired on the crowd.", verb: "fired") == .alleged)
    }

    @Test func nothingInsideAConditionIsDone() {
        let result = code("If the rebels attack the town again, the army will respond with force, a commander warned.")
        #expect(!result.events.contains { EventKinds.isViolent($0.code) && $0.modality == .done })
        #expect(!result.events.contains { EventKinds.isViolent($0.code) && $0.actor2?.code == "MIL" && $0.actor1 == nil })
    }

    @Test(arguments: [
        ("If the rebels resume attacks, the army will launch a counter-offensive, a spokesman warned.", "a spokesman warned"),
        ("The rebels will withdraw from the city within a week, the ministry said on Monday.", "the ministry said"),
        ("Both sides will release their prisoners, according to the mediators.", "according to"),
    ])
    func anAttributionIsNoPartOfACommitmentsObject(text: String, tail: String) throws {
        let found = CommitmentFinder.commitments(in: text, actors: [], published: Day(iso: "2024-05-15")!)
        let commitment = try #require(found.first, "\(text)")
        #expect(commitment.object.map { !$0.contains(tail) } ?? true, "\(text): \(commitment.object ?? "")")
    }
}

extension ModalityDetector {
    /// The modality of the first `verb` in `sentence`.
    static func modality(of sentence: String, verb: String) -> Modality {
        guard let range = sentence.utf8.firstRange(of: verb.utf8) else { return .done }
        let start = sentence.utf8.distance(from: sentence.utf8.startIndex, to: range.lowerBound)
        return modality(of: sentence, verbRange: start..<(start + verb.utf8.count))
    }
}
