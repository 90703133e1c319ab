import Foundation
import Testing
import TruceTestSupport

@Suite struct ImportArticlesCommandTests {
    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func goodFilesAreImportedBadOnesNamedAndReimportingStoresNothing() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-articles")
        let articles = folder.appendingPathComponent("articles")
        try write("KABUL, March 5 — Taliban fighters attacked a checkpoint in Helmand on Wednesday.\n", to: articles.appendingPathComponent("a.txt"))
        try write("# Talks stall\n\nThe envoy said talks would resume next week.\n", to: articles.appendingPathComponent("b.md"))
        try write(
            "<html><body><h1>Prisoners</h1><p>The government released 100 prisoners on Tuesday.</p></body></html>",
            to: articles.appendingPathComponent("nested/c.html"))
        try write("not an article", to: articles.appendingPathComponent("data.csv"))
        try write("a hidden draft", to: articles.appendingPathComponent(".draft.txt"))
        try Data().write(to: articles.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: articles.appendingPathComponent("image.txt"))
        let store = folder.appendingPathComponent("t.sqlite").path

        let first = await TruceInProcess.run(["import", "articles", articles.path, "--store", store, "--source", "Wire", "--format", "json"])
        #expect(first.status == 1, "a failed file makes the exit status 1")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(report["articles_new"] as? Int == 3)
        #expect(report["articles_duplicate"] as? Int == 0)
        let failures = try #require(report["failures"] as? [[String: String]])
        #expect(failures.compactMap { $0["file"].map { URL(fileURLWithPath: $0).lastPathComponent } }.sorted() == ["empty.txt", "image.txt"])
        #expect(failures.allSatisfy { !($0["error"] ?? "").isEmpty })
        #expect((report["skipped"] as? [String])?.map { URL(fileURLWithPath: $0).lastPathComponent } == ["data.csv"])
        #expect(first.stderr.contains("empty.txt") && first.stderr.contains("image.txt"))
        #expect(first.stderr.contains("notice: skipped 1 file that is not an article"))
        #expect(!first.stderr.contains(".draft.txt") && !first.stdout.contains(".draft.txt"))

        let again = await TruceInProcess.run(["import", "articles", articles.appendingPathComponent("a.txt").path, "--store", store])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Nothing new: every article was stored before."))

        let snapshots = await TruceInProcess.run(["snapshots", "--store", store, "--format", "json"])
        #expect(snapshots.stdout.contains("\"articles\""))
    }

    @Test func aMissingPathIsNamedAndABadDateRefused() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-articles")
        let store = folder.appendingPathComponent("t.sqlite").path
        let missing = await TruceInProcess.run(["import", "articles", folder.appendingPathComponent("nowhere").path, "--store", store])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere: no such file or folder"))

        let date = await TruceInProcess.run(["import", "articles", folder.path, "--date", "5 March", "--store", store])
        #expect(date.status != 0)
        #expect(date.stderr.contains("YYYY-MM-DD"))

        // The core refuses the window and names the input; the CLI says which flag gave it.
        let window = await TruceInProcess.run(["import", "articles", folder.path, "--window", "40", "--store", store])
        #expect(window.status == 64, "a usage error: \(window.stderr)")
        #expect(window.stderr.contains("between 0 and 31 days") && window.stderr.contains("--window"))

        // A dictionary that is not there is refused with the flag that named it.
        let dictionary = await TruceInProcess.run(
            ["import", "articles", folder.path, "--dictionary", folder.appendingPathComponent("none.txt").path, "--store", store])
        #expect(dictionary.status == 1)
        #expect(dictionary.stderr.contains("no such dictionary file or folder") && dictionary.stderr.contains("(--dictionary)"))
    }

    @Test func hugeNumbersAreRefusedAndEveryOtherFileStored() throws {
        let folder = try TestPaths.temporaryDirectory("truce-articles-huge")
        let articles = folder.appendingPathComponent("articles")
        let huge = String(repeating: "9", count: 400)
        try write(
            "KABUL, March 5 — The ministry said \(huge) soldiers were killed in Helmand on Wednesday.\n",
            to: articles.appendingPathComponent("huge.txt"))
        try write(
            "KABUL, March 5 — Taliban fighters attacked a checkpoint in Helmand on Wednesday, killing 3 police.\n",
            to: articles.appendingPathComponent("ok.txt"))
        let store = folder.appendingPathComponent("t.sqlite").path
        let result = try TruceBinary.run(["import", "articles", articles.path, "--store", store, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("EncodingError"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["articles_new"] as? Int == 2)
    }
}
