import Foundation
import Testing
import TruceCoder
import TruceCore
import TruceTestSupport

@testable import TruceCLI

@Suite struct ModelCommandTests {
    /// An ACLED export of notes written for this test. Attacks are labelled with a sub-event type the rules
    /// never give ("Non-state actor overtakes territory"), so output carrying it can only come from the model.
    static func writeExport(in folder: URL) throws -> String {
        var csv = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,notes,fatalities\n"
        let places = ["Gao", "Mopti", "Kidal", "Segou", "Helmand", "Kunduz", "Uruzgan", "Kandahar"]
        for (index, place) in places.enumerated() {
            csv += "T\(index)A,2020-05-0\(index + 1),Battles,Non-state actor overtakes territory,Taliban,Afghanistan,"
            csv += "\"Militants attacked a police checkpoint in \(place), killing three policemen, and took the post.\",3\n"
            csv += "T\(index)P,2020-05-0\(index + 1),Protests,Peaceful protest,Protesters,Afghanistan,"
            csv += "\"Traders protested peacefully in \(place) against new taxes.\",0\n"
        }
        let path = folder.appendingPathComponent("notes.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func codeWithAModelUsesTheModelsTypes() throws {
        let folder = try TestPaths.temporaryDirectory("truce-model")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try Self.writeExport(in: folder)
        let model = folder.appendingPathComponent("types.model").path
        let train = try TruceBinary.run(["model", "train", export, "--output", model, "--epochs", "5"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.contains("from 16 notes"))

        let article = folder.appendingPathComponent("article.txt")
        try Data(
            "Attack in Helmand\nKABUL, Afghanistan (March 4, 2020) - Taliban fighters attacked a police checkpoint in Helmand province on Tuesday, killing three policemen.\n"
                .utf8
        )
        .write(to: article)
        func subEventTypes(_ arguments: [String]) throws -> [String] {
            let run = try TruceBinary.run(["code", article.path, "--format", "json"] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let events = try #require(object["events"] as? [[String: Any]])
            return events.compactMap { $0["acled_sub_event_type"] as? String }
        }
        let rules = try subEventTypes([])
        #expect(!rules.isEmpty)
        #expect(!rules.contains("Non-state actor overtakes territory"))
        let learned = try subEventTypes(["--model", model])
        #expect(learned.contains("Non-state actor overtakes territory"), "\(learned)")
    }

    @Test func trainingAdaptsToTheTextsItIsGivenAndNamesAFileItCannotRead() throws {
        let folder = try TestPaths.temporaryDirectory("truce-model")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try Self.writeExport(in: folder)
        let texts = folder.appendingPathComponent("reports.txt")
        try Data("Teachers protested peacefully in Herat.\n\nMilitants attacked a checkpoint in Farah and took the post.\n".utf8).write(to: texts)
        let model = folder.appendingPathComponent("types.model").path
        let train = try TruceBinary.run(["model", "train", export, "--adapt-to", texts.path, "--output", model, "--epochs", "5"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.contains("adapted to 2 texts"), "\(train.stdout)")
        #expect(FileManager.default.fileExists(atPath: model))

        let missing = folder.appendingPathComponent("no-such-reports.txt").path
        let refused = try TruceBinary.run(["model", "train", export, "--adapt-to", missing, "--output", model])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(missing), "\(refused.stderr)")
    }

    @Test func aDamagedModelFileIsRefusedWithItsName() throws {
        let folder = try TestPaths.temporaryDirectory("truce-model")
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("broken.model")
        try Data("TRUCEETM but nothing a model holds".utf8).write(to: model)
        let article = folder.appendingPathComponent("article.txt")
        try Data("Soldiers clashed with militants in Gao on Monday.\n".utf8).write(to: article)
        let run = try TruceBinary.run(["code", article.path, "--model", model.path, "--date", "2020-05-01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains(model.path))
        #expect(run.stderr.contains("damaged") || run.stderr.contains("cut short"), "\(run.stderr)")
    }

    /// An ACLED export written for this test whose rows name places: "Nyabiondo" lies in one region, "Kashebere" in two.
    static func writeExportWithPlaces(in folder: URL) throws -> String {
        var csv = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,admin2,admin3,location,notes,fatalities\n"
        let rows = [
            ("Battles", "Armed clash", "Nord-Kivu", "Masisi", "Nyabiondo", "Rebels clashed with soldiers in Nyabiondo (Masisi, Nord-Kivu)."),
            ("Protests", "Peaceful protest", "Nord-Kivu", "Masisi", "Nyabiondo", "Traders protested peacefully in Nyabiondo against taxes."),
            ("Battles", "Armed clash", "Nord-Kivu", "Walikale", "Kashebere", "Militias fought soldiers near Kashebere (Walikale)."),
            ("Protests", "Peaceful protest", "Sud-Kivu", "Kalehe", "Kashebere", "Students protested peacefully in Kashebere (Kalehe)."),
        ]
        for (index, row) in rows.enumerated() {
            csv += "D\(index),2024-05-0\(index + 1),\(row.0),\(row.1),Militia,Democratic Republic of Congo,\(row.2),\(row.3),,\(row.4),"
            csv += "\"\(row.5)\",0\n"
        }
        let path = folder.appendingPathComponent("places.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aModelLearnsTheExportsPlacesAndTheCoderUsesThem() throws {
        let folder = try TestPaths.temporaryDirectory("truce-model")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try Self.writeExportWithPlaces(in: folder)
        let model = folder.appendingPathComponent("types.model").path
        let train = try TruceBinary.run(["model", "train", export, "--output", model, "--epochs", "2"])
        #expect(train.status == 0, "\(train.stderr)")
        // Nyabiondo is learned; Kashebere (two regions) is left out; the regions and the other districts are built in.
        #expect(train.stdout.contains("Learned places: 1 "), "\(train.stdout)")
        #expect(train.stdout.contains("left out: 1 names"), "\(train.stdout)")

        let article = folder.appendingPathComponent("article.txt")
        try Data("Gunmen attacked a health centre in Nyabiondo on Monday, killing two nurses.\n".utf8).write(to: article)
        func admin1s(_ arguments: [String]) throws -> [String?] {
            let run = try TruceBinary.run(["code", article.path, "--date", "2024-05-08", "--format", "json"] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let events = try #require(object["events"] as? [[String: Any]])
            return events.map { ($0["location"] as? [String: Any])?["admin1"] as? String }
        }
        #expect(try admin1s([]).allSatisfy { $0 == nil })
        let learned = try admin1s(["--model", model])
        #expect(!learned.isEmpty && learned.allSatisfy { $0 == "Nord-Kivu" }, "\(learned)")
    }

    /// Trains on one real export and scores notes of another country: well above what guessing the commonest type gets.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.shared("acled/acled_benin_2022_r_export.csv"))))
    func learnsFromOneRealExportAndScoresAnother() throws {
        let training = try ACLEDNotes(path: TestPaths.shared("acled/acled_benin_2022_r_export.csv"))
        let scored = try ACLEDNotes(path: TestPaths.shared("acled-notes/2017-01-01-2020-12-31-Mali.csv"))
        #expect(training.notes.count > 700)
        let model = try EventTypeTraining(features: TextFeatures(bucketBits: 16, characterGrams: 3...4), epochs: 4)
            .train(training.notes.map(\.labeled))
        let coder = NoteCoder(model: model)
        // Every fifth note of the first 2,500, to keep the test quick in a debug build.
        let sample = stride(from: 0, to: min(2_500, scored.notes.count), by: 5).map { scored.notes[$0] }
        var scores = NoteScores()
        for note in sample { scores.add(truth: note.labeled, fatalities: note.fatalities, coded: coder.code(note.labeled.text)) }
        let commonest = Dictionary(grouping: sample, by: \.labeled.eventType).values.map(\.count).max() ?? 0
        let chance = Double(commonest) / Double(sample.count)
        #expect(scores.eventTypeAccuracy >= chance + 0.2, "event type \(scores.eventTypeAccuracy), commonest \(chance)")
        #expect(scores.subEventMicroF1 >= 0.6, "sub-event micro-F1 \(scores.subEventMicroF1)")
        #expect(scores.fatalitiesExact >= 0.75, "fatalities \(scores.fatalitiesExact)")
    }
}
