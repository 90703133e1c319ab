import FuzzSupport
import TruceFormats

// The JSON Lines field reader on every line of any bytes, as `truce code --jsonl-input` reads a batch.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let buffer = UnsafeBufferPointer(start: data, count: count)
    let wanted = ["text", "id", "date"]
    var start = 0
    while start <= count {
        let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) ?? count
        // A copy of exactly the line's bytes, so that reading past its end is caught.
        let line = Array(buffer[start..<end])
        line.withUnsafeBufferPointer { _ = JSONLineFields.read($0, fields: wanted) }
        start = end + 1
    }
    return 0
}
