import FuzzSupport
import TruceFormats

// The ACLED reader, header checks and row parser, on any bytes as a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzACLED(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    FuzzInput.drain(data, count: count) { try ACLEDReader(path: $0) }
    return 0
}
