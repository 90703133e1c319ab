/// Small text helpers for CSV cells, written to avoid Foundation's slower
/// Unicode-aware trimming on the hot path: cells are trimmed of ASCII spaces
/// and tabs only, and a String is rebuilt only when there is something to trim.
extension String {
    /// The string without leading and trailing ASCII spaces, tabs, CR and LF.
    func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        guard Self.isASCIIWhitespace(first) || Self.isASCIIWhitespace(last) else { return self }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, Self.isASCIIWhitespace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, Self.isASCIIWhitespace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(self[start..<end])
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}

extension [String] {
    /// The trimmed text of cell `index`, or `nil` when the column is absent, the
    /// record is shorter, or the cell is empty (or `NA` where that means missing).
    @inline(__always)
    func cell(_ index: Int?, naIsMissing: Bool) -> String? {
        guard let index, index < count else { return nil }
        let raw = self[index]
        if raw.isEmpty || (naIsMissing && raw == "NA") { return nil }
        let text = raw.trimmingASCIIWhitespace()
        return text.isEmpty ? nil : text
    }
}
