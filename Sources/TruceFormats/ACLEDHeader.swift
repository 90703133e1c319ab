import TruceModel

/// An ACLED header row: where each column Truce models is, in any ACLED generation.
///
/// Names match case-insensitively and in any order, so the upper-case v6 layout
/// (`EVENT_DATE`, `ALLY_ACTOR_1`, `GWNO`), the 2020 layout (`data_id`, `iso3`) and
/// the 2023 layout (`disorder_type`, `civilian_targeting`, `tags`) all read. Every
/// named column Truce does not model is kept per event in `Event.attributes`.
public struct ACLEDHeader: Hashable, Sendable {
    /// Columns an ACLED file must have.
    public static let requiredColumns = ["event_id_cnty", "event_date", "event_type", "actor1", "country"]
    /// Old names of columns that were renamed, mapped to today's names.
    public static let aliases = ["ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"]
    /// The columns that become `Event` properties; every other named column is an attribute.
    public static let modelledColumns: Set<String> = [
        "event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "region", "country", "iso3", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "timestamp",
    ]

    /// The header's columns by name.
    public let columns: CSVHeader

    // Positions resolved once per file, so that reading a row does no name lookups.
    let eventID: Int
    let eventDate: Int
    let eventType: Int
    let actor1: Int
    let country: Int
    let timePrecision: Int?
    let disorderType: Int?
    let subEventType: Int?
    let associates1: Int?
    let inter1: Int?
    let actor2: Int?
    let associates2: Int?
    let inter2: Int?
    let interaction: Int?
    let region: Int?
    let iso3: Int?
    let admin1: Int?
    let admin2: Int?
    let admin3: Int?
    let location: Int?
    let latitude: Int?
    let longitude: Int?
    let geoPrecision: Int?
    let source: Int?
    let sourceScale: Int?
    let notes: Int?
    let fatalities: Int?
    let timestamp: Int?
    /// Named columns Truce does not model: position and lower-case key.
    let attributeColumns: [CSVHeader.Column]

    /// Maps the header row `names` of `file`.
    ///
    /// - Throws: `TruceError` (`invalidInput`) at `file:1` listing every required column that is missing.
    public init(names: [String], file: String) throws {
        let columns = CSVHeader(names, aliases: Self.aliases)
        let missing = columns.missing(Self.requiredColumns)
        guard missing.isEmpty,
            let eventID = columns.index(of: "event_id_cnty"), let eventDate = columns.index(of: "event_date"),
            let eventType = columns.index(of: "event_type"), let actor1 = columns.index(of: "actor1"),
            let country = columns.index(of: "country")
        else {
            let noun = missing.count == 1 ? "column" : "columns"
            throw TruceError(
                .invalidInput, "not an ACLED file: the header lacks the required \(noun) \(missing.joined(separator: ", "))",
                at: SourceLocation(file: file, line: 1))
        }
        self.columns = columns
        self.eventID = eventID
        self.eventDate = eventDate
        self.eventType = eventType
        self.actor1 = actor1
        self.country = country
        timePrecision = columns.index(of: "time_precision")
        disorderType = columns.index(of: "disorder_type")
        subEventType = columns.index(of: "sub_event_type")
        associates1 = columns.index(of: "assoc_actor_1")
        inter1 = columns.index(of: "inter1")
        actor2 = columns.index(of: "actor2")
        associates2 = columns.index(of: "assoc_actor_2")
        inter2 = columns.index(of: "inter2")
        interaction = columns.index(of: "interaction")
        region = columns.index(of: "region")
        iso3 = columns.index(of: "iso3")
        admin1 = columns.index(of: "admin1")
        admin2 = columns.index(of: "admin2")
        admin3 = columns.index(of: "admin3")
        location = columns.index(of: "location")
        latitude = columns.index(of: "latitude")
        longitude = columns.index(of: "longitude")
        geoPrecision = columns.index(of: "geo_precision")
        source = columns.index(of: "source")
        sourceScale = columns.index(of: "source_scale")
        notes = columns.index(of: "notes")
        fatalities = columns.index(of: "fatalities")
        timestamp = columns.index(of: "timestamp")
        attributeColumns = columns.keys.enumerated().compactMap { index, key in
            guard !key.isEmpty, !Self.modelledColumns.contains(key), columns.index(of: key) == index else { return nil }
            return CSVHeader.Column(index: index, key: key)
        }
    }

    /// The position of a column by its (lower-case, current) name, e.g. `fatalities`.
    public func index(of column: String) -> Int? { columns.index(of: column.lowercased()) }

    /// The lower-case names of the columns kept as `Event.attributes`, in file order.
    public var attributeKeys: [String] { attributeColumns.map(\.key) }
}
