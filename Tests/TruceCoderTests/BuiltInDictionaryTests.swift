import Testing
import TruceCoder

@Suite struct BuiltInDictionaryTests {
    let dictionaries = CoderDictionaries.builtIn

    @Test func loadsWithoutWarnings() {
        #expect(dictionaries.warnings.map(\.description) == [])
        #expect(dictionaries.actors.count > 200)
        #expect(dictionaries.verbs.count > 40)
    }

    @Test func countriesByNameAdjectiveAndCapital() {
        #expect(dictionaries.actors.lookup("Afghanistan")?.code(on: nil) == "AFG")
        #expect(dictionaries.actors.lookup("Afghan")?.code(on: nil) == "AFG")
        #expect(dictionaries.actors.lookup("the United States")?.code(on: nil) == nil)
        #expect(dictionaries.actors.lookup("United States")?.code(on: nil) == "USA")
        #expect(dictionaries.actors.lookup("U.S.")?.code(on: nil) == "USA")
        #expect(dictionaries.actors.lookup("Kremlin")?.code(on: nil) == "RUSGOV")
        #expect(dictionaries.actors.lookup("Ukrainian")?.name == "Ukraine")
        #expect(dictionaries.actors.lookup("us") == nil)
    }

    @Test func armedGroupsCarryTheirStableDisplayNames() {
        let names: [String: String] = [
            "Taleban": "Taliban", "Haqqani network": "Haqqani Network", "al-Qaida": "al-Qaeda", "HIG": "Hezb-e-Islami Gulbuddin",
            "HIK": "Hezb-e-Islami Khalis", "Lashkar-e-Tayyiba": "Lashkar-e-Taiba", "IMU": "Islamic Movement of Uzbekistan",
            "IJU": "Islamic Jihad Union", "JDQ": "Jamaat al-Dawa al-Quran", "TTP": "Tehrik-i-Taliban Pakistan", "Daesh": "Islamic State",
            "ISIS-K": "Islamic State Khorasan Province", "Shabab": "al-Shabaab", "Ansar Allah": "Houthis", "Hezbollah": "Hezbollah",
            "Hamas": "Hamas", "FARC": "FARC", "ELN": "ELN", "Boko Haram": "Boko Haram", "Kachin Independence Army": "Kachin Independence Army",
            "Arakan Army": "Arakan Army", "RSF": "Rapid Support Forces", "Sudanese Armed Forces": "Sudanese Armed Forces",
            "Russian troops": "Russian forces", "Ukrainian forces": "Ukrainian forces", "ANSF": "Afghan National Security Forces",
            "Afghan National Army": "Afghan National Army", "ANP": "Afghan National Police", "AUP": "Afghan Uniformed Police",
            "Afghan Local Police": "Afghan Local Police", "U.S. forces": "US forces", "coalition forces": "coalition forces", "ISAF": "ISAF",
            "NATO": "NATO", "UN": "United Nations", "EU": "European Union", "African Union": "African Union", "ICRC": "ICRC",
        ]
        for (phrase, name) in names {
            #expect(dictionaries.actors.lookup(phrase)?.name == name, "\(phrase)")
        }
    }

    @Test func everyCameoRootHasABuiltInVerb() {
        let samples = [
            "said": "01", "urged": "02", "pledged": "03", "met": "04", "praised": "05", "cooperated": "06", "provided": "07",
            "evacuated": "07", "released": "08", "investigated": "09", "demanded": "10", "accused": "11", "rejected": "12",
            "threatened": "13", "protested": "14", "deployed": "15", "suspended": "16", "arrested": "17", "abducted": "18",
            "attacked": "19", "massacred": "20",
        ]
        for (verb, root) in samples {
            let code = dictionaries.verbs.lookup(verb)?.code.forward
            #expect(code.map { String($0.prefix(2)) } == root, "\(verb)")
        }
    }

    @Test func codesTheNewsSentencesItWasWrittenFor() {
        let coder = SentenceCoder(dictionaries: dictionaries)
        func roots(_ sentence: String) -> Set<String> {
            Set(coder.code(sentence).map { "\($0.source?.code ?? "-")>\($0.target?.code ?? "-") \($0.rootCode)" })
        }
        #expect(roots("Afghan and coalition forces detained two suspected insurgents in Khost province.").contains("IGOWSTNATMIL>AFGINS 17") == false)
        #expect(roots("The Taliban abducted 12 Afghan soldiers in Badghis.") == ["AFGINS>AFGMIL 18"])
        #expect(
            roots("A Haqqani Network facilitator was arrested by Afghan and coalition forces in Khost.")
                == ["AFGMIL>AFGINS 17", "IGOWSTNATMIL>AFGINS 17"])
        #expect(coder.code("Coalition forces launched an air strike against the Taliban in Kunar.").first?.code == "195")
        #expect(roots("Russia accused Ukraine of shelling Donetsk.").contains("RUS>UKR 11"))
        #expect(roots("ISAF troops withdrew from the Pech valley.").isEmpty)
        // Agreeing to a ceasefire is declaring a truce (CAMEO 0871), an ACLED agreement (docs/coder/news.md).
        #expect(roots("Hamas and Israel agreed to a ceasefire on Friday.") == ["PSEREB>ISR 08", "ISR>PSEREB 08"])
        #expect(roots("The Houthis threatened Saudi Arabia.") == ["YEMREB>SAU 13"])
        #expect(roots("Protesters in Sudan demonstrated against the Sudanese Armed Forces.") == ["SDNCVL>SDNMIL 14"])
    }
}
