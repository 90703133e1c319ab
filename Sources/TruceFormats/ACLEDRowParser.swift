public import TruceModel

/// Turns one ACLED record into an `Event`, or says which cell is wrong and why.
///
/// Nothing is silently fixed: a row with an unreadable number, a date in no known
/// layout, coordinates off the globe or negative fatalities is rejected. Empty
/// cells and the literal `NA` (R exports) are missing values. Cells are read as
/// bytes, and a String is built only for a value the event keeps.
public struct ACLEDRowParser: Sendable {
    public let header: ACLEDHeader
    /// The file's name, for `Event.provenance`.
    public let fileName: String

    public init(header: ACLEDHeader, fileName: String) {
        self.header = header
        self.fileName = fileName
    }

    /// Why a row cannot be an event.
    public typealias Failure = RowFailure

    /// The event in `fields`, a record that starts on physical line `line`.
    ///
    /// - Throws: `Failure` naming the first cell that is missing or unreadable.
    public func event(from fields: [String], line: Int) throws(Failure) -> Event {
        try CSVFields.with(fields) { fields -> Result<Event, Failure> in
            do throws(Failure) {
                return .success(try event(fields, line: line, interner: nil, warn: { _ in }))
            } catch {
                return .failure(error)
            }
        }.get()
    }

    /// The record seen as bytes, as an event or a rejection (built by `reject`, which knows the raw record).
    @inline(__always)
    func record(
        _ fields: CSVFields, line: Int, interner: StringInterner?, warn: (String) -> Void, reject: (Failure) -> RowRejection
    ) -> ParsedRow<Event> {
        do {
            return .value(try event(fields, line: line, interner: interner, warn: warn))
        } catch {
            return .rejected(reject(error))
        }
    }

    /// Real exports have rows without an `event_id_cnty` and rows cut off before
    /// their country: they are kept, keyed or left without a country, and `warn`
    /// says so, rather than lost.
    private func event(_ fields: CSVFields, line: Int, interner: StringInterner?, warn: (String) -> Void) throws(Failure) -> Event {
        let f = Cells(fields: fields, interner: interner)
        let h = header
        guard let key = text(f, h.eventID) ?? fallbackKey(f) else { throw missing(h.eventID) }
        if cell(f, h.eventID) == nil {
            warn("line \(line): no event_id_cnty; kept under the key \(key)")
        }
        guard let dateBytes = cell(f, h.eventDate) else { throw missing(h.eventDate) }
        guard let day = ACLEDDate.parse(bytes: dateBytes) else {
            throw failure(
                h.eventDate, "expected a date such as 2020-03-04, 4-Mar-20, 04/03/2020 or 4 March 2020, got '\(f.string(h.eventDate, dateBytes))'")
        }
        guard let eventType = text(f, h.eventType) else { throw missing(h.eventType) }
        let country = text(f, h.country) ?? ""
        if country.isEmpty {
            warn("line \(line): no country (the record may be cut off); kept without one")
        }
        let timePrecision = try wholeNumber(f, h.timePrecision)
        let latitude = try coordinate(f, h.latitude, limit: 90)
        let longitude = try coordinate(f, h.longitude, limit: 180)
        let fatalities = try wholeNumber(f, h.fatalities)
        if let fatalities, fatalities < 0 { throw failure(h.fatalities, "must not be negative, got '\(fatalities)'") }
        let actor1Type = try actorType(f, h.inter1)
        let actor2Type = try actorType(f, h.inter2)
        let interaction = try interaction(f, h.interaction)
        let precision = try wholeNumber(f, h.geoPrecision)
        let revision = try wholeNumber(f, h.timestamp)

        var attributes = [String: String](minimumCapacity: h.attributeColumns.count)
        for column in h.attributeColumns {
            if let value = text(f, column.index) { attributes[column.key] = value }
        }
        return Event(
            key: key,
            dataset: "acled",
            date: DateSpan.acled(day: day, timePrecision: timePrecision),
            type: EventType(disorder: text(f, h.disorderType), event: eventType, subEvent: text(f, h.subEventType)),
            actor1: EventActor(name: text(f, h.actor1), associates: list(f, h.associates1), typeCode: actor1Type),
            actor2: EventActor(name: text(f, h.actor2), associates: list(f, h.associates2), typeCode: actor2Type),
            interaction: interaction,
            location: Location(
                country: country, iso3: text(f, h.iso3), region: text(f, h.region),
                admin1: text(f, h.admin1), admin2: text(f, h.admin2), admin3: text(f, h.admin3),
                place: text(f, h.location), latitude: latitude, longitude: longitude, precision: precision),
            fatalities: fatalities.map { Fatalities(exactly: $0) } ?? Fatalities(),
            sources: list(f, h.source),
            sourceScale: text(f, h.sourceScale),
            notes: text(f, h.notes),
            revision: revision,
            attributes: attributes,
            provenance: Provenance(snapshot: nil, file: fileName, line: line)
        )
    }

    /// A key for a row without `event_id_cnty`: ACLED's `data_id`, else the
    /// country code with `event_id_no_cnty`; both are stable across re-imports.
    private func fallbackKey(_ f: Cells) -> String? {
        if let dataID = text(f, header.columns.index(of: "data_id")) { return "data_id:\(dataID)" }
        if let number = text(f, header.columns.index(of: "event_id_no_cnty")),
            let code = text(f, header.iso3) ?? text(f, header.columns.index(of: "iso"))
        {
            return "\(code)-\(number)"
        }
        return nil
    }

