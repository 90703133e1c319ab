import Foundation
import TruceTestSupport

/// Fixture files written by the tests into a fresh temporary folder, never into the repository.
enum Fixtures {
    /// Writes `text` (UTF-8) to a new file and returns its path.
    static func write(_ text: String, name: String = "fixture.csv") throws -> String {
        try write(bytes: Array(text.utf8), name: name)
    }

    /// Writes raw bytes to a new file and returns its path.
    static func write(bytes: [UInt8], name: String = "fixture.csv") throws -> String {
        let url = try TestPaths.temporaryDirectory("truce-formats").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A small ACLED file in the 2020 layout: the header plus `rows`.
    static func acled(_ rows: [String], name: String = "acled.csv") throws -> String {
        try write(([acledHeader] + rows).joined(separator: "\n") + "\n", name: name)
    }

    static let acledHeader =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,"
        + "inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,"
        + "geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"

    /// A valid row for `acledHeader` whose key, date and fatalities can be chosen.
    static func acledRow(key: String = "AFG1", date: String = "2020-03-04", fatalities: String = "2", latitude: String = "34.5") -> String {
        "1,4,\(key),1,\(date),2020,1,Battles,Armed clash,Taliban,,2,Military Forces of Afghanistan (2014-2021),,1,12,"
            + "Caucasus and Central Asia,Afghanistan,Kabul,Kabul,,Kabul,\(latitude),69.2,1,Tolo News; Pajhwok,National,"
            + "\"On 4 March 2020, fighting.\",\(fatalities),1583366400,AFG"
    }
}
