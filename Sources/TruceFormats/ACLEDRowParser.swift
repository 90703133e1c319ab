public import TruceModel

/// Turns one ACLED record into an `Event`, or says which cell is wrong and why.
///
/// Nothing is silently fixed: a row with an unreadable number, a date in no known
/// layout, coordinates off the globe or negative fatalities is rejected. Empty
/// cells and the literal `NA` (R exports) are missing values.
public struct ACLEDRowParser: Sendable {
    public let header: ACLEDHeader
    /// The file's name, for `Event.provenance`.
    public let fileName: String

    public init(header: ACLEDHeader, fileName: String) {
        self.header = header
        self.fileName = fileName
    }

    /// Why a row cannot be an event: the column (its header name) and a message with the value.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var field: String?
        public var message: String

        public init(field: String?, message: String) {
            self.field = field
            self.message = message
        }

        public var description: String { message }
    }

    /// The event in `fields`, a record that starts on physical line `line`.
    ///
    /// - Throws: `Failure` naming the first cell that is missing or unreadable.
    public func event(from fields: [String], line: Int) throws(Failure) -> Event {
        let h = header
        guard let key = cell(fields, h.eventID) else { throw missing(h.eventID) }
        guard let dateText = cell(fields, h.eventDate) else { throw missing(h.eventDate) }
        guard let day = ACLEDDate.parse(dateText) else {
            throw failure(h.eventDate, "expected a date such as 2020-03-04, 4-Mar-20, 04/03/2020 or 4 March 2020, got '\(dateText)'")
        }
        guard let eventType = cell(fields, h.eventType) else { throw missing(h.eventType) }
        guard let country = cell(fields, h.country) else { throw missing(h.country) }
        let timePrecision = try wholeNumber(fields, h.timePrecision)
        let latitude = try coordinate(fields, h.latitude, limit: 90)
        let longitude = try coordinate(fields, h.longitude, limit: 180)
        let fatalities = try wholeNumber(fields, h.fatalities)
        if let fatalities, fatalities < 0 { throw failure(h.fatalities, "must not be negative, got '\(fatalities)'") }

        var attributes: [String: String] = [:]
        for column in h.attributeColumns {
            if let value = cell(fields, column.index) { attributes[column.key] = value }
        }
        return Event(
            key: key,
            dataset: "acled",
            date: DateSpan.acled(day: day, timePrecision: timePrecision),
            type: EventType(disorder: cell(fields, h.disorderType), event: eventType, subEvent: cell(fields, h.subEventType)),
            actor1: EventActor(
                name: cell(fields, h.actor1), associates: cell(fields, h.associates1)?.splitList() ?? [],
                typeCode: try actorType(fields, h.inter1)),
            actor2: EventActor(
                name: cell(fields, h.actor2), associates: cell(fields, h.associates2)?.splitList() ?? [],
                typeCode: try actorType(fields, h.inter2)),
            interaction: try interaction(fields, h.interaction),
            location: Location(
                country: country, iso3: cell(fields, h.iso3), region: cell(fields, h.region),
                admin1: cell(fields, h.admin1), admin2: cell(fields, h.admin2), admin3: cell(fields, h.admin3),
                place: cell(fields, h.location), latitude: latitude, longitude: longitude,
                precision: try wholeNumber(fields, h.geoPrecision)),
            fatalities: fatalities.map { Fatalities(exactly: $0) } ?? Fatalities(),
            sources: cell(fields, h.source)?.splitList() ?? [],
            sourceScale: cell(fields, h.sourceScale),
            notes: cell(fields, h.notes),
            revision: try wholeNumber(fields, h.timestamp),
            attributes: attributes,
            provenance: Provenance(snapshot: nil, file: fileName, line: line)
        )
    }

    // MARK: - Cells

    @inline(__always)
    private func cell(_ fields: [String], _ index: Int?) -> String? { fields.cell(index, naIsMissing: true) }

    private func name(_ index: Int?) -> String? { index.map { header.columns.displayName(ofColumn: $0) } }

    private func failure(_ index: Int?, _ message: String) -> Failure {
        let field = name(index)
        return Failure(field: field, message: "\(field ?? "?"): \(message)")
    }

    private func missing(_ index: Int) -> Failure { failure(index, "missing (the cell is empty)") }

    private func wholeNumber(_ fields: [String], _ index: Int?) throws(Failure) -> Int? {
        guard let text = cell(fields, index) else { return nil }
        guard let value = Int(text) else { throw failure(index, "expected a whole number, got '\(text)'") }
        return value
    }

    private func coordinate(_ fields: [String], _ index: Int?, limit: Double) throws(Failure) -> Double? {
        guard let text = cell(fields, index) else { return nil }
        guard let value = Double(text), value.isFinite else { throw failure(index, "expected a number, got '\(text)'") }
        guard abs(value) <= limit else { throw failure(index, "\(text) is outside -\(Int(limit))…\(Int(limit))") }
        return value
    }

    /// ACLED's `inter1`/`inter2`: a code (0–8) in exports before 2024, the type's
    /// name ("State forces") since.
    private func actorType(_ fields: [String], _ index: Int?) throws(Failure) -> Int? {
        guard let text = cell(fields, index) else { return nil }
        if let code = Int(text) ?? Self.actorTypeCode(text) { return code }
        throw failure(index, "expected an actor-type code (0–8) or name such as 'State forces', got '\(text)'")
    }

    /// ACLED's `interaction`: a two-digit code such as `12`, or since 2024 the two
    /// actor types by name ("Rebel group-State forces", "Protesters only"), which
    /// becomes the same code: the smaller type first.
    private func interaction(_ fields: [String], _ index: Int?) throws(Failure) -> Int? {
        guard let text = cell(fields, index) else { return nil }
        if let code = Int(text) { return code }
        let lowered = text.lowercased()
        if lowered.hasSuffix(" only"), let code = Self.actorTypeCode(String(lowered.dropLast(5))) { return code * 10 }
        let parts = lowered.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let first = Self.actorTypeCode(String(parts[0])), let second = Self.actorTypeCode(String(parts[1])) {
            return min(first, second) * 10 + max(first, second)
        }
        throw failure(index, "expected an interaction code such as 12 or names such as 'Rebel group-State forces', got '\(text)'")
    }

    /// ACLED's actor-type names and their codes.
    static func actorTypeCode(_ name: String) -> Int? {
        switch name.trimmingASCIIWhitespace().lowercased() {
        case "state forces": return 1
        case "rebel group", "rebel groups": return 2
        case "political militia", "political militias": return 3
        case "identity militia", "identity militias": return 4
        case "rioters": return 5
        case "protesters": return 6
        case "civilians": return 7
        case "external/other forces", "external/other force", "other forces": return 8
        default: return nil
        }
    }
}