    // MARK: - Cells

    /// A record's fields plus the reader's interner, which shares the Strings of values repeated row after row.
    private struct Cells {
        let fields: CSVFields
        let interner: StringInterner?

        var count: Int { fields.count }

        @inline(__always)
        func trimmedBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> { fields.trimmedBytes(index) }

        @inline(__always)
        func string(_ index: Int, _ part: UnsafeBufferPointer<UInt8>) -> String {
            if let interner, StringInterner.accepts(part.count), fields.spans[index].isUTF8 {
                return interner.string(column: index, utf8: part)
            }
            return fields.string(index, part)
        }
    }

    /// A cell's trimmed bytes, or `nil` when it is absent, empty or `NA`.
    @inline(__always)
    private func cell(_ f: Cells, _ index: Int?) -> UnsafeBufferPointer<UInt8>? {
        guard let index, index < f.count else { return nil }
        let bytes = f.trimmedBytes(index)
        return bytes.isEmpty || bytes.isNA ? nil : bytes
    }

    @inline(__always)
    private func text(_ f: Cells, _ index: Int?) -> String? {
        guard let index, let bytes = cell(f, index) else { return nil }
        return f.string(index, bytes)
    }

    /// A `;`-separated list, each part trimmed, empty parts dropped.
    private func list(_ f: Cells, _ index: Int?) -> [String] {
        guard let index, let bytes = cell(f, index) else { return [] }
        var parts: [String] = []
        var start = 0
        while start <= bytes.count {
            var stop = start
            while stop < bytes.count, bytes[stop] != 0x3B { stop += 1 }
            let part = UnsafeBufferPointer(rebasing: bytes[start..<stop]).trimmed()
            if !part.isEmpty && !part.isNA { parts.append(f.string(index, part)) }
            start = stop + 1
        }
        return parts
    }

    private func failure(_ index: Int?, _ message: String) -> Failure {
        let field = index.map { header.columns.displayName(ofColumn: $0) }
        return Failure(field: field, message: "\(field ?? "?"): \(message)")
    }

    private func missing(_ index: Int) -> Failure { failure(index, "missing (the cell is empty)") }

    private func wholeNumber(_ f: Cells, _ index: Int?) throws(Failure) -> Int? {
        guard let index, let bytes = cell(f, index) else { return nil }
        guard let value = bytes.wholeNumber() else { throw failure(index, "expected a whole number, got '\(f.string(index, bytes))'") }
        return value
    }

    private func coordinate(_ f: Cells, _ index: Int?, limit: Double) throws(Failure) -> Double? {
        guard let index, let bytes = cell(f, index) else { return nil }
        guard let value = bytes.decimalNumber() ?? Double(f.string(index, bytes)), value.isFinite else {
            throw failure(index, "expected a number, got '\(f.string(index, bytes))'")
        }
        guard abs(value) <= limit else { throw failure(index, "\(f.string(index, bytes)) is outside -\(Int(limit))…\(Int(limit))") }
        return value
    }

    /// ACLED's `inter1`/`inter2`: a code (0–8) in exports before 2024, the type's
    /// name ("State forces") since.
    private func actorType(_ f: Cells, _ index: Int?) throws(Failure) -> Int? {
        guard let index, let bytes = cell(f, index) else { return nil }
        if let code = bytes.wholeNumber() ?? Self.actorTypeCode(bytes) { return code }
        throw failure(index, "expected an actor-type code (0–8) or name such as 'State forces', got '\(f.string(index, bytes))'")
    }

    /// ACLED's `interaction`: a two-digit code such as `12`, or since 2024 the two
    /// actor types by name ("Rebel group-State forces", "Protesters only"), which
    /// becomes the same code, the smaller type first.
    private func interaction(_ f: Cells, _ index: Int?) throws(Failure) -> Int? {
        guard let index, let bytes = cell(f, index) else { return nil }
        if let code = bytes.wholeNumber() { return code }
        if let hyphen = bytes.firstIndex(of: 0x2D) {
            let first = Self.actorTypeCode(UnsafeBufferPointer(rebasing: bytes[..<hyphen]).trimmed())
            let second = Self.actorTypeCode(UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)...]).trimmed())
            if let first, let second { return min(first, second) * 10 + max(first, second) }
        } else if bytes.count > 5, UnsafeBufferPointer(rebasing: bytes[(bytes.count - 5)...]).equalsIgnoringCase(" only"),
            let code = Self.actorTypeCode(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 5)]).trimmed())
        {
            return code * 10
        }
        throw failure(index, "expected an interaction code such as 12 or names such as 'Rebel group-State forces', got '\(f.string(index, bytes))'")
    }

    /// ACLED's actor-type names and their codes.
    private static let actorTypes: [(name: StaticString, code: Int)] = [
        ("state forces", 1), ("rebel group", 2), ("rebel groups", 2), ("political militia", 3), ("political militias", 3),
        ("identity militia", 4), ("identity militias", 4), ("rioters", 5), ("protesters", 6), ("civilians", 7),
        ("external/other forces", 8), ("external/other force", 8),
    ]

    static func actorTypeCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for type in actorTypes where type.name.utf8CodeUnitCount == bytes.count && bytes.equalsIgnoringCase(type.name) {
            return type.code
        }
        return nil
    }
}
