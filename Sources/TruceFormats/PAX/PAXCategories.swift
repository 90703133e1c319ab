/// The PA-X provision topics Truce writes stubs for, and the Truce kind each suggests.
///
/// The columns and labels follow the PA-X codebook (Peace Agreements Database,
/// University of Edinburgh / PeaceRep). Parent topics are coded 0–3 (`ordinal`:
/// 0 absent, higher values for more detailed provisions); their sub-topics and
/// topics without levels are 0/1 (`binary`). A topic is present in an agreement
/// when any of its columns that `countsAsPresence` is non-zero.
///
/// | Stub id | PA-X columns | Suggested Truce kind |
/// | --- | --- | --- |
/// | `ceasefire` | Ce, CeProv, CeGen | prohibition, `between` the sides |
/// | `security-guarantees` | SsrGua | prohibition |
/// | `foreign-forces` | SsrFf | target on `troop_level` (`<=`) |
/// | `armed-group-forces` | SsrPsf | obligation on `armed_group_forces_integrated` |
/// | `ddr` | SsrDdr, DdrDemil, DdrProg | target on `combatants_demobilised` (`>=`) |
/// | `security-sector-reform` | SsrPol, SsrArm, SsrInt | obligation on `security_sector_reform_steps` |
/// | `terrorism` | Terr | prohibition |
/// | `prisoner-release` | TjPrire | obligation on `prisoners_released` |
/// | `amnesty` | TjAm, TjAmPro, TjSan, TjPower | obligation on `amnesties_granted` |
/// | `transitional-justice` | TjGen, TjMech, TjCou, TjJaNc, TjJaIc | obligation on `justice_mechanisms_established` |
/// | `victims-reparations` | TjVic, TjRep, TjRSym, TjRMa | obligation on `reparations_provided` |
/// | `missing-persons` | TjMis | obligation on `missing_persons_traced` |
/// | `political-power-sharing` | Polps, PpsSt … PpsOth | obligation on `power_sharing_posts_filled` |
/// | `territorial-power-sharing` | Terps, TpsSub, TpsLoc, TpsAut, TpsOth | obligation on `territorial_arrangements_established` |
/// | `economic-power-sharing` | Eps, EpsRes, EpsFis, EpsOth | obligation on `revenue_sharing_arrangements` |
/// | `military-power-sharing` | Mps, MpsMe, MpsJt, MpsPro, MpsOth | obligation on `forces_merged` |
/// | `transitional-institutions` | Pol, PolNewTemp, PolNewInd | obligation on `institutions_established` |
/// | `elections` | Ele, ElecComm | obligation on `elections_held` |
/// | `constitution` | Cons, ConRen | obligation on `constitution_adopted` |
/// | `political-parties` | PolPar, PolParTrans | obligation on `parties_registered` |
/// | `human-rights` | HrGen, HrFra, HrCp, HrSec, HrDem, EqGen | prohibition of violence against civilians |
/// | `protection-of-civilians` | Prot, ProtCiv, ProtGrp, ProtLgl, ProtOth | prohibition of violence against civilians |
/// | `freedom-of-movement` | HrMob, CprFmov | obligation on `movement_restrictions_lifted` |
/// | `refugees` | GRef, GRefRhet, GRefSubs, GRefOth | obligation on `refugees_returned` |
/// | `humanitarian-assistance` | DevHum | obligation on `humanitarian_deliveries` |
/// | `development` | Dev, DevSoc, DevInfra | obligation on `reconstruction_projects` |
/// | `land-property` | LaRef, LaRefMan, LaRefRet, LaRefOth | obligation on `properties_restituted` |
/// | `women` | GeWom | obligation on `women_participants` |
/// | `borders` | StBor | obligation on `border_segments_demarcated` |
/// | `referendum` | StRef, ImRef | obligation on `referendums_held` |
/// | `international-mission` | ImPK | target on `international_personnel_deployed` (`>=`) |
/// | `implementation` | ImUN, ImOth, ImE, ImSrc (shown only) | obligation on `implementation_mechanisms_established` |
public enum PAXCategories {
    /// Every supported topic, in the order stubs are written: security first,
    /// then justice, governance, rights, society and implementation.
    public static let all: [PAXCategory] = security + justice + governance + rights + society + implementation

    /// The topic with this stub id.
    public static func category(_ id: String) -> PAXCategory? { all.first { $0.id == id } }

    /// Every column of every supported topic, in table order.
    public static var columns: [PAXColumn] { all.flatMap(\.columns) }

    static let violentEvents = ["Battles", "Explosions/Remote violence"]
    static let civilianHarm = ["Violence against civilians"]

