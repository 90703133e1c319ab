import Testing
import TruceFormats
import TruceModel

@Suite("Observations and claims")
struct EvidenceCSVTests {
    @Test func observationsByNameInAnyOrderAndCase() throws {
        let path = try Fixtures.write(
            "SOURCE,Value,id,date,indicator,actor,country,unit,url,notes\n"
                + "Pentagon,\"8,600\",obs1,2020-07-13,troop_level,USA,Afghanistan,troops,https://example.org/a,\n"
                + "UN,12.5,obs2,13-Jul-20,prisoners_released,,,percent,,\"note, with comma\"\n",
            name: "observations.csv")
        var reader = try ObservationsCSV(path: path)
        let (observations, rejections) = try reader.readAll()
        #expect(rejections.isEmpty)
        #expect(
            observations.first
                == Observation(
                    key: "obs1", indicator: "troop_level", actor: "USA", country: "Afghanistan", date: Day(year: 2020, month: 7, day: 13)!,
                    value: 8600, unit: "troops", source: "Pentagon", url: "https://example.org/a",
                    provenance: Provenance(file: "observations.csv", line: 2)))
        #expect(observations.last?.value == 12.5)
        #expect(observations.last?.actor == nil)
        #expect(observations.last?.notes == "note, with comma")
        #expect(reader.fileHash?.count == 64)
    }

    @Test func badObservationsAreRejected() throws {
        let path = try Fixtures.write(
            "id,date,indicator,value,source\n"
                + "o1,2020-07-13,troops,\"8,60\",DoD\n"
                + "o2,2020-02-30,troops,1,DoD\n"
                + "o3,2020-07-13,troops,many,DoD\n"
                + "o4,2020-07-13,troops,5,\n"
                + "o5,2020-07-13,troops,\"1,234,567.5\",DoD\n")
        var reader = try ObservationsCSV(path: path)
        let (observations, rejections) = try reader.readAll()
        #expect(observations.map(\.value) == [1_234_567.5])
        #expect(rejections.map(\.line) == [2, 3, 4, 5])
        #expect(rejections.map(\.field) == ["value", "date", "value", "source"])
        #expect(rejections[0].message == "value: expected a number such as 8600 or 8,600, got '8,60'")
    }

    @Test func observationsHeaderMustHaveRequiredColumns() throws {
        let path = try Fixtures.write("id,date,value\n", name: "obs.csv")
        let error = try #require(throws: TruceError.self) { try ObservationsCSV(path: path) }
        #expect(error.message.contains("indicator, source"))
        #expect(error.message.hasPrefix("not an observations file: the header lacks"), "\(error.message)")
        #expect(error.description.contains("obs.csv"))
    }

    @Test func claimsWithDefaultsAndExplicitEnums() throws {
        let path = try Fixtures.write(
            "id,date,speaker,speaker_actor,quote,about_provision,about_reading,modality,grade,review_state,source,url\n"
                + "c1,2020-03-02,Zabihullah Mujahid,TAL,\"We will resume \"\"operations\"\"\",ceasefire,strict,Promised,CONFIRMED,candidate,Reuters,\n"
                + "c2,4 March 2020,Sonny Leggett,USA,Strikes were defensive,,,,,,USFOR-A,https://example.org\n",
            name: "claims.csv")
        var reader = try ClaimsCSV(path: path)
        let (claims, rejections) = try reader.readAll()
        #expect(rejections.isEmpty)
        try #require(claims.count == 2)
        #expect(claims[0].quote == "We will resume \"operations\"")
        #expect(claims[0].modality == .promised)
        #expect(claims[0].grade == .confirmed)
        #expect(claims[0].reviewState == .candidate)
        #expect(claims[0].aboutProvision == "ceasefire")
        #expect(claims[0].speakerActor == "TAL")
        #expect(
            claims[1]
                == Claim(
                    key: "c2", date: Day(year: 2020, month: 3, day: 4)!, speaker: "Sonny Leggett", speakerActor: "USA",
                    quote: "Strikes were defensive", source: "USFOR-A", url: "https://example.org",
                    provenance: Provenance(file: "claims.csv", line: 3)))
    }

    @Test func badClaimsNameTheFieldAndTheAllowedValues() throws {
        let path = try Fixtures.write(
            "quote,speaker,id,date,source,modality,grade\n"
                + "Said it,Someone,c1,2020-03-02,Reuters,maybe,\n"
                + "Said it,Someone,c2,2020-03-02,Reuters,,solid\n"
                + ",Someone,c3,2020-03-02,Reuters,,\n"
                + "Said it,Someone,c4,yesterday,Reuters,,\n"
                + "Said it,Someone,c5,2020-03-02,Reuters,denied,weak\n")
        var reader = try ClaimsCSV(path: path)
        let (claims, rejections) = try reader.readAll()
        #expect(claims.map(\.key) == ["c5"])
        #expect(claims.first?.modality == .denied)
        #expect(rejections.map(\.field) == ["modality", "grade", "quote", "date"])
        #expect(
            rejections[0].message == "modality: expected one of asserted, promised, demanded, denied, hypothetical, negated, alleged, got 'maybe'")
        #expect(rejections[1].message == "grade: expected one of confirmed, fair, weak, contested, discounted, got 'solid'")
    }
}

