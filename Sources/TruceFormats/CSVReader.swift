import Crypto
import Foundation
import TruceModel

/// A streaming RFC 4180 reader: one record at a time from a file of any size.
///
/// The file is read in chunks (1 MiB by default) into one reusable buffer, so
/// memory stays flat however long the file is; it grows only while a single
/// record is larger than the buffer. While reading, the reader hashes every
/// byte (SHA-256), so an import can name exactly which file it read without a
/// second pass.
///
/// What it accepts: fields quoted with `"` that hold delimiters, doubled quotes
/// and newlines; LF, CRLF or classic Mac (CR only) line ends, decided by the
/// first line end of the file; a UTF-8 byte-order mark; a last line
/// without a newline. Blank lines are skipped (their lines still count). Text
/// after a closing quote (`"a"b`) is kept as part of the field, as most CSV
/// readers do. What it reports instead of crashing: a quote still open at the
/// end of the file, NUL bytes, a record longer than `maxRecordBytes`, and (with
/// `.utf8`) invalid UTF-8 — each as a malformed record (`CSVRecord.problem`) with its line.
///
/// A stray quote must not swallow the rest of the file: when a quoted field runs
/// over line ends and the record it makes is implausible (the quote never closes,
/// the record outgrows `maxRecordBytes`, or its cell count does not match
/// `expectedFieldCount`), only the record's first line is reported as malformed
/// and reading resumes on the next line. `strayQuoteLines` counts those lines.
///
/// Throughput, measured on a 2-core x86-64 VM (release build, one core, file in
/// the page cache) with `gen_acled.py 1000000`: 1,000,001 records, 31 fields
/// each, 568 MB. `next()`, which builds every field's String, reads them in
/// 1.66–1.82 s (≈ 550,000–600,000 records/s, 310–340 MB/s), of which SHA-256
/// takes about 0.35 s and the `read` calls 0.15 s. `ACLEDReader`, which builds an
/// `Event` per row from the bytes, takes 2.63–2.69 s (≈ 375,000 rows/s, 210 MB/s).
public final class CSVReader {
    /// The path the reader was opened with.
    public let path: String
    /// The field delimiter as a byte (`,` by default, `\t` for tab-separated files).
    public let delimiter: UInt8
    public let encoding: TextEncodingChoice
    /// The file's size in bytes when it was opened, for a progress bar.
    public let totalBytes: Int
    /// How many bytes have been read from the file so far.
    public private(set) var bytesRead = 0
    /// The SHA-256 of every byte of the file, lower-case hex; `nil` until the end is reached.
    public private(set) var fileHash: String?
    /// Things the user should know about the file, each said once (e.g. an encoding fallback).
    public var notices: [String] {
        var all = ownNotices
        if strayQuoteLines > 0 {
            let lines = strayQuoteLines == 1 ? "1 line" : "\(strayQuoteLines) lines"
            all.append(
                "stray quotes: \(lines) rejected whole (first at line \(firstStrayQuoteLine)); reading resumed on the next line each time")
        }
        return all
    }
    private var ownNotices: [String] = []

