public import TruceModel

/// Turns one GDELT event row (any of the three layouts) into an `Event`, or says
/// which cell is wrong and why.
///
/// The mapping, column by column:
/// - key `GLOBALEVENTID`, dataset `gdelt`; date `SQLDATE` (YYYYMMDD) at day precision;
/// - type: `EventCode` as the CAMEO code, leading zeros kept (`042`), filed under an
///   ACLED event type by its root (see ``CAMEORoot``), the root's name as sub-event;
/// - actors: `Actor1Name` as the name and `gdelt:` + `Actor1Code` as the code, each nil
///   when empty; the same for Actor2;
/// - location from the ActionGeo block: country, admin1 and place from `ActionGeo_FullName`
///   (see ``GDELTGeography``), `ActionGeo_Lat`/`_Long`, `ActionGeo_Type` as the precision and
///   Truce's uncertainty for it; without a place (type 0 or empty) coordinates of 0, 0 are
///   GDELT's filler and are dropped;
/// - fatalities unknown; sources `[SOURCEURL]` when the layout has it and it is not empty;
/// - attributes, by GDELT's column names, when not empty: `GoldsteinScale`, `NumMentions`,
///   `NumSources`, `NumArticles`, `AvgTone`, `QuadClass`, `IsRootEvent`, `DATEADDED`, the
///   actors' `CountryCode` and `Type1Code`–`Type3Code`, and `ActionGeo_CountryCode`
///   (FIPS 10-4), `_ADM1Code` and `_ADM2Code` (2.0).
///
/// Not kept, because they repeat what is kept: `MonthYear`, `Year`, `FractionDate`
/// (`SQLDATE`), `EventBaseCode` and `EventRootCode` (`EventCode`), the actors'
/// `KnownGroupCode`, `EthnicCode` and religion codes (parts of the actor code, which CAMEO
/// builds from three-letter codes: `AFGTAL`). Not kept either: `ActionGeo_FeatureID` and the
/// Actor1Geo and Actor2Geo blocks (where the actors are from, not where the event was).
/// Every attribute is one more entry to store for each of millions of rows; the snapshot's
/// file hash names the file that has the rest.
///
/// Nothing is silently fixed: a row of another width, an ID that is not a number, a date
/// that is not a day, an event code that is not CAMEO, a count or score that is not a
/// number, a geographic type other than 0–5 and coordinates off the globe are rejected.
/// Cells are read as bytes, and a String is built only for a value the event keeps.
public struct GDELTRowParser: Sendable {
    /// The file's name, for `Event.provenance`.
    public let fileName: String
    private let columns57: Columns
    private let columns58: Columns
    private let columns61: Columns

    /// The interner's columns past a row's cells, for values built from part of a cell.
    static let internerColumns = GDELTLayout.v2.width + 5
    private static let actor1CodeColumn = GDELTLayout.v2.width
    private static let actor2CodeColumn = GDELTLayout.v2.width + 1
    private static let countryColumn = GDELTLayout.v2.width + 2
    private static let admin1Column = GDELTLayout.v2.width + 3
    private static let placeColumn = GDELTLayout.v2.width + 4

    public init(fileName: String) {
        self.fileName = fileName
        columns57 = Columns(.v1WithoutURL)
        columns58 = Columns(.v1)
        columns61 = Columns(.v2)
    }

    /// Why a row cannot be an event.
    public typealias Failure = RowFailure

    /// The event in `fields` (one row's cells), a row on physical line `line`.
    ///
    /// - Throws: `Failure` for a row of the wrong width or the first cell that is missing or unreadable.
    public func event(from fields: [String], line: Int) throws(Failure) -> Event {
        try CSVFields.with(fields) { fields -> Result<Event, Failure> in
            do throws(Failure) {
                guard let layout = GDELTLayout(cellCount: fields.count) else { throw Self.widthFailure(fields.count) }
                return .success(try event(Cells(fields: fields, interner: nil), columns(layout), line: line))
            } catch {
                return .failure(error)
            }
        }.get()
    }

