import FuzzSupport
import TruceFormats

// The evidence CSVs on any bytes: observations, claims and ACLED deletions
// share a table reader but parse their cells differently, so each reads the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvidence(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    FuzzInput.drain(data, count: count) { try ObservationsCSV(path: $0) }
    FuzzInput.drain(data, count: count) { try ClaimsCSV(path: $0) }
    FuzzInput.drain(data, count: count) { try ACLEDDeletionsCSV(path: $0) }
    return 0
}
