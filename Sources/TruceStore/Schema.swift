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
        migrator.registerMigration("v3") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6") { db in
            try db.execute(sql: agreements)
        }
        migrator.registerMigration("v7") { db in
            try db.execute(sql: accounts)
        }
        migrator.registerMigration("v8-alerts") { db in
            try db.execute(sql: alerts)
        }
        migrator.registerMigration("v9-evidence-version") { db in
            try db.execute(sql: evidenceVersion)
        }
        migrator.registerMigration("v10-event-filter-indexes") { db in
            try db.execute(sql: eventFilterIndexes)
        }
        // After the others: stores made by main have those already, and GRDB runs only what is missing.
        migrator.registerMigration("audit") { db in
            try db.execute(sql: audit)
        }
        migrator.registerMigration("users-removal") { db in
            try db.execute(sql: userRemoval)
        }
        migrator.registerMigration("v11-fewer-event-indexes") { db in
            try db.execute(sql: fewerEventIndexes)
        }
        migrator.registerMigration("v12-event-date-spread") { db in
            try db.execute(sql: eventDateSpread)
        }
        return migrator
    }

    /// Every table a current store has (GRDB's list of migrations included): any other table
    /// marks another application's database.
    static let tableNames: Set<String> = {
        let tables = try? { () throws -> [String] in
            let queue = try DatabaseQueue()
            try migrator.migrate(queue)
            return try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        }()
        return Set(tables ?? [])
    }()

    /// The secondary indexes of `events`, which a large import drops and builds
    /// again at its end: building them once is far cheaper than updating them
    /// row by row (on a 200,000-row file, updating them took 40% of the import).
    /// Each costs a bulk import one sort of every row, so there are only the two
    /// that the queries' plans use (see ``fewerEventIndexes``).
    static let eventIndexes = [
        "CREATE INDEX IF NOT EXISTS events_by_event_date ON events(event_date, dataset, event_key);",
        "CREATE INDEX IF NOT EXISTS events_by_admin1 ON events(admin1 COLLATE NOCASE, event_date, dataset, event_key);",
    ]
    static let eventIndexNames = ["events_by_event_date", "events_by_admin1"]

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
        CREATE INDEX events_by_date ON events(date_earliest);
        CREATE INDEX events_by_country ON events(country, date_earliest);

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

    /// News articles and what the coder found in them: candidates waiting for a reviewer,
    /// clustered by incident, and every review decision.
    static let v3 = """
        -- One row per distinct file content: re-importing the same bytes is a no-op.
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            source TEXT,
            headline TEXT,
            published_on TEXT,
            -- The cleaned text that candidate spans (Unicode-scalar offsets) point into.
            text TEXT NOT NULL,
            coder TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id)
        );

        -- The unit of review: one incident (or statement, or figure) and its state.
        CREATE TABLE candidate_clusters (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('event', 'claim', 'figure')),
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected', 'merged')),
            merged_into INTEGER REFERENCES candidate_clusters(id),
            edits TEXT NOT NULL DEFAULT '{}',
            reviewer TEXT,
            reviewed_at TEXT,
            note TEXT,
            evidence_table TEXT,
            evidence_key TEXT,
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
            CHECK ((state = 'merged') = (merged_into IS NOT NULL)),
            CHECK ((state = 'accepted') = (evidence_key IS NOT NULL))
        );
        CREATE INDEX candidate_clusters_by_state ON candidate_clusters(state, kind);

        -- One coded record of one article; the columns the queue and clustering query, and the record as JSON.
        CREATE TABLE candidates (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            kind TEXT NOT NULL CHECK (kind IN ('event', 'claim', 'figure')),
            ordinal INTEGER NOT NULL,
            cluster_id INTEGER NOT NULL REFERENCES candidate_clusters(id),
            home_cluster_id INTEGER NOT NULL REFERENCES candidate_clusters(id),
            date_earliest TEXT,
            date_latest TEXT,
            date_precision TEXT,
            actor1 TEXT,
            actor2 TEXT,
            code TEXT,
            cameo_root TEXT,
            country TEXT,
            admin1 TEXT,
            place TEXT,
            modality TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            confidence REAL NOT NULL,
            record TEXT NOT NULL,
            UNIQUE (article_id, kind, ordinal),
            CHECK (span_start <= span_end)
        );
        CREATE INDEX candidates_by_cluster ON candidates(cluster_id);
        CREATE INDEX candidates_by_home ON candidates(home_cluster_id);
        CREATE INDEX candidates_for_clustering ON candidates(kind, cameo_root, date_earliest);

        -- Every review decision, who made it and when: the audit trail of accepted evidence.
        CREATE TABLE review_actions (
            id INTEGER PRIMARY KEY,
            cluster_id INTEGER NOT NULL REFERENCES candidate_clusters(id),
            action TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            acted_at TEXT NOT NULL,
            detail TEXT,
            snapshot_id INTEGER REFERENCES snapshots(id)
        );
        CREATE INDEX review_actions_by_cluster ON review_actions(cluster_id);
        """

    /// What each import of events covers: its first and last day and the countries its rows name
    /// (`;`-separated), so that an absence of events is read only where there was evidence; and who
    /// reported each observation, so that a monitor's report can verify what a party declared.
    static let v4 = """
        ALTER TABLE snapshots ADD COLUMN covers_from TEXT;
        ALTER TABLE snapshots ADD COLUMN covers_to TEXT;
        ALTER TABLE snapshots ADD COLUMN covers_countries TEXT;
        ALTER TABLE observations ADD COLUMN reported_by TEXT;
        """

    /// Imprecise dates on observations and claims (the last day they may refer to: "in March 2020"),
    /// the area an observation is about (a count of ceasefire violations in a district, without a
    /// perpetrator), and the columns of both files that Truce does not model, kept as JSON objects.
    static let v5 = """
        ALTER TABLE observations ADD COLUMN observed_until TEXT;
        ALTER TABLE observations ADD COLUMN admin1 TEXT;
        ALTER TABLE observations ADD COLUMN admin2 TEXT;
        ALTER TABLE observations ADD COLUMN place TEXT;
        ALTER TABLE observations ADD COLUMN attributes TEXT;
        ALTER TABLE claims ADD COLUMN said_until TEXT;
        ALTER TABLE claims ADD COLUMN attributes TEXT;
        """

    /// Agreements as their YAML text, by id, for the server to list and assess.
    static let agreements = """
        CREATE TABLE agreements (
            id TEXT PRIMARY KEY NOT NULL,
            yaml TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        """

    /// The server's users, their sessions (token hashes only) and failed logins (for rate limiting).
    static let accounts = """
        CREATE TABLE users (
            name TEXT PRIMARY KEY NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
            password_hash TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY NOT NULL,
            user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
        CREATE INDEX sessions_by_user ON sessions(user_name);
        CREATE TABLE failed_logins (
            name TEXT NOT NULL,
            attempted_at INTEGER NOT NULL
        );
        CREATE INDEX failed_logins_by_name ON failed_logins(name, attempted_at);
        """

    /// Each agreement's webhook, and every provision status change detected with its delivery state.
    /// Alerts outlive their agreement: they record what was sent.
    static let alerts = """
        CREATE TABLE webhooks (
            agreement TEXT PRIMARY KEY NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            agreement TEXT NOT NULL,
            provision TEXT NOT NULL,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            as_of TEXT NOT NULL,
            payload TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            delivered_at TEXT,
            last_error TEXT,
            next_attempt_at INTEGER
        );
        CREATE INDEX alerts_by_agreement ON alerts(agreement, id);
        CREATE INDEX alerts_due ON alerts(next_attempt_at) WHERE next_attempt_at IS NOT NULL;
        """

    /// A number that grows whenever evidence or a review decision is written, so that a cache of
    /// assessments can tell, with one read, whether what it holds is still current. Triggers bump it
    /// inside the writing transaction itself, on the rows every write path adds (a snapshot, a review
    /// action, a cluster), so no write path can forget it.
    static let evidenceVersion: String = {
        var sql = """
            CREATE TABLE evidence_version (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                version INTEGER NOT NULL
            );
            INSERT INTO evidence_version (id, version) VALUES (1, 1);

            """
        // Only the tables every write of evidence touches once per transaction: each import (events,
        // deletions, observations, claims, stated coverage) writes its snapshot, each review decision its
        // action, each edit its cluster. A row trigger on `events` itself made SQLite open a statement
        // journal for every inserted row, which nearly doubled a 1,000,000-row import's CPU time.
        let tables = ["snapshots", "candidate_clusters", "review_actions"]
        for table in tables {
            for change in ["INSERT", "UPDATE", "DELETE"] {
                sql += """
                    CREATE TRIGGER \(table)_\(change.lowercased())_bumps_evidence_version AFTER \(change) ON \(table)
                    BEGIN UPDATE evidence_version SET version = version + 1 WHERE id = 1; END;

                    """
            }
        }
        return sql
    }()

    /// Indexes for the filters of the event list (a day range, an admin1, a data set), each ending in
    /// the list's order, so that a page stops after its last row instead of sorting every match.
    static let eventFilterIndexes = """
        CREATE INDEX IF NOT EXISTS events_by_event_date ON events(event_date, dataset, event_key);
        CREATE INDEX IF NOT EXISTS events_by_admin1 ON events(admin1 COLLATE NOCASE, event_date, dataset, event_key);
        CREATE INDEX IF NOT EXISTS events_by_dataset ON events(dataset, event_date, event_key);
        """

    /// The append-only audit log of every write (triggers refuse changing or removing an entry), and
    /// API tokens (SHA-256 hashes only; revoked ones are kept with their revocation time).
    static let audit = """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            before_json TEXT,
            after_json TEXT
        );
        CREATE INDEX audit_log_by_record ON audit_log(kind, record_id);
        CREATE INDEX audit_log_by_actor ON audit_log(actor);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TABLE api_tokens (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            token_hash TEXT NOT NULL UNIQUE,
            user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
            label TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX api_tokens_by_user ON api_tokens(user_name);
        """

    /// Users are removed by marking them, never by deleting their row: a name in the audit log keeps
    /// meaning one person, and their revoked tokens stay listed.
    static let userRemoval = """
        ALTER TABLE users ADD COLUMN removed_at TEXT;
        """

    /// Drops the indexes of `events` that no query's plan used once `events_by_event_date` existed, and
    /// that each cost a bulk import one more sort of every row (together about a third of a
    /// 1,000,000-row import; docs/import-performance.md):
    /// - `events_by_date` (`date_earliest`): the evaluator's and the incident linker's date-span queries
    ///   read `events_by_event_date` in their `ORDER BY` order instead;
    /// - `events_by_country` (`country`, case-sensitive): every country filter compares without case,
    ///   which a case-sensitive index cannot serve;
    /// - `events_by_dataset`: the data-set filter reads `events_by_event_date` in the list's order and
    ///   checks the data set on the index entry, before reading the row.
    static let fewerEventIndexes = """
        DROP INDEX IF EXISTS events_by_date;
        DROP INDEX IF EXISTS events_by_country;
        DROP INDEX IF EXISTS events_by_dataset;
        """

    /// The most days events' stated days lie after their earliest and before their latest days (see
    /// `EventDateSpread`), which bound the evaluator's and the incident linker's date windows to a
    /// range of `events_by_event_date`: without it, "the span touches the window" read that whole
    /// index (about 5 s of CPU per window at 1,000,000 events). Every write of events raises it in
    /// its own transaction. Computed here from the events a store already holds, their earlier
    /// versions and deleted ones (an assessment as of an older snapshot reads those too); a date
    /// SQLite cannot read counts as spanning every day, which leaves the windows unbounded.
    static let eventDateSpread: String = {
        func days(_ first: String, _ second: String) -> String {
            "coalesce(CAST(round(julianday(\(second)) - julianday(\(first))) AS INTEGER), 3652059)"
        }
        func spans(_ table: String, json: Bool) -> String {
            let column = { (name: String) in json ? "json_extract(content, '$.\(name)')" : name }
            return """
                SELECT \(days(column("date_earliest"), column("event_date"))) AS after_earliest,
                    \(days(column("event_date"), column("date_latest"))) AS before_latest FROM \(table)
                """ + (json ? " WHERE content IS NOT NULL" : "")
        }
        return """
            CREATE TABLE event_date_spread (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                days_after_earliest INTEGER NOT NULL CHECK (days_after_earliest >= 0),
                days_before_latest INTEGER NOT NULL CHECK (days_before_latest >= 0)
            );
            INSERT INTO event_date_spread (id, days_after_earliest, days_before_latest)
            SELECT 1, max(0, coalesce(max(after_earliest), 0)), max(0, coalesce(max(before_latest), 0)) FROM (
                \(spans("events", json: false))
                UNION ALL \(spans("event_history", json: true))
                UNION ALL \(spans("event_deletions", json: true))
            );
            """
    }()
}
