import FuzzSupport
import TruceFormats

// The UCDP reader, header checks and row parser, on any bytes as a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUCDP(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.path()
    FuzzInput.write(data, count: count, to: path)
    do {
        var reader = try UCDPReader(path: path)
        _ = try reader.readAll()
        _ = reader.notices
    } catch {
        // A refused file (bad header, unreadable) is a clean outcome.
    }
    return 0
}