    /// The row seen as bytes, in `layout`, as an event or a rejection (built by `reject`, which knows the raw record).
    @inline(__always)
    func record(
        _ fields: CSVFields, layout: GDELTLayout, line: Int, interner: StringInterner?, reject: (Failure) -> RowRejection
    ) -> ParsedRow<Event> {
        do {
            return .value(try event(Cells(fields: fields, interner: interner), columns(layout), line: line))
        } catch {
            return .rejected(reject(error))
        }
    }

    /// The rejection of a row whose width is none of GDELT's.
    static func widthFailure(_ cells: Int) -> Failure {
        Failure(
            field: nil,
            message: "the row has \(cells) tab-separated cells; GDELT event exports have \(GDELTLayout.widthsText) "
                + "(a cut-off line, or not a GDELT event file?)")
    }

    @inline(__always)
    private func columns(_ layout: GDELTLayout) -> Columns {
        switch layout {
        case .v1WithoutURL: return columns57
        case .v1: return columns58
        case .v2: return columns61
        }
    }

    private func event(_ f: Cells, _ c: Columns, line: Int) throws(Failure) -> Event {
        guard let idBytes = cell(f, c.eventID), idBytes.allDigits else {
            throw failure(c, c.eventID, f, "expected the event's number")
        }
        let key = f.fields.string(c.eventID, idBytes)
        guard let dateBytes = cell(f, c.sqlDate), let day = Self.day(dateBytes) else {
            throw failure(c, c.sqlDate, f, "expected a date as YYYYMMDD, such as 20200304")
        }
        guard let codeBytes = cell(f, c.eventCode), (2...4).contains(codeBytes.count), codeBytes.allDigits,
            let root = CAMEORoot(code: CAMEORoot.code(codeBytes[0], codeBytes[1]) ?? 0)
        else {
            throw failure(c, c.eventCode, f, "expected a CAMEO event code of 2 to 4 digits from 01 to 20xx, such as 042 or 190")
        }
        let goldstein = try decimal(f, c, c.goldstein, range: -10...10, expected: "a number from -10 to 10")
        let mentions = try count(f, c, c.numMentions)
        let sources = try count(f, c, c.numSources)
        let articles = try count(f, c, c.numArticles)
        let tone = try decimal(f, c, c.avgTone, range: -100...100, expected: "a number from -100 to 100")
        let quadClass = cell(f, c.quadClass)
        if let quadClass, quadClass.count != 1 || !(0x31...0x34).contains(quadClass[0]) {
            throw failure(c, c.quadClass, f, "expected 1, 2, 3 or 4")
        }
        let geoType = cell(f, c.geoType)
        if let geoType, geoType.count != 1 || !(0x30...0x35).contains(geoType[0]) {
            throw failure(c, c.geoType, f, "expected a geographic type from 0 to 5")
        }
        let precision = geoType.map { Int($0[0] &- 0x30) }
        var latitude = try coordinate(f, c, c.latitude, limit: 90)
        var longitude = try coordinate(f, c, c.longitude, limit: 180)
        if precision == nil || precision == 0, (latitude ?? 0) == 0, (longitude ?? 0) == 0 {
            latitude = nil
            longitude = nil
        }

        var attributes = [String: String](minimumCapacity: 16)
        if let goldstein { attributes["GoldsteinScale"] = f.fields.string(c.goldstein, goldstein) }
        if let mentions { attributes["NumMentions"] = f.fields.string(c.numMentions, mentions) }
        if let sources { attributes["NumSources"] = f.fields.string(c.numSources, sources) }
        if let articles { attributes["NumArticles"] = f.fields.string(c.numArticles, articles) }
        // The tone has 16 or 17 bytes, too long for an inline String; events of one article share it.
        if let tone { attributes["AvgTone"] = f.string(c.avgTone, tone) }
        if let quadClass { attributes["QuadClass"] = f.fields.string(c.quadClass, quadClass) }
        for column in c.attributes {
            if let bytes = cell(f, column.index) { attributes[column.key] = f.string(column.index, bytes) }
        }

        let location: Location
        if let nameBytes = cell(f, c.geoFullName) {
            let parts = GDELTGeography.parts(nameBytes, geoType: precision)
            location = Location(
                country: part(f, c.geoFullName, nameBytes, parts.country, internAs: Self.countryColumn) ?? "",
                admin1: part(f, c.geoFullName, nameBytes, parts.admin1, internAs: Self.admin1Column),
                place: part(f, c.geoFullName, nameBytes, parts.place, internAs: Self.placeColumn),
                latitude: latitude, longitude: longitude, precision: precision,
                uncertaintyKm: precision.flatMap { GDELTGeography.uncertaintyKm(geoType: $0) })
        } else {
            location = Location(
                country: "", latitude: latitude, longitude: longitude, precision: precision,
                uncertaintyKm: precision.flatMap { GDELTGeography.uncertaintyKm(geoType: $0) })
        }
        return Event(
            key: key,
            dataset: "gdelt",
            date: DateSpan(day: day, precision: .day),
            type: root.eventType(eventCode: f.fields.string(c.eventCode, codeBytes)),
            actor1: EventActor(name: text(f, c.actor1Name), code: code(f, c.actor1Code, internAs: Self.actor1CodeColumn)),
            actor2: EventActor(name: text(f, c.actor2Name), code: code(f, c.actor2Code, internAs: Self.actor2CodeColumn)),
            location: location,
            sources: c.sourceURL.flatMap { text(f, $0) }.map { [$0] } ?? [],
            attributes: attributes,
            provenance: Provenance(snapshot: nil, file: fileName, line: line)
        )
    }

