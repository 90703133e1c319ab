import Foundation
import Testing
import TruceTestSupport

@Suite struct AgreementCommandTests {
    let pax = TestPaths.shared("pax/pax_all_agreements_data.csv")

    @Test func newWritesASkeletonThatTruceCheckLoads() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-agreement")
        let output = folder.appendingPathComponent("doha.yaml").path
        let result = await TruceInProcess.run(["agreement", "new", "--from-pax", pax, "--id", "2271", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Wrote \(output): agreement 2271, signed 2020-02-29, 2 parties"))
        #expect(result.stderr.contains("ceasefire, foreign-forces"))
        let yaml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(yaml.contains("signed: 2020-02-29"))
        #expect(yaml.contains("parties: [UNITED_STATES, TALIBAN]"))

        // Loads: 0, or 3 because the TODO placeholder is overdue; never 1 (an error).
        let store = folder.appendingPathComponent("t.sqlite").path
        let check = await TruceInProcess.run(["check", output, "--store", store, "--as-of", "2020-03-11"])
        #expect(check.status == 0 || check.status == 3, "\(check.stderr)")
        #expect(check.stdout.contains("todo-placeholder"))
    }

    @Test func newRefusesToOverwriteUnlessForced() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-agreement")
        let output = folder.appendingPathComponent("agreement.yaml").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: output))
        let refused = await TruceInProcess.run(["agreement", "new", "--from-pax", pax, "--id", "2271", "--output", output])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(output) already exists"))
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me\n")

        let forced = await TruceInProcess.run(["agreement", "new", "--from-pax", pax, "--id", "2271", "--output", output, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("truce: 1"))
    }

    @Test func newPrintsToStandardOutputWithoutOutput() async throws {
        let result = await TruceInProcess.run(["agreement", "new", "--from-pax", pax, "--id", "1434"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Six-Point Government of Yemen-Houthi Ceasefire Agreement\n"))
        #expect(result.stdout.contains("\ntruce: 1\n"))
        #expect(result.stdout.contains("  #| - id: ceasefire"))
        #expect(result.stderr.isEmpty)
    }

    @Test func newReportsAnUnknownIdAndAFileThatIsNotPAX() async throws {
        let unknown = await TruceInProcess.run(["agreement", "new", "--from-pax", pax, "--id", "2721"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no agreement with AgtId 2721 in \(pax); did you mean 2271"))
        #expect(unknown.stdout.isEmpty)

        let acled = TestPaths.example("events.csv")
        let notPAX = await TruceInProcess.run(["agreement", "new", "--from-pax", acled, "--id", "1"])
        #expect(notPAX.status == 1)
        #expect(notPAX.stderr.contains("\(acled):1: not a PA-X agreements file: the header lacks the PA-X columns Con, Contp"))

        let noFolder = await TruceInProcess.run(["agreement", "new", "--from-pax", pax, "--id", "2271", "--output", "/nonexistent/x.yaml"])
        #expect(noFolder.status == 1)
        #expect(noFolder.stderr.contains("the folder /nonexistent does not exist"))

        let missingFlag = await TruceInProcess.run(["agreement", "new", "--from-pax", pax])
        #expect(missingFlag.status == 64)
        #expect(missingFlag.stderr.contains("--id"))
    }

    @Test func upgradeRewritesTheVersion1DohaFileAsTheBundledVersion2One() throws {
        let folder = try TestPaths.temporaryDirectory("truce-upgrade")
        let bundled = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        let v1 = bundled.replacingOccurrences(of: "\ntruce: 2\n", with: "\ntruce: 1\n")
        #expect(v1 != bundled)
        let path = folder.appendingPathComponent("doha-v1.yaml").path
        try Data(v1.utf8).write(to: URL(fileURLWithPath: path))
        let printed = try TruceBinary.run(["agreement", "upgrade", path])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout == bundled)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == v1)  // untouched without --in-place

        let inPlace = try TruceBinary.run(["agreement", "upgrade", path, "--in-place"])
        #expect(inPlace.status == 0 && inPlace.stderr.contains("Upgraded"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == bundled)
        let again = try TruceBinary.run(["agreement", "upgrade", path, "--in-place"])
        #expect(again.status == 0 && again.stderr.contains("already format version 2"))
    }

    @Test func upgradeRefusesABrokenFile() throws {
        let folder = try TestPaths.temporaryDirectory("truce-upgrade")
        let path = folder.appendingPathComponent("broken.yaml").path
        let broken = "truce: 1\nid: x\ntitle: X\nsigned: 2020-02-30\nparties: [A]\nactors: {A: {name: A}}\nprovisions: []\n"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
        let result = try TruceBinary.run(["agreement", "upgrade", path, "--in-place"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2020-02-30 is not a date"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
    }
}