    private static let security: [PAXCategory] = [
        PAXCategory(
            id: "ceasefire", title: "Ceasefire",
            columns: [
                PAXColumn("Ce", "Ceasefire", .ordinal), PAXColumn("CeProv", "Ceasefire provision", .binary),
                PAXColumn("CeGen", "General commitments", .binary),
            ],
            stub: .prohibition(between: true, eventTypes: violentEvents),
            advice: "the fighting the ceasefire forbids, between the sides, from the day it starts (add 'end' if it expires)"),
        PAXCategory(
            id: "security-guarantees", title: "Security guarantees",
            columns: [PAXColumn("SsrGua", "Security guarantees", .binary)],
            stub: .prohibition(between: false, eventTypes: violentEvents),
            advice: "the attacks a party undertakes not to carry out or allow, against whom"),
        PAXCategory(
            id: "foreign-forces", title: "Withdrawal of foreign forces",
            columns: [PAXColumn("SsrFf", "Withdrawal of foreign forces", .binary)],
            stub: .target(indicator: "troop_level", comparison: "<="),
            advice: "the troop level a foreign force must come down to, by when (one stub per stage of a phased withdrawal)"),
        PAXCategory(
            id: "armed-group-forces", title: "Parastatal, rebel and opposition group forces",
            columns: [PAXColumn("SsrPsf", "Parastatal/rebel and opposition group forces", .binary)],
            stub: .obligation(indicator: "armed_group_forces_integrated"),
            advice: "what an armed group's forces must do (assemble, integrate, restructure), by when"),
        PAXCategory(
            id: "ddr", title: "Disarmament, demobilisation and reintegration",
            columns: [
                PAXColumn("SsrDdr", "DDR", .ordinal), PAXColumn("DdrDemil", "Demilitarisation provisions", .binary),
                PAXColumn("DdrProg", "DDR programmes", .binary),
            ],
            stub: .target(indicator: "combatants_demobilised", comparison: ">="),
            advice: "how many combatants are to be disarmed or demobilised (or weapons handed in), by when"),
        PAXCategory(
            id: "security-sector-reform", title: "Police, armed forces and intelligence reform",
            columns: [
                PAXColumn("SsrPol", "Police", .ordinal), PAXColumn("SsrArm", "Armed forces", .ordinal),
                PAXColumn("SsrInt", "Intelligence services", .ordinal),
            ],
            stub: .obligation(indicator: "security_sector_reform_steps"),
            advice: "the reform step promised (a law passed, a force restructured), by when"),
        PAXCategory(
            id: "terrorism", title: "Terrorism",
            columns: [PAXColumn("Terr", "Terrorism", .binary)],
            stub: .prohibition(between: false, eventTypes: violentEvents),
            advice: "the attacks by the groups named (or on the parties protected) that the bound party must prevent"),
    ]

    private static let justice: [PAXCategory] = [
        PAXCategory(
            id: "prisoner-release", title: "Prisoner release",
            columns: [PAXColumn("TjPrire", "Prisoner release", .ordinal)],
            stub: .obligation(indicator: "prisoners_released"),
            advice: "who releases how many prisoners, by when (one stub per side of an exchange)"),
        PAXCategory(
            id: "amnesty", title: "Amnesty and pardon",
            columns: [
                PAXColumn("TjAm", "Amnesty/pardon", .ordinal), PAXColumn("TjAmPro", "Amnesty/pardon proper", .binary),
                PAXColumn("TjSan", "Relief of other sanctions", .binary), PAXColumn("TjPower", "Power to amnesty", .binary),
            ],
            stub: .obligation(indicator: "amnesties_granted"),
            advice: "the amnesty, pardon or lifting of sanctions promised, by when"),
        PAXCategory(
            id: "transitional-justice", title: "Transitional justice mechanisms and courts",
            columns: [
                PAXColumn("TjGen", "Transitional justice general", .ordinal), PAXColumn("TjMech", "Mechanism", .ordinal),
                PAXColumn("TjCou", "Courts", .ordinal), PAXColumn("TjJaNc", "National courts", .binary),
                PAXColumn("TjJaIc", "International courts", .binary),
            ],
            stub: .obligation(indicator: "justice_mechanisms_established"),
            advice: "the commission, court or other mechanism to be set up, by when"),
        PAXCategory(
            id: "victims-reparations", title: "Victims and reparations",
            columns: [
                PAXColumn("TjVic", "Victims", .ordinal), PAXColumn("TjRep", "Reparations", .ordinal),
                PAXColumn("TjRSym", "Symbolic reparations", .binary), PAXColumn("TjRMa", "Material reparations", .binary),
            ],
            stub: .obligation(indicator: "reparations_provided"),
            advice: "the reparation or recognition promised to victims, by when"),
        PAXCategory(
            id: "missing-persons", title: "Missing persons",
            columns: [PAXColumn("TjMis", "Missing persons", .ordinal)],
            stub: .obligation(indicator: "missing_persons_traced"),
            advice: "the search, exchange of information or identification promised, by when"),
    ]

