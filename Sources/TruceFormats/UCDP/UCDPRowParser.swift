import TruceModel

/// Turns one GED record into an `Event`, or says which cell is wrong and why.
///
/// Rejected: a missing key, date, type or best estimate; a number that is not one; an
/// impossible date or a `date_end` before `date_start`; a code outside the codebook's range
/// (`type_of_violence` 1–3, `date_prec` 1–5, `where_prec` 1–7); negative deaths; coordinates off
/// the globe. Kept with a warning, because UCDP publishes such rows and they are still the
/// best account of an event: a row without a country, and fatality estimates out of order
/// (`low` above `best`, or `best` above `high`), which stay as published.
struct UCDPRowParser: Sendable {
    let header: UCDPHeader
    /// The file's name, for `Event.provenance`.
    let fileName: String

    /// Why a row cannot be an event: the column (its header name) and a message with the value.
    struct Failure: Error {
        var field: String?
        var message: String
    }

    /// The record seen as bytes, as an event or a rejection (built by `reject`, which knows the raw record).
    func record(
        _ fields: CSVFields, line: Int, interner: StringInterner?, sides: UCDPSideResolver?, warn: (String) -> Void,
        reject: (Failure) -> RowRejection
    ) -> ParsedRow<Event> {
        do {
            return .value(try event(Cells(fields: fields, interner: interner), line: line, sides: sides, warn: warn))
        } catch {
            return .rejected(reject(error))
        }
    }

    private func event(_ f: Cells, line: Int, sides: UCDPSideResolver?, warn: (String) -> Void) throws(Failure) -> Event {
        let h = header
        guard let key = text(f, h.id) else { throw missing(h.id) }
        let start = try date(f, h.dateStart)
        let end = try date(f, h.dateEnd)
        guard end >= start else { throw failure(h.dateEnd, "\(end.iso) is before date_start \(start.iso)") }
        let datePrecision: DatePrecision
        if let code = try code(f, h.datePrec, "1–5 (1 the exact day … 5 more than a month)", UCDPCodes.datePrecision) {
            datePrecision = code
        } else {
            datePrecision = start == end ? .day : .unknown
        }
        guard let type = try code(f, h.typeOfViolence, "1, 2 or 3 (state-based, non-state, one-sided)", UCDPCodes.eventType) else {
            throw missing(h.typeOfViolence)
        }
        guard let best = try count(f, h.best) else { throw missing(h.best) }
        let low = try count(f, h.low)
        let high = try count(f, h.high)
        if (low ?? best) > best || best > (high ?? best) {
            let published = [("low", low), ("best", best), ("high", high)].compactMap { name, value in value.map { "\(name) \($0)" } }
            warn("line \(line): fatality estimates out of order (\(published.joined(separator: ", "))); kept as UCDP published them")
        }
        let latitude = try coordinate(f, h.latitude, limit: 90)
        let longitude = try coordinate(f, h.longitude, limit: 180)
        let wherePrec = try wholeNumber(f, h.wherePrec)
        var uncertainty: Double?
        if let wherePrec {
            guard let km = UCDPCodes.uncertaintyKm(wherePrec: wherePrec) else {
                throw failure(h.wherePrec, "expected a code 1–7 (1 the exact place … 7 international waters), got '\(wherePrec)'")
            }
            uncertainty = km
        }
        for column in h.wholeNumbers {
            guard let value = try wholeNumber(f, column.index) else { continue }
            if value < 0, column.key.hasPrefix("deaths_") { throw failure(column.index, "must not be negative, got '\(value)'") }
        }
        let country = text(f, h.country) ?? ""
        if country.isEmpty { warn("line \(line): no country; kept without one") }

        var attributes = [String: String](minimumCapacity: h.attributeColumns.count + 4)
        for column in h.attributeColumns {
            if let value = text(f, column.index) { attributes[column.key] = value }
        }
        let actor1 = side(f, name: h.sideA, id: h.sideAID, prefix: "side_a", sides: sides, attributes: &attributes)
        let actor2 = side(f, name: h.sideB, id: h.sideBID, prefix: "side_b", sides: sides, attributes: &attributes)
        return Event(
            key: key,
            dataset: "ucdp",
            date: DateSpan(day: start, earliest: start, latest: end, precision: datePrecision),
            type: type,
            actor1: actor1,
            actor2: actor2,
            location: Location(
                country: country, iso3: text(f, h.iso3), region: text(f, h.region), admin1: text(f, h.admin1),
                admin2: text(f, h.admin2), place: text(f, h.place), latitude: latitude, longitude: longitude,
                precision: wherePrec, uncertaintyKm: uncertainty),
            fatalities: Fatalities(low: low, best: best, high: high),
            sources: list(f, h.sourceOffice),
            notes: text(f, h.sourceHeadline),
            attributes: attributes,
            provenance: Provenance(snapshot: nil, file: fileName, line: line)
        )
    }

