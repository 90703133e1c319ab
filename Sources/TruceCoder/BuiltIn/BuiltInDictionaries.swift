/// Truce's own dictionaries, written in PETRARCH text format in this folder and parsed once.
enum BuiltInDictionaries {
    static let shared: CoderDictionaries = {
        var dictionaries = CoderDictionaries()
        // The texts are ours and tested; a failure here would be a bug caught by BuiltInDictionaryTests.
        try? dictionaries.add(petrarchText: BuiltInActors.text, file: "builtin.actors.txt")
        try? dictionaries.add(petrarchText: BuiltInAgents.text, file: "builtin.agents.txt")
        try? dictionaries.add(petrarchText: BuiltInVerbs.text, file: "builtin.verbs.txt")
        return dictionaries
    }()
}
