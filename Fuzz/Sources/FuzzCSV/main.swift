import FuzzSupport
import TruceFormats

// The CSV reader on any bytes. The first byte picks the delimiter, the encoding
// and a chunk size (16 to 79 bytes) small enough that records, quotes and line
// ends straddle the buffer's refills, where a reader's bookkeeping is most fragile.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard count > 0 else { return 0 }
    let options = data[0]
    let delimiter: Unicode.Scalar = options & 1 == 0 ? "," : "\t"
    let encoding = TextEncodingChoice.allCases[Int(options >> 1) % TextEncodingChoice.allCases.count]
    let chunkSize = 16 + Int(options >> 2)
    let path = FuzzInput.path()
    FuzzInput.write(data + 1, count: count - 1, to: path)
    do {
        let reader = try CSVReader(path: path, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize)
        var lastLine = 0
        while let record = try reader.next() {
            // Records come in file order: a line number that goes back means lost bookkeeping.
            precondition(record.line > lastLine, "line \(record.line) after line \(lastLine)")
            lastLine = record.line
            _ = reader.lastRecordText(limit: Int(options & 0x3F))
        }
        precondition(reader.bytesRead == count - 1, "read \(reader.bytesRead) of \(count - 1) bytes")
        precondition(reader.fileHash != nil, "no hash at the end of the file")
    } catch {
        // A thrown error is a clean refusal; only crashes and hangs are findings.
    }
    return 0
}
