/// Where a reader's bytes come from: a file, or bytes already in memory (an upload), so an
/// upload never needs a temporary file.
enum TableInput {
    case path(String)
    /// The bytes, and the name messages and provenance give them ("upload.csv").
    case bytes([UInt8], name: String)

    func open(delimiter: Unicode.Scalar, encoding: TextEncodingChoice, quoting: Bool = true) throws -> CSVReader {
        switch self {
        case .path(let path): try CSVReader(path: path, delimiter: delimiter, encoding: encoding, quoting: quoting)
        case .bytes(let bytes, let name): try CSVReader(bytes: bytes, name: name, delimiter: delimiter, encoding: encoding, quoting: quoting)
        }
    }
}
