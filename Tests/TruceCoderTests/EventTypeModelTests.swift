import Testing
import TruceModel

@testable import TruceCoder

@Suite struct EventTypeModelTests {
    static let small = TextFeatures(bucketBits: 12, characterGrams: 3...4)

    /// Notes written for this test: the verb alone decides the type.
    static let notes: [LabeledNote] = {
        let places = ["Gao", "Mopti", "Nairobi", "Kisumu", "Helmand", "Kandahar", "Segou", "Mombasa"]
        var notes: [LabeledNote] = []
        for (index, place) in places.enumerated() {
            notes.append(
                LabeledNote(
                    text: "On \(index + 1) May, traders protested peacefully in \(place) against new taxes.", eventType: "Protests",
                    subEventType: "Peaceful protest"))
            notes.append(
                LabeledNote(
                    text: "On \(index + 1) May, soldiers clashed with militants near \(place); the fighting lasted hours.", eventType: "Battles",
                    subEventType: "Armed clash"))
            notes.append(
                LabeledNote(
                    text: "On \(index + 1) May, an airstrike hit a compound outside \(place), the drone destroyed a vehicle.",
                    eventType: "Explosions/Remote violence", subEventType: "Air/drone strike"))
            notes.append(
                LabeledNote(
                    text: "On \(index + 1) May, police arrested a journalist in \(place) and detained him overnight.",
                    eventType: "Strategic developments", subEventType: "Arrests"))
        }
        return notes
    }()

    static func trained() throws -> EventTypeModel {
        try EventTypeTraining(features: small, epochs: 5).train(notes)
    }

    @Test func learnsASeparableRuleAndGeneralisesToNewSentences() throws {
        let model = try Self.trained()
        #expect(model.eventTypes.count == 4)
        #expect(model.subEventTypes.count == 4)
        let cases: [(String, String, String)] = [
            ("Farmers protested peacefully outside parliament in Bamako.", "Protests", "Peaceful protest"),
            ("Government troops clashed with rebels in the hills; fighting continued.", "Battles", "Armed clash"),
            ("A drone airstrike destroyed a truck near Timbuktu.", "Explosions/Remote violence", "Air/drone strike"),
            ("Police arrested two activists in Lagos and detained them.", "Strategic developments", "Arrests"),
        ]
        for (text, eventType, subEventType) in cases {
            let prediction = model.classify(text)
            #expect(prediction.eventType == eventType, "\(text)")
            #expect(prediction.subEventType == subEventType, "\(text)")
            #expect((0...1).contains(prediction.confidence))
        }
    }

    @Test func aSubEventTypeIsAlwaysOneOfItsEventTypes() throws {
        let model = try Self.trained()
        let prior = EventTypePrior(eventType: "Battles", weight: 100)
        let prediction = model.classify("Traders protested peacefully in Gao.", prior: prior)
        #expect(prediction.eventType == "Battles")
        #expect(prediction.subEventType == "Armed clash")
    }

