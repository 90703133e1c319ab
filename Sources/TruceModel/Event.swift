/// Something that happened, as a data set or a coded article reports it.
public struct Event: Hashable, Sendable, Codable {
    /// The data set's own key, unique within `dataset` (ACLED's `event_id_cnty`).
    public var key: String
    /// Where the event comes from: `acled`, `ucdp`, `gdelt`, `article`, ...
    public var dataset: String
    public var date: DateSpan
    public var type: EventType
    /// The acting side: the main actor and its associated actors.
    public var actor1: EventActor
    /// The side acted upon, if any.
    public var actor2: EventActor
    /// ACLED's interaction code (e.g. 12: state forces vs rebels), if given.
    public var interaction: Int?
    public var location: Location
    public var fatalities: Fatalities
    /// Source names as the data set lists them (ACLED separates them with `;`).
    public var sources: [String]
    public var sourceScale: String?
    public var notes: String?
    /// The data set's revision time (ACLED's `timestamp`, seconds since 1970).
    public var revision: Int?
    /// Columns Truce does not model, kept by their header name.
    public var attributes: [String: String]
    public var provenance: Provenance?

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
    public var name: String?
    public var associates: [String]
    public var typeCode: Int?
    /// The data set's own actor code, prefixed with the data set: `gdelt:AFGTAL`, `ucdp:303`.
    public var code: String?

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
    public var country: String
    public var iso3: String?
    public var region: String?
    public var admin1: String?
    public var admin2: String?
    public var admin3: String?
    /// The named place (ACLED's `location`).
    public var place: String?
    public var latitude: Double?
    public var longitude: Double?
    /// The data set's own place-precision code (ACLED's `geo_precision` 1–3,
    /// UCDP's `where_prec` 1–7, GDELT's geo type), read with `dataset`.
    public var precision: Int?
    /// How far from the coordinates the event may have been, in kilometres, as the
    /// precision code implies; nil when unknown. Lets sources with different codes be compared.
    public var uncertaintyKm: Double?

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
    public var low: Int?
    public var best: Int?
    public var high: Int?

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
    public var snapshot: Int64?
    public var file: String
    public var line: Int

    public init(snapshot: Int64? = nil, file: String, line: Int) {
        self.snapshot = snapshot
        self.file = file
        self.line = line
    }
}
