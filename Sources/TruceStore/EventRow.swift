import Foundation
import GRDB
import TruceFormats
import TruceModel
import TruceStorage

/// Database rows back into model values.
enum EventRow {
    /// The event of one row (its columns found by name for this row alone).
    static func event(_ row: Row) -> Event {
        event(PositionedRow(row: row, columns: ColumnPositions(row)))
    }

    /// The events of `rows`, all of one query: their columns are found by name once, not for every value.
    static func events(_ rows: [Row]) -> [Event] {
        guard let first = rows.first else { return [] }
        let columns = ColumnPositions(first)
        return rows.map { event(PositionedRow(row: $0, columns: columns)) }
    }

    /// The event of `row`, a row of the query whose columns `columns` found (for reading a cursor).
    static func event(_ row: Row, columns: ColumnPositions) -> Event {
        event(PositionedRow(row: row, columns: columns))
    }

    private static func event(_ row: PositionedRow) -> Event {
        // Typed readers keep the one expression below quick to type-check.
        let text = { (column: EventColumn) -> String? in row.value(column) }
        let integer = { (column: EventColumn) -> Int? in row.value(column) }
        let number = { (column: EventColumn) -> Double? in row.value(column) }
        // NOT NULL columns: the fallbacks are never used.
        let day = self.day(text(.eventDate)) ?? Day(ordinal: 0)
        let span = DateSpan(
            day: day, earliest: self.day(text(.dateEarliest)), latest: self.day(text(.dateLatest)),
            precision: text(.datePrecision).flatMap(DatePrecision.init(rawValue:)) ?? .unknown
        )
        let type = EventType(
            disorder: text(.disorderType), event: text(.eventType) ?? "", subEvent: text(.subEventType), cameo: text(.cameoCode))
        let actor1 = EventActor(name: text(.actor1), associates: split(text(.assocActor1)), typeCode: integer(.inter1), code: text(.actor1Code))
        let actor2 = EventActor(name: text(.actor2), associates: split(text(.assocActor2)), typeCode: integer(.inter2), code: text(.actor2Code))
        let location = Location(
            country: text(.country) ?? "", iso3: text(.iso3), region: text(.region), admin1: text(.admin1), admin2: text(.admin2),
            admin3: text(.admin3), place: text(.location), latitude: number(.latitude), longitude: number(.longitude),
            precision: integer(.geoPrecision), uncertaintyKm: number(.uncertaintyKm)
        )
        let fatalities = Fatalities(low: integer(.fatalitiesLow), best: integer(.fatalitiesBest), high: integer(.fatalitiesHigh))
        let provenance = Provenance(
            snapshot: row.value(.snapshotID) as Int64?, file: text(.sourceFile) ?? "", line: integer(.sourceLine) ?? 0)
        return Event(
            key: text(.eventKey) ?? "", dataset: text(.dataset) ?? "", date: span, type: type, actor1: actor1, actor2: actor2,
            interaction: integer(.interaction), location: location, fatalities: fatalities, sources: split(text(.sources)),
            sourceScale: text(.sourceScale), notes: text(.notes), revision: integer(.revision),
            attributes: JSONString.parseObject(text(.attributes)), provenance: provenance
        )
    }

    /// The day of a stored `YYYY-MM-DD` (see `Day.stored`, which both backends share).
    static func day(_ text: String?) -> Day? { Day.stored(text) }

    static func observation(_ row: Row) -> Observation {
        Observation(
            key: row["observation_key"], indicator: row["indicator"], actor: row["actor"], country: row["country"],
            date: Day(iso: row["observed_on"] as String) ?? Day(ordinal: 0), value: row["value"], unit: row["unit"],
            source: row["source"], url: row["url"], notes: row["notes"],
            provenance: Provenance(snapshot: row["snapshot_id"], file: row["source_file"], line: row["source_line"]),
            reportedBy: row.hasColumn("reported_by") ? row["reported_by"] : nil,
            latestDate: row.hasColumn("observed_until") ? (row["observed_until"] as String?).flatMap(Day.init(iso:)) : nil,
            admin1: row.hasColumn("admin1") ? row["admin1"] : nil, admin2: row.hasColumn("admin2") ? row["admin2"] : nil,
            place: row.hasColumn("place") ? row["place"] : nil,
            attributes: row.hasColumn("attributes") ? JSONString.parseObject(row["attributes"]) : [:]
        )
    }

    static func claim(_ row: Row) -> Claim {
        Claim(
            key: row["claim_key"], date: Day(iso: row["said_on"] as String) ?? Day(ordinal: 0), speaker: row["speaker"],
            speakerActor: row["speaker_actor"], quote: row["quote"], aboutProvision: row["about_provision"],
            aboutReading: row["about_reading"], modality: Modality(claimSpelling: row["modality"]) ?? .done,
            grade: Claim.Grade(rawValue: row["grade"]) ?? .fair, reviewState: Claim.ReviewState(rawValue: row["review_state"]) ?? .candidate,
            source: row["source"], url: row["url"],
            provenance: Provenance(snapshot: row["snapshot_id"], file: row["source_file"], line: row["source_line"]),
            latestDate: row.hasColumn("said_until") ? (row["said_until"] as String?).flatMap(Day.init(iso:)) : nil,
            attributes: row.hasColumn("attributes") ? JSONString.parseObject(row["attributes"]) : [:]
        )
    }

    private static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
