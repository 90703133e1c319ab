import Foundation
import Testing
import TruceTestSupport

/// The in-process harness is only worth having if it sees what a user of the binary sees: the same
/// standard output, standard error and exit status for help, usage errors, domain errors and output.
@Suite struct InProcessParityTests {
    /// Arguments; `FOLDER` stands for a fresh temporary folder.
    static let cases: [[String]] = [
        ["--help"],
        ["check", "--help"],
        ["export", "--format", "kml"],
        ["import", "acled", "FOLDER/nope.csv", "--store", "FOLDER/s.sqlite"],
        ["agreement", "new", "--from-pax", TestPaths.shared("pax/pax_all_agreements_data.csv"), "--id", "1434"],
        ["snapshots", "--store", "FOLDER/empty.sqlite"],
    ]

    @Test(arguments: cases)
    func theBinaryAndTheHarnessAgree(arguments: [String]) async throws {
        let folder = try TestPaths.temporaryDirectory("truce-parity").path
        let arguments = arguments.map { $0.replacingOccurrences(of: "FOLDER", with: folder) }
        let binary = try TruceBinary.run(arguments)
        let inProcess = await TruceInProcess.run(arguments)
        #expect(inProcess.status == binary.status)
        #expect(inProcess.stdout == binary.stdout)
        #expect(inProcess.stderr == binary.stderr)
    }
}
