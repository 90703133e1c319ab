/// Truce's built-in actors, in PETRARCH `.actors` format: every country (name and adjective),
/// international bodies, and the armed groups and forces other parts of Truce name.
/// `# name=...` gives the display name. Codes are CAMEO style: ISO 3166 alpha-3 for countries,
/// sector codes after them. Capitals are left out (news uses them as places more often than
/// for governments), except the Kremlin and the White House.
enum BuiltInActors {
    static let text = """
        # Countries: name and adjectives.
        AFGHANISTAN_ [AFG] # name=Afghanistan
        +AFGHAN_
        +AFGHANS_
        ALBANIA_ [ALB] # name=Albania
        +ALBANIAN_
        +ALBANIANS_
        ALGERIA_ [DZA] # name=Algeria
        +ALGERIAN_
        +ALGERIANS_
        ANDORRA_ [AND] # name=Andorra
        +ANDORRAN_
        +ANDORRANS_
        ANGOLA_ [AGO] # name=Angola
        +ANGOLAN_
        +ANGOLANS_
        ANTIGUA_AND_BARBUDA_ [ATG] # name=Antigua and Barbuda
        +ANTIGUAN_
        +ANTIGUANS_
        ARGENTINA_ [ARG] # name=Argentina
        +ARGENTINE_
        +ARGENTINIAN_
        +ARGENTINIANS_
        ARMENIA_ [ARM] # name=Armenia
        +ARMENIAN_
        +ARMENIANS_
        AUSTRALIA_ [AUS] # name=Australia
        +AUSTRALIAN_
        +AUSTRALIANS_
        AUSTRIA_ [AUT] # name=Austria
        +AUSTRIAN_
        +AUSTRIANS_
        AZERBAIJAN_ [AZE] # name=Azerbaijan
        +AZERBAIJANI_
        +AZERBAIJANIS_
        +AZERI_
        +AZERIS_
        BAHAMAS_ [BHS] # name=Bahamas
        +BAHAMIAN_
        +BAHAMIANS_
        BAHRAIN_ [BHR] # name=Bahrain
        +BAHRAINI_
        +BAHRAINIS_
        BANGLADESH_ [BGD] # name=Bangladesh
        +BANGLADESHI_
        +BANGLADESHIS_
        BARBADOS_ [BRB] # name=Barbados
        +BARBADIAN_
        +BARBADIANS_
        BELARUS_ [BLR] # name=Belarus
        +BELARUSIAN_
        +BELARUSIANS_
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
        BOSNIA_AND_HERZEGOVINA_ [BIH] # name=Bosnia and Herzegovina
        +BOSNIA_
        +BOSNIAN_
        +BOSNIANS_
        BOTSWANA_ [BWA] # name=Botswana
        +MOTSWANA_
        BRAZIL_ [BRA] # name=Brazil
        +BRAZILIAN_
        +BRAZILIANS_
        BRUNEI_ [BRN] # name=Brunei
        +BRUNEIAN_
        +BRUNEIANS_
        BULGARIA_ [BGR] # name=Bulgaria
        +BULGARIAN_
        +BULGARIANS_
        BURKINA_FASO_ [BFA] # name=Burkina Faso
        +BURKINABE_
        BURUNDI_ [BDI] # name=Burundi
        +BURUNDIAN_
        +BURUNDIANS_
        CAPE_VERDE_ [CPV] # name=Cape Verde
        +CABO_VERDE_
        +CAPE_VERDEAN_
        CAMBODIA_ [KHM] # name=Cambodia
        +CAMBODIAN_
        +CAMBODIANS_
        CAMEROON_ [CMR] # name=Cameroon
        +CAMEROONIAN_
        +CAMEROONIANS_
        CANADA_ [CAN] # name=Canada
        +CANADIAN_
        +CANADIANS_
        CENTRAL_AFRICAN_REPUBLIC_ [CAF] # name=Central African Republic
        +CENTRAL_AFRICAN_
        CHAD_ [TCD] # name=Chad
        +CHADIAN_
        +CHADIANS_
        CHILE_ [CHL] # name=Chile
        +CHILEAN_
        +CHILEANS_
        CHINA_ [CHN] # name=China
        +CHINESE_
        +PEOPLE'S_REPUBLIC_OF_CHINA_
        COLOMBIA_ [COL] # name=Colombia
        +COLOMBIAN_
        +COLOMBIANS_
        COMOROS_ [COM] # name=Comoros
        +COMORIAN_
        +COMORIANS_
        REPUBLIC_OF_THE_CONGO_ [COG] # name=Republic of the Congo
        +CONGO-BRAZZAVILLE_
        DEMOCRATIC_REPUBLIC_OF_THE_CONGO_ [COD] # name=Democratic Republic of the Congo
        +DR_CONGO_
        +DRC_
        +CONGOLESE_
        COSTA_RICA_ [CRI] # name=Costa Rica
        +COSTA_RICAN_
        IVORY_COAST_ [CIV] # name=Ivory Coast
        +COTE_D'IVOIRE_
        +IVORIAN_
        +IVORIANS_
        CROATIA_ [HRV] # name=Croatia
        +CROATIAN_
        +CROATIANS_
        CUBA_ [CUB] # name=Cuba
        +CUBAN_
        +CUBANS_
        CYPRUS_ [CYP] # name=Cyprus
        +CYPRIOT_
        CZECH_REPUBLIC_ [CZE] # name=Czech Republic
        +CZECHIA_
        +CZECH_
        DENMARK_ [DNK] # name=Denmark
        +DANISH_
        DJIBOUTI_ [DJI] # name=Djibouti
        +DJIBOUTIAN_
        +DJIBOUTIANS_
        DOMINICA_ [DMA] # name=Dominica
        DOMINICAN_REPUBLIC_ [DOM] # name=Dominican Republic
        +DOMINICAN_
        +DOMINICANS_
        ECUADOR_ [ECU] # name=Ecuador
        +ECUADORIAN_
        +ECUADORIANS_
        EGYPT_ [EGY] # name=Egypt
        +EGYPTIAN_
        +EGYPTIANS_
        EL_SALVADOR_ [SLV] # name=El Salvador
        +SALVADORAN_
        +SALVADORANS_
        EQUATORIAL_GUINEA_ [GNQ] # name=Equatorial Guinea
        +EQUATOGUINEAN_
        +EQUATOGUINEANS_
        ERITREA_ [ERI] # name=Eritrea
        +ERITREAN_
        +ERITREANS_
        ESTONIA_ [EST] # name=Estonia
        +ESTONIAN_
        +ESTONIANS_
        ESWATINI_ [SWZ] # name=Eswatini
        +SWAZILAND_
        +SWAZI_
        +SWAZIS_
        ETHIOPIA_ [ETH] # name=Ethiopia
        +ETHIOPIAN_
        +ETHIOPIANS_
        FIJI_ [FJI] # name=Fiji
        +FIJIAN_
        +FIJIANS_
        FINLAND_ [FIN] # name=Finland
        +FINNISH_
        FRANCE_ [FRA] # name=France
        +FRENCH_
        GABON_ [GAB] # name=Gabon
        +GABONESE_
        GAMBIA_ [GMB] # name=Gambia
        +GAMBIAN_
        +GAMBIANS_
        GEORGIA_ [GEO] # name=Georgia
        +GEORGIAN_
        +GEORGIANS_
        GERMANY_ [DEU] # name=Germany
        +GERMAN_
        +GERMANS_
        GHANA_ [GHA] # name=Ghana
        +GHANAIAN_
        +GHANAIANS_
        GREECE_ [GRC] # name=Greece
        +GREEK_
        GRENADA_ [GRD] # name=Grenada
        +GRENADIAN_
        +GRENADIANS_
        GUATEMALA_ [GTM] # name=Guatemala
        +GUATEMALAN_
        +GUATEMALANS_
        GUINEA_ [GIN] # name=Guinea
        +GUINEAN_
        +GUINEANS_
        GUINEA-BISSAU_ [GNB] # name=Guinea-Bissau
        +BISSAU-GUINEAN_
        +BISSAU-GUINEANS_
        GUYANA_ [GUY] # name=Guyana
        +GUYANESE_
        HAITI_ [HTI] # name=Haiti
        +HAITIAN_
        +HAITIANS_
        HONDURAS_ [HND] # name=Honduras
        +HONDURAN_
        +HONDURANS_
        HUNGARY_ [HUN] # name=Hungary
        +HUNGARIAN_
        +HUNGARIANS_
        ICELAND_ [ISL] # name=Iceland
        +ICELANDIC_
        INDIA_ [IND] # name=India
        +INDIAN_
        +INDIANS_
        INDONESIA_ [IDN] # name=Indonesia
        +INDONESIAN_
        +INDONESIANS_
        IRAN_ [IRN] # name=Iran
        +IRANIAN_
        +IRANIANS_
        +ISLAMIC_REPUBLIC_OF_IRAN_
        IRAQ_ [IRQ] # name=Iraq
        +IRAQI_
        +IRAQIS_
        IRELAND_ [IRL] # name=Ireland
        +IRISH_
        ISRAEL_ [ISR] # name=Israel
        +ISRAELI_
        +ISRAELIS_
        ITALY_ [ITA] # name=Italy
        +ITALIAN_
        +ITALIANS_
        JAMAICA_ [JAM] # name=Jamaica
        +JAMAICAN_
        +JAMAICANS_
        JAPAN_ [JPN] # name=Japan
        +JAPANESE_
        JORDAN_ [JOR] # name=Jordan
        +JORDANIAN_
        +JORDANIANS_
        KAZAKHSTAN_ [KAZ] # name=Kazakhstan
        +KAZAKH_
        KENYA_ [KEN] # name=Kenya
        +KENYAN_
        +KENYANS_
        KIRIBATI_ [KIR] # name=Kiribati
        NORTH_KOREA_ [PRK] # name=North Korea
        +NORTH_KOREAN_
        +DPRK_
        SOUTH_KOREA_ [KOR] # name=South Korea
        +SOUTH_KOREAN_
        +REPUBLIC_OF_KOREA_
        KUWAIT_ [KWT] # name=Kuwait
        +KUWAITI_
        +KUWAITIS_
        KYRGYZSTAN_ [KGZ] # name=Kyrgyzstan
        +KYRGYZ_
        LAOS_ [LAO] # name=Laos
        +LAOTIAN_
        +LAOTIANS_
        LATVIA_ [LVA] # name=Latvia
        +LATVIAN_
        +LATVIANS_
        LEBANON_ [LBN] # name=Lebanon
        +LEBANESE_
        LESOTHO_ [LSO] # name=Lesotho
        +BASOTHO_
        LIBERIA_ [LBR] # name=Liberia
        +LIBERIAN_
        +LIBERIANS_
        LIBYA_ [LBY] # name=Libya
        +LIBYAN_
        +LIBYANS_
        LIECHTENSTEIN_ [LIE] # name=Liechtenstein
        LITHUANIA_ [LTU] # name=Lithuania
        +LITHUANIAN_
        +LITHUANIANS_
        LUXEMBOURG_ [LUX] # name=Luxembourg
        MADAGASCAR_ [MDG] # name=Madagascar
        +MALAGASY_
        MALAWI_ [MWI] # name=Malawi
        +MALAWIAN_
        +MALAWIANS_
        MALAYSIA_ [MYS] # name=Malaysia
        +MALAYSIAN_
        +MALAYSIANS_
        MALDIVES_ [MDV] # name=Maldives
        +MALDIVIAN_
        +MALDIVIANS_
        MALI_ [MLI] # name=Mali
        +MALIAN_
        +MALIANS_
        MALTA_ [MLT] # name=Malta
        +MALTESE_
        MARSHALL_ISLANDS_ [MHL] # name=Marshall Islands
        MAURITANIA_ [MRT] # name=Mauritania
        +MAURITANIAN_
        +MAURITANIANS_
        MAURITIUS_ [MUS] # name=Mauritius
        +MAURITIAN_
        +MAURITIANS_
        MEXICO_ [MEX] # name=Mexico
        +MEXICAN_
        +MEXICANS_
        MICRONESIA_ [FSM] # name=Micronesia
        MOLDOVA_ [MDA] # name=Moldova
        +MOLDOVAN_
        +MOLDOVANS_
        MONACO_ [MCO] # name=Monaco
        MONGOLIA_ [MNG] # name=Mongolia
        +MONGOLIAN_
        +MONGOLIANS_
        MONTENEGRO_ [MNE] # name=Montenegro
        +MONTENEGRIN_
        +MONTENEGRINS_
        MOROCCO_ [MAR] # name=Morocco
        +MOROCCAN_
        +MOROCCANS_
        MOZAMBIQUE_ [MOZ] # name=Mozambique
        +MOZAMBICAN_
        +MOZAMBICANS_
        MYANMAR_ [MMR] # name=Myanmar
        +BURMA_
        +BURMESE_
        NAMIBIA_ [NAM] # name=Namibia
        +NAMIBIAN_
        +NAMIBIANS_
        NAURU_ [NRU] # name=Nauru
        NEPAL_ [NPL] # name=Nepal
        +NEPALI_
        +NEPALIS_
        +NEPALESE_
        NETHERLANDS_ [NLD] # name=Netherlands
        +DUTCH_
        +HOLLAND_
        NEW_ZEALAND_ [NZL] # name=New Zealand
        +NEW_ZEALANDER_
        NICARAGUA_ [NIC] # name=Nicaragua
        +NICARAGUAN_
        +NICARAGUANS_
        NIGER_ [NER] # name=Niger
        +NIGERIEN_
        +NIGERIENS_
        NIGERIA_ [NGA] # name=Nigeria
        +NIGERIAN_
        +NIGERIANS_
        NORTH_MACEDONIA_ [MKD] # name=North Macedonia
        +MACEDONIA_
        +MACEDONIAN_
        +MACEDONIANS_
        NORWAY_ [NOR] # name=Norway
        +NORWEGIAN_
        +NORWEGIANS_
        OMAN_ [OMN] # name=Oman
        +OMANI_
        +OMANIS_
        PAKISTAN_ [PAK] # name=Pakistan
        +PAKISTANI_
        +PAKISTANIS_
        PALAU_ [PLW] # name=Palau
        PALESTINE_ [PSE] # name=Palestine
        +PALESTINIAN_
        +PALESTINIANS_
        +PALESTINIAN_TERRITORIES_
        PANAMA_ [PAN] # name=Panama
        +PANAMANIAN_
        +PANAMANIANS_
        PAPUA_NEW_GUINEA_ [PNG] # name=Papua New Guinea
        +PAPUA_NEW_GUINEAN_
        PARAGUAY_ [PRY] # name=Paraguay
        +PARAGUAYAN_
        +PARAGUAYANS_
        PERU_ [PER] # name=Peru
        +PERUVIAN_
        +PERUVIANS_
        PHILIPPINES_ [PHL] # name=Philippines
        +PHILIPPINE_
        +FILIPINO_
        POLAND_ [POL] # name=Poland
        +POLISH_
        PORTUGAL_ [PRT] # name=Portugal
        +PORTUGUESE_
        QATAR_ [QAT] # name=Qatar
        +QATARI_
        +QATARIS_
        ROMANIA_ [ROU] # name=Romania
        +ROMANIAN_
        +ROMANIANS_
        RUSSIA_ [RUS] # name=Russia
        +RUSSIAN_
        +RUSSIANS_
        +RUSSIAN_FEDERATION_
        KREMLIN_ [RUSGOV] # name=Russia government
        RWANDA_ [RWA] # name=Rwanda
        +RWANDAN_
        +RWANDANS_
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
        SENEGAL_ [SEN] # name=Senegal
        +SENEGALESE_
        SERBIA_ [SRB] # name=Serbia
        +SERBIAN_
        +SERBIANS_
        SEYCHELLES_ [SYC] # name=Seychelles
        SIERRA_LEONE_ [SLE] # name=Sierra Leone
        +SIERRA_LEONEAN_
        SINGAPORE_ [SGP] # name=Singapore
        +SINGAPOREAN_
        +SINGAPOREANS_
        SLOVAKIA_ [SVK] # name=Slovakia
        +SLOVAK_
        SLOVENIA_ [SVN] # name=Slovenia
        +SLOVENIAN_
        +SLOVENIANS_
        SOLOMON_ISLANDS_ [SLB] # name=Solomon Islands
        SOMALIA_ [SOM] # name=Somalia
        +SOMALI_
        +SOMALIS_
        SOUTH_AFRICA_ [ZAF] # name=South Africa
        +SOUTH_AFRICAN_
        SOUTH_SUDAN_ [SSD] # name=South Sudan
        +SOUTH_SUDANESE_
        SPAIN_ [ESP] # name=Spain
        +SPANISH_
        SRI_LANKA_ [LKA] # name=Sri Lanka
        +SRI_LANKAN_
        SUDAN_ [SDN] # name=Sudan
        +SUDANESE_
        SURINAME_ [SUR] # name=Suriname
        +SURINAMESE_
        SWEDEN_ [SWE] # name=Sweden
        +SWEDISH_
        SWITZERLAND_ [CHE] # name=Switzerland
        +SWISS_
        SYRIA_ [SYR] # name=Syria
        +SYRIAN_
        +SYRIANS_
        TAIWAN_ [TWN] # name=Taiwan
        +TAIWANESE_
        TAJIKISTAN_ [TJK] # name=Tajikistan
        +TAJIK_
        TANZANIA_ [TZA] # name=Tanzania
        +TANZANIAN_
        +TANZANIANS_
        THAILAND_ [THA] # name=Thailand
        +THAI_
        +THAIS_
        TIMOR-LESTE_ [TLS] # name=Timor-Leste
        +EAST_TIMOR_
        +TIMORESE_
        TOGO_ [TGO] # name=Togo
        +TOGOLESE_
        TONGA_ [TON] # name=Tonga
        +TONGAN_
        +TONGANS_
        TRINIDAD_AND_TOBAGO_ [TTO] # name=Trinidad and Tobago
        TUNISIA_ [TUN] # name=Tunisia
        +TUNISIAN_
        +TUNISIANS_
        TURKEY_ [TUR] # name=Turkey
        +TURKIYE_
        +TURKISH_
        TURKMENISTAN_ [TKM] # name=Turkmenistan
        +TURKMEN_
        +TURKMENS_
        TUVALU_ [TUV] # name=Tuvalu
        UGANDA_ [UGA] # name=Uganda
        +UGANDAN_
        +UGANDANS_
        UKRAINE_ [UKR] # name=Ukraine
        +UKRAINIAN_
        +UKRAINIANS_
        UNITED_ARAB_EMIRATES_ [ARE] # name=United Arab Emirates
        +UAE_
        +EMIRATI_
        +EMIRATIS_
        UNITED_KINGDOM_ [GBR] # name=United Kingdom
        +BRITAIN_
        +BRITAINS_
        +GREAT_BRITAIN_
        +UK_
        +U.K._
        +BRITISH_
        UNITED_STATES_ [USA] # name=United States
        +UNITED_STATES_OF_AMERICA_
        +U.S._
        +USA_
        +U.S.A._
        +AMERICA_
        +AMERICAN_
        +AMERICANS_
        WHITE_HOUSE_ [USAGOV] # name=United States government
        URUGUAY_ [URY] # name=Uruguay
        +URUGUAYAN_
        +URUGUAYANS_
        UZBEKISTAN_ [UZB] # name=Uzbekistan
        +UZBEK_
        VANUATU_ [VUT] # name=Vanuatu
        VENEZUELA_ [VEN] # name=Venezuela
        +VENEZUELAN_
        +VENEZUELANS_
        VIETNAM_ [VNM] # name=Vietnam
        +VIETNAMESE_
        YEMEN_ [YEM] # name=Yemen
        +YEMENI_
        +YEMENIS_
        ZAMBIA_ [ZMB] # name=Zambia
        +ZAMBIAN_
        +ZAMBIANS_
        ZIMBABWE_ [ZWE] # name=Zimbabwe
        +ZIMBABWEAN_
        +ZIMBABWEANS_
        KOSOVO_ [XKX] # name=Kosovo
        +KOSOVAR_

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
        +COALITION_SECURITY_FORCE_
        +COALITION_SECURITY_FORCES_
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
        FARC_DISSIDENTS_ [COLREB] # name=FARC dissidents
        +FARC_DISSIDENT_
        +DISSIDENT_FARC_
        +FARC_DISSIDENT_FACTION_
        +FORMER_FARC_DISSIDENTS_
        ELN_ [COLREB] # name=ELN
        +NATIONAL_LIBERATION_ARMY_
        BOKO_HARAM_ [NGAINS] # name=Boko Haram
        +ISWAP_
        +ISLAMIC_STATE_WEST_AFRICA_PROVINCE_
        KACHIN_INDEPENDENCE_ARMY_ [MMRREB] # name=Kachin Independence Army
        +KACHIN_INDEPENDENCE_ORGANIZATION_
        +KIO_
        ARAKAN_ARMY_ [MMRREB] # name=Arakan Army
        TATMADAW_ [MMRMIL] # name=Tatmadaw
        +THE_TATMADAW_
        SHAN_STATE_ARMY-NORTH_ [MMRREB] # name=Shan State Army-North
        +SSA-NORTH_
        +SSA-N_
        +SHAN_STATE_ARMY_NORTH_
        +SHAN_STATE_PROGRESS_PARTY_
        +SSPP_
        SHAN_STATE_ARMY-SOUTH_ [MMRREB] # name=Shan State Army-South
        +SSA-SOUTH_
        +SSA-S_
        +RESTORATION_COUNCIL_OF_SHAN_STATE_
        +RCSS_
        JAMAAT_NUSRAT_AL-ISLAM_WAL-MUSLIMIN_ [IMGMOSALQ] # name=JNIM
        +JNIM_
        +GROUP_FOR_THE_SUPPORT_OF_ISLAM_AND_MUSLIMS_
        +SUPPORT_GROUP_FOR_ISLAM_AND_MUSLIMS_
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
