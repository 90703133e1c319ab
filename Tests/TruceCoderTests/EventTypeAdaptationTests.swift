import Testing
import TruceModel

@testable import TruceCoder

@Suite struct EventTypeAdaptationTests {
    /// Whole words only, so that a word's weights are one bucket's.
    static let words = TextFeatures(bucketBits: 16, characterGrams: nil, shortNames: true, cues: false)
    static let places = ["Gao", "Mopti", "Nairobi", "Kisumu", "Helmand", "Kandahar", "Segou", "Mombasa"]

    /// Notes written for this test: "protested peacefully" is a protest, "clashed" a battle.
    static let notes: [LabeledNote] = places.enumerated().flatMap { index, place in
        [
            LabeledNote(
                text: "On \(index + 1) May, traders protested peacefully in \(place) against new taxes.", eventType: "Protests",
                subEventType: "Peaceful protest"),
            LabeledNote(
                text: "On \(index + 1) May, soldiers clashed with militants at the barracks near \(place).", eventType: "Battles",
                subEventType: "Armed clash"),
        ]
    }

    /// Reporting of another country: the same protests, told with a word the notes never use, in places they never name.
    static let reporting = ["Herat", "Farah", "Kunduz", "Ghazni", "Kabul", "Jalalabad", "Bamako", "Timbuktu"].map {
        "Teachers protested peacefully and picketed the offices in \($0)."
    }

    /// Without the counting twin, whose interpolation gives every bucket — a word no note used too — a share of
    /// its class's mean weight: the tests below read one word's own weights.
    static func training() -> EventTypeTraining {
        var training = EventTypeTraining(features: words, epochs: 5)
        training.naiveBayesShare = 0
        return training
    }

    /// How much the word's own weights favour a peaceful protest over an armed clash, in the sub-event classifier.
    static func lean(of word: String, in model: EventTypeModel) throws -> Float {
        let view = try #require(model.views.first)
        let bucket = Int(TextFeatures.hash(Array(word.utf8)[...], seed: TextFeatures.seedWord) & UInt64(view.features.buckets - 1))
        let protest = try #require(model.subEventTypes.firstIndex { $0.name == "Peaceful protest" })
        let clash = try #require(model.subEventTypes.firstIndex { $0.name == "Armed clash" })
        let row = bucket * view.subEventClassifier.classes
        return view.subEventClassifier.weights[row + protest] - view.subEventClassifier.weights[row + clash]
    }

    @Test func withNothingToAdaptToTheModelIsThePlainOne() throws {
        let plain = try Self.training().train(Self.notes)
        #expect(try Self.training().train(Self.notes, adaptingTo: []) == plain)
        #expect(try Self.training().train(Self.notes, adaptingTo: Self.reporting, share: 0) == plain)
    }

    @Test func aWordOnlyTheNewReportingUsesIsLearntFromTheTextsTheFirstModelIsSureOf() throws {
        let plain = try Self.training().train(Self.notes)
        let adapted = try Self.training().train(Self.notes, adaptingTo: Self.reporting)
        #expect(try Self.lean(of: "picketed", in: plain) == 0)
        #expect(try Self.lean(of: "picketed", in: adapted) > 0)
        // A word neither the notes nor the reporting use learns nothing.
        #expect(try Self.lean(of: "ambushed", in: adapted) == 0)
        // Every text reads alike, so every coding ties with the most confident: all are learnt from.
        #expect(adapted.trainingNotes == Self.notes.count + Self.reporting.count)
        #expect(adapted.classify("Teachers protested peacefully in Bamako.").subEventType == "Peaceful protest")
    }

    @Test func eachTypeGivesItsMostConfidentShare() throws {
        // Four texts the first model codes as protests, from sure to unsure, and two as battles.
        let texts = [
            "Traders protested peacefully against new taxes in Gao.", "Traders protested peacefully in Mopti.",
            "Traders protested in Kisumu.", "Traders gathered in Segou.",
            "Soldiers clashed with militants at the barracks near Gao.", "Soldiers clashed in Mopti.",
        ]
        let plain = try Self.training().train(Self.notes)
        let codings = texts.map { plain.classify($0) }
        let protests = codings.filter { $0.subEventType == "Peaceful protest" }.map(\.confidence).sorted(by: >)
        #expect(protests.count == 4, "\(codings)")
        // The cut falls on the third most confident protest, and the least confident is below it.
        #expect(protests.count == 4 && protests[2] > protests[3], "\(codings)")
        let half = try Self.training().train(Self.notes, adaptingTo: texts, share: 0.5)
        // Half of each type's texts, and the text at the cut itself: 3 of 4 protests, 2 of 2 battles.
        #expect(half.trainingNotes == Self.notes.count + 5)
        let all = try Self.training().train(Self.notes, adaptingTo: texts, share: 1)
        #expect(all.trainingNotes == Self.notes.count + texts.count)
    }

    @Test func theSameTextsGiveTheSameAdaptedModel() throws {
        let once = try Self.training().train(Self.notes, adaptingTo: Self.reporting)
        let again = try Self.training().train(Self.notes, adaptingTo: Self.reporting)
        #expect(once == again)
        #expect(once.fileBytes() == again.fileBytes())
    }
}
