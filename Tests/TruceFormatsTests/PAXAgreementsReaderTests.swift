import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

@Suite("PAXAgreementsReader")
struct PAXAgreementsReaderTests {
    @Test("the real PA-X file reads whole: 1,868 agreements, unique AgtIds, none rejected")
    func readsTheWholeFile() throws {
        let (rows, rejections) = try PAXFixtures.all.get()
        #expect(rows.count == 1_868)
        #expect(rejections.isEmpty, "\(rejections.prefix(3))")
        #expect(Set(rows.map(\.agtId)).count == 1_868)
        // Every date is readable; PROVENANCE gives the range.
        #expect(rows.allSatisfy { $0.signed != nil })
        #expect(rows.compactMap(\.signed).min() == Day(iso: "1990-02-15"))
        #expect(rows.compactMap(\.signed).max() == Day(iso: "2020-04-09"))
    }

    @Test("row 2271 is the US–Taliban agreement of 2020-02-29, with its multi-line signatories and its codes")
    func row2271() throws {
        let row = try PAXAgreementsReader.agreement(id: "2271", path: PAXFixtures.file)
        #expect(row.agtId == 2271)
        #expect(row.name.hasPrefix("Agreement for Bringing Peace to Afghanistan"))
        #expect(row.date == "2020-02-29")
        #expect(row.signed == Day(iso: "2020-02-29"))
        #expect(row["Con"] == "Afghanistan/United States of America")
        #expect(
            row.parties.split(whereSeparator: \.isNewline).map(String.init) == [
                "United States",
                "Islamic Emirate of Afghanistan which is not recognized by the United States as a state and is known as the Taliban",
            ])
        #expect(row.thirdParties.isEmpty)
        #expect(row.code("Ce") == 1 && row.code("CeGen") == 1 && row.code("CeProv") == 0)
        #expect(row.code("SsrFf") == 1 && row.code("Terr") == 1 && row.code("TjPrire") == 3)
        #expect(row.code("ImOth") == 1 && row.code("ImSrc") == 1)
        #expect(row.file == "pax_all_agreements_data.csv")

        let declaration = try PAXAgreementsReader.agreement(id: " 2272 ", path: PAXFixtures.file)
        #expect(declaration.signed == Day(iso: "2020-02-29"))
        #expect(declaration.name != row.name)
    }

    @Test("every supported column holds only the values of its scale (0/1 or 0-3), and ImSrc is 1 in every row")
    func columnsEncodePresenceAsDeclared() throws {
        let rows = try PAXFixtures.all.get().rows
        for column in PAXCategories.columns {
            let values = Set(rows.map { $0.code(column.name) })
            #expect(values.allSatisfy { $0.map(column.scale.values.contains) ?? false }, "\(column.name): \(values)")
            // A declared 0-3 column uses its levels; a 0/1 one is really binary.
            if column.scale == .ordinal { #expect(values.contains(2) || values.contains(3), "\(column.name) is never 2 or 3") }
        }
        #expect(rows.allSatisfy { $0.code("ImSrc") == 1 })
        #expect(PAXCategories.columns.count >= 20)
        #expect(Set(PAXCategories.columns.map(\.name)).count == PAXCategories.columns.count, "a column in two topics")
    }

    @Test("an unknown AgtId names the id and the file and suggests a close id")
    func unknownID() throws {
        // 2721: two digits of 2271 swapped (1721, one digit off, exists too: the swap wins).
        let error = try #require(throws: TruceError.self) { try PAXAgreementsReader.agreement(id: "2721", path: PAXFixtures.file) }
        #expect(error.message.contains("no agreement with AgtId 2721"))
        #expect(error.message.contains(PAXFixtures.file))
        #expect(error.message.contains("did you mean 2271 ('Agreement for Bringing Peace to Afghanistan"))
        #expect(error.message.contains("1868 agreements"))

        let extra = try #require(throws: TruceError.self) { try PAXAgreementsReader.agreement(id: "22711", path: PAXFixtures.file) }
        #expect(extra.message.contains("did you mean 2271 "))

        // Far from any typo: the numerically nearest id.
        let far = try #require(throws: TruceError.self) { try PAXAgreementsReader.agreement(id: "999999", path: PAXFixtures.file) }
        #expect(far.message.contains("did you mean"))

        let notNumber = try #require(throws: TruceError.self) { try PAXAgreementsReader.agreement(id: "pax-2271", path: PAXFixtures.file) }
        #expect(notNumber.message.contains("'pax-2271' is not a PA-X AgtId"))
    }

    @Test("a file without the PA-X columns is refused, with the missing columns listed")
    func missingColumns() throws {
        let path = try PAXFixtures.file([["AgtId": "1", "Agt": "Test", "Dat": "2020-01-01"]], dropping: ["Part", "TjPrire"])
        let error = try #require(throws: TruceError.self) { try PAXAgreementsReader(path: path) }
        #expect(error.message.contains("not a PA-X agreements file: the header lacks the PA-X columns Part, TjPrire;"))
        #expect(error.location == SourceLocation(file: path, line: 1))

        // An ACLED export is not PA-X: every metadata column is named, the rest counted.
        let acled = try Fixtures.acled([Fixtures.acledRow()])
        let notPAX = try #require(throws: TruceError.self) { try PAXAgreementsReader.agreement(id: "1", path: acled) }
        #expect(notPAX.message.contains("Con, Contp, PP, PPName, Reg, AgtId, Ver, Agt, Dat"))
        #expect(notPAX.message.contains("more"))

        let missingFile = try #require(throws: TruceError.self) { try PAXAgreementsReader(path: "/nonexistent/pax.csv") }
        #expect(missingFile.message.contains("/nonexistent/pax.csv"))
    }

    @Test("rows in other date layouts are read; a row without a whole-number AgtId is rejected with its line")
    func layoutsAndRejections() throws {
        let path = try PAXFixtures.file([
            ["AgtId": "1", "Agt": "Day first", "Dat": "29/02/2020", "Part": "Side A\r\nSide B"],
            ["AgtId": "x2", "Agt": "Bad id", "Dat": "2020-02-29"],
            ["AgtId": "3", "Agt": "Month name", "Dat": "29 February 2020", "Ce": "NA"],
            ["AgtId": "4", "Agt": "Spreadsheet", "Dat": "2020-02-29 00:00:00", "CeGen": "yes"],
        ])
        var reader = try PAXAgreementsReader(path: path)
        let (rows, rejections) = try reader.readAll()
        #expect(rows.map(\.agtId) == [1, 3, 4])
        #expect(rows.allSatisfy { $0.signed == Day(iso: "2020-02-29") })
        #expect(rows[0].parties == "Side A\r\nSide B")
        #expect(rejections.count == 1)
        #expect(rejections.first?.field == "AgtId")
        // The first row's cell spans two lines, so the second row starts on line 4.
        #expect(rejections.first?.line == 4)
        #expect(rejections.first?.message == "expected a whole number, got 'x2'")
        // "NA" is absent; a cell that is not a number counts as present, so that nothing is hidden.
        let ceasefire = try #require(PAXCategories.category("ceasefire"))
        #expect(rows[1].code("Ce") == 0 && !rows[1].isPresent(ceasefire))
        #expect(rows[2].code("CeGen") == nil && rows[2].isPresent(ceasefire))
    }
}