    // MARK: - Columns

    /// Where each column the parser reads is in one layout: found by name once, not per row.
    private struct Columns: Sendable {
        let layout: GDELTLayout
        let names: [String]
        let eventID, sqlDate, actor1Code, actor1Name, actor2Code, actor2Name: Int
        let eventCode, quadClass, goldstein, numMentions, numSources, numArticles, avgTone: Int
        let geoType, geoFullName, latitude, longitude: Int
        let sourceURL: Int?
        /// Columns kept as attributes as they stand.
        let attributes: [(key: String, index: Int)]

        static let plainAttributes = [
            "Actor1CountryCode", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2CountryCode", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "DATEADDED",
        ]

        init(_ layout: GDELTLayout) {
            let names = layout.columns
            // The names are this file's constants, so every one but the 2.0-only ones is found.
            func index(_ name: String) -> Int { names.firstIndex(of: name) ?? 0 }
            self.layout = layout
            self.names = names
            eventID = index("GLOBALEVENTID")
            sqlDate = index("SQLDATE")
            actor1Code = index("Actor1Code")
            actor1Name = index("Actor1Name")
            actor2Code = index("Actor2Code")
            actor2Name = index("Actor2Name")
            eventCode = index("EventCode")
            quadClass = index("QuadClass")
            goldstein = index("GoldsteinScale")
            numMentions = index("NumMentions")
            numSources = index("NumSources")
            numArticles = index("NumArticles")
            avgTone = index("AvgTone")
            geoType = index("ActionGeo_Type")
            geoFullName = index("ActionGeo_FullName")
            latitude = index("ActionGeo_Lat")
            longitude = index("ActionGeo_Long")
            sourceURL = names.firstIndex(of: "SOURCEURL")
            attributes = Self.plainAttributes.compactMap { key in names.firstIndex(of: key).map { (key, $0) } }
        }
    }

    // MARK: - Cells

    /// A row's fields plus the reader's interner, which shares the Strings of values repeated row after row.
    private struct Cells {
        let fields: CSVFields
        let interner: StringInterner?

        @inline(__always)
        func string(_ index: Int, _ part: UnsafeBufferPointer<UInt8>, internAs column: Int? = nil) -> String {
            if let interner, StringInterner.accepts(part.count), fields.spans[index].isUTF8 {
                return interner.string(column: column ?? index, utf8: part)
            }
            return fields.string(index, part)
        }
    }