    @Test func theSameNotesGiveTheSameModel() throws {
        #expect(try Self.trained() == Self.trained())
        #expect(
            try EventTypeTraining(features: Self.small, epochs: 5).train(Self.notes.reversed()).fileBytes().count == Self.trained().fileBytes().count)
    }

    @Test func notesWithoutASubEventTypeTeachTheEventTypeOnly() throws {
        // An older export's rows: the event type is known, the sub-event type is not.
        let older = (1...6).map {
            LabeledNote(text: "On \($0) March, gunmen shelled the town of Gao.", eventType: "Explosions/Remote violence", subEventType: "")
        }
        let orphan = LabeledNote(text: "Talks were held in Gao.", eventType: "Agreement talks", subEventType: "")
        let model = try EventTypeTraining(features: Self.small, epochs: 5).train(Self.notes + older + [orphan])
        #expect(model.trainingNotes == Self.notes.count + older.count)
        #expect(!model.eventTypes.contains("Agreement talks"))
        #expect(!model.subEventTypes.contains { $0.name.isEmpty })
    }

    @Test func tooFewTypesIsAClearError() {
        let one = Self.notes.filter { $0.eventType == "Protests" }
        #expect {
            try EventTypeTraining(features: Self.small).train(one)
        } throws: { error in
            (error as? TruceError)?.message.contains("at least two") == true
        }
    }

    @Test func theModelFileRoundTrips() throws {
        let model = try Self.trained()
        let bytes = model.fileBytes()
        let read = try EventTypeModel(fileBytes: bytes, file: "types.model")
        #expect(read == model)
        #expect(read.fileBytes() == bytes)
        #expect(read.trainingNotes == Self.notes.count)
        let text = "Soldiers clashed with militants near Kidal."
        #expect(read.classify(text) == model.classify(text))
    }

    @Test(arguments: [
        (true, true, true, false), (true, false, true, false), (false, true, true, false), (true, true, false, false), (true, true, true, true),
        (false, false, false, true),
    ])
    func theModelFileKeepsTheFeatureSettings(shortNames: Bool, cues: Bool, characterGrams: Bool, roles: Bool) throws {
        let features = TextFeatures(
            bucketBits: 12, characterGrams: characterGrams ? 3...4 : nil, shortNames: shortNames, cues: cues, roles: roles)
        let model = try EventTypeTraining(features: features, epochs: 5).train(Self.notes)
        let read = try EventTypeModel(fileBytes: model.fileBytes(), file: "types.model")
        #expect(read.features == [features])
        #expect(read == model)
    }

    static let twoViews = [small, TextFeatures(bucketBits: 11, characterGrams: nil, shortNames: true, cues: true)]

    @Test func aModelOfTwoViewsAveragesTheScoresOfEachAndItsFileRoundTrips() throws {
        let both = try EventTypeTraining(views: Self.twoViews, epochs: 5).train(Self.notes)
        let first = try EventTypeTraining(views: [Self.twoViews[0]], epochs: 5).train(Self.notes)
        let second = try EventTypeTraining(views: [Self.twoViews[1]], epochs: 5).train(Self.notes)
        #expect(both.features == Self.twoViews)
        for text in ["Soldiers clashed with militants near Kidal.", "Farmers protested peacefully outside parliament in Bamako."] {
            let mean = zip(first.pairScores(text), second.pairScores(text)).map { ($0 + $1) / 2 }
            #expect(zip(both.pairScores(text), mean).allSatisfy { abs($0 - $1) < 1e-5 }, "\(text)")
        }
        let bytes = both.fileBytes()
        let read = try EventTypeModel(fileBytes: bytes, file: "types.model")
        #expect(read == both)
        #expect(read.fileBytes() == bytes)
        let text = "Government troops clashed with rebels in the hills."
        #expect(read.classify(text) == both.classify(text))
    }

    @Test func aNewModelReadsThroughCharacterGramsAndWordsAlone() {
        #expect(EventTypeTraining().views == [.default, .words])
        #expect(TextFeatures.words.characterGrams == nil)
        #expect(TextFeatures.default.roles && TextFeatures.words.roles)
    }

    /// A model file as version `version` wrote it: no `place` line; before version 4 no `roles` line; before version 3
    /// (one view) no `view` line, and in version 1 no `short_names` nor `cues` line.
    static func olderBytes(of model: EventTypeModel, version: UInt32) -> [UInt8] {
        let bytes = model.fileBytes()
        let headerLength = Int(EventTypeModel.read(bytes, at: 12) as UInt32)
        let header = String(decoding: bytes[16..<(16 + headerLength)], as: UTF8.self)
        let dropped =
            (version == 1 ? ["view", "short_names", "cues", "roles"] : version == 2 ? ["view", "roles"] : version == 3 ? ["roles"] : [])
            + ["place"]
        let oldHeader = Array(
            header.split(separator: "\n").filter { line in !dropped.contains { line.hasPrefix($0) } }.map { $0 + "\n" }.joined().utf8)
        var old = EventTypeModel.magic
        EventTypeModel.append(version, to: &old)
        EventTypeModel.append(UInt32(oldHeader.count), to: &old)
        old += oldHeader
        old += bytes[(16 + headerLength)..<(bytes.count - 8)]
        EventTypeModel.append(EventTypeModel.checksum(old[...]), to: &old)
        return old
    }

    /// `bytes` with the format version byte set to `version` and the checksum made right again: a whole file
    /// that says it is of that version.
    static func relabelled(_ bytes: [UInt8], version: UInt8) -> [UInt8] {
        var bytes = bytes
        bytes[8] = version
        bytes.removeLast(8)
        EventTypeModel.append(EventTypeModel.checksum(bytes[...]), to: &bytes)
        return bytes
    }

    @Test func aVersionOneModelFileIsStillRead() throws {
        let model = try Self.trained()
        #expect(!model.features[0].shortNames && !model.features[0].cues)
        let read = try EventTypeModel(fileBytes: Self.olderBytes(of: model, version: 1), file: "old.model")
        #expect(read == model)
        let text = "Soldiers clashed with militants near Kidal."
        #expect(read.classify(text) == model.classify(text))
    }

    @Test func aVersionTwoModelFileIsStillRead() throws {
        let model = try EventTypeTraining(features: .init(bucketBits: 12, characterGrams: 3...4, shortNames: true, cues: true), epochs: 5)
            .train(Self.notes)
        let read = try EventTypeModel(fileBytes: Self.olderBytes(of: model, version: 2), file: "old.model")
        #expect(read == model)
        let text = "Soldiers clashed with militants near Kidal."
        #expect(read.classify(text) == model.classify(text))
    }

    @Test func aVersionThreeModelFileOfTwoViewsIsStillReadWithoutRoles() throws {
        let views = Self.twoViews.map { features -> TextFeatures in
            var features = features
            features.shortNames = true
            features.cues = true
            return features
        }
        let model = try EventTypeTraining(views: views, epochs: 5).train(Self.notes)
        #expect(model.features.allSatisfy { !$0.roles })
        let read = try EventTypeModel(fileBytes: Self.olderBytes(of: model, version: 3), file: "old.model")
        #expect(read == model)
        let text = "Gunmen attacked villagers near Kidal."
        #expect(read.classify(text) == model.classify(text))
    }

    @Test func aVersionFourFileWithoutTheRoleSettingIsRefused() throws {
        let bytes = Self.relabelled(Self.olderBytes(of: try Self.trained(), version: 3), version: 4)
        #expect {
            try EventTypeModel(fileBytes: bytes, file: "types.model")
        } throws: { error in
            (error as? TruceError)?.message == "types.model: the model header lacks its feature settings or its types"
        }
    }

    @Test func aVersionThreeFileWithASettingBeforeAnyViewIsRefused() throws {
        let bytes = Self.relabelled(Self.olderBytes(of: try Self.trained(), version: 2), version: 3)
        #expect {
            try EventTypeModel(fileBytes: bytes, file: "types.model")
        } throws: { error in
            (error as? TruceError)?.message == "types.model: header line 1: a feature setting comes before any 'view' line"
        }
    }

    @Test func aVersionTwoFileWithoutTheNameSettingIsRefused() throws {
        let bytes = Self.relabelled(Self.olderBytes(of: try Self.trained(), version: 1), version: 2)
        #expect {
            try EventTypeModel(fileBytes: bytes, file: "types.model")
        } throws: { error in
            (error as? TruceError)?.message == "types.model: the model header lacks its feature settings or its types"
        }
    }

    @Test(arguments: [
        ("flipped", "damaged"), ("truncated", "damaged"), ("magic", "not a Truce event-type model"), ("version", "format version 9"),
        ("empty", "not a Truce event-type model"),
    ])
    func aDamagedModelFileIsRefusedNamingTheFile(damage: String, expected: String) throws {
        var bytes = try Self.trained().fileBytes()
        switch damage {
        case "flipped": bytes[bytes.count / 2] ^= 0x40
        case "truncated": bytes.removeLast(100)
        case "magic": bytes[0] = UInt8(ascii: "X")
        case "version":
            // A whole file of another version: its checksum is right, so the version is what is named.
            bytes = Self.relabelled(bytes, version: 9)
        default: bytes = []
        }
        #expect {
            try EventTypeModel(fileBytes: bytes, file: "/tmp/types.model")
        } throws: { error in
            guard let error = error as? TruceError else { return false }
            return error.message.hasPrefix("/tmp/types.model: ") && error.message.contains(expected)
        }
    }

    @Test(arguments: [
        ("On 3 May 2020, gunmen attacked a village. 3 fatalities.", 3),
        ("On 9 May 2020, a man was found dead on a road. 1 fatality.", 1),
        ("Taliban militants clashed with Afghan forces killing 6 soldiers. Fatalities coded as 0 (VoJ reported 6).", 0),
        ("On 12 March 2019, unknown gunmen shot dead a youth in Gao.", 1),
        ("On 4 June 2018, militants ambushed a patrol, killing 2 civilians and 5 soldiers.", 7),
        ("On 17 January 2020, members of the community blocked the road. [size=no report]", 0),
    ])
    func fatalitiesFromNotes(note: String, expected: Int) {
        #expect(NoteCoder.fatalities(in: note) == expected)
    }

    @Test func scoresCountMicroAndMacroF1() {
        var scores = NoteScores()
        let battle = LabeledNote(text: "", eventType: "Battles", subEventType: "Armed clash")
        let protest = LabeledNote(text: "", eventType: "Protests", subEventType: "Peaceful protest")
        scores.add(truth: battle, fatalities: 2, coded: CodedNote(eventType: "Battles", subEventType: "Armed clash", confidence: 1, fatalities: 2))
        scores.add(
            truth: battle, fatalities: 0, coded: CodedNote(eventType: "Protests", subEventType: "Peaceful protest", confidence: 1, fatalities: 1))
        scores.add(
            truth: protest, fatalities: 0, coded: CodedNote(eventType: "Protests", subEventType: "Peaceful protest", confidence: 1, fatalities: 0))
        #expect(scores.notes == 3)
        #expect(abs(scores.eventTypeAccuracy - 2.0 / 3) < 1e-9)
        #expect(abs(scores.subEventMicroF1 - 2.0 / 3) < 1e-9)
        #expect(abs(scores.fatalitiesExact - 2.0 / 3) < 1e-9)
        // Armed clash: tp 1, fn 1 → F1 2/3; peaceful protest: tp 1, fp 1 → 2/3.
        #expect(abs(scores.subEventMacroF1 - 2.0 / 3) < 1e-9)
    }

    @Test func scoresListTheLargestConfusionsFirst() {
        func coded(_ eventType: String, _ subEventType: String) -> CodedNote {
            CodedNote(eventType: eventType, subEventType: subEventType, confidence: 1, fatalities: 0)
        }
        let clash = LabeledNote(text: "", eventType: "Battles", subEventType: "Armed clash")
        let attack = LabeledNote(text: "", eventType: "Violence against civilians", subEventType: "Attack")
        var kenya = NoteScores()
        kenya.add(truth: clash, fatalities: 0, coded: coded("Violence against civilians", "Attack"))
        kenya.add(truth: attack, fatalities: 0, coded: coded("Battles", "Armed clash"))
        kenya.add(truth: clash, fatalities: 0, coded: coded("Battles", "Armed clash"))
        var mali = NoteScores()
        mali.add(truth: clash, fatalities: 0, coded: coded("Violence against civilians", "Attack"))
        mali.add(truth: attack, fatalities: 0, coded: coded("Protests", "Peaceful protest"))
        var total = kenya
        total.add(mali)
        let largest = total.largestConfusions(5)
        // Right codings are not confusions; merged exports add up; ties go by label.
        #expect(largest.map(\.notes) == [2, 1, 1])
        #expect(largest.first?.confusion == NoteScores.Confusion(truth: "Battles / Armed clash", coded: "Violence against civilians / Attack"))
        #expect(largest.dropFirst().map(\.confusion.coded) == ["Battles / Armed clash", "Protests / Peaceful protest"])
        #expect(total.largestConfusions(1).count == 1)
        #expect(total.largestConfusions(0).isEmpty)
    }
}