    /// One side of the event: GED's name and id, or what the actor list makes of them.
    ///
    /// The side's id has been checked to be a whole number already. When the actor list
    /// knows the side, its `ActorId` is the code and its `Org` an attribute (`side_a_org`),
    /// with its `NameData` when that differs from GED's name (a renamed group); a side that
    /// lists several known actors becomes the first as the main actor and the others as its
    /// associates, with every id in `side_a_actor_ids`.
    private func side(
        _ f: Cells, name nameIndex: Int, id idIndex: Int?, prefix: String, sides: UCDPSideResolver?, attributes: inout [String: String]
    ) -> EventActor {
        let name = text(f, nameIndex)
        let id = cell(f, idIndex)?.wholeNumber()
        var actor = EventActor(name: name, code: id.map { "ucdp:\($0)" })
        guard let sides, let name, let match = sides.resolve(side: name, id: id), let first = match.actors.first else { return actor }
        actor.code = "ucdp:\(first.id)"
        let orgs = match.actors.compactMap { $0.org.map(String.init) }
        if orgs.count == match.actors.count { attributes["\(prefix)_org"] = orgs.joined(separator: ", ") }
        switch match.basis {
        case .several:
            actor.name = first.name
            actor.associates = match.actors.dropFirst().map(\.name)
            attributes["\(prefix)_actor_ids"] = match.actors.map { String($0.id) }.joined(separator: ", ")
        case .id, .formerName:
            if first.name != name { attributes["\(prefix)_actor_name"] = first.name }
        case .name:
            break
        }
        return actor
    }

    // MARK: - Cells

    /// A record's fields plus the reader's interner, which shares the Strings of values repeated row after row.
    private struct Cells {
        let fields: CSVFields
        let interner: StringInterner?

        func string(_ index: Int, _ part: UnsafeBufferPointer<UInt8>) -> String {
            if let interner, StringInterner.accepts(part.count), fields.spans[index].isUTF8 {
                return interner.string(column: index, utf8: part)
            }
            return fields.string(index, part)
        }
    }

    /// A cell's trimmed bytes, or `nil` when it is absent, empty or `NA`.
    private func cell(_ f: Cells, _ index: Int?) -> UnsafeBufferPointer<UInt8>? {
        guard let index, index < f.fields.count else { return nil }
        let bytes = f.fields.trimmedBytes(index)
        return bytes.isEmpty || bytes.isNA ? nil : bytes
    }

    private func text(_ f: Cells, _ index: Int?) -> String? {
        guard let index, let bytes = cell(f, index) else { return nil }
        return f.string(index, bytes)
    }

    /// A `;`-separated list (GED's `source_office`), each part trimmed, empty parts dropped.
    private func list(_ f: Cells, _ index: Int?) -> [String] {
        guard let index, let bytes = cell(f, index) else { return [] }
        return bytes.split(separator: 0x3B, omittingEmptySubsequences: true).compactMap { slice in
            let part = UnsafeBufferPointer(rebasing: slice).trimmed()
            return part.isEmpty ? nil : f.string(index, part)
        }
    }