    /// Adds a notice about the file (from a reader that knows what its records mean).
    func note(_ notice: String) { ownNotices.append(notice) }
    /// Whether `"` opens quoted fields; `false` for formats that never quote (GDELT).
    public let quoting: Bool
    /// The longest record, in bytes, the reader holds in memory; a longer one is skipped
    /// up to the next line end and reported as malformed, so memory stays bounded.
    public let maxRecordBytes: Int
    /// When set (by a reader that knows the header), a record that spans several lines
    /// must have this many cells to be believed; otherwise its first line had a stray quote.
    public var expectedFieldCount: Int?
    /// How many lines were rejected whole because a stray quote would have swallowed what follows.
    public private(set) var strayQuoteLines = 0
    private var firstStrayQuoteLine = 0
    /// Whether the current record ends the file without a line end: with too few cells, a cut-off download.
    public private(set) var currentRecordIsUnterminatedLastLine = false

    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private let chunkSize: Int
    /// Unconsumed bytes are `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    private var atEndOfFile = false
    private var isFirstFill = true
    private let digest: StreamDigest
    /// The physical line at `start`.
    private var line = 1
    /// No NUL byte lies in `buffer[start..<nextNUL]`; `nextNUL` is `end` or the index of a NUL.
    /// Found with one `memchr` per chunk, so files without NULs pay nothing per record.
    private var nextNUL = 0
    private var spans = GrowableBuffer<CSVFields.Span>(capacity: 64)
    /// Unquoted copies of the current record's fields that had doubled quotes.
    private var side = GrowableBuffer<UInt8>(capacity: 4096)
    private var lastRecordRange = 0..<0
    /// The text to report for the current record when its bytes are no longer in the buffer.
    private var lastRecordReplacement: String?
    private var fellBackToWindows1252 = false
    /// The byte that ends a line: LF (also for CRLF files) or CR (classic Mac files), once decided.
    private var lineBreak = CSVReader.lineFeed
    private var lineBreakDecided = false
    private var hasReturnedARecord = false
    /// The copy of the bytes a memory stream reads, when the reader was made from bytes.
    private var memory: UnsafeMutableRawPointer?

