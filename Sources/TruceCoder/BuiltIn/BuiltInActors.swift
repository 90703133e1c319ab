/// Truce's built-in actors, in PETRARCH `.actors` format: every country (name, adjective,
/// and the capital where news uses it for the government), international bodies, and the
/// armed groups and forces other parts of Truce name. `# name=...` gives the display name.
/// Codes are CAMEO style: ISO 3166 alpha-3 for countries, sector codes after them.
enum BuiltInActors {
    static let text = """
        # Countries: name, adjectives, capitals (government).
        AFGHANISTAN_ [AFG] # name=Afghanistan
        +AFGHAN_
        +AFGHANS_
        KABUL_ [AFGGOV] # name=Afghanistan government
        ALBANIA_ [ALB] # name=Albania
        +ALBANIAN_
        +ALBANIANS_
        TIRANA_ [ALBGOV] # name=Albania government
        ALGERIA_ [DZA] # name=Algeria
        +ALGERIAN_
        +ALGERIANS_
        ALGIERS_ [DZAGOV] # name=Algeria government
        ANDORRA_ [AND] # name=Andorra
        +ANDORRAN_
        +ANDORRANS_
        ANGOLA_ [AGO] # name=Angola
        +ANGOLAN_
        +ANGOLANS_
        LUANDA_ [AGOGOV] # name=Angola government
        ANTIGUA_AND_BARBUDA_ [ATG] # name=Antigua and Barbuda
        +ANTIGUAN_
        +ANTIGUANS_
        ARGENTINA_ [ARG] # name=Argentina
        +ARGENTINE_
        +ARGENTINIAN_
        +ARGENTINIANS_
        BUENOS_AIRES_ [ARGGOV] # name=Argentina government
        ARMENIA_ [ARM] # name=Armenia
        +ARMENIAN_
        +ARMENIANS_
        YEREVAN_ [ARMGOV] # name=Armenia government
        AUSTRALIA_ [AUS] # name=Australia
        +AUSTRALIAN_
        +AUSTRALIANS_
        CANBERRA_ [AUSGOV] # name=Australia government
        AUSTRIA_ [AUT] # name=Austria
        +AUSTRIAN_
        +AUSTRIANS_
        VIENNA_ [AUTGOV] # name=Austria government
        AZERBAIJAN_ [AZE] # name=Azerbaijan
        +AZERBAIJANI_
        +AZERBAIJANIS_
        +AZERI_
        +AZERIS_
        BAKU_ [AZEGOV] # name=Azerbaijan government
        BAHAMAS_ [BHS] # name=Bahamas
        +BAHAMIAN_
        +BAHAMIANS_
        BAHRAIN_ [BHR] # name=Bahrain
        +BAHRAINI_
        +BAHRAINIS_
        MANAMA_ [BHRGOV] # name=Bahrain government
        BANGLADESH_ [BGD] # name=Bangladesh
        +BANGLADESHI_
        +BANGLADESHIS_
        DHAKA_ [BGDGOV] # name=Bangladesh government
        BARBADOS_ [BRB] # name=Barbados
        +BARBADIAN_
        +BARBADIANS_
        BELARUS_ [BLR] # name=Belarus
        +BELARUSIAN_
        +BELARUSIANS_
        MINSK_ [BLRGOV] # name=Belarus government
        BELGIUM_ [BEL] # name=Belgium
        +BELGIAN_
        +BELGIANS_
        BELIZE_ [BLZ] # name=Belize
        +BELIZEAN_
        +BELIZEANS_
        BENIN_ [BEN] # name=Benin
        +BENINESE_
        BHUTAN_ [BTN] # name=Bhutan
        +BHUTANESE_
        BOLIVIA_ [BOL] # name=Bolivia
        +BOLIVIAN_
        +BOLIVIANS_
        LA_PAZ_ [BOLGOV] # name=Bolivia government
        BOSNIA_AND_HERZEGOVINA_ [BIH] # name=Bosnia and Herzegovina
        +BOSNIA_
        +BOSNIAN_
        +BOSNIANS_
        SARAJEVO_ [BIHGOV] # name=Bosnia and Herzegovina government
        BOTSWANA_ [BWA] # name=Botswana
        +MOTSWANA_
        BRAZIL_ [BRA] # name=Brazil
        +BRAZILIAN_
        +BRAZILIANS_
        BRASILIA_ [BRAGOV] # name=Brazil government
        BRUNEI_ [BRN] # name=Brunei
        +BRUNEIAN_
        +BRUNEIANS_
        BULGARIA_ [BGR] # name=Bulgaria
        +BULGARIAN_
        +BULGARIANS_
        SOFIA_ [BGRGOV] # name=Bulgaria government
        BURKINA_FASO_ [BFA] # name=Burkina Faso
        +BURKINABE_
        OUAGADOUGOU_ [BFAGOV] # name=Burkina Faso government
        BURUNDI_ [BDI] # name=Burundi
        +BURUNDIAN_
        +BURUNDIANS_
        BUJUMBURA_ [BDIGOV] # name=Burundi government
        CAPE_VERDE_ [CPV] # name=Cape Verde
        +CABO_VERDE_
        +CAPE_VERDEAN_
        CAMBODIA_ [KHM] # name=Cambodia
        +CAMBODIAN_
        +CAMBODIANS_
        PHNOM_PENH_ [KHMGOV] # name=Cambodia government
        CAMEROON_ [CMR] # name=Cameroon
        +CAMEROONIAN_
        +CAMEROONIANS_
        YAOUNDE_ [CMRGOV] # name=Cameroon government
        CANADA_ [CAN] # name=Canada
        +CANADIAN_
        +CANADIANS_
        OTTAWA_ [CANGOV] # name=Canada government
        CENTRAL_AFRICAN_REPUBLIC_ [CAF] # name=Central African Republic
        +CENTRAL_AFRICAN_
        BANGUI_ [CAFGOV] # name=Central African Republic government
        CHAD_ [TCD] # name=Chad
        +CHADIAN_
        +CHADIANS_
        N'DJAMENA_ [TCDGOV] # name=Chad government
        CHILE_ [CHL] # name=Chile
        +CHILEAN_
        +CHILEANS_
        SANTIAGO_ [CHLGOV] # name=Chile government
        CHINA_ [CHN] # name=China
        +CHINESE_
        +PEOPLE'S_REPUBLIC_OF_CHINA_
        BEIJING_ [CHNGOV] # name=China government
        COLOMBIA_ [COL] # name=Colombia
        +COLOMBIAN_
        +COLOMBIANS_
        BOGOTA_ [COLGOV] # name=Colombia government
        COMOROS_ [COM] # name=Comoros
        +COMORIAN_
        +COMORIANS_
        REPUBLIC_OF_THE_CONGO_ [COG] # name=Republic of the Congo
        +CONGO-BRAZZAVILLE_
        BRAZZAVILLE_ [COGGOV] # name=Republic of the Congo government
        DEMOCRATIC_REPUBLIC_OF_THE_CONGO_ [COD] # name=Democratic Republic of the Congo
        +DR_CONGO_
        +DRC_
        +CONGOLESE_
        KINSHASA_ [CODGOV] # name=Democratic Republic of the Congo government
        COSTA_RICA_ [CRI] # name=Costa Rica
        +COSTA_RICAN_
        IVORY_COAST_ [CIV] # name=Ivory Coast
        +COTE_D'IVOIRE_
        +IVORIAN_
        +IVORIANS_
        ABIDJAN_ [CIVGOV] # name=Ivory Coast government
        CROATIA_ [HRV] # name=Croatia
        +CROATIAN_
        +CROATIANS_
        ZAGREB_ [HRVGOV] # name=Croatia government
        CUBA_ [CUB] # name=Cuba
        +CUBAN_
        +CUBANS_
        HAVANA_ [CUBGOV] # name=Cuba government
        CYPRUS_ [CYP] # name=Cyprus
        +CYPRIOT_
        NICOSIA_ [CYPGOV] # name=Cyprus government
        CZECH_REPUBLIC_ [CZE] # name=Czech Republic
        +CZECHIA_
        +CZECH_
        PRAGUE_ [CZEGOV] # name=Czech Republic government
        DENMARK_ [DNK] # name=Denmark
        +DANISH_
        COPENHAGEN_ [DNKGOV] # name=Denmark government
        DJIBOUTI_ [DJI] # name=Djibouti
        +DJIBOUTIAN_
        +DJIBOUTIANS_
        DOMINICA_ [DMA] # name=Dominica
        DOMINICAN_REPUBLIC_ [DOM] # name=Dominican Republic
        +DOMINICAN_
        +DOMINICANS_
        SANTO_DOMINGO_ [DOMGOV] # name=Dominican Republic government
        ECUADOR_ [ECU] # name=Ecuador
        +ECUADORIAN_
        +ECUADORIANS_
        QUITO_ [ECUGOV] # name=Ecuador government
        EGYPT_ [EGY] # name=Egypt
        +EGYPTIAN_
        +EGYPTIANS_
        CAIRO_ [EGYGOV] # name=Egypt government
        EL_SALVADOR_ [SLV] # name=El Salvador
        +SALVADORAN_
        +SALVADORANS_
        SAN_SALVADOR_ [SLVGOV] # name=El Salvador government
        EQUATORIAL_GUINEA_ [GNQ] # name=Equatorial Guinea
        +EQUATOGUINEAN_
        +EQUATOGUINEANS_
        ERITREA_ [ERI] # name=Eritrea
        +ERITREAN_
        +ERITREANS_
        ASMARA_ [ERIGOV] # name=Eritrea government
        ESTONIA_ [EST] # name=Estonia
        +ESTONIAN_
        +ESTONIANS_
        TALLINN_ [ESTGOV] # name=Estonia government
        ESWATINI_ [SWZ] # name=Eswatini
        +SWAZILAND_
        +SWAZI_
        +SWAZIS_
        ETHIOPIA_ [ETH] # name=Ethiopia
        +ETHIOPIAN_
        +ETHIOPIANS_
        ADDIS_ABABA_ [ETHGOV] # name=Ethiopia government
        FIJI_ [FJI] # name=Fiji
        +FIJIAN_
        +FIJIANS_
        FINLAND_ [FIN] # name=Finland
        +FINNISH_
        HELSINKI_ [FINGOV] # name=Finland government
        FRANCE_ [FRA] # name=France
        +FRENCH_
        PARIS_ [FRAGOV] # name=France government
        GABON_ [GAB] # name=Gabon
        +GABONESE_
        LIBREVILLE_ [GABGOV] # name=Gabon government
        GAMBIA_ [GMB] # name=Gambia
        +GAMBIAN_
        +GAMBIANS_
        BANJUL_ [GMBGOV] # name=Gambia government
        GEORGIA_ [GEO] # name=Georgia
        +GEORGIAN_
        +GEORGIANS_
        TBILISI_ [GEOGOV] # name=Georgia government
        GERMANY_ [DEU] # name=Germany
        +GERMAN_
        +GERMANS_
        BERLIN_ [DEUGOV] # name=Germany government
        GHANA_ [GHA] # name=Ghana
        +GHANAIAN_
        +GHANAIANS_
        ACCRA_ [GHAGOV] # name=Ghana government
        GREECE_ [GRC] # name=Greece
        +GREEK_
        ATHENS_ [GRCGOV] # name=Greece government
        GRENADA_ [GRD] # name=Grenada
        +GRENADIAN_
        +GRENADIANS_
        GUATEMALA_ [GTM] # name=Guatemala
        +GUATEMALAN_
        +GUATEMALANS_
        GUINEA_ [GIN] # name=Guinea
        +GUINEAN_
        +GUINEANS_
        CONAKRY_ [GINGOV] # name=Guinea government
        GUINEA-BISSAU_ [GNB] # name=Guinea-Bissau
        +BISSAU-GUINEAN_
        +BISSAU-GUINEANS_
        GUYANA_ [GUY] # name=Guyana
        +GUYANESE_
        GEORGETOWN_ [GUYGOV] # name=Guyana government
        HAITI_ [HTI] # name=Haiti
        +HAITIAN_
        +HAITIANS_
        PORT-AU-PRINCE_ [HTIGOV] # name=Haiti government
        HONDURAS_ [HND] # name=Honduras
        +HONDURAN_
        +HONDURANS_
        TEGUCIGALPA_ [HNDGOV] # name=Honduras government
        HUNGARY_ [HUN] # name=Hungary
        +HUNGARIAN_
        +HUNGARIANS_
        BUDAPEST_ [HUNGOV] # name=Hungary government
        ICELAND_ [ISL] # name=Iceland
        +ICELANDIC_
        REYKJAVIK_ [ISLGOV] # name=Iceland government
        INDIA_ [IND] # name=India
        +INDIAN_
        +INDIANS_
        NEW_DELHI_ [INDGOV] # name=India government
        INDONESIA_ [IDN] # name=Indonesia
        +INDONESIAN_
        +INDONESIANS_
        JAKARTA_ [IDNGOV] # name=Indonesia government
        IRAN_ [IRN] # name=Iran
        +IRANIAN_
        +IRANIANS_
        +ISLAMIC_REPUBLIC_OF_IRAN_
        TEHRAN_ [IRNGOV] # name=Iran government
        IRAQ_ [IRQ] # name=Iraq
        +IRAQI_
        +IRAQIS_
        BAGHDAD_ [IRQGOV] # name=Iraq government
        IRELAND_ [IRL] # name=Ireland
        +IRISH_
        DUBLIN_ [IRLGOV] # name=Ireland government
        ISRAEL_ [ISR] # name=Israel
        +ISRAELI_
        +ISRAELIS_
        ITALY_ [ITA] # name=Italy
        +ITALIAN_
        +ITALIANS_
        ROME_ [ITAGOV] # name=Italy government
        JAMAICA_ [JAM] # name=Jamaica
        +JAMAICAN_
        +JAMAICANS_
        KINGSTON_ [JAMGOV] # name=Jamaica government
        JAPAN_ [JPN] # name=Japan
        +JAPANESE_
        TOKYO_ [JPNGOV] # name=Japan government
        JORDAN_ [JOR] # name=Jordan
        +JORDANIAN_
        +JORDANIANS_
        AMMAN_ [JORGOV] # name=Jordan government
        KAZAKHSTAN_ [KAZ] # name=Kazakhstan
        +KAZAKH_
        ASTANA_ [KAZGOV] # name=Kazakhstan government
        KENYA_ [KEN] # name=Kenya
        +KENYAN_
        +KENYANS_
        NAIROBI_ [KENGOV] # name=Kenya government
        KIRIBATI_ [KIR] # name=Kiribati
        NORTH_KOREA_ [PRK] # name=North Korea
        +NORTH_KOREAN_
        +DPRK_
        PYONGYANG_ [PRKGOV] # name=North Korea government
        SOUTH_KOREA_ [KOR] # name=South Korea
        +SOUTH_KOREAN_
        +REPUBLIC_OF_KOREA_
        SEOUL_ [KORGOV] # name=South Korea government
        KUWAIT_ [KWT] # name=Kuwait
        +KUWAITI_
        +KUWAITIS_
        KYRGYZSTAN_ [KGZ] # name=Kyrgyzstan
        +KYRGYZ_
        BISHKEK_ [KGZGOV] # name=Kyrgyzstan government
        LAOS_ [LAO] # name=Laos
        +LAOTIAN_
        +LAOTIANS_
        VIENTIANE_ [LAOGOV] # name=Laos government
        LATVIA_ [LVA] # name=Latvia
        +LATVIAN_
        +LATVIANS_
        RIGA_ [LVAGOV] # name=Latvia government
        LEBANON_ [LBN] # name=Lebanon
        +LEBANESE_
        BEIRUT_ [LBNGOV] # name=Lebanon government
        LESOTHO_ [LSO] # name=Lesotho
        +BASOTHO_
        MASERU_ [LSOGOV] # name=Lesotho government
        LIBERIA_ [LBR] # name=Liberia
        +LIBERIAN_
        +LIBERIANS_
        MONROVIA_ [LBRGOV] # name=Liberia government
        LIBYA_ [LBY] # name=Libya
        +LIBYAN_
        +LIBYANS_
        TRIPOLI_ [LBYGOV] # name=Libya government
        LIECHTENSTEIN_ [LIE] # name=Liechtenstein
        LITHUANIA_ [LTU] # name=Lithuania
        +LITHUANIAN_
        +LITHUANIANS_
        VILNIUS_ [LTUGOV] # name=Lithuania government
        LUXEMBOURG_ [LUX] # name=Luxembourg
        MADAGASCAR_ [MDG] # name=Madagascar
        +MALAGASY_
        ANTANANARIVO_ [MDGGOV] # name=Madagascar government
        MALAWI_ [MWI] # name=Malawi
        +MALAWIAN_
        +MALAWIANS_
        LILONGWE_ [MWIGOV] # name=Malawi government
        MALAYSIA_ [MYS] # name=Malaysia
        +MALAYSIAN_
        +MALAYSIANS_
        KUALA_LUMPUR_ [MYSGOV] # name=Malaysia government
        MALDIVES_ [MDV] # name=Maldives
        +MALDIVIAN_
        +MALDIVIANS_
        MALI_ [MLI] # name=Mali
        +MALIAN_
        +MALIANS_
        BAMAKO_ [MLIGOV] # name=Mali government
        MALTA_ [MLT] # name=Malta
        +MALTESE_
        VALLETTA_ [MLTGOV] # name=Malta government
        MARSHALL_ISLANDS_ [MHL] # name=Marshall Islands
        MAURITANIA_ [MRT] # name=Mauritania
        +MAURITANIAN_
        +MAURITANIANS_
        NOUAKCHOTT_ [MRTGOV] # name=Mauritania government
        MAURITIUS_ [MUS] # name=Mauritius
        +MAURITIAN_
        +MAURITIANS_
        MEXICO_ [MEX] # name=Mexico
        +MEXICAN_
        +MEXICANS_
        MEXICO_CITY_ [MEXGOV] # name=Mexico government
        MICRONESIA_ [FSM] # name=Micronesia
        MOLDOVA_ [MDA] # name=Moldova
        +MOLDOVAN_
        +MOLDOVANS_
        CHISINAU_ [MDAGOV] # name=Moldova government
        MONACO_ [MCO] # name=Monaco
        MONGOLIA_ [MNG] # name=Mongolia
        +MONGOLIAN_
        +MONGOLIANS_
        ULAANBAATAR_ [MNGGOV] # name=Mongolia government
        MONTENEGRO_ [MNE] # name=Montenegro
        +MONTENEGRIN_
        +MONTENEGRINS_
        PODGORICA_ [MNEGOV] # name=Montenegro government
        MOROCCO_ [MAR] # name=Morocco
        +MOROCCAN_
        +MOROCCANS_
        RABAT_ [MARGOV] # name=Morocco government
        MOZAMBIQUE_ [MOZ] # name=Mozambique
        +MOZAMBICAN_
        +MOZAMBICANS_
        MAPUTO_ [MOZGOV] # name=Mozambique government
        MYANMAR_ [MMR] # name=Myanmar
        +BURMA_
        +BURMESE_
        NAYPYIDAW_ [MMRGOV] # name=Myanmar government
        NAMIBIA_ [NAM] # name=Namibia
        +NAMIBIAN_
        +NAMIBIANS_
        WINDHOEK_ [NAMGOV] # name=Namibia government
        NAURU_ [NRU] # name=Nauru
        NEPAL_ [NPL] # name=Nepal
        +NEPALI_
        +NEPALIS_
        +NEPALESE_
        KATHMANDU_ [NPLGOV] # name=Nepal government
        NETHERLANDS_ [NLD] # name=Netherlands
        +DUTCH_
        +HOLLAND_
        THE_HAGUE_ [NLDGOV] # name=Netherlands government
        NEW_ZEALAND_ [NZL] # name=New Zealand
        +NEW_ZEALANDER_
        WELLINGTON_ [NZLGOV] # name=New Zealand government
        NICARAGUA_ [NIC] # name=Nicaragua
        +NICARAGUAN_
        +NICARAGUANS_
        MANAGUA_ [NICGOV] # name=Nicaragua government
        NIGER_ [NER] # name=Niger
        +NIGERIEN_
        +NIGERIENS_
        NIAMEY_ [NERGOV] # name=Niger government
        NIGERIA_ [NGA] # name=Nigeria
        +NIGERIAN_
        +NIGERIANS_
        ABUJA_ [NGAGOV] # name=Nigeria government
        NORTH_MACEDONIA_ [MKD] # name=North Macedonia
        +MACEDONIA_
        +MACEDONIAN_
        +MACEDONIANS_
        SKOPJE_ [MKDGOV] # name=North Macedonia government
        NORWAY_ [NOR] # name=Norway
        +NORWEGIAN_
        +NORWEGIANS_
        OSLO_ [NORGOV] # name=Norway government
        OMAN_ [OMN] # name=Oman
        +OMANI_
        +OMANIS_
        MUSCAT_ [OMNGOV] # name=Oman government
        PAKISTAN_ [PAK] # name=Pakistan
        +PAKISTANI_
        +PAKISTANIS_
        ISLAMABAD_ [PAKGOV] # name=Pakistan government
        PALAU_ [PLW] # name=Palau
        PALESTINE_ [PSE] # name=Palestine
        +PALESTINIAN_
        +PALESTINIANS_
        +PALESTINIAN_TERRITORIES_
        RAMALLAH_ [PSEGOV] # name=Palestine government
        PANAMA_ [PAN] # name=Panama
        +PANAMANIAN_
        +PANAMANIANS_
        PAPUA_NEW_GUINEA_ [PNG] # name=Papua New Guinea
        +PAPUA_NEW_GUINEAN_
        PORT_MORESBY_ [PNGGOV] # name=Papua New Guinea government
        PARAGUAY_ [PRY] # name=Paraguay
        +PARAGUAYAN_
        +PARAGUAYANS_
        ASUNCION_ [PRYGOV] # name=Paraguay government
        PERU_ [PER] # name=Peru
        +PERUVIAN_
        +PERUVIANS_
        LIMA_ [PERGOV] # name=Peru government
        PHILIPPINES_ [PHL] # name=Philippines
        +PHILIPPINE_
        +FILIPINO_
        MANILA_ [PHLGOV] # name=Philippines government
        POLAND_ [POL] # name=Poland
        +POLISH_
        WARSAW_ [POLGOV] # name=Poland government
        PORTUGAL_ [PRT] # name=Portugal
        +PORTUGUESE_
        LISBON_ [PRTGOV] # name=Portugal government
        QATAR_ [QAT] # name=Qatar
        +QATARI_
        +QATARIS_
        DOHA_ [QATGOV] # name=Qatar government
        ROMANIA_ [ROU] # name=Romania
        +ROMANIAN_
        +ROMANIANS_
        BUCHAREST_ [ROUGOV] # name=Romania government
        RUSSIA_ [RUS] # name=Russia
        +RUSSIAN_
        +RUSSIANS_
        +RUSSIAN_FEDERATION_
        MOSCOW_ [RUSGOV] # name=Russia government
        KREMLIN_ [RUSGOV] # name=Russia government
        RWANDA_ [RWA] # name=Rwanda
        +RWANDAN_
        +RWANDANS_
        KIGALI_ [RWAGOV] # name=Rwanda government
        SAINT_KITTS_AND_NEVIS_ [KNA] # name=Saint Kitts and Nevis
        SAINT_LUCIA_ [LCA] # name=Saint Lucia
        SAINT_VINCENT_AND_THE_GRENADINES_ [VCT] # name=Saint Vincent and the Grenadines
        SAMOA_ [WSM] # name=Samoa
        +SAMOAN_
        +SAMOANS_
        SAN_MARINO_ [SMR] # name=San Marino
        SAO_TOME_AND_PRINCIPE_ [STP] # name=Sao Tome and Principe
        SAUDI_ARABIA_ [SAU] # name=Saudi Arabia
        +SAUDI_
        +SAUDIS_
        RIYADH_ [SAUGOV] # name=Saudi Arabia government
        SENEGAL_ [SEN] # name=Senegal
        +SENEGALESE_
        DAKAR_ [SENGOV] # name=Senegal government
        SERBIA_ [SRB] # name=Serbia
        +SERBIAN_
        +SERBIANS_
        BELGRADE_ [SRBGOV] # name=Serbia government
        SEYCHELLES_ [SYC] # name=Seychelles
        SIERRA_LEONE_ [SLE] # name=Sierra Leone
        +SIERRA_LEONEAN_
        FREETOWN_ [SLEGOV] # name=Sierra Leone government
        SINGAPORE_ [SGP] # name=Singapore
        +SINGAPOREAN_
        +SINGAPOREANS_
        SLOVAKIA_ [SVK] # name=Slovakia
        +SLOVAK_
        BRATISLAVA_ [SVKGOV] # name=Slovakia government
        SLOVENIA_ [SVN] # name=Slovenia
        +SLOVENIAN_
        +SLOVENIANS_
        LJUBLJANA_ [SVNGOV] # name=Slovenia government
        SOLOMON_ISLANDS_ [SLB] # name=Solomon Islands
        SOMALIA_ [SOM] # name=Somalia
        +SOMALI_
        +SOMALIS_
        MOGADISHU_ [SOMGOV] # name=Somalia government
        SOUTH_AFRICA_ [ZAF] # name=South Africa
        +SOUTH_AFRICAN_
        PRETORIA_ [ZAFGOV] # name=South Africa government
        SOUTH_SUDAN_ [SSD] # name=South Sudan
        +SOUTH_SUDANESE_
        JUBA_ [SSDGOV] # name=South Sudan government
        SPAIN_ [ESP] # name=Spain
        +SPANISH_
        MADRID_ [ESPGOV] # name=Spain government
        SRI_LANKA_ [LKA] # name=Sri Lanka
        +SRI_LANKAN_
        COLOMBO_ [LKAGOV] # name=Sri Lanka government
        SUDAN_ [SDN] # name=Sudan
        +SUDANESE_
        KHARTOUM_ [SDNGOV] # name=Sudan government
        SURINAME_ [SUR] # name=Suriname
        +SURINAMESE_
        PARAMARIBO_ [SURGOV] # name=Suriname government
        SWEDEN_ [SWE] # name=Sweden
        +SWEDISH_
        STOCKHOLM_ [SWEGOV] # name=Sweden government
        SWITZERLAND_ [CHE] # name=Switzerland
        +SWISS_
        BERN_ [CHEGOV] # name=Switzerland government
        SYRIA_ [SYR] # name=Syria
        +SYRIAN_
        +SYRIANS_
        DAMASCUS_ [SYRGOV] # name=Syria government
        TAIWAN_ [TWN] # name=Taiwan
        +TAIWANESE_
        TAIPEI_ [TWNGOV] # name=Taiwan government
        TAJIKISTAN_ [TJK] # name=Tajikistan
        +TAJIK_
        DUSHANBE_ [TJKGOV] # name=Tajikistan government
        TANZANIA_ [TZA] # name=Tanzania
        +TANZANIAN_
        +TANZANIANS_
        DODOMA_ [TZAGOV] # name=Tanzania government
        THAILAND_ [THA] # name=Thailand
        +THAI_
        +THAIS_
        BANGKOK_ [THAGOV] # name=Thailand government
        TIMOR-LESTE_ [TLS] # name=Timor-Leste
        +EAST_TIMOR_
        +TIMORESE_
        DILI_ [TLSGOV] # name=Timor-Leste government
        TOGO_ [TGO] # name=Togo
        +TOGOLESE_
        LOME_ [TGOGOV] # name=Togo government
        TONGA_ [TON] # name=Tonga
        +TONGAN_
        +TONGANS_
        TRINIDAD_AND_TOBAGO_ [TTO] # name=Trinidad and Tobago
        TUNISIA_ [TUN] # name=Tunisia
        +TUNISIAN_
        +TUNISIANS_
        TUNIS_ [TUNGOV] # name=Tunisia government
        TURKEY_ [TUR] # name=Turkey
        +TURKIYE_
        +TURKISH_
        ANKARA_ [TURGOV] # name=Turkey government
        TURKMENISTAN_ [TKM] # name=Turkmenistan
        +TURKMEN_
        +TURKMENS_
        ASHGABAT_ [TKMGOV] # name=Turkmenistan government
        TUVALU_ [TUV] # name=Tuvalu
        UGANDA_ [UGA] # name=Uganda
        +UGANDAN_
        +UGANDANS_
        KAMPALA_ [UGAGOV] # name=Uganda government
        UKRAINE_ [UKR] # name=Ukraine
        +UKRAINIAN_
        +UKRAINIANS_
        KYIV_ [UKRGOV] # name=Ukraine government
        KIEV_ [UKRGOV] # name=Ukraine government
        UNITED_ARAB_EMIRATES_ [ARE] # name=United Arab Emirates
        +UAE_
        +EMIRATI_
        +EMIRATIS_
        ABU_DHABI_ [AREGOV] # name=United Arab Emirates government
        UNITED_KINGDOM_ [GBR] # name=United Kingdom
        +BRITAIN_
        +BRITAINS_
        +GREAT_BRITAIN_
        +UK_
        +U.K._
        +BRITISH_
        LONDON_ [GBRGOV] # name=United Kingdom government
        UNITED_STATES_ [USA] # name=United States
        +UNITED_STATES_OF_AMERICA_
        +U.S._
        +USA_
        +U.S.A._
        +AMERICA_
        +AMERICAN_
        +AMERICANS_
        WASHINGTON_ [USAGOV] # name=United States government
        WHITE_HOUSE_ [USAGOV] # name=United States government
        URUGUAY_ [URY] # name=Uruguay
        +URUGUAYAN_
        +URUGUAYANS_
        MONTEVIDEO_ [URYGOV] # name=Uruguay government
        UZBEKISTAN_ [UZB] # name=Uzbekistan
        +UZBEK_
        TASHKENT_ [UZBGOV] # name=Uzbekistan government
        VANUATU_ [VUT] # name=Vanuatu
        VENEZUELA_ [VEN] # name=Venezuela
        +VENEZUELAN_
        +VENEZUELANS_
        CARACAS_ [VENGOV] # name=Venezuela government
        VIETNAM_ [VNM] # name=Vietnam
        +VIETNAMESE_
        HANOI_ [VNMGOV] # name=Vietnam government
        YEMEN_ [YEM] # name=Yemen
        +YEMENI_
        +YEMENIS_
        SANAA_ [YEMGOV] # name=Yemen government
        ZAMBIA_ [ZMB] # name=Zambia
        +ZAMBIAN_
        +ZAMBIANS_
        LUSAKA_ [ZMBGOV] # name=Zambia government
        ZIMBABWE_ [ZWE] # name=Zimbabwe
        +ZIMBABWEAN_
        +ZIMBABWEANS_
        HARARE_ [ZWEGOV] # name=Zimbabwe government
        KOSOVO_ [XKX] # name=Kosovo
        +KOSOVAR_
        PRISTINA_ [XKXGOV] # name=Kosovo government

        # International bodies.
        UNITED_NATIONS_ [IGOUNO] # name=United Nations
        +UN_
        +U.N._
        +UNITED_NATIONS_SECURITY_COUNCIL_
        +UN_SECURITY_COUNCIL_
        +U.N._SECURITY_COUNCIL_
        +SECURITY_COUNCIL_
        +UNAMA_
        +UN_ASSISTANCE_MISSION_IN_AFGHANISTAN_
        +UNITED_NATIONS_ASSISTANCE_MISSION_IN_AFGHANISTAN_
        +MONUSCO_
        +UNMISS_
        +MINUSMA_
        NATO_ [IGOWSTNAT] # name=NATO
        +NORTH_ATLANTIC_TREATY_ORGANIZATION_
        +NORTH_ATLANTIC_TREATY_ORGANISATION_
        +RESOLUTE_SUPPORT_
        +RESOLUTE_SUPPORT_MISSION_
        ISAF_ [IGOWSTNATMIL] # name=ISAF
        +INTERNATIONAL_SECURITY_ASSISTANCE_FORCE_
        +ISAF_FORCES_
        +ISAF_TROOPS_
        COALITION_FORCES_ [IGOWSTNATMIL] # name=coalition forces
        +COALITION_TROOPS_
        +COALITION_FORCE_
        +COALITION_SOLDIERS_
        +INTERNATIONAL_FORCES_
        +INTERNATIONAL_TROOPS_
        +FOREIGN_FORCES_
        +FOREIGN_TROOPS_
        EUROPEAN_UNION_ [IGOEEU] # name=European Union
        +EU_
        +E.U._
        AFRICAN_UNION_ [IGOAFRAU] # name=African Union
        +AU_
        +AMISOM_
        +AFRICAN_UNION_MISSION_IN_SOMALIA_
        ECOWAS_ [IGOWAFWAS] # name=ECOWAS
        +ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES_
        ARAB_LEAGUE_ [IGOARL] # name=Arab League
        +LEAGUE_OF_ARAB_STATES_
        INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS_ [NGOCRC] # name=ICRC
        +ICRC_
        +RED_CROSS_
        +RED_CRESCENT_
        INTERNATIONAL_CRIMINAL_COURT_ [IGOCOPITP] # name=International Criminal Court
        +ICC_
        HUMAN_RIGHTS_WATCH_ [NGOHRI] # name=Human Rights Watch
        AMNESTY_INTERNATIONAL_ [NGOHRI] # name=Amnesty International

        # Armed groups. Display names are stable: other parts of Truce match on them.
        TALIBAN_ [AFGINS] # name=Taliban
        +TALEBAN_
        +THE_TALIBAN_
        +TALIBAN_MOVEMENT_
        +ISLAMIC_EMIRATE_OF_AFGHANISTAN_
        +TALIBS_
        HAQQANI_NETWORK_ [AFGINS] # name=Haqqani Network
        +HAQQANI_GROUP_
        +HAQQANI_NETWORK_MEMBERS_
        +HAQQANIS_
        AL-QAEDA_ [IMGMOSALQ] # name=al-Qaeda
        +AL-QAIDA_
        +AL-QAEDA_
        +AL_QAEDA_
        +AL_QAIDA_
        +ALQAEDA_
        +AL-QA'IDA_
        +QAEDA_
        HEZB-E-ISLAMI_GULBUDDIN_ [AFGINS] # name=Hezb-e-Islami Gulbuddin
        +HIG_
        +HEZB-I-ISLAMI_GULBUDDIN_
        +HEZB-E_ISLAMI_GULBUDDIN_
        +HIZB-I-ISLAMI_GULBUDDIN_
        +HEZB-E-ISLAMI_
        +HEZB-I-ISLAMI_
        HEZB-E-ISLAMI_KHALIS_ [AFGINS] # name=Hezb-e-Islami Khalis
        +HIK_
        +HEZB-I-ISLAMI_KHALIS_
        LASHKAR-E-TAIBA_ [PAKINS] # name=Lashkar-e-Taiba
        +LASHKAR-E-TAYYIBA_
        +LASHKAR-E-TOIBA_
        +LASHKAR_E_TAIBA_
        ISLAMIC_MOVEMENT_OF_UZBEKISTAN_ [UZBINS] # name=Islamic Movement of Uzbekistan
        +IMU_
        ISLAMIC_JIHAD_UNION_ [UZBINS] # name=Islamic Jihad Union
        +IJU_
        +ISLAMIC_JIHAD_GROUP_
        JAMAAT_AL-DAWA_AL-QURAN_ [AFGINS] # name=Jamaat al-Dawa al-Quran
        +JDQ_
        +JAMAAT_AL_DAWA_AL_QURAN_
        +JAMAT_AL-DAWA_AL-QURAN_
        TEHRIK-I-TALIBAN_PAKISTAN_ [PAKINS] # name=Tehrik-i-Taliban Pakistan
        +TTP_
        +TEHRIK-E-TALIBAN_PAKISTAN_
        +TEHREEK-E-TALIBAN_PAKISTAN_
        +PAKISTANI_TALIBAN_
        +PAKISTAN_TALIBAN_
        ISLAMIC_STATE_ [IMGMOSISL] # name=Islamic State
        +IS_MILITANTS_
        +ISIS_
        +ISIL_
        +DAESH_
        +DAISH_
        +ISLAMIC_STATE_GROUP_
        +ISLAMIC_STATE_OF_IRAQ_AND_SYRIA_
        +ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_
        ISLAMIC_STATE_KHORASAN_PROVINCE_ [IMGMOSISK] # name=Islamic State Khorasan Province
        +ISLAMIC_STATE_KHORASAN_
        +ISLAMIC_STATE-KHORASAN_
        +ISIS-K_
        +ISIS_K_
        +ISKP_
        +IS-K_
        +ISLAMIC_STATE_IN_KHORASAN_PROVINCE_
        AL-SHABAAB_ [SOMINS] # name=al-Shabaab
        +AL_SHABAAB_
        +AL-SHABAB_
        +AL_SHABAB_
        +SHABAAB_
        +SHABAB_
        +HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN_
        HOUTHIS_ [YEMREB] # name=Houthis
        +HOUTHI_
        +HUTHIS_
        +HUTHI_
        +HOUTHI_REBELS_
        +ANSAR_ALLAH_
        +ANSARALLAH_
        HEZBOLLAH_ [LBNREB] # name=Hezbollah
        +HIZBOLLAH_
        +HIZBULLAH_
        +HEZBALLAH_
        HAMAS_ [PSEREB] # name=Hamas
        +QASSAM_BRIGADES_
        +AL-QASSAM_BRIGADES_
        +IZZ_AD-DIN_AL-QASSAM_BRIGADES_
        FARC_ [COLREB] # name=FARC
        +REVOLUTIONARY_ARMED_FORCES_OF_COLOMBIA_
        +FARC-EP_
        ELN_ [COLREB] # name=ELN
        +NATIONAL_LIBERATION_ARMY_
        BOKO_HARAM_ [NGAINS] # name=Boko Haram
        +ISWAP_
        +ISLAMIC_STATE_WEST_AFRICA_PROVINCE_
        KACHIN_INDEPENDENCE_ARMY_ [MMRREB] # name=Kachin Independence Army
        +KACHIN_INDEPENDENCE_ORGANIZATION_
        +KIO_
        ARAKAN_ARMY_ [MMRREB] # name=Arakan Army
        RAPID_SUPPORT_FORCES_ [SDNREB] # name=Rapid Support Forces
        +RSF_
        SUDANESE_ARMED_FORCES_ [SDNMIL] # name=Sudanese Armed Forces
        +SAF_
        +SUDANESE_ARMY_
        +SUDANESE_MILITARY_

        # State forces under their own names.
        RUSSIAN_FORCES_ [RUSMIL] # name=Russian forces
        +RUSSIAN_TROOPS_
        +RUSSIAN_ARMY_
        +RUSSIAN_MILITARY_
        +RUSSIAN_ARMED_FORCES_
        +RUSSIAN_SOLDIERS_
        UKRAINIAN_FORCES_ [UKRMIL] # name=Ukrainian forces
        +UKRAINIAN_TROOPS_
        +UKRAINIAN_ARMY_
        +UKRAINIAN_MILITARY_
        +UKRAINIAN_ARMED_FORCES_
        +UKRAINIAN_SOLDIERS_
        AFGHAN_NATIONAL_SECURITY_FORCES_ [AFGMIL] # name=Afghan National Security Forces
        +ANSF_
        +AFGHAN_NATIONAL_DEFENSE_AND_SECURITY_FORCES_
        +AFGHAN_NATIONAL_DEFENCE_AND_SECURITY_FORCES_
        +ANDSF_
        +AFGHAN_SECURITY_FORCES_
        +AFGHAN_FORCES_
        +AFGHAN_TROOPS_
        AFGHAN_NATIONAL_ARMY_ [AFGMIL] # name=Afghan National Army
        +ANA_
        +AFGHAN_ARMY_
        +AFGHAN_NATIONAL_ARMY_SOLDIERS_
        +AFGHAN_SOLDIERS_
        +AFGHAN_COMMANDOS_
        +AFGHAN_SPECIAL_FORCES_
        AFGHAN_NATIONAL_POLICE_ [AFGCOP] # name=Afghan National Police
        +ANP_
        +AFGHAN_POLICE_
        +AFGHAN_NATIONAL_POLICEMEN_
        +AFGHAN_POLICEMEN_
        AFGHAN_UNIFORMED_POLICE_ [AFGCOP] # name=Afghan Uniformed Police
        +AUP_
        AFGHAN_LOCAL_POLICE_ [AFGCOP] # name=Afghan Local Police
        +ALP_
        US_FORCES_ [USAMIL] # name=US forces
        +U.S._FORCES_
        +US_TROOPS_
        +U.S._TROOPS_
        +US_MILITARY_
        +U.S._MILITARY_
        +AMERICAN_FORCES_
        +AMERICAN_TROOPS_
        +US_SOLDIERS_
        +U.S._SOLDIERS_
        +AMERICAN_SOLDIERS_
        +US_SERVICE_MEMBERS_
        +U.S._SERVICE_MEMBERS_
        +US_ARMY_
        +U.S._ARMY_
        +US_AIR_FORCE_
        +U.S._AIR_FORCE_
        +PENTAGON_
        """
}
