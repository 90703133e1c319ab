/// Something that happened, as a data set or a coded article reports it.
public struct Event: Hashable, Sendable, Codable {
    /// The data set's own key, unique within `dataset` (ACLED's `event_id_cnty`).
    public var key: String
    /// Where the event comes from: `acled`, `ucdp`, `gdelt`, `article`, ...
    public var dataset: String
    /// The days the event may have happened on, with the data set's precision.
    public var date: DateSpan
    /// What kind of event it is.
    public var type: EventType
    /// The acting side: the main actor and its associated actors.
    public var actor1: EventActor
    /// The side acted upon, if any.
    public var actor2: EventActor
    /// ACLED's interaction code (e.g. 12: state forces vs rebels), if given.
    public var interaction: Int?
    /// Where it happened.
    public var location: Location
    /// Deaths reported, as a range.
    public var fatalities: Fatalities
    /// Source names as the data set lists them (ACLED separates them with `;`).
    public var sources: [String]
    /// ACLED's `source_scale` (local, national, ...), if given.
    public var sourceScale: String?
    /// The data set's description of the event.
    public var notes: String?
    /// The data set's revision time (ACLED's `timestamp`, seconds since 1970).
    public var revision: Int?
    /// Columns Truce does not model, kept by their header name.
    public var attributes: [String: String]
    /// The import, file and line the event was read from; nil when built in code.
    public var provenance: Provenance?

    /// An event as given; importers validate the values before they build one.
    public init(
        key: String, dataset: String, date: DateSpan, type: EventType,
        actor1: EventActor, actor2: EventActor = EventActor(), interaction: Int? = nil,
        location: Location, fatalities: Fatalities = Fatalities(), sources: [String] = [],
        sourceScale: String? = nil, notes: String? = nil, revision: Int? = nil,
        attributes: [String: String] = [:], provenance: Provenance? = nil
    ) {
        self.key = key
        self.dataset = dataset
        self.date = date
        self.type = type
        self.actor1 = actor1
        self.actor2 = actor2
        self.interaction = interaction
        self.location = location
        self.fatalities = fatalities
        self.sources = sources
        self.sourceScale = sourceScale
        self.notes = notes
        self.revision = revision
        self.attributes = attributes
        self.provenance = provenance
    }
}

/// What kind of event, in the vocabularies Truce knows.
public struct EventType: Hashable, Sendable, Codable {
    /// ACLED's `disorder_type` (2023 layout), e.g. "Political violence".
    public var disorder: String?
    /// ACLED's `event_type`, e.g. "Battles".
    public var event: String
    /// ACLED's `sub_event_type`, e.g. "Armed clash"; absent in older exports.
    public var subEvent: String?
    /// A CAMEO code where known, e.g. "190".
    public var cameo: String?

    /// An event type in the given vocabularies; only ACLED's `event` is required.
    public init(disorder: String? = nil, event: String, subEvent: String? = nil, cameo: String? = nil) {
        self.disorder = disorder
        self.event = event
        self.subEvent = subEvent
        self.cameo = cameo
    }
}

/// One side of an event: its main actor's name, associated actors, and the
/// data set's actor-type code (ACLED's `inter1`/`inter2`).
public struct EventActor: Hashable, Sendable, Codable {
    /// The main actor's name as the data set spells it; nil when the side is empty.
    public var name: String?
    /// Actors named beside the main one (ACLED's `assoc_actor_1`), in the data set's order.
    public var associates: [String]
    /// The data set's actor-type code (ACLED's `inter1`/`inter2`), if given.
    public var typeCode: Int?
    /// The data set's own actor code, prefixed with the data set: `gdelt:AFGTAL`, `ucdp:303`.
    public var code: String?

    /// One side of an event as the data set gives it; every part may be missing.
    public init(name: String? = nil, associates: [String] = [], typeCode: Int? = nil, code: String? = nil) {
        self.name = name
        self.associates = associates
        self.typeCode = typeCode
        self.code = code
    }

    /// The main actor and the associates, in that order.
    public var allNames: [String] { (name.map { [$0] } ?? []) + associates }
}

/// Where an event happened, with the data set's precision code kept.
public struct Location: Hashable, Sendable, Codable {
    /// The country as the data set spells it.
    public var country: String
    /// The ISO 3166 alpha-3 code, if given.
    public var iso3: String?
    /// The data set's world region, if given.
    public var region: String?
    /// The first-level division (province, state), if given.
    public var admin1: String?
    /// The second-level division (district), if given.
    public var admin2: String?
    /// The third-level division, if given.
    public var admin3: String?
    /// The named place (ACLED's `location`).
    public var place: String?
    /// Latitude in decimal degrees (WGS 84), if given.
    public var latitude: Double?
    /// Longitude in decimal degrees (WGS 84), if given.
    public var longitude: Double?
    /// The data set's own place-precision code (ACLED's `geo_precision` 1–3,
    /// UCDP's `where_prec` 1–7, GDELT's geo type), read with `dataset`.
    public var precision: Int?
    /// How far from the coordinates the event may have been, in kilometres, as the
    /// precision code implies; nil when unknown. Lets sources with different codes be compared.
    public var uncertaintyKm: Double?

    /// A location as given; only the country is required.
    public init(
        country: String, iso3: String? = nil, region: String? = nil, admin1: String? = nil,
        admin2: String? = nil, admin3: String? = nil, place: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil, precision: Int? = nil, uncertaintyKm: Double? = nil
    ) {
        self.country = country
        self.iso3 = iso3
        self.region = region
        self.admin1 = admin1
        self.admin2 = admin2
        self.admin3 = admin3
        self.place = place
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.uncertaintyKm = uncertaintyKm
    }
}

/// Deaths as a range: sources disagree, and UCDP publishes low, best and high.
/// ACLED gives one figure, which becomes the best estimate and both bounds.
public struct Fatalities: Hashable, Sendable, Codable {
    /// The lowest figure reported; nil when unknown.
    public var low: Int?
    /// The best estimate; nil when unknown.
    public var best: Int?
    /// The highest figure reported; nil when unknown.
    public var high: Int?

    /// A range as given; any bound may be unknown.
    public init(low: Int? = nil, best: Int? = nil, high: Int? = nil) {
        self.low = low
        self.best = best
        self.high = high
    }

    /// One reported figure used as low, best and high.
    public init(exactly count: Int) {
        self.init(low: count, best: count, high: count)
    }
}

/// Where a record came from: which import (snapshot), which file, which line.
public struct Provenance: Hashable, Sendable, Codable {
    /// The import the record came in with; nil before it is stored.
    public var snapshot: Int64?
    /// The file's path as given to the import.
    public var file: String
    /// The line in the file, from 1 (the header is line 1).
    public var line: Int

    /// The place a record was read from.
    public init(snapshot: Int64? = nil, file: String, line: Int) {
        self.snapshot = snapshot
        self.file = file
        self.line = line
    }
}