    /// A cell's bytes without surrounding whitespace, or `nil` when the cell is empty.
    @inline(__always)
    private func cell(_ f: Cells, _ index: Int) -> UnsafeBufferPointer<UInt8>? {
        let bytes = f.fields.bytes(index).trimmed()
        return bytes.isEmpty ? nil : bytes
    }

    @inline(__always)
    private func text(_ f: Cells, _ index: Int) -> String? {
        cell(f, index).map { f.string(index, $0) }
    }

    /// Part of a cell (byte `range` of its trimmed bytes) as text.
    private func part(_ f: Cells, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>?, internAs column: Int) -> String? {
        guard let range else { return nil }
        return f.string(index, UnsafeBufferPointer(rebasing: bytes[range]), internAs: column)
    }

    /// An actor code as Truce keeps it: `gdelt:` and GDELT's code, e.g. `gdelt:AFGTAL`.
    private func code(_ f: Cells, _ index: Int, internAs column: Int) -> String? {
        guard let bytes = cell(f, index) else { return nil }
        guard f.fields.spans[index].isUTF8 else { return "gdelt:" + f.fields.string(index, bytes) }
        let prefix: StaticString = "gdelt:"
        let length = prefix.utf8CodeUnitCount + bytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            let base = buffer.baseAddress.unsafelyUnwrapped
            base.initialize(from: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            (base + prefix.utf8CodeUnitCount).initialize(from: bytes.baseAddress.unsafelyUnwrapped, count: bytes.count)
            let text = UnsafeBufferPointer(start: base, count: length)
            if let interner = f.interner, StringInterner.accepts(length) { return interner.string(column: column, utf8: text) }
            return String(decoding: text, as: UTF8.self)
        }
    }

    private func failure(_ c: Columns, _ index: Int, _ f: Cells, _ expected: String) -> Failure {
        let field = c.names[index]
        let value = f.fields.string(index, f.fields.bytes(index).trimmed())
        return Failure(field: field, message: "\(field): \(expected), got '\(value)'")
    }

    /// A count (mentions, sources, articles): a whole number, not negative.
    private func count(_ f: Cells, _ c: Columns, _ index: Int) throws(Failure) -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = cell(f, index) else { return nil }
        guard bytes.allDigits, bytes.count <= 18 else { throw failure(c, index, f, "expected a whole number") }
        return bytes
    }

    /// A decimal number in `range`; its bytes, as the attribute keeps the file's own text.
    private func decimal(
        _ f: Cells, _ c: Columns, _ index: Int, range: ClosedRange<Double>, expected: String
    ) throws(Failure) -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = cell(f, index) else { return nil }
        guard let value = number(f, index, bytes), range.contains(value) else { throw failure(c, index, f, "expected \(expected)") }
        return bytes
    }

    private func coordinate(_ f: Cells, _ c: Columns, _ index: Int, limit: Double) throws(Failure) -> Double? {
        guard let bytes = cell(f, index) else { return nil }
        guard let value = number(f, index, bytes) else { throw failure(c, index, f, "expected a number") }
        guard abs(value) <= limit else { throw failure(c, index, f, "expected a number from -\(Int(limit)) to \(Int(limit))") }
        return value
    }

    /// A finite number: read from the bytes when it is a plain decimal of up to 15 digits
    /// (nearly always), otherwise by the standard library (exponents, longer fractions).
    @inline(__always)
    private func number(_ f: Cells, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let value = bytes.decimalNumber() { return value }
        guard let value = Double(f.fields.string(index, bytes)), value.isFinite else { return nil }
        return value
    }

    /// `SQLDATE`: exactly eight digits, YYYYMMDD, a real day.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 8, bytes.allDigits else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] &- 0x30) } }
        return Day(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether every byte is an ASCII digit (and there is at least one).
    @inline(__always)
    fileprivate var allDigits: Bool {
        !isEmpty && allSatisfy { $0 &- 0x30 < 10 }
    }
}
