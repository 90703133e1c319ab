/// The city each country's government sits in, as news names it when it means the government:
/// "Washington will withdraw", "Kabul agreed to release".
/// One line per country: `Country|city|other spelling|…`, the country as `Countries` writes it.
///
/// Left out on purpose: cities whose name is also a common first name or word ("Victoria", "Male"),
/// Brussels (news means the European Union by it more often than Belgium), and Jerusalem (its
/// status is disputed, and news uses it for more than one government).
enum Capitals {
    static let table = """
        Afghanistan|Kabul
        Albania|Tirana
        Algeria|Algiers
        Andorra|Andorra la Vella
        Angola|Luanda
        Antigua and Barbuda|St. John's
        Argentina|Buenos Aires
        Armenia|Yerevan
        Australia|Canberra
        Austria|Vienna
        Azerbaijan|Baku
        Bahamas|Nassau
        Bahrain|Manama
        Bangladesh|Dhaka|Dacca
        Barbados|Bridgetown
        Belarus|Minsk
        Belize|Belmopan
        Benin|Porto-Novo|Cotonou
        Bhutan|Thimphu
        Bolivia|La Paz|Sucre
        Bosnia and Herzegovina|Sarajevo
        Botswana|Gaborone
        Brazil|Brasilia|Brasília
        Brunei|Bandar Seri Begawan
        Bulgaria|Sofia
        Burkina Faso|Ouagadougou
        Burundi|Gitega|Bujumbura
        Cambodia|Phnom Penh
        Cameroon|Yaounde|Yaoundé
        Canada|Ottawa
        Cape Verde|Praia
        Central African Republic|Bangui
        Chad|N'Djamena|Ndjamena
        Chile|Santiago
        China|Beijing|Peking
        Colombia|Bogota|Bogotá
        Comoros|Moroni
        Democratic Republic of Congo|Kinshasa
        Republic of Congo|Brazzaville
        Costa Rica|San Jose|San José
        Croatia|Zagreb
        Cuba|Havana
        Cyprus|Nicosia
        Czech Republic|Prague
        Denmark|Copenhagen
        Djibouti|Djibouti City
        Dominica|Roseau
        Dominican Republic|Santo Domingo
        Ecuador|Quito
        Egypt|Cairo
        El Salvador|San Salvador
        Equatorial Guinea|Malabo
        Eritrea|Asmara
        Estonia|Tallinn
        eSwatini|Mbabane
        Ethiopia|Addis Ababa
        Fiji|Suva
        Finland|Helsinki
        France|Paris
        Gabon|Libreville
        Gambia|Banjul
        Georgia|Tbilisi
        Germany|Berlin
        Ghana|Accra
        Greece|Athens
        Grenada|St. George's
        Guatemala|Guatemala City
        Guinea|Conakry
        Guinea-Bissau|Bissau
        Guyana|Georgetown
        Haiti|Port-au-Prince
        Honduras|Tegucigalpa
        Hungary|Budapest
        Iceland|Reykjavik|Reykjavík
        India|New Delhi|Delhi
        Indonesia|Jakarta
        Iran|Tehran|Teheran
        Iraq|Baghdad
        Ireland|Dublin
        Italy|Rome
        Ivory Coast|Yamoussoukro|Abidjan
        Jamaica|Kingston
        Japan|Tokyo
        Jordan|Amman
        Kazakhstan|Astana|Nur-Sultan
        Kenya|Nairobi
        Kiribati|Tarawa
        Kosovo|Pristina|Prishtina
        Kuwait|Kuwait City
        Kyrgyzstan|Bishkek
        Laos|Vientiane
        Latvia|Riga
        Lebanon|Beirut
        Lesotho|Maseru
        Liberia|Monrovia
        Libya|Tripoli
        Liechtenstein|Vaduz
        Lithuania|Vilnius
        Luxembourg|Luxembourg City
        Madagascar|Antananarivo
        Malawi|Lilongwe
        Malaysia|Kuala Lumpur|Putrajaya
        Mali|Bamako
        Malta|Valletta
        Marshall Islands|Majuro
        Mauritania|Nouakchott
        Mauritius|Port Louis
        Mexico|Mexico City
        Micronesia|Palikir
        Moldova|Chisinau|Chişinău
        Monaco|Monaco-Ville
        Mongolia|Ulaanbaatar|Ulan Bator
        Montenegro|Podgorica
        Morocco|Rabat
        Mozambique|Maputo
        Myanmar|Naypyidaw|Nay Pyi Taw|Naypyitaw
        Namibia|Windhoek
        Nauru|Yaren
        Nepal|Kathmandu
        Netherlands|Amsterdam|The Hague
        New Zealand|Wellington
        Nicaragua|Managua
        Niger|Niamey
        Nigeria|Abuja
        North Korea|Pyongyang
        North Macedonia|Skopje
        Norway|Oslo
        Oman|Muscat
        Pakistan|Islamabad
        Palau|Ngerulmud
        Palestine|Ramallah
        Panama|Panama City
        Papua New Guinea|Port Moresby
        Paraguay|Asuncion|Asunción
        Peru|Lima
        Philippines|Manila
        Poland|Warsaw
        Portugal|Lisbon
        Qatar|Doha
        Romania|Bucharest
        Russia|Moscow
        Rwanda|Kigali
        Saint Kitts and Nevis|Basseterre
        Saint Lucia|Castries
        Saint Vincent and the Grenadines|Kingstown
        Samoa|Apia
        San Marino|City of San Marino
        Sao Tome and Principe|Sao Tome|São Tomé
        Saudi Arabia|Riyadh
        Senegal|Dakar
        Serbia|Belgrade
        Sierra Leone|Freetown
        Singapore|Singapore City
        Slovakia|Bratislava
        Slovenia|Ljubljana
        Solomon Islands|Honiara
        Somalia|Mogadishu
        South Africa|Pretoria
        South Korea|Seoul
        South Sudan|Juba
        Spain|Madrid
        Sri Lanka|Colombo|Sri Jayawardenepura Kotte
        Sudan|Khartoum|Port Sudan
        Suriname|Paramaribo
        Sweden|Stockholm
        Switzerland|Bern|Berne
        Syria|Damascus
        Taiwan|Taipei
        Tajikistan|Dushanbe
        Tanzania|Dodoma|Dar es Salaam
        Thailand|Bangkok
        East Timor|Dili
        Togo|Lome|Lomé
        Tonga|Nuku'alofa
        Trinidad and Tobago|Port of Spain
        Tunisia|Tunis
        Turkey|Ankara
        Turkmenistan|Ashgabat
        Tuvalu|Funafuti
        Uganda|Kampala
        Ukraine|Kyiv|Kiev
        United Arab Emirates|Abu Dhabi
        United Kingdom|London
        United States|Washington|Washington DC|Washington D.C.
        Uruguay|Montevideo
        Uzbekistan|Tashkent
        Vanuatu|Port Vila
        Venezuela|Caracas
        Vietnam|Hanoi
        Yemen|Sanaa|Sana'a|Aden
        Zambia|Lusaka
        Zimbabwe|Harare
        """

    /// Country by the city's `Gazetteer.normalised` name ("port au prince" → "Haiti"), and the longest name in words.
    static let index: (countries: [String: String], longest: Int) = {
        var countries: [String: String] = [:]
        var longest = 1
        for line in table.split(separator: "\n") {
            let names = line.split(separator: "|").map { String($0).trimmingSpaces() }
            guard let country = names.first else { continue }
            for name in names.dropFirst() {
                let key = Gazetteer.normalised(name)
                countries[key] = country
                longest = max(longest, key.split(separator: " ").count)
            }
        }
        return (countries, longest)
    }()

    /// The country whose government sits in the city named `name` ("Kyiv", "Port-au-Prince"), nil for any other name.
    static func country(ofCity name: String) -> String? {
        index.countries[Gazetteer.normalised(name)]
    }
}
