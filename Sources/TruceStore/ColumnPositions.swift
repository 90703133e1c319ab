import GRDB

/// Where each column of a query's rows is, found by name once per query. GRDB finds a column by
/// name by lowercasing the name and every column's name in turn, for every value read: for a
/// 40-column event that was most of the time spent reading a page of events.
struct ColumnPositions {
    private let positions: [String: Int]
    /// The position of each of ``EventColumn``'s columns, by its raw value (nil: the query has none).
    private let eventColumns: [Int?]

    /// The positions of `row`'s columns (by lowercased name; the first of a repeated name).
    init(_ row: Row) {
        let positions = Dictionary(row.columnNames.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions
        eventColumns = EventColumn.allCases.map { positions[$0.name] }
    }

    /// The position of the column `name` (lowercase), or nil when the query has none.
    func position(_ name: String) -> Int? { positions[name] }

    /// The position of an event's column, or nil when the query has none: an array read, where
    /// ``position(_:)`` hashes the name (a tenth of the time spent turning rows into events).
    func position(_ column: EventColumn) -> Int? { eventColumns[column.rawValue] }
}

/// The columns of `events` that make an event, each found once per query by ``ColumnPositions``.
enum EventColumn: Int, CaseIterable {
    case eventKey, dataset, eventDate, dateEarliest, dateLatest, datePrecision, disorderType, eventType, subEventType, cameoCode
    case actor1, assocActor1, inter1, actor1Code, actor2, assocActor2, inter2, actor2Code, interaction
    case country, iso3, region, admin1, admin2, admin3, location, latitude, longitude, geoPrecision, uncertaintyKm
    case fatalitiesLow, fatalitiesBest, fatalitiesHigh, sources, sourceScale, notes, revision, attributes
    case snapshotID, sourceFile, sourceLine

    /// The column's name in `events`.
    var name: String { Self.names[rawValue] }

    /// The names, in the order of the cases.
    private static let names = [
        "event_key", "dataset", "event_date", "date_earliest", "date_latest", "date_precision", "disorder_type", "event_type",
        "sub_event_type", "cameo_code", "actor1", "assoc_actor1", "inter1", "actor1_code", "actor2", "assoc_actor2", "inter2",
        "actor2_code", "interaction", "country", "iso3", "region", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "uncertainty_km", "fatalities_low", "fatalities_best", "fatalities_high", "sources", "source_scale", "notes",
        "revision", "attributes", "snapshot_id", "source_file", "source_line",
    ]
}

/// A row read by column name through its query's ``ColumnPositions``.
struct PositionedRow {
    let row: Row
    let columns: ColumnPositions

    /// The value of column `name`, or nil when it is NULL or the query has no such column.
    func value<Value: DatabaseValueConvertible>(_ name: String) -> Value? {
        guard let position = columns.position(name) else { return nil }
        return row[position]
    }

    /// ``value(_:)`` for text, integers and reals: read from the statement itself, not through a
    /// `DatabaseValue`, a boxed value decoded through generic metadata looked up for every value
    /// (in a profile of `truce check`, most of the time spent turning rows into events).
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ name: String) -> Value? {
        guard let position = columns.position(name) else { return nil }
        return row[position] as Value?
    }

    /// ``value(_:)`` for one of an event's columns, found without hashing its name.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ column: EventColumn) -> Value? {
        guard let position = columns.position(column) else { return nil }
        return row[position] as Value?
    }
}
