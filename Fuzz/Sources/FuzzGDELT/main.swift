import FuzzSupport
import TruceFormats

// The GDELT reader, header checks and row parser, on any bytes as a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGDELT(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    FuzzInput.drain(data, count: count) { try GDELTReader(path: $0) }
    return 0
}