    private func failure(_ index: Int?, _ message: String) -> Failure {
        let field = index.map { header.columns.displayName(ofColumn: $0) }
        return Failure(field: field, message: "\(field ?? "?"): \(message)")
    }

    private func missing(_ index: Int) -> Failure { failure(index, "missing (the cell is empty)") }

    private func quoted(_ f: Cells, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String { "'\(f.fields.string(index, bytes))'" }

    /// A required day: `2018-12-30`, or with a time of day as the current GED download writes
    /// it (`2018-12-30 00:00:00.000`, also with `T`); the time is dropped, as GED codes days.
    private func date(_ f: Cells, _ index: Int) throws(Failure) -> Day {
        guard let bytes = cell(f, index) else { throw missing(index) }
        guard let day = Self.day(bytes) else {
            throw failure(index, "expected a date such as 2018-12-30 or 2018-12-30 00:00:00.000, got \(quoted(f, index, bytes))")
        }
        return day
    }

    /// The day in `YYYY-MM-DD`, optionally followed by a space or `T` and a time of day.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = digits(bytes, 0..<4), let month = digits(bytes, 5..<7), let day = digits(bytes, 8..<10)
        else { return nil }
        if bytes.count > 10 {
            guard bytes[10] == 0x20 || bytes[10] == 0x54, isTimeOfDay(UnsafeBufferPointer(rebasing: bytes[11...])) else { return nil }
        }
        return Day(year: year, month: month, day: day)
    }

    /// The number written in `range` with ASCII digits only (no sign, no spaces).
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, bytes[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, within a day.
    private static func isTimeOfDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let parts = bytes.split(separator: 0x3A, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2, parts[1].count == 2,
            let hour = digits(bytes, parts[0].startIndex..<parts[0].endIndex), hour <= 23,
            let minute = digits(bytes, parts[1].startIndex..<parts[1].endIndex), minute <= 59
        else { return false }
        guard parts.count == 3 else { return true }
        let seconds = parts[2].split(separator: 0x2E, maxSplits: 1, omittingEmptySubsequences: false)
        guard seconds[0].count == 2, let second = digits(bytes, seconds[0].startIndex..<seconds[0].endIndex), second <= 60 else {
            return false
        }
        return seconds.count == 1 || (!seconds[1].isEmpty && seconds[1].allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
    }

    private func wholeNumber(_ f: Cells, _ index: Int?) throws(Failure) -> Int? {
        guard let index, let bytes = cell(f, index) else { return nil }
        guard let value = bytes.wholeNumber() else { throw failure(index, "expected a whole number, got \(quoted(f, index, bytes))") }
        return value
    }

    /// A number of deaths: a whole number, not negative.
    private func count(_ f: Cells, _ index: Int?) throws(Failure) -> Int? {
        guard let value = try wholeNumber(f, index) else { return nil }
        guard value >= 0 else { throw failure(index, "must not be negative, got '\(value)'") }
        return value
    }

    /// A code read through `meaning`, which gives `nil` for a code outside the codebook.
    private func code<Value>(_ f: Cells, _ index: Int?, _ expected: String, _ meaning: (Int) -> Value?) throws(Failure) -> Value? {
        guard let index, let bytes = cell(f, index) else { return nil }
        guard let number = bytes.wholeNumber(), let value = meaning(number) else {
            throw failure(index, "expected a code \(expected), got \(quoted(f, index, bytes))")
        }
        return value
    }

    private func coordinate(_ f: Cells, _ index: Int?, limit: Double) throws(Failure) -> Double? {
        guard let index, let bytes = cell(f, index) else { return nil }
        guard let value = bytes.decimalNumber() ?? Double(f.fields.string(index, bytes)), value.isFinite else {
            throw failure(index, "expected a number, got \(quoted(f, index, bytes))")
        }
        guard abs(value) <= limit else { throw failure(index, "\(f.fields.string(index, bytes)) is outside -\(Int(limit))…\(Int(limit))") }
        return value
    }
}
