public import TruceModel

/// A quotation or reported statement with its speaker and reporting verb.
public struct FoundClaim: Hashable, Sendable {
    /// The speaker as written, title kept ("U.S. Army Lt. Col. David Fivecoat"); a "he" or "she"
    /// is replaced by the last named speaker when there is one.
    public var speaker: String
    /// The reporting verb as written ("said", "tweeted", "according to", "rejected claims").
    public var verb: String
    /// What was said: the quotation without its marks, or the reported clause.
    public var quote: String
    /// UTF-8 byte offsets of the whole claim (quotation and attribution) in the text.
    public var range: Range<Int>
    /// UTF-8 byte offsets of the quoted words or reported clause.
    public var quoteRange: Range<Int>
    /// Where the text names the speaker (the pronoun, when it was resolved), nil when a
    /// quotation continues the previous speaker's.
    public var speakerRange: Range<Int>?
    public var modality: Modality
    /// Whether the words were in quotation marks (else reported speech).
    public var isQuotation: Bool

    public init(
        speaker: String, verb: String, quote: String, range: Range<Int>, quoteRange: Range<Int>, speakerRange: Range<Int>?,
        modality: Modality, isQuotation: Bool
    ) {
        self.speaker = speaker
        self.verb = verb
        self.quote = quote
        self.range = range
        self.quoteRange = quoteRange
        self.speakerRange = speakerRange
        self.modality = modality
        self.isQuotation = isQuotation
    }
}

/// Finds quotations and reported speech in a whole article text.
///
/// Quotations: “…,” said X / “…,” X said / X said: “…” / “…” X tweeted /
/// “…,” according to X, in curly or straight double quotes, across sentences
/// and across paragraphs when the next paragraph reopens the quote. A quote
/// that never closes is cut at the end of its paragraph (at most 1,500 bytes)
/// and kept only when an attribution comes right before it. A quotation with
/// no attribution continues the previous claim's speaker when that claim ended
/// just before it; otherwise it is skipped (scare quotes, titles).
///
/// Reported speech without quotation marks: "X said (in a statement) (that) …",
/// "…, X said.", "…, said X.", "According to X('s account), …", "…, according to X.",
/// "X told reporters …", "X denied …", "X rejected claims that …".
public enum ClaimFinder {
    /// Articles longer than this are read only up to it.
    static let maximumBytes = 4_000_000
    static let unclosedQuoteCap = 1_500
    static let quoteCap = 6_000

    public static func claims(in text: String) -> [FoundClaim] {
        var copy = text
        return copy.withUTF8 { bytes in
            ClaimScanner(bytes: bytes, limit: min(bytes.count, maximumBytes)).scan()
        }
    }
}
