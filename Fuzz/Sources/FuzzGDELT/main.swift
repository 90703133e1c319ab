import FuzzSupport
import TruceFormats

// The GDELT reader, header checks and row parser, on any bytes as a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGDELT(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.path()
    FuzzInput.write(data, count: count, to: path)
    do {
        var reader = try GDELTReader(path: path)
        _ = try reader.readAll()
        _ = reader.notices
    } catch {
        // A refused file (bad header, unreadable) is a clean outcome.
    }
    return 0
}
