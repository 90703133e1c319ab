/// A place name that is in two countries ("Tripoli": Libya's capital, and Lebanon's northern city) is, in a story about
/// one of them, that country's: a Beirut story's "clashes in Tripoli" are in Lebanon. The story's country is the one
/// its dateline and its other, unambiguous places name most; with none of them in the name's countries, the
/// gazetteer's first reading stands.
extension ArticleCoding {
    static func resolvingAmbiguousPlaces(_ sentences: [Sentence], dateline: String?, headline: String?) -> [Sentence] {
        guard sentences.contains(where: { $0.places.contains { !$0.otherReadings.isEmpty } }) else { return sentences }
        var plain = sentences.flatMap(\.places).filter(\.otherReadings.isEmpty)
        if let dateline { plain += Gazetteer.places(in: dateline).filter(\.otherReadings.isEmpty) }
        let storyCountry = mainLocation(plain, headline: headline).country
        guard let storyCountry else { return sentences }
        return sentences.map { sentence in
            var sentence = sentence
            for index in sentence.places.indices {
                let place = sentence.places[index]
                guard place.country != storyCountry, let reading = place.otherReadings.first(where: { $0.country == storyCountry }) else {
                    continue
                }
                sentence.places[index].kind = reading.kind
                sentence.places[index].country = reading.country
                sentence.places[index].admin1 = reading.admin1
                sentence.places[index].place = reading.place
            }
            return sentence
        }
    }
}
