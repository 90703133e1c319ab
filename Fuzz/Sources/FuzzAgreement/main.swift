import FuzzSupport
import TruceFormats

// The agreement loader (YAML, then the agreement's own checks) on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAgreement(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    _ = try? AgreementLoader.parse(yaml: yaml, file: "fuzz.yaml")
    return 0
}
