import GRDB

/// The store's schema, as an append-only list of migrations.
///
/// A migration that has shipped is never modified: later changes add new
/// migrations. Migrations use SQL only, never app types, so they keep
/// meaning the same thing as the code evolves.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        return migrator
    }

    /// The secondary indexes of `events`, which a large import drops and builds
    /// again at its end: building them once is far cheaper than updating them
    /// row by row (on a 200,000-row file, updating them took 40% of the import).
    static let eventIndexes = [
        "CREATE INDEX events_by_date ON events(date_earliest);",
        "CREATE INDEX events_by_country ON events(country, date_earliest);",
    ]
    static let eventIndexNames = ["events_by_date", "events_by_country"]

    static let v1 = """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_hash TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            encoding_notice TEXT,
            rows_read INTEGER NOT NULL DEFAULT 0,
            stored INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            dataset TEXT NOT NULL,
            event_key TEXT NOT NULL,
            event_date TEXT NOT NULL,
            date_earliest TEXT NOT NULL,
            date_latest TEXT NOT NULL,
            date_precision TEXT NOT NULL,
            disorder_type TEXT,
            event_type TEXT NOT NULL,
            sub_event_type TEXT,
            cameo_code TEXT,
            actor1 TEXT,
            assoc_actor1 TEXT,
            inter1 INTEGER,
            actor2 TEXT,
            assoc_actor2 TEXT,
            inter2 INTEGER,
            interaction INTEGER,
            country TEXT NOT NULL,
            iso3 TEXT,
            region TEXT,
            admin1 TEXT,
            admin2 TEXT,
            admin3 TEXT,
            location TEXT,
            latitude REAL,
            longitude REAL,
            geo_precision INTEGER,
            fatalities_low INTEGER,
            fatalities_best INTEGER,
            fatalities_high INTEGER,
            sources TEXT,
            source_scale TEXT,
            notes TEXT,
            revision INTEGER,
            attributes TEXT,
            content_hash INTEGER NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            UNIQUE (dataset, event_key),
            CHECK (date_earliest <= event_date AND event_date <= date_latest)
        );
        \(eventIndexes.joined(separator: "\n"))

        -- Earlier versions of events that a later import revised.
        CREATE TABLE event_history (
            id INTEGER PRIMARY KEY,
            dataset TEXT NOT NULL,
            event_key TEXT NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            replaced_by_snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            content TEXT NOT NULL
        );
        CREATE INDEX event_history_by_key ON event_history(dataset, event_key);

        -- Every actor name seen in data, and the agreement actors it was mapped to.
        CREATE TABLE actors (
            name TEXT PRIMARY KEY,
            first_snapshot_id INTEGER NOT NULL REFERENCES snapshots(id)
        );
        CREATE TABLE actor_aliases (
            agreement_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (agreement_id, actor_id, alias)
        );

        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            first_snapshot_id INTEGER NOT NULL REFERENCES snapshots(id)
        );

        CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            observation_key TEXT NOT NULL UNIQUE,
            indicator TEXT NOT NULL,
            actor TEXT,
            country TEXT,
            observed_on TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT,
            source TEXT NOT NULL,
            url TEXT,
            notes TEXT,
            content_hash INTEGER NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL
        );
        CREATE INDEX observations_by_indicator ON observations(indicator, observed_on);

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            claim_key TEXT NOT NULL UNIQUE,
            said_on TEXT NOT NULL,
            speaker TEXT NOT NULL,
            speaker_actor TEXT,
            quote TEXT NOT NULL,
            about_provision TEXT,
            about_reading TEXT,
            modality TEXT NOT NULL,
            grade TEXT NOT NULL,
            review_state TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            content_hash INTEGER NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL
        );
        CREATE INDEX claims_by_provision ON claims(about_provision);
        """

    /// Data-set actor codes (GDELT, UCDP) and place uncertainty, for comparing sources;
    /// agreements' actor codes; versions of observations and claims; ACLED's deletion lists.
    static let v2 = """
        ALTER TABLE events ADD COLUMN actor1_code TEXT;
        ALTER TABLE events ADD COLUMN actor2_code TEXT;
        ALTER TABLE events ADD COLUMN uncertainty_km REAL;

        CREATE TABLE actor_codes (
            agreement_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (agreement_id, actor_id, code)
        );

        -- Earlier versions of observations and claims, as event_history keeps events'.
        CREATE TABLE record_history (
            id INTEGER PRIMARY KEY,
            record_table TEXT NOT NULL,
            record_key TEXT NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            replaced_by_snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            content TEXT NOT NULL
        );

        CREATE TABLE event_deletions (
            id INTEGER PRIMARY KEY,
            dataset TEXT NOT NULL,
            event_key TEXT NOT NULL,
            deleted_on TEXT,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            content TEXT,
            UNIQUE (dataset, event_key, snapshot_id)
        );
        """
}
