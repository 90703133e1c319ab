public import TruceFormats

/// A streaming reader an import draws rows from, one at a time, so that memory does not
/// grow with the file. Every data-set reader of TruceFormats is one.
public protocol ImportSource: RowReader {
    /// Bytes consumed so far, for progress.
    var bytesRead: Int { get }
    /// The size of the input in bytes, or 0 when unknown.
    var totalBytes: Int { get }
    /// Things the user should know (an encoding guessed, rows kept with a fallback, ...).
    var notices: [String] { get }
    /// SHA-256 of the input, complete once the end is reached.
    var fileHash: String? { get }
}

extension ACLEDReader: ImportSource {}
extension EvidenceCSV: ImportSource {}
extension UCDPReader: ImportSource {}
extension GDELTReader: ImportSource {}
