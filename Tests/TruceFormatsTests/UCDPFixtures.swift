/// Small GED files in the current download's layout, written by the tests into a temporary folder.
///
/// The layout is the one GED has had since 20.1: `relid`, `code_status`, the `*_dset_id` columns and
/// `where_description`, no `active_year`, dates with a time of day, and `best,high,low` in that order;
/// `iso3` as HDX adds it. The rows are made up for the tests (Afghanistan, March 2020), not UCDP's.
enum UCDPFixtures {
    static let currentHeader =
        "id,relid,year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,"
        + "dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,"
        + "source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,"
        + "latitude,longitude,geom_wkt,priogrid_gid,country,country_id,iso3,region,event_clarity,date_prec,date_start,date_end,"
        + "deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob"

    /// One row for `currentHeader`; every argument is a cell as it would stand in the file.
    static func currentRow(
        id: String = "900001", relid: String = "AFG-2020-1-333-7", type: String = "1", sideA: String = "Government of Afghanistan",
        sideAID: String = "130", sideB: String = "Taleban", sideBID: String = "303", sources: String = "Tolo News;Pajhwok Afghan News",
        wherePrec: String = "2", latitude: String = "31.7", longitude: String = "64.1", datePrec: String = "2",
        start: String = "2020-03-03 00:00:00.000", end: String = "2020-03-04 00:00:00.000", deathsA: String = "14",
        best: String = "20", high: String = "24", low: String = "18"
    ) -> String {
        [
            id, relid, "2020", "Clear", type, "333", "333", "Afghanistan: Government", "735", "735",
            "Government of Afghanistan - Taleban", "130", sideAID, "\"\(sideA)\"", "303", sideBID, sideB, "2",
            "\"Tolo News,2020-03-04,Attacks on checkpoints\"", sources, "2020-03-04;2020-03-05", "Attacks on checkpoints;Night attacks",
            "Afghan officials", wherePrec, "Nahr-e Saraj district", "near checkpoints in Nahr-e Saraj", "Helmand province",
            "Nahr-e Saraj district", latitude, longitude, "POINT (\(longitude) \(latitude))", "174687", "Afghanistan", "700", "AFG", "Asia",
            "1", datePrec, start, end, deathsA, "6", "0", "0", best, high, low, "700", "",
        ].joined(separator: ",")
    }

    /// A file with `currentHeader` and `rows`; returns its path.
    static func current(_ rows: [String], header: String = currentHeader, name: String = "ged-current.csv") throws -> String {
        try Fixtures.write(([header] + rows).joined(separator: "\r\n") + "\r\n", name: name)
    }
}