/// Version 2 of the evidence files: imprecise dates, the area of a count, several provisions or the
/// whole agreement in a claim, and the columns Truce does not model kept as attributes.
@Suite("Observations and claims, version 2")
struct EvidenceCSVVersion2Tests {
    @Test(
        arguments: [
            ("2020-03-04", "2020-03-04", nil), ("4 March 2020", "2020-03-04", nil), ("2016", "2016-01-01", "2016-12-31"),
            ("in 2016", "2016-01-01", "2016-12-31"), ("2016-02", "2016-02-01", "2016-02-29"), ("March 2016", "2016-03-01", "2016-03-31"),
            ("in Sept 2016", "2016-09-01", "2016-09-30"), ("2016-03-01/2016-03-15", "2016-03-01", "2016-03-15"),
        ] as [(String, String, String?)])
    func impreciseDatesAreKeptAsIntervals(cell: String, first: String, last: String?) throws {
        let path = try Fixtures.write("id,date,indicator,value,source\no1,\(cell),released,5,Wire\n", name: "observations.csv")
        var reader = try ObservationsCSV(path: path)
        let (observations, rejections) = try reader.readAll()
        #expect(rejections.isEmpty, "\(rejections)")
        #expect(observations.first?.date.iso == first)
        #expect(observations.first?.latestDate?.iso == last)
    }

    @Test(
        arguments: [
            ("in March", "'March' names a month without its year; write e.g. 'March 2016'"),
            ("2016-03-15/2016-03-01", "the span ends (2016-03-01) before it starts (2016-03-15)"),
            ("soon", "expected a date such as 2020-03-04, or an imprecise one"),
        ])
    func badImpreciseDatesAreRejectedWithTheReason(cell: String, message: String) throws {
        let path = try Fixtures.write("id,date,speaker,quote,source\nc1,\(cell),s,q,Wire\n", name: "claims.csv")
        var reader = try ClaimsCSV(path: path)
        let (claims, rejections) = try reader.readAll()
        #expect(claims.isEmpty)
        #expect(rejections.first?.field == "date")
        #expect(rejections.first?.message.contains(message) == true, "\(rejections)")
    }

    @Test func unmodelledColumnsAreKeptAndAClaimMayConcernSeveralProvisionsOrTheAgreement() throws {
        let path = try Fixtures.write(
            "id,date,speaker,quote,about_provision,source,Language,verified by\n"
                + "c1,March 2020,s,q,troops; withdrawal,Wire,ps,OSCE\n"
                + "c2,2020-03-04,s,q,*,Wire,,\n",
            name: "claims.csv")
        var reader = try ClaimsCSV(path: path)
        let (claims, rejections) = try reader.readAll()
        #expect(rejections.isEmpty)
        #expect(claims[0].attributes == ["language": "ps", "verified by": "OSCE"])
        #expect(claims[0].provisions == ["troops", "withdrawal"])
        #expect(claims[0].isAbout("withdrawal") && !claims[0].isAboutAgreement)
        #expect(claims[0].latestDate?.iso == "2020-03-31")
        #expect(claims[1].attributes.isEmpty)
        #expect(claims[1].isAboutAgreement && claims[1].provisions.isEmpty)
    }

    @Test func anObservationMayNameTheAreaItCounts() throws {
        let path = try Fixtures.write(
            "id,date,indicator,value,source,country,admin1,admin2,place,mission_report\n"
                + "v1,2015-02-15,ceasefire_violations,\"1,200\",OSCE SMM,Ukraine,Donetsk,,Debaltseve,SMM daily 16 Feb\n",
            name: "observations.csv")
        var reader = try ObservationsCSV(path: path)
        let observation = try #require(try reader.readAll().values.first)
        #expect(observation.admin1 == "Donetsk" && observation.admin2 == nil && observation.place == "Debaltseve")
        #expect(observation.value == 1200 && observation.actor == nil)
        #expect(observation.attributes == ["mission_report": "SMM daily 16 Feb"])
    }
}
