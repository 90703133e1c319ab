/// `TokenScanner`'s spans read on demand, with the one rule for the words the word-level views
/// make of them, so a huge sentence is scanned only as far as a view needs.
struct SpanStream {
    private var scanner: TokenScanner
    private(set) var spans: [TokenScanner.Span] = []
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.scanner = TokenScanner(bytes, limit: bytes.count)
        spans.reserveCapacity(min(bytes.count / 4 + 1, 512))
    }

    /// The span at `position`, nil past the end.
    mutating func at(_ position: Int) -> TokenScanner.Span? {
        while spans.count <= position {
            guard let span = scanner.next() else { return nil }
            spans.append(span)
        }
        return spans[position]
    }

    /// The position of the last span of the word that starts at `position` (a word or number span):
    /// spans glued together ("F16", "U.S.A") or by one inner hyphen ("al-Qaeda", "20-year-old")
    /// make one word, which ends at a possessive ("al-Qaeda's") and takes no hyphen after an
    /// initialism ("U.S.-led").
    mutating func wordEnd(from position: Int) -> Int {
        var last = position
        while let current = at(last), !Self.endsInPossessive(bytes, current), let next = at(last + 1), !next.spaceBefore {
            if next.kind != .punctuation {
                last += 1
            } else if next.end - next.start == 1, bytes[next.start] == 0x2D, !current.isInitialism, let after = at(last + 2),
                !after.spaceBefore, after.kind != .punctuation
            {
                last += 2
            } else {
                break
            }
        }
        return last
    }

    /// Whether a span ends in a possessive "'s" (or "’s").
    static func endsInPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenScanner.Span) -> Bool {
        possessiveStart(bytes, start: span.start, end: span.end) != nil
    }

    /// Where the possessive "'s" (or "’s") that ends `bytes[start..<end]` starts, nil when there is none.
    static func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
        guard end - start >= 3, bytes[end - 1] | 0x20 == 0x73 else { return nil }
        if bytes[end - 2] == 0x27 { return end - 2 > start ? end - 2 : nil }
        if end - start >= 5, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 { return end - 4 > start ? end - 4 : nil }
        return nil
    }
}