    /// Opens `path` for reading.
    ///
    /// - Parameters:
    ///   - delimiter: an ASCII character other than `"`, CR or LF.
    ///   - encoding: how to turn field bytes into text.
    ///   - quoting: whether `"` opens quoted fields (`false` reads quotes as ordinary text).
    ///   - maxRecordBytes: the longest record held in memory (see `InputLimits.recordBytes`).
    ///   - chunkSize: bytes per read; the default (1 MiB) suits files of any size.
    /// - Throws: `TruceError` (`unreadableFile`) naming the path when it cannot be opened,
    ///   or (`invalidInput`) for an unusable delimiter.
    public convenience init(
        path: String, delimiter: Unicode.Scalar = ",", encoding: TextEncodingChoice = .automatic, quoting: Bool = true,
        maxRecordBytes: Int = InputLimits.recordBytes, chunkSize: Int = 1 << 20
    ) throws {
        try Self.check(delimiter)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TruceError(.unreadableFile, "cannot read \(path): it is a folder, not a file")
        }
        guard let file = fopen(path, "rb") else {
            throw TruceError(.unreadableFile, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        let size = fstat(fileno(file), &info) == 0 ? Int(info.st_size) : 0
        self.init(
            stream: file, name: path, totalBytes: size, delimiter: delimiter, encoding: encoding, quoting: quoting,
            maxRecordBytes: maxRecordBytes, chunkSize: chunkSize)
    }

    /// Reads bytes already in memory (an upload) exactly as it would read them from a file.
    ///
    /// - Parameter name: what messages and `path` call the bytes ("upload.csv").
    /// - Throws: `TruceError` (`invalidInput`) for an unusable delimiter.
    public convenience init(
        bytes: [UInt8], name: String, delimiter: Unicode.Scalar = ",", encoding: TextEncodingChoice = .automatic, quoting: Bool = true,
        maxRecordBytes: Int = InputLimits.recordBytes, chunkSize: Int = 1 << 20
    ) throws {
        try Self.check(delimiter)
        // A memory stream behind the same FILE interface keeps one reading path for files and uploads.
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: bytes.count) }
        guard let stream = fmemopen(memory, bytes.count, "rb") else {
            memory.deallocate()
            throw TruceError(.unreadableFile, "cannot read \(name): \(String(cString: strerror(errno)))")
        }
        self.init(
            stream: stream, name: name, totalBytes: bytes.count, delimiter: delimiter, encoding: encoding, quoting: quoting,
            maxRecordBytes: maxRecordBytes, chunkSize: chunkSize)
        self.memory = memory
    }

    private init(
        stream: UnsafeMutablePointer<FILE>, name: String, totalBytes: Int, delimiter: Unicode.Scalar, encoding: TextEncodingChoice,
        quoting: Bool, maxRecordBytes: Int, chunkSize: Int
    ) {
        file = stream
        path = name
        self.totalBytes = totalBytes
        self.delimiter = UInt8(delimiter.value)
        self.encoding = encoding
        self.quoting = quoting
        self.maxRecordBytes = max(maxRecordBytes, 16)
        self.chunkSize = max(chunkSize, 16)
        capacity = 2 * self.chunkSize
        buffer = .allocate(capacity: capacity)
        digest = StreamDigest(expectedBytes: totalBytes)
    }

    private static func check(_ delimiter: Unicode.Scalar) throws {
        guard delimiter.isASCII, delimiter != "\"", delimiter != "\n", delimiter != "\r" else {
            throw TruceError(
                .invalidInput, "cannot use \(delimiter.escaped(asASCII: true)) as a CSV delimiter: it must be ASCII and not a quote or line break")
        }
    }

    deinit {
        if let file { fclose(file) }
        memory?.deallocate()
        buffer.deallocate()
        spans.deallocate()
        side.deallocate()
    }

    /// The next record, or `nil` at the end of the file.
    ///
    /// - Throws: `TruceError` (`unreadableFile`) only when reading the file fails;
    ///   malformed content is reported in `CSVRecord.problem`, never thrown.
    public func next() throws -> CSVRecord? {
        guard try advance() else { return nil }
        let fields = withCurrentFields { fields in (0..<fields.count).map { fields.string($0) } }
        return CSVRecord(line: currentLine, fields: fields, problem: currentProblem)
    }

    /// The line where the current record (the one `advance()` moved to) starts.
    private(set) var currentLine = 0
    /// What is wrong with the current record, if anything.
    private(set) var currentProblem: CSVRecord.Problem?

    /// Moves to the next record without building its Strings; `false` at the end.
    /// Its fields are then available through `withCurrentFields`.
    func advance() throws -> Bool {
        lastRecordReplacement = nil
        currentRecordIsUnterminatedLastLine = false
        while true {
            if start >= end {
                if atEndOfFile { return false }
                try fill()
                continue
            }
            let outcome = Self.scan(
                buffer, from: start, to: end, atEndOfFile: atEndOfFile, delimiter: delimiter, lineBreak: lineBreak, quoting: quoting,
                spans: &spans)
            switch outcome {
            case .needMore:
                if end - start > maxRecordBytes {
                    if let firstLineEnd = Self.find(lineBreak, buffer, from: start, to: end) {
                        rejectFirstLineForStrayQuote(lineEnd: firstLineEnd, why: "runs past \(Self.megabytes(maxRecordBytes)) without being closed")
                    } else {
                        try skipOverlongLine()
                    }
                    hasReturnedARecord = true
                    return true
                }
                try fill()
            case .blankLine(let next):
                start = next
                line += 1
            case .record(let contentEnd, let next, let newlines, let unterminated):
                if newlines > 0, unterminated || !fitsExpectedFieldCount(), let firstLineEnd = Self.find(lineBreak, buffer, from: start, to: end) {
                    let why =
                        unterminated ? "is never closed" : "is closed only on line \(line + newlines), making a record that does not fit the header"
                    rejectFirstLineForStrayQuote(lineEnd: firstLineEnd, why: why)
                    hasReturnedARecord = true
                    return true
                }
                prepareFields(contentEnd: contentEnd, unterminated: unterminated)
                lastRecordRange = start..<contentEnd
                currentLine = line
                currentRecordIsUnterminatedLastLine = atEndOfFile && next == end && buffer[end - 1] != lineBreak
                start = next
                line += 1 + newlines
                hasReturnedARecord = true
                return true
            }
        }
    }

    /// Whether the scanned record has the cell count a reader expects (empty cells past it are fine).
    private func fitsExpectedFieldCount() -> Bool {
        guard let expected = expectedFieldCount else { return true }
        if spans.count < expected { return false }
        for index in expected..<spans.count where spans[index].end > spans[index].start { return false }
        return true
    }

    /// Makes the first line of the record at `start` a malformed record of its own and moves past it,
    /// so that a stray quote costs one line, not the rest of the file.
    private func rejectFirstLineForStrayQuote(lineEnd: Int, why: String) {
        // The field whose quote runs over the line end (spans still hold the scan of the whole record).
        var fieldIndex: Int?
        for index in 0..<spans.count where spans[index].end > lineEnd || (spans[index].start <= lineEnd && spans[index].end == end) {
            fieldIndex = index
            break
        }
        let contentEnd = lineEnd > start && buffer[lineEnd - 1] == Self.carriageReturn && lineBreak == Self.lineFeed ? lineEnd - 1 : lineEnd
        _ = Self.scan(
            buffer, from: start, to: contentEnd, atEndOfFile: true, delimiter: delimiter, lineBreak: lineBreak, quoting: false, spans: &spans)
        side.removeAll()
        lastRecordRange = start..<contentEnd
        currentLine = line
        currentProblem = CSVRecord.Problem(
            fieldIndex: fieldIndex,
            message: "a quoted field opened on this line \(why): the line is rejected whole and reading resumes on the next line (a stray quote?)")
        if strayQuoteLines == 0 { firstStrayQuoteLine = line }
        strayQuoteLines += 1
        start = lineEnd + 1
        line += 1
        if nextNUL < start { nextNUL = Self.find(0, buffer, from: start, to: end) ?? end }
    }

    /// Skips a line longer than `maxRecordBytes` up to its line end without keeping it,
    /// and makes it a malformed record that quotes only its beginning.
    private func skipOverlongLine() throws {
        currentLine = line
        let shown = min(200, end - start)
        lastRecordRange = start..<(start + shown)
        lastRecordReplacement = lastRecordText(limit: 200) + "…"
        lastRecordRange = 0..<0
        spans.removeAll()
        side.removeAll()
        let problem = CSVRecord.Problem(
            message: "the line is longer than \(Self.megabytes(maxRecordBytes)), the limit: skipped; is this really a CSV file?")
        currentProblem = problem
        guard hasReturnedARecord else {
            // The first line: the caller refuses the file, and a file such as /dev/zero never ends.
            start = end
            atEndOfFile = true
            return
        }
        var skipped = 0
        while true {
            if let lineEnd = Self.find(lineBreak, buffer, from: start, to: end) {
                skipped += lineEnd - start
                start = lineEnd + 1
                break
            }
            skipped += end - start
            start = end
            nextNUL = end
            if atEndOfFile { break }
            try fill()
        }
        line += 1
        nextNUL = Self.find(0, buffer, from: start, to: end) ?? end
        currentProblem = CSVRecord.Problem(
            message: "the line is longer than \(Self.megabytes(maxRecordBytes)), the limit (\(skipped) bytes): skipped")
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// Runs `body` on the current record's fields as bytes (valid only inside `body`).
    func withCurrentFields<R>(_ body: (CSVFields) -> R) -> R {
        body(
            CSVFields(main: UnsafePointer(buffer), side: UnsafePointer(side.base), spans: UnsafeBufferPointer(start: spans.base, count: spans.count)))
    }

    /// The bytes of the record `next()` returned last, as text: for error reports.
    ///
    /// Valid until the next call to `next()`. At most `limit` bytes are shown,
    /// then `…`, so that a runaway record (an unclosed quote) does not flood a report.
    public func lastRecordText(limit: Int = 4096) -> String {
        if let lastRecordReplacement { return lastRecordReplacement }
        var count = lastRecordRange.count
        let truncated = count > limit
        if truncated {
            count = max(limit, 0)
            // Do not cut a UTF-8 sequence in half.
            while count > 0, buffer[lastRecordRange.lowerBound + count] & 0xC0 == 0x80 { count -= 1 }
        }
        let bytes = UnsafeBufferPointer(start: buffer + lastRecordRange.lowerBound, count: count)
        let text: String
        if encoding != .windows1252, UTF8Validation.isValid(bytes) {
            text = String(decoding: bytes, as: UTF8.self)
        } else if encoding == .utf8 {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            text = Windows1252.decode(bytes)
        }
        return truncated ? text + "…" : text
    }

    // MARK: - Reading

    private func fill() throws {
        guard let file, !atEndOfFile else {
            atEndOfFile = true
            return
        }
        if start > 0 {
            let pending = end - start
            if pending > 0 { memmove(buffer, buffer + start, pending) }
            nextNUL -= start
            end = pending
            start = 0
            lastRecordRange = 0..<0
        }
        // A record larger than the buffer doubles what is read next, so that
        // rescanning it from its start costs O(n) overall, not O(n²).
        let want = max(chunkSize, end)
        if capacity - end < want {
            let newCapacity = end + want
            let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newBuffer.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = newBuffer
            capacity = newCapacity
        }
        let count = fread(buffer + end, 1, want, file)
        if count > 0 {
            digest.update(UnsafeRawBufferPointer(start: buffer + end, count: count))
            bytesRead += count
            let oldEnd = end
            end += count
            if nextNUL == oldEnd { nextNUL = Self.find(0, buffer, from: oldEnd, to: end) ?? end }
        }
        if isFirstFill {
            isFirstFill = false
            if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
        }
        if count < want {
            if ferror(file) != 0 {
                let reason = String(cString: strerror(errno))
                throw TruceError(.unreadableFile, "cannot read \(path) after \(bytesRead) bytes: \(reason)")
            }
            if feof(file) != 0 { finish() }
        }
        if !lineBreakDecided { decideLineBreak() }
    }

    /// Classic Mac files end lines with CR alone: the first line end of the file says which
    /// kind it has. Until a line end is seen, LF is assumed, which finds no record, so
    /// nothing is read before the decision.
    private func decideLineBreak() {
        let firstLF = Self.find(Self.lineFeed, buffer, from: start, to: end)
        guard let firstCR = Self.find(Self.carriageReturn, buffer, from: start, to: firstLF ?? end) else {
            if firstLF != nil || atEndOfFile { lineBreakDecided = true }
            return
        }
        if firstCR + 1 < end {
            lineBreak = buffer[firstCR + 1] == Self.lineFeed ? Self.lineFeed : Self.carriageReturn
            lineBreakDecided = true
        } else if atEndOfFile {
            lineBreak = Self.carriageReturn
            lineBreakDecided = true
        }
    }

    private func finish() {
        atEndOfFile = true
        if let file { fclose(file) }
        file = nil
        fileHash = digest.finish()
    }

    // MARK: - Fields

    /// Unquotes the fields that need it (into `side`), checks their encoding and
    /// looks for NUL bytes, setting `currentProblem` and notices.
    private func prepareFields(contentEnd: Int, unterminated: Bool) {
        var problem: CSVRecord.Problem?
        side.removeAll()
        let count = spans.count
        let encoding = encoding
        // Most records are pure ASCII: one pass over the record then spares a check per field.
        let recordIsASCII = UTF8Validation.isASCII(buffer + start, count: contentEnd - start)
        for index in 0..<count {
            var span = spans[index]
            if span.needsUnquoting {
                let sideStart = side.count
                unquote(span)
                span = CSVFields.Span(start: sideStart, end: side.count, inSide: true, isUTF8: true)
            }
            if !recordIsASCII, span.end > span.start {
                let bytes = UnsafeBufferPointer(start: (span.inSide ? side.base : buffer) + span.start, count: span.end - span.start)
                span.isUTF8 = encoding == .windows1252 ? !bytes.contains { $0 >= 0x80 } : UTF8Validation.isValid(bytes)
                if !span.isUTF8 && encoding != .windows1252 { noteInvalidUTF8(bytes, fieldIndex: index, problem: &problem) }
            }
            spans[index] = span
        }
        if nextNUL < contentEnd {
            var fieldIndex = 0
            for index in 0..<count where !spans[index].inSide && spans[index].start <= nextNUL { fieldIndex = index }
            if problem == nil {
                problem = CSVRecord.Problem(fieldIndex: fieldIndex, message: "contains a NUL byte (0x00); the file may be binary or damaged")
            }
            nextNUL = Self.find(0, buffer, from: contentEnd, to: end) ?? end
        }
        if unterminated {
            problem = CSVRecord.Problem(
                fieldIndex: count - 1,
                message: "a quoted field opened here is never closed: the quote runs to the end of the file")
        }
        currentProblem = problem
    }

    /// Records a problem (strict UTF-8) or, once per file, a notice (the automatic
    /// fallback to Windows-1252) for a field that is not valid UTF-8.
    private func noteInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, fieldIndex: Int, problem: inout CSVRecord.Problem?) {
        if encoding == .utf8 {
            if problem == nil {
                problem = CSVRecord.Problem(
                    fieldIndex: fieldIndex,
                    message: "not valid UTF-8: '\(String(decoding: bytes, as: UTF8.self))'; "
                        + "if the file is Windows-1252, name that encoding for the import")
            }
        } else if !fellBackToWindows1252 {
            fellBackToWindows1252 = true
            ownNotices.append("not valid UTF-8 at line \(line): read as Windows-1252; name the encoding for the import to be explicit")
        }
    }

    /// Appends a field that needs unquoting to `side`: outer quotes dropped,
    /// doubled quotes halved, text after the closing quote kept as is.
    private func unquote(_ span: CSVFields.Span) {
        var index = span.start + 1  // skip the opening quote
        var quoted = true
        while index < span.end {
            if quoted {
                let close = Self.find(Self.quote, buffer, from: index, to: span.end) ?? span.end
                side.append(contentsOf: UnsafeBufferPointer(start: buffer + index, count: close - index))
                if close + 1 < span.end, buffer[close + 1] == Self.quote {
                    side.append(Self.quote)
                    index = close + 2
                } else {
                    quoted = false
                    index = close + 1
                }
            } else {
                side.append(contentsOf: UnsafeBufferPointer(start: buffer + index, count: span.end - index))
                index = span.end
            }
        }
    }

    // MARK: - Scanning

    enum ScanOutcome {
        /// The record may continue past the bytes in the buffer.
        case needMore
        case blankLine(next: Int)
        /// A complete record: `contentEnd` excludes the line end, `next` is where the next record starts,
        /// `newlines` counts the line breaks inside quoted fields.
        case record(contentEnd: Int, next: Int, newlines: Int, unterminated: Bool)
    }

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Finds the fields of the record starting at `recordStart`.
    ///
    /// The line end is found first with `memchr`; unquoted fields are then
    /// found with `memchr` for the delimiter within the line, so the common
    /// case never looks at a byte twice in Swift code. A quoted field searches
    /// for its closing quote; only when that lies past the line end are its
    /// newlines counted and the line end found again.
    static func scan(
        _ p: UnsafePointer<UInt8>, from recordStart: Int, to end: Int, atEndOfFile: Bool, delimiter: UInt8, lineBreak: UInt8 = lineFeed,
        quoting: Bool = true, spans: inout GrowableBuffer<CSVFields.Span>
    ) -> ScanOutcome {
        spans.removeAll()
        guard var lineEnd = find(lineBreak, p, from: recordStart, to: end) ?? (atEndOfFile ? end : nil) else { return .needMore }
        if lineEnd == recordStart || (lineEnd == recordStart + 1 && p[recordStart] == carriageReturn) {
            return .blankLine(next: lineEnd < end ? lineEnd + 1 : end)
        }
        var position = recordStart
        var newlines = 0
        while true {
            if quoting, position < lineEnd, p[position] == quote {
                // A quoted field: find the closing quote, skipping doubled ones.
                var searchFrom = position + 1
                var hasDoubledQuotes = false
                var closing = 0
                while true {
                    guard let candidate = find(quote, p, from: searchFrom, to: end) else {
                        guard atEndOfFile else { return .needMore }
                        newlines += count(lineBreak, p, from: position + 1, to: end)
                        spans.append(CSVFields.Span(start: position, end: end, inSide: false, isUTF8: true, needsUnquoting: true))
                        return .record(contentEnd: end, next: end, newlines: newlines, unterminated: true)
                    }
                    if candidate + 1 < end {
                        if p[candidate + 1] == quote {
                            hasDoubledQuotes = true
                            searchFrom = candidate + 2
                            continue
                        }
                    } else if !atEndOfFile {
                        return .needMore  // cannot tell yet whether the quote is doubled
                    }
                    closing = candidate
                    break
                }
                if closing > lineEnd {
                    newlines += count(lineBreak, p, from: position + 1, to: closing)
                    guard let next = find(lineBreak, p, from: closing + 1, to: end) ?? (atEndOfFile ? end : nil) else { return .needMore }
                    lineEnd = next
                }
                let after = closing + 1
                if after == lineEnd || p[after] == delimiter || (p[after] == carriageReturn && after + 1 == lineEnd) {
                    spans.append(
                        hasDoubledQuotes
                            ? CSVFields.Span(start: position, end: after, inSide: false, isUTF8: true, needsUnquoting: true)
                            : CSVFields.Span(start: position + 1, end: closing, inSide: false, isUTF8: true, needsUnquoting: false))
                    if after < lineEnd, p[after] == delimiter {
                        position = after + 1
                        continue
                    }
                    return .record(contentEnd: after, next: lineEnd < end ? lineEnd + 1 : end, newlines: newlines, unterminated: false)
                }
                // Text after the closing quote: keep it with the field.
                if let stop = find(delimiter, p, from: after, to: lineEnd) {
                    spans.append(CSVFields.Span(start: position, end: stop, inSide: false, isUTF8: true, needsUnquoting: true))
                    position = stop + 1
                    continue
                }
                let fieldEnd = p[lineEnd - 1] == carriageReturn ? lineEnd - 1 : lineEnd
                spans.append(CSVFields.Span(start: position, end: fieldEnd, inSide: false, isUTF8: true, needsUnquoting: true))
                return .record(contentEnd: fieldEnd, next: lineEnd < end ? lineEnd + 1 : end, newlines: newlines, unterminated: false)
            }
            if let stop = findNear(delimiter, p, from: position, to: lineEnd) {
                spans.append(CSVFields.Span(start: position, end: stop, inSide: false, isUTF8: true, needsUnquoting: false))
                position = stop + 1
                continue
            }
            let fieldEnd = lineEnd > position && p[lineEnd - 1] == carriageReturn ? lineEnd - 1 : lineEnd
            spans.append(CSVFields.Span(start: position, end: fieldEnd, inSide: false, isUTF8: true, needsUnquoting: false))
            return .record(contentEnd: fieldEnd, next: lineEnd < end ? lineEnd + 1 : end, newlines: newlines, unterminated: false)
        }
    }

    /// Finds `byte` in a short run (a delimiter within a line): eight bytes per
    /// step in registers, which beats a `memchr` call for fields of a few dozen
    /// bytes; long runs go to `memchr`.
    @inline(__always)
    static func findNear(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        let raw = UnsafeRawPointer(p)
        var index = from
        let limit = min(to, from + 64)
        while index + 8 <= limit {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern
            // A zero byte in `word` marks a match: the classic "has zero byte" test.
            let found = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        if limit == to {
            while index < to {
                if p[index] == byte { return index }
                index += 1
            }
            return nil
        }
        return find(byte, p, from: index, to: to)
    }

    @inline(__always)
    static func find(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let hit = memchr(p + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(p).distance(to: UnsafeRawPointer(hit))
    }

    static func count(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var total = 0
        var position = from
        while let hit = find(byte, p, from: position, to: to) {
            total += 1
            position = hit + 1
        }
        return total
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
