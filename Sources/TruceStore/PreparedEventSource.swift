import TruceFormats
import TruceModel
import TruceStorage

/// An event with the work that does not need the database already done: its values encoded
/// for binding, with their content hash, and the names for the registries and the coverage not
/// seen earlier in the file. The `Event` itself stays on the reading thread, which frees it.
///
/// A class, so that handing a row to the writing thread (out of its batch, through the import's
/// generic loop) retains one object: as a struct every copy retained and released each of its
/// nine references, on the writing thread, on objects the reading thread was touching.
final class PreparedEvent: Sendable {
    /// The event's column values and content hash, ready to bind.
    let row: EncodedEventRow
    let dataset: String
    let key: String
    /// The event's `revision` (ACLED's `timestamp`): whether a changed row may replace the stored one.
    let revision: Int?
    let actor1: String?
    let actor2: String?
    /// The event's stated day, for the import's coverage.
    let day: Day
    /// How far the event's stated day lies from the ends of its date span, for the store's recorded spread.
    let dateSpread: EventDateSpread
    /// The event's country when no earlier event of this import had it.
    let newCountry: String?
    /// `event.attributes` as `JSONString.object` writes them; nil when there are none.
    let attributesJSON: String?
    /// The registry names (see `sourceRegistryName`) of the event's sources
    /// that no earlier event of this import had.
    let newSources: [String]
    /// The event's actor names (`actor1`, `actor2`) that no earlier event of this import had.
    let newActors: [String]
    /// The hash ``EventWriter`` stores in `content_hash`, worked out here so that the writing
    /// thread, which bounds an import's speed, only binds the values.
    var contentHash: Int64 { row.contentHashValue }

    init(_ event: Event, attributesJSON: String?, newCountry: String?, newSources: [String], newActors: [String]) {
        row = EncodedEventRow(event, attributesJSON: attributesJSON)
        dataset = event.dataset
        key = event.key
        revision = event.revision
        actor1 = event.actor1.name
        actor2 = event.actor2.name
        day = event.date.day
        dateSpread = EventDateSpread(event.date)
        self.newCountry = newCountry
        self.attributesJSON = attributesJSON
        self.newSources = newSources
        self.newActors = newActors
    }
}

/// Prepares each event of `Source` as it is read. Wrapped in `PrefetchedSource`, the
/// preparation runs on the reading thread: the writing thread is the one that bounds an
/// import's speed, and writing a GDELT row's fourteen attributes as JSON there, from
/// memory the reading thread had just filled, took a seventh of its time.
struct PreparedEventSource<Source: ImportSource>: ImportSource where Source.Value == Event {
    private var source: Source
    private var json = JSONObjectWriter()
    private var seenSources: Set<String> = []
    private var seenActors: Set<String> = []
    private var seenCountries: Set<String> = []
    /// The last event's sources: GDELT gives several events of one article in a row, and
    /// comparing with them is cheaper than hashing a long URL again.
    private var lastSources: [String] = []

    init(_ source: Source) {
        self.source = source
    }

    mutating func next() throws -> ParsedRow<PreparedEvent>? {
        switch try source.next() {
        case nil:
            return nil
        case .rejected(let rejection):
            return .rejected(rejection)
        case .value(let event):
            var newSources: [String] = []
            if event.sources != lastSources {
                for source in event.sources {
                    let name = sourceRegistryName(source)
                    if seenSources.insert(name).inserted { newSources.append(name) }
                }
                lastSources = event.sources
            }
            // Two names looked at one by one: an array literal of them was an allocation per row.
            var newActors: [String] = []
            if let name = event.actor1.name, seenActors.insert(name).inserted { newActors.append(name) }
            if let name = event.actor2.name, seenActors.insert(name).inserted { newActors.append(name) }
            let attributes = event.attributes.isEmpty ? nil : json.object(event.attributes)
            let country = event.location.country
            return .value(
                PreparedEvent(
                    event, attributesJSON: attributes, newCountry: seenCountries.insert(country).inserted ? country : nil,
                    newSources: newSources, newActors: newActors))
        }
    }

    var bytesRead: Int { source.bytesRead }
    var totalBytes: Int { source.totalBytes }
    var notices: [String] { source.notices }
    var fileHash: String? { source.fileHash }
}
