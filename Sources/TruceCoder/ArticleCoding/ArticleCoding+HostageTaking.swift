extension ArticleCoding {
    /// Whether the sentence tells people taken as hostages or captives: "took 20 hostages", "took ten aid workers
    /// hostage", "were taken captive", "seized 30 hostages". Holding them is an abduction (CAMEO 181), not an arrest.
    /// The taking verb stands at most six words before the noun, as in the casualty reading that counts them
    /// ("began to take charge of the situation by … freeing hostages" takes no one).
    static func tellsHostageTaking(_ words: [String]) -> Bool {
        words.indices.contains { index in
            hostageNouns.contains(words[index])
                && words[max(0, index - 6)..<index].contains(where: CasualtyFinder.Scan.takingForms.contains)
        }
    }

    private static let hostageNouns: Set<String> = ["hostage", "hostages", "captive", "captives"]

    /// The code of people seized: civilians seized ("seized 12 villagers") are abducted (CAMEO 181); anyone else seized
    /// ("police seized three suspects") is arrested (173).
    static func seizedPeopleCode(target: ActorMention?) -> String {
        target?.code.hasSuffix("CVL") == true ? EventKinds.abduction : EventKinds.detention
    }
}
