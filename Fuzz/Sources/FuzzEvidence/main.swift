import FuzzSupport
import TruceFormats

// The evidence CSVs on any bytes: observations, claims and ACLED deletions
// share a table reader but parse their cells differently, so each reads the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvidence(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.path()
    FuzzInput.write(data, count: count, to: path)
    if var observations = try? ObservationsCSV(path: path) { _ = try? observations.readAll() }
    if var claims = try? ClaimsCSV(path: path) { _ = try? claims.readAll() }
    if var deletions = try? ACLEDDeletionsCSV(path: path) { _ = try? deletions.readAll() }
    return 0
}