    private static let governance: [PAXCategory] = [
        PAXCategory(
            id: "political-power-sharing", title: "Political power sharing",
            columns: [
                PAXColumn("Polps", "Political power sharing", .ordinal), PAXColumn("PpsSt", "State level", .binary),
                PAXColumn("PpsSub", "Sub-state level", .binary), PAXColumn("PpsEx", "Executive coalition", .binary),
                PAXColumn("PpsOro", "Proportionality in legislature", .binary), PAXColumn("PpsOthPr", "Other proportionality", .binary),
                PAXColumn("PpsVet", "Form of 'veto' or communal majority", .binary), PAXColumn("PpsAut", "Segmental autonomy", .binary),
                PAXColumn("PpsInt", "International involvement", .binary), PAXColumn("PpsOth", "Other", .binary),
            ],
            stub: .obligation(indicator: "power_sharing_posts_filled"),
            advice: "the posts or seats to be shared, by when"),
        PAXCategory(
            id: "territorial-power-sharing", title: "Territorial power sharing",
            columns: [
                PAXColumn("Terps", "Territorial power sharing", .ordinal),
                PAXColumn("TpsSub", "Federal or similar sub-divided government", .binary),
                PAXColumn("TpsLoc", "Local/municipal government", .binary), PAXColumn("TpsAut", "Autonomous regions", .binary),
                PAXColumn("TpsOth", "Other", .binary),
            ],
            stub: .obligation(indicator: "territorial_arrangements_established"),
            advice: "the autonomy, federal or local arrangement to be established, by when"),
        PAXCategory(
            id: "economic-power-sharing", title: "Economic power sharing",
            columns: [
                PAXColumn("Eps", "Economic power sharing", .ordinal), PAXColumn("EpsRes", "Sharing of resources", .binary),
                PAXColumn("EpsFis", "Fiscal federalism", .binary), PAXColumn("EpsOth", "Other", .binary),
            ],
            stub: .obligation(indicator: "revenue_sharing_arrangements"),
            advice: "the resource or revenue sharing to be put in place, by when"),
        PAXCategory(
            id: "military-power-sharing", title: "Military power sharing",
            columns: [
                PAXColumn("Mps", "Military power sharing", .ordinal), PAXColumn("MpsMe", "Merger of forces", .binary),
                PAXColumn("MpsJt", "Joint command structures", .binary), PAXColumn("MpsPro", "Proportionality", .binary),
                PAXColumn("MpsOth", "Other", .binary),
            ],
            stub: .obligation(indicator: "forces_merged"),
            advice: "the merger, joint command or quota of forces to be reached, by when"),
        PAXCategory(
            id: "transitional-institutions", title: "New or transitional political institutions",
            columns: [
                PAXColumn("Pol", "Political institutions (new or reformed)", .ordinal),
                PAXColumn("PolNewTemp", "Temporary new institutions", .binary),
                PAXColumn("PolNewInd", "New political institutions (indefinite)", .binary),
            ],
            stub: .obligation(indicator: "institutions_established"),
            advice: "the transitional government, council or body to be formed, by when"),
        PAXCategory(
            id: "elections", title: "Elections",
            columns: [PAXColumn("Ele", "Elections", .ordinal), PAXColumn("ElecComm", "Electoral commission", .ordinal)],
            stub: .obligation(indicator: "elections_held"),
            advice: "the election (or electoral commission) promised, by when"),
        PAXCategory(
            id: "constitution", title: "Constitution",
            columns: [PAXColumn("Cons", "Constitution", .ordinal), PAXColumn("ConRen", "Constitution affirmation/renewal", .ordinal)],
            stub: .obligation(indicator: "constitution_adopted"),
            advice: "the constitutional reform or adoption promised, by when"),
        PAXCategory(
            id: "political-parties", title: "Political parties reform",
            columns: [
                PAXColumn("PolPar", "Political parties reform", .ordinal),
                PAXColumn("PolParTrans", "Rebels transitioning to political parties", .binary),
            ],
            stub: .obligation(indicator: "parties_registered"),
            advice: "the party to be registered or the reform to be made, by when"),
    ]

