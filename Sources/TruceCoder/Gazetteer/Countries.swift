/// Every country: its name as ACLED writes it, then other names and adjectives.
/// One line per country: `Name|other name|…|#adjective|…` (adjectives after `#`).
enum Countries {
    static let table = """
        Afghanistan|#Afghan|#Afghans
        Albania|#Albanian
        Algeria|#Algerian
        Andorra|#Andorran
        Angola|#Angolan
        Antigua and Barbuda
        Argentina|#Argentine|#Argentinian
        Armenia|#Armenian
        Australia|#Australian
        Austria|#Austrian
        Azerbaijan|#Azerbaijani|#Azeri
        Bahamas|#Bahamian
        Bahrain|#Bahraini
        Bangladesh|#Bangladeshi
        Barbados|#Barbadian
        Belarus|#Belarusian
        Belgium|#Belgian
        Belize|#Belizean
        Benin|#Beninese
        Bhutan|#Bhutanese
        Bolivia|#Bolivian
        Bosnia and Herzegovina|Bosnia|#Bosnian
        Botswana
        Brazil|#Brazilian
        Brunei
        Bulgaria|#Bulgarian
        Burkina Faso|#Burkinabe|#Burkinabè
        Burundi|#Burundian
        Cambodia|#Cambodian
        Cameroon|#Cameroonian
        Canada|#Canadian
        Cape Verde|Cabo Verde
        Central African Republic|CAR|Centrafrique|#Central African
        Chad|#Chadian
        Chile|#Chilean
        China|People's Republic of China|#Chinese
        Colombia|#Colombian
        Comoros
        Democratic Republic of Congo|Democratic Republic of the Congo|DRC|DR Congo|D.R. Congo|Congo-Kinshasa|#Congolese
        Republic of Congo|Congo-Brazzaville
        Costa Rica|#Costa Rican
        Croatia|#Croatian
        Cuba|#Cuban
        Cyprus|#Cypriot
        Czech Republic|Czechia|#Czech
        Denmark|#Danish
        Djibouti|#Djiboutian
        Dominica
        Dominican Republic
        Ecuador|#Ecuadorian
        Egypt|#Egyptian
        El Salvador|#Salvadoran
        Equatorial Guinea
        Eritrea|#Eritrean
        Estonia|#Estonian
        eSwatini|Swaziland
        Ethiopia|#Ethiopian|#Tigrayan|#Tigrayans
        Fiji|#Fijian
        Finland|#Finnish
        France|#French
        Gabon|#Gabonese
        Gambia|#Gambian
        Georgia|#Georgian
        Germany|#German
        Ghana|#Ghanaian
        Greece|#Greek
        Grenada
        Guatemala|#Guatemalan
        Guinea|#Guinean
        Guinea-Bissau
        Guyana|#Guyanese
        Haiti|#Haitian
        Honduras|#Honduran
        Hungary|#Hungarian
        Iceland|#Icelandic
        India|#Indian
        Indonesia|#Indonesian
        Iran|Islamic Republic of Iran|#Iranian
        Iraq|#Iraqi
        Ireland|#Irish
        Israel|#Israeli
        Italy|#Italian
        Ivory Coast|Cote d'Ivoire|#Ivorian
        Jamaica|#Jamaican
        Japan|#Japanese
        Jordan|#Jordanian
        Kazakhstan|#Kazakh
        Kenya|#Kenyan
        Kiribati
        Kosovo|#Kosovar
        Kuwait|#Kuwaiti
        Kyrgyzstan|#Kyrgyz
        Laos|#Laotian
        Latvia|#Latvian
        Lebanon|#Lebanese
        Lesotho
        Liberia|#Liberian
        Libya|#Libyan
        Liechtenstein
        Lithuania|#Lithuanian
        Luxembourg
        Madagascar|#Malagasy
        Malawi|#Malawian
        Malaysia|#Malaysian
        Maldives|#Maldivian
        Mali|#Malian
        Malta|#Maltese
        Marshall Islands
        Mauritania|#Mauritanian
        Mauritius
        Mexico|#Mexican
        Micronesia
        Moldova|#Moldovan
        Monaco
        Mongolia|#Mongolian
        Montenegro|#Montenegrin
        Morocco|#Moroccan
        Mozambique|#Mozambican|#Mozambicans
        Myanmar|Burma|#Burmese
        Namibia|#Namibian
        Nauru
        Nepal|#Nepali|#Nepalese
        Netherlands|Holland|#Dutch
        New Zealand
        Nicaragua|#Nicaraguan
        Niger|#Nigerien
        Nigeria|#Nigerian
        North Korea|DPRK|#North Korean
        North Macedonia|Macedonia|#Macedonian
        Norway|#Norwegian
        Oman|#Omani
        Pakistan|#Pakistani
        Palau
        Palestine|Palestinian Territories|Occupied Palestinian Territories|#Palestinian
        Panama|#Panamanian
        Papua New Guinea
        Paraguay|#Paraguayan
        Peru|#Peruvian
        Philippines|#Filipino|#Philippine
        Poland|#Polish
        Portugal|#Portuguese
        Qatar|#Qatari
        Romania|#Romanian
        Russia|Russian Federation|#Russian
        Rwanda|#Rwandan
        Saint Kitts and Nevis
        Saint Lucia
        Saint Vincent and the Grenadines
        Samoa
        San Marino
        Sao Tome and Principe
        Saudi Arabia|#Saudi
        Senegal|#Senegalese
        Serbia|#Serbian|#Serb
        Seychelles
        Sierra Leone
        Singapore|#Singaporean
        Slovakia|#Slovak
        Slovenia|#Slovenian
        Solomon Islands
        Somalia|#Somali
        South Africa|#South African
        South Korea|Republic of Korea|#South Korean
        South Sudan|#South Sudanese
        Spain|#Spanish
        Sri Lanka|#Sri Lankan
        Sudan|#Sudanese
        Suriname
        Sweden|#Swedish
        Switzerland|#Swiss
        Syria|#Syrian
        Taiwan|#Taiwanese
        Tajikistan|#Tajik
        Tanzania|#Tanzanian
        Thailand|#Thai
        East Timor|Timor-Leste
        Togo|#Togolese
        Tonga
        Trinidad and Tobago
        Tunisia|#Tunisian
        Turkey|Turkiye|#Turkish
        Turkmenistan|#Turkmen
        Tuvalu
        Uganda|#Ugandan
        Ukraine|#Ukrainian
        United Arab Emirates|UAE|#Emirati
        United Kingdom|UK|U.K.|Britain|Great Britain|#British
        United States|United States of America|USA|US|U.S.|U.S.A.|America|#American|#Americans
        Uruguay|#Uruguayan
        Uzbekistan|#Uzbek
        Vanuatu
        Vatican City|Holy See
        Venezuela|#Venezuelan
        Vietnam|Viet Nam|#Vietnamese
        Western Sahara|#Sahrawi
        Yemen|#Yemeni
        Zambia|#Zambian
        Zimbabwe|#Zimbabwean
        """
}
