import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 3, dates belong to their sentence: a day without a year takes the year the text gives it (named with
/// its year before, or counted back to), and a date of history does not run into the next paragraph's news.
@Suite struct HistoryDateTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func killings(_ killed: Int, in result: CodingResult) -> [CodedEvent] {
        result.events.filter { ($0.fatalities.low ?? $0.fatalities.best) == killed }
    }

    func day(_ sentence: String, published: String) throws -> String {
        let found = DateFinder.dates(in: sentence, published: try #require(Day(iso: published)))
        return try #require(found.first).date.earliest.iso
    }

    /// A writer gives a day's year once: named again without it ("the June 14 attack"), the day is that year's, not the
    /// nearest one (here six weeks before publication), and what it dates is history.
    @Test func aDayTheTextGaveAYearKeepsThatYear() throws {
        let text = """
            Gunmen stormed a hotel in Kabul on June 14, 2022, killing 11 guests.

            A year on, police say the gunmen killed 11 guests in the June 14 attack with rifles bought in Pakistan.
            """
        let result = code(text, date: "2023-07-30")
        #expect(killings(11, in: result).isEmpty)
        // Without the year given, the nearest June 14 is the one meant, and its act is news.
        let alone = code("Police say gunmen killed 11 guests in the June 14 attack on a hotel in Kabul.", date: "2023-07-30")
        #expect(killings(11, in: alone).compactMap { $0.date?.earliest.iso } == ["2023-06-14"])
    }

    /// A year a count of time gives a day holds for the day's later mentions.
    @Test func aYearCountedBackHoldsForTheDaysLaterMentions() {
        let text = "One year since the June 14th attack, the hotel is open again. Police say gunmen killed 11 guests in the June 14th attack."
        #expect(killings(11, in: code(text, date: "2023-06-25")).isEmpty)
        // Without the count, the nearest June 14 (eleven days back) is meant, and the killing is news.
        let alone = code("Police say gunmen killed 11 guests in the June 14th attack.", date: "2023-06-25")
        #expect(killings(11, in: alone).compactMap { $0.date?.earliest.iso } == ["2023-06-14"])
    }

    /// Two years given for one day leave it to the nearest-day rule.
    @Test func aDayGivenTwoYearsTakesNeither() {
        let text = """
            Gunmen stormed a hotel in Kabul on June 14, 2021, and again on June 14, 2022.

            Police say gunmen killed 11 guests in the June 14 attack.
            """
        let result = code(text, date: "2023-07-30")
        #expect(killings(11, in: result).compactMap { $0.date?.earliest.iso } == ["2023-06-14"])
    }

    /// A count of time since a day puts it at least that far back (a round count may run a month long: "nearly 14
    /// months"); the anniversary of a day is a year or more after it.
    @Test func aCountOfTimeSinceADayPutsItThatFarBack() throws {
        #expect(try day("Families gathered one year since the June 14th attack.", published: "2023-06-20") == "2022-06-14")
        #expect(try day("In the year since March 2, the militia has shelled the town.", published: "2024-04-10") == "2023-03-02")
        #expect(try day("Survivors marked the anniversary of the June 14 bombing.", published: "2023-06-14") == "2022-06-14")
        // No count of months or years before the day: the nearest day.
        #expect(try day("Families gathered since the June 14th attack.", published: "2023-06-20") == "2023-06-14")
    }

    /// History told in a paragraph dates the acts of its paragraph, not an act the next paragraph tells without a date:
    /// that one is the report's news.
    @Test func historyDoesNotDateTheNextParagraph() {
        let text = """
            Rebels attacked the army garrison in Goma on March 2, killing 40 soldiers.

            Army helicopters struck rebel positions north of Goma, killing 12 fighters.
            """
        let result = code(text, date: "2024-09-15")
        #expect(killings(40, in: result).isEmpty)
        #expect(killings(12, in: result).compactMap { $0.date?.earliest.iso } == ["2024-09-15"])
    }

    /// The history goes on in its own paragraph, and in the next when that one opens by referring back to it.
    @Test(arguments: [
        "In October 2000, militants bombed a navy ship in Aden, killing 17 sailors. They then bombed two embassies, killing 224 people.",
        "In October 2000, militants bombed a navy ship in Aden, killing 17 sailors.\n\nThey also bombed two embassies, killing 224 people.",
        "In October 2000, militants bombed a navy ship in Aden, killing 17 sailors.\n\nLater they bombed two embassies, killing 224 people.",
    ])
    func historyGoesOnWhereTheTextRefersBack(text: String) {
        let result = code(text, date: "2022-08-01")
        #expect(killings(17, in: result).isEmpty)
        #expect(killings(224, in: result).isEmpty)
    }

    /// The history goes on in a paragraph that opens by naming whom it was about, or that tells in the past perfect what
    /// had been done before; a paragraph that opens with another name tells the news.
    @Test(arguments: [
        "Warlord Dostum's militia stormed Mazar on May 3, 2001, killing 31 prisoners.\n\nDostum's men also burned Sheberghan, killing 18 people.",
        "Warlord Dostum's militia stormed Mazar on May 3, 2001, killing 31 prisoners.\n\nThe militia had already burned Sheberghan, killing 18 people.",
        "Warlord Dostum's militia stormed Mazar on May 3, 2001, killing 31 prisoners.\n\nDostum had long fought there, killing 18 people.",
    ])
    func historyGoesOnUnderItsNamesAndInThePastPerfect(text: String) {
        let result = code(text, date: "2022-08-01")
        #expect(killings(31, in: result).isEmpty)
        #expect(killings(18, in: result).isEmpty)
    }

    @Test func aParagraphOpeningWithAnotherNameIsTheNews() {
        let text =
            "Warlord Dostum's militia stormed Mazar on May 3, 2001, killing 31 prisoners.\n\nTaliban fighters burned Sheberghan, killing 18 people."
        let result = code(text, date: "2022-08-01")
        #expect(killings(31, in: result).isEmpty)
        #expect(killings(18, in: result).compactMap { $0.date?.earliest.iso } == ["2022-08-01"])
    }

    @Test func theOpeningNameAndThePastPerfect() {
        func words(_ text: String) -> [CasualtyWords.Word] { CasualtyWords.words(text) }
        #expect(ArticleCoding.openingName(words("Mullah Omar's government fell in late 2001.")) == ["mullah", "omar"])
        #expect(ArticleCoding.openingName(words("The Taliban seized Kabul.")) == ["taliban"])
        #expect(ArticleCoding.openingName(words("In 2004, Karzai signed the accord.")).isEmpty)
        #expect(ArticleCoding.opensInPastPerfect(words("The militia had shelled the town for weeks.")))
        #expect(ArticleCoding.opensInPastPerfect(words("Omar had long sheltered the group.")))
        #expect(!ArticleCoding.opensInPastPerfect(words("Had the deal held, the town would stand.")))
        #expect(!ArticleCoding.opensInPastPerfect(words("The town had no water on Tuesday.")))
        #expect(!ArticleCoding.opensInPastPerfect(words("Police said the militia had shelled the town.")))
    }

    /// A blank line opens a paragraph, written with line feeds, carriage returns or Unicode line separators; one line
    /// break does not (a hard wrap).
    @Test(arguments: [
        ("a.\n\nB", true), ("a.\r\n\r\nB", true), ("a.\u{2028}\u{2028}B", true), ("a.\u{2029}B", true), ("a.\n  \nB", true),
        ("a.\nB", false), ("a. B", false), ("a.\u{2028}B", false),
    ])
    func aBlankLineOpensAParagraph(text: String, opens: Bool) {
        let bytes = Array(text.utf8)
        #expect(Paragraphs.blankLineBefore(bytes.count - 1, in: bytes) == opens, "\(text.debugDescription)")
    }
}
