import Foundation
import GRDB
import TruceModel

/// Database rows back into model values.
enum EventRow {
    static func event(_ row: Row) -> Event {
        let day = Day(iso: row["event_date"] as String) ?? Day(ordinal: 0)
        let span = DateSpan(
            day: day, earliest: Day(iso: row["date_earliest"] as String), latest: Day(iso: row["date_latest"] as String),
            precision: DatePrecision(rawValue: row["date_precision"]) ?? .unknown
        )
        return Event(
            key: row["event_key"], dataset: row["dataset"], date: span,
            type: EventType(disorder: row["disorder_type"], event: row["event_type"], subEvent: row["sub_event_type"], cameo: row["cameo_code"]),
            actor1: EventActor(name: row["actor1"], associates: split(row["assoc_actor1"]), typeCode: row["inter1"], code: row["actor1_code"]),
            actor2: EventActor(name: row["actor2"], associates: split(row["assoc_actor2"]), typeCode: row["inter2"], code: row["actor2_code"]),
            interaction: row["interaction"],
            location: Location(
                country: row["country"], iso3: row["iso3"], region: row["region"], admin1: row["admin1"], admin2: row["admin2"],
                admin3: row["admin3"], place: row["location"], latitude: row["latitude"], longitude: row["longitude"],
                precision: row["geo_precision"], uncertaintyKm: row["uncertainty_km"]
            ),
            fatalities: Fatalities(low: row["fatalities_low"], best: row["fatalities_best"], high: row["fatalities_high"]),
            sources: split(row["sources"]), sourceScale: row["source_scale"], notes: row["notes"], revision: row["revision"],
            attributes: JSONText.parseObject(row["attributes"]),
            provenance: Provenance(snapshot: row["snapshot_id"], file: row["source_file"], line: row["source_line"])
        )
    }

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
            attributes: row.hasColumn("attributes") ? JSONText.parseObject(row["attributes"]) : [:]
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
            attributes: row.hasColumn("attributes") ? JSONText.parseObject(row["attributes"]) : [:]
        )
    }

    private static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
