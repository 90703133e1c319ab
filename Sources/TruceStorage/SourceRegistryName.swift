/// The name under which every backend registers an event's source: a URL's site
/// (`https://www.example.org/a/1` is `www.example.org`, lower-cased), any other name as it is.
///
/// Sources are mapped (to their reliability, say) by site: GDELT names each event's article by its URL,
/// and a million article URLs made the registry the slowest part of an import. Both backends must name a
/// source alike, so that a store copied between them keeps its registry. Read byte by byte: ACLED rows
/// name one of a few outlets, but the name changes from row to row, and Foundation's `range(of:)` was the
/// dearest call of an import's encoding after the content hash.
public func sourceRegistryName(_ source: String) -> String {
    let utf8 = source.utf8
    guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")),
        utf8[..<colon].elementsEqual("http".utf8) || utf8[..<colon].elementsEqual("https".utf8),
        utf8[colon...].starts(with: "://".utf8)
    else { return source }
    let hostStart = utf8.index(colon, offsetBy: 3)
    let hostEnd =
        utf8[hostStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? utf8.endIndex
    guard hostStart < hostEnd else { return source }
    return String(source[hostStart..<hostEnd]).lowercased()
}
