import Testing
import TruceCoder
import TruceModel

@Suite struct DictionaryParserTests {
    @Test func actorsWithSynonymsCodesOnTheirOwnLinesAndComments() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(
            petrarchText: """
                <!-- a comment block
                     over two lines -->
                GONDOR [GON]  # the headword's code on its line
                +MINAS_TIRITH
                +ANORIEN
                ENT
                \t[ENT]
                NEW_ZEALAND_ [NZE] # name=New Zealand
                """, file: "small.actors.txt")
        #expect(dictionaries.warnings.isEmpty)
        #expect(dictionaries.actors.count == 3)
        #expect(dictionaries.actors.lookup("Minas Tirith")?.code(on: nil) == "GON")
        #expect(dictionaries.actors.lookup("anorien")?.name == "Gondor")
        #expect(dictionaries.actors.lookup("Ent")?.code(on: nil) == "ENT")
        #expect(dictionaries.actors.lookup("New Zealand")?.name == "New Zealand")
        #expect(dictionaries.actors.lookup("Mordor") == nil)
    }

    @Test func dateRestrictedCodesPickTheCodeInForce() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(
            petrarchText: """
                GOLLUM
                +SMEAGOL
                \t[HOB < 950601]
                \t[HOBGOV 19950601 - 19990815]
                \t[HOBREB > 990816]
                SAM_GAMGEE [HOB]
                \t[HOBCIV <20080120]
                \t[ORCHOB 20100109-20100112]
                \t[HOBMIL 20080120-20121109]
                """, file: "dated.actors.txt")
        let gollum = try #require(dictionaries.actors.lookup("Smeagol"))
        #expect(gollum.code(on: Day(year: 1992, month: 1, day: 2)) == "HOB")
        #expect(gollum.code(on: Day(year: 1995, month: 6, day: 1)) == "HOBGOV")
        #expect(gollum.code(on: Day(year: 1999, month: 8, day: 15)) == "HOBGOV")
        // "<" and ">" are strict, so the file leaves 1999-08-16 uncovered: no code that day.
        #expect(gollum.code(on: Day(year: 1999, month: 8, day: 16)) == nil)
        #expect(gollum.code(on: Day(year: 2001, month: 1, day: 1)) == "HOBREB")
        let sam = try #require(dictionaries.actors.lookup("Sam Gamgee"))
        #expect(sam.code(on: Day(year: 1995, month: 1, day: 4)) == "HOBCIV")
        // The first listed restriction that holds wins over a later overlapping one.
        #expect(sam.code(on: Day(year: 2010, month: 1, day: 10)) == "ORCHOB")
        #expect(sam.code(on: Day(year: 2011, month: 1, day: 10)) == "HOBMIL")
        #expect(sam.code(on: Day(year: 2020, month: 1, day: 1)) == "HOB")
    }

    @Test func badLinesAreWarnedWithFileAndLineAndTheRestLoads() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(
            petrarchText: """
                +ORPHAN_SYNONYM
                ARNOR [ARN]
                NO_CODE_HERE
                ROHAN [ROH 991399-000101]
                BREE [BRE]
                """, file: "bad.actors.txt")
        let messages = dictionaries.warnings.map(\.description)
        #expect(messages.contains { $0.hasPrefix("bad.actors.txt:1:") && $0.contains("before any actor") })
        #expect(messages.contains { $0.hasPrefix("bad.actors.txt:3:") && $0.contains("NO_CODE_HERE") })
        #expect(messages.contains { $0.hasPrefix("bad.actors.txt:4:") && $0.contains("bad actor code") })
        #expect(dictionaries.actors.lookup("Arnor") != nil)
        #expect(dictionaries.actors.lookup("Bree") != nil)
    }

    @Test func aFileWithNothingUsableThrowsNamingTheFile() {
        var dictionaries = CoderDictionaries()
        #expect(throws: TruceError.self) {
            try dictionaries.add(petrarchText: "JUNK LINE WITHOUT CODE\nANOTHER ONE\n", file: "junk.actors.txt")
        }
        do {
            try dictionaries.add(petrarchText: "# only a comment\n", file: "empty.verbs.txt")
            Issue.record("an empty verb file should throw")
        } catch {
            #expect(error.description.contains("empty.verbs.txt"))
        }
    }

    @Test func stemsMatchShortEndingsUnlessStopped() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(petrarchText: "ARGENTIN [ARG]\nBULGAR [BUL]\nARNOR_ [ARN]\n", file: "stems.actors.txt")
        #expect(dictionaries.actors.lookup("Argentina")?.code(on: nil) == "ARG")
        #expect(dictionaries.actors.lookup("Bulgarian")?.code(on: nil) == "BUL")
        #expect(dictionaries.actors.lookup("Arnorian") == nil)
    }

    @Test func agentsWithPluralsSubstitutionsAndPrefixCodes() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(
            petrarchText: """
                !PERSON! = MAN, MEN, WOMAN, WOMEN
                SOLDIER [~MIL]
                POLICE {} [~COP]
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
                CONGRESS!PERSON! [~LEG]
                HUMAN_RIGHTS_BODY [NGO~]
                BROKEN AGENT LINE
                """, file: "small.agents.txt")
        #expect(dictionaries.agents.lookup("soldiers")?.code == "MIL")
        #expect(dictionaries.agents.lookup("police")?.combined(with: "RUS") == "RUSCOP")
        #expect(dictionaries.agents.lookup("polices") == nil)
        #expect(dictionaries.agents.lookup("attorneys general")?.code == "JUD")
        #expect(dictionaries.agents.lookup("congresswomen")?.code == "LEG")
        // Named by the set's first value, never by its marker.
        #expect(dictionaries.agents.lookup("congresswomen")?.name == "congressman")
        #expect(dictionaries.agents.lookup("human rights body")?.combined(with: "ARN") == "NGOARN")
        #expect(dictionaries.warnings.count == 1)
        #expect(dictionaries.warnings.first?.line == 7)
    }

    @Test func verbBlocksInTheCameo2Format() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(
            petrarchText: """
                &CEASEFIRE
                +TRUCE
                +CEASE-FIRE

                --- AGREE [050] ---
                AGREE
                - * (TO &CEASEFIRE) [0356]
                - % * [050]

                --- ARRIVE [042:043] ---
                ARRIVE
                +BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}
                SAY {SAYS SAID SAYING}
                REPORT [---]
                * (TO QUESTION) [110]
                - * [[bad

                ######## TRANSFORMATIONS ##########
                ~ a (a b ATTACK) SAY = a b 015
                """, file: "small.verbs.txt")
        let verbs = dictionaries.verbs
        #expect(verbs.count == 2)
        #expect(verbs.patternCount == 2)
        #expect(verbs.synsetCount == 1)
        #expect(verbs.transformations.count == 1)
        #expect(verbs.lookup("agreed")?.entry.name == "AGREE")
        #expect(verbs.lookup("agrees")?.code.forward == "050")
        #expect(verbs.lookup("arrived")?.code == VerbCode(forward: "042", reverse: "043"))
        #expect(verbs.lookup("broke down")?.entry.name == "ARRIVE")
        #expect(verbs.lookup("said") != nil)
        #expect(verbs.lookup("reporting")?.code == VerbCode.none)
        let lines = dictionaries.warnings.map(\.line)
        #expect(lines.contains(15))
        #expect(lines.contains(16))
    }

    @Test func verbPatternsInThePetrarch1Format() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(
            petrarchText: """
                &TIETYPES
                +MILITARY
                +ECONOMIC
                --- ABANDON  [345]  ---
                ABANDON    # pas 15 Jul 2003
                - * NEW_&TIETYPES_RELATIONS [903]
                - * DIPLOMATIC TIES [901]
                - IN_*  [075]
                - SAID_+ * DEMAND  [111]
                """, file: "p1.verbs.txt")
        #expect(dictionaries.warnings.isEmpty)
        #expect(dictionaries.verbs.patternCount == 4)
        #expect(dictionaries.verbs.lookup("abandoning")?.code.forward == "345")
    }

    @Test func discardsBySentenceAndStory() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(petrarchText: "MONTHS LATER\n+World Golf Championships   # sport\n", file: "small.discards.txt")
        #expect(dictionaries.discards.count == 2)
        let coder = SentenceCoder(dictionaries: dictionaries)
        #expect(coder.isDiscarded("The rift healed months later."))
        #expect(coder.isDiscarded("At the World Golf Championships, Arnor beat Gondor."))
        #expect(!coder.isDiscarded("Arnor beat Gondor."))
    }

    @Test func garbageNeverCrashesTheParsers() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let garbage = String(decoding: bytes, as: UTF8.self)
        let odd = "--- [\n- * {{ (( [\n&\n+\n[~\n!X! = \n<!--\n]] [---] ---\n- $ + ^ % * [1:2:3]\n"
        for file in ["g.actors.txt", "g.agents.txt", "g.verbs.txt", "g.discards.txt", "g.txt"] {
            for text in [garbage, odd, ""] {
                var dictionaries = CoderDictionaries()
                do {
                    try dictionaries.add(petrarchText: text, file: file)
                } catch {
                    #expect(error.description.contains(file))
                }
                _ = SentenceCoder(dictionaries: dictionaries).code(garbage)
            }
        }
    }

    @Test func theKindComesFromTheNameOrTheContent() {
        #expect(CoderDictionaries.kind(of: "", file: "x/PETR.Validate.agents.txt") == .agents)
        #expect(CoderDictionaries.kind(of: "", file: "CAMEO.2.0.txt") == .verbs)
        #expect(CoderDictionaries.kind(of: "--- ATTACK [190] ---\nATTACK\n", file: "mine.txt") == .verbs)
        #expect(CoderDictionaries.kind(of: "SOLDIER [~MIL]\nPOLICE [~COP]\n", file: "mine.txt") == .agents)
        #expect(CoderDictionaries.kind(of: "ARNOR [ARN]\n", file: "mine.txt") == .actors)
        #expect(CoderDictionaries.kind(of: "MONTHS LATER\n", file: "mine.txt") == .discards)
    }
}