    private static let rights: [PAXCategory] = [
        PAXCategory(
            id: "human-rights", title: "Human rights and equality",
            columns: [
                PAXColumn("HrGen", "Human rights/rule of law, general", .binary), PAXColumn("HrFra", "Human rights framework", .ordinal),
                PAXColumn("HrCp", "Civil and political rights", .binary), PAXColumn("HrSec", "Socio-economic rights", .binary),
                PAXColumn("HrDem", "Democracy", .ordinal), PAXColumn("EqGen", "Equality", .ordinal),
            ],
            stub: .prohibition(between: false, eventTypes: civilianHarm),
            advice: "the abuses the parties undertake not to commit (or write an obligation for an institution to set up)"),
        PAXCategory(
            id: "protection-of-civilians", title: "Protection measures",
            columns: [
                PAXColumn("Prot", "Protection measures", .ordinal), PAXColumn("ProtCiv", "Protection of civilians", .binary),
                PAXColumn("ProtGrp", "Protection of groups", .binary), PAXColumn("ProtLgl", "Legal protection", .binary),
                PAXColumn("ProtOth", "Other", .binary),
            ],
            stub: .prohibition(between: false, eventTypes: civilianHarm),
            advice: "the violence against civilians (or a protected group) the parties must not commit"),
        PAXCategory(
            id: "freedom-of-movement", title: "Mobility, access and freedom of movement",
            columns: [PAXColumn("HrMob", "Mobility/access", .binary), PAXColumn("CprFmov", "Freedom of movement", .binary)],
            stub: .obligation(indicator: "movement_restrictions_lifted"),
            advice: "the checkpoints, roads or crossings to be opened, by when"),
        PAXCategory(
            id: "refugees", title: "Refugees and displaced persons",
            columns: [
                PAXColumn("GRef", "Refugees/displaced persons", .ordinal), PAXColumn("GRefRhet", "Rhetorical", .binary),
                PAXColumn("GRefSubs", "Substantive", .binary), PAXColumn("GRefOth", "Other", .binary),
            ],
            stub: .obligation(indicator: "refugees_returned"),
            advice: "the return, resettlement or assistance promised to refugees or displaced people, by when"),
        PAXCategory(
            id: "women", title: "Women, girls and gender",
            columns: [PAXColumn("GeWom", "Women, girls and gender", .binary)],
            stub: .obligation(indicator: "women_participants"),
            advice: "the participation, quota or protection promised to women and girls, by when"),
    ]

    private static let society: [PAXCategory] = [
        PAXCategory(
            id: "humanitarian-assistance", title: "Humanitarian assistance",
            columns: [PAXColumn("DevHum", "Humanitarian assistance", .binary)],
            stub: .obligation(indicator: "humanitarian_deliveries"),
            advice: "the humanitarian access or deliveries promised, where and by when"),
        PAXCategory(
            id: "development", title: "Development and reconstruction",
            columns: [
                PAXColumn("Dev", "Development or socio-economic reconstruction", .ordinal),
                PAXColumn("DevSoc", "Socio-economic development", .binary),
                PAXColumn("DevInfra", "Infrastructure and reconstruction", .binary),
            ],
            stub: .obligation(indicator: "reconstruction_projects"),
            advice: "the reconstruction or development measure promised, by when"),
        PAXCategory(
            id: "land-property", title: "Land reform and property",
            columns: [
                PAXColumn("LaRef", "Land reform/rights", .binary), PAXColumn("LaRefMan", "Land reform and management", .binary),
                PAXColumn("LaRefRet", "Property return and restitution", .binary), PAXColumn("LaRefOth", "Other land rights", .binary),
            ],
            stub: .obligation(indicator: "properties_restituted"),
            advice: "the land or property to be returned or the reform to be made, by when"),
        PAXCategory(
            id: "borders", title: "Border delimitation",
            columns: [PAXColumn("StBor", "Border delimitation", .binary)],
            stub: .obligation(indicator: "border_segments_demarcated"),
            advice: "the border to be delimited or demarcated, by when"),
    ]

    private static let implementation: [PAXCategory] = [
        PAXCategory(
            id: "referendum", title: "Referendum",
            columns: [PAXColumn("StRef", "Referendum", .binary), PAXColumn("ImRef", "Referendum for agreement", .binary)],
            stub: .obligation(indicator: "referendums_held"),
            advice: "the referendum to be held (on the agreement or on a territory's status), by when"),
        PAXCategory(
            id: "international-mission", title: "International mission or force",
            columns: [PAXColumn("ImPK", "International mission/force/similar", .binary)],
            stub: .target(indicator: "international_personnel_deployed", comparison: ">="),
            advice: "the monitors or peacekeepers to be deployed, how many and by when"),
        PAXCategory(
            id: "implementation", title: "Implementation",
            columns: [
                PAXColumn("ImUN", "UN signatory", .binary), PAXColumn("ImOth", "Other international signatory", .binary),
                PAXColumn("ImE", "Enforcement mechanism", .binary),
                PAXColumn("ImSrc", "Source of the text", .binary, countsAsPresence: false),
            ],
            stub: .obligation(indicator: "implementation_mechanisms_established"),
            advice: "the monitoring or implementation body, or the guarantor's undertaking, to be set up, by when"),
    ]
}
