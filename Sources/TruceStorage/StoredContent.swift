import TruceFormats
public import TruceModel

/// What every backend stores of an observation or a claim beside its plain columns: the content hash
/// that tells an unchanged re-import from a revision, and its attributes as JSON text. Defined once so
/// that a store copied between backends recognises the rows it already holds.
public struct StoredContent: Hashable, Sendable {
    /// The record's ``ContentHash``, signed, as SQL stores integers.
    public var hash: Int64
    /// The columns Truce does not model, as a JSON object; nil when there are none.
    public var attributesJSON: String?
}

extension Observation {
    /// The hash and attributes text of this observation as stored. Fields added after the first schema
    /// (reporter, imprecise date, area, attributes) are hashed only when given, so rows imported before
    /// their columns existed keep their hash.
    public var storedContent: StoredContent {
        var hash = ContentHash()
        for text in [indicator, actor, country, date.iso, unit, source, url, notes] { hash.add(text) }
        hash.add(value)
        if let reportedBy { hash.add(reportedBy) }
        for (name, text) in [("until", latestDate?.iso), ("admin1", admin1), ("admin2", admin2), ("place", place)] {
            if let text { hash.add("\(name)=\(text)") }
        }
        let attributesJSON = attributes.isEmpty ? nil : JSONString.object(attributes)
        if let attributesJSON { hash.add(attributesJSON) }
        return StoredContent(hash: hash.signed, attributesJSON: attributesJSON)
    }
}

extension Claim {
    /// The hash and attributes text of this claim as stored; the modality in its claims spelling
    /// (`asserted`). The imprecise date and attributes are hashed only when given, so claims imported
    /// before their columns existed keep their hash.
    public var storedContent: StoredContent {
        var hash = ContentHash()
        for text in [
            date.iso, speaker, speakerActor, quote, aboutProvision, aboutReading, modality.claimSpelling, grade.rawValue,
            reviewState.rawValue, source, url,
        ] {
            hash.add(text)
        }
        if let latestDate { hash.add("until=\(latestDate.iso)") }
        let attributesJSON = attributes.isEmpty ? nil : JSONString.object(attributes)
        if let attributesJSON { hash.add(attributesJSON) }
        return StoredContent(hash: hash.signed, attributesJSON: attributesJSON)
    }
}
