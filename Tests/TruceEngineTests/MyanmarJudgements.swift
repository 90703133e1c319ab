/// Pairs of ACLED and UCDP events of Myanmar in 2015, judged by hand: the measurement of the
/// linking rules (see `docs/incidents.md`).
///
/// Each pair was read in full — both dates and precisions, places, actors, fatalities, ACLED's
/// notes and UCDP's headlines and sources — and judged the same incident, different ones, or
/// unsure when the reports do not allow telling (unsure pairs are kept so that their linked
/// state is still checked, and left out of precision and recall). `linked` is what Truce did
/// with the rules of `docs/examples/linking-myanmar.json` when the pair was judged.
///
/// The links come from a random sample of the rules' links and from the links that other
/// rule variants made; the non-links are hard cases: pairs that another variant linked, pairs
/// that passed the pairwise rules but lost to a closer pair, the same armed group two or three
/// days apart, and the same group on the same day just beyond the distance.
enum MyanmarJudgements {
    enum Verdict {
        case same, different, unsure
    }

    struct Judgement {
        var acled: String
        var ucdp: String
        var linked: Bool
        var verdict: Verdict
        var reason: String
    }

    private static func pair(_ acled: String, _ ucdp: String, linked: Bool, _ verdict: Verdict, _ reason: String) -> Judgement {
        Judgement(acled: acled, ucdp: ucdp, linked: linked, verdict: verdict, reason: reason)
    }

    static let all: [Judgement] = [
        pair(
            "140MYA", "210719", linked: false, .different,
            "ACLED: four Kokang men arrested and beaten by soldiers; UCDP: an army-MNDAA clash in Laukkai"),
        pair(
            "146MYA", "210722", linked: false, .different,
            "ACLED: unclaimed attack on a Red Cross vehicle; UCDP: clashes south-east of Laukkai with 9 dead"),
        pair(
            "148MYA", "209691", linked: false, .different,
            "ACLED: army-MNDAA clash in Laukkai; UCDP: one-sided attack on a pro-government leader over 4 days"),
        pair("180MYA", "210731", linked: false, .different, "ACLED: army-MNDAA fighting near the border; UCDP: a TNLA clash in Kutkai"),
        pair(
            "203MYA", "210326", linked: false, .different,
            "ACLED: MNDAA fighting in Kokang; UCDP: a country-level KIO entry from a fortnight's summary report"),
        pair("205MYA", "210060", linked: false, .different, "ACLED: army assault on a KIA base; UCDP: the murder of a mother and son by soldiers"),
        pair("219MYA", "210333", linked: false, .different, "ACLED: a TNLA clash in Namhkam; UCDP: KIO fighting in Kutkai from a summary report"),
        pair("268MYA", "210781", linked: false, .different, "ACLED: MNDAA clash in the Kokang hills; UCDP: a KIA ambush on a convoy in Theinni"),
        pair("270MYA", "212254", linked: false, .different, "ACLED: returning refugees shot at; UCDP: a KIA ambush in Theinni"),
        pair(
            "271MYA", "210350", linked: false, .different,
            "ACLED: the KIA convoy ambush in Theinni; UCDP: civilians killed by the army in three separate incidents"),
        pair("406MYA", "210173", linked: false, .different, "ACLED: TNLA abducts a police officer; UCDP: RCSS fighting in southern Shan"),
        pair(
            "408MYA", "210867", linked: false, .same,
            "SSA-S (RCSS's army) clash with 3 soldiers and 1 SSA-S dead; UCDP RCSS exchange of fire, 4 dead, within ACLED's week"),
        pair(
            "409MYA", "210175", linked: false, .same,
            "the same army attack on a temple near Loilem: one killed, six injured (UCDP codes it state-based)"),
        pair("415MYA", "210155", linked: false, .different, "ACLED: a TNLA clash; UCDP: an RCSS clash in Nansang"),
        pair("416MYA", "210912", linked: false, .different, "ACLED: a TNLA clash in Muse; UCDP: KIO fighting from a monthly update"),
        pair("419MYA", "210135", linked: false, .same, "the shooting at the Wa-army meeting in Mong Ton: one official killed"),
        pair(
            "447MYA", "209589", linked: false, .same, "one blast in Mong Hsu on the same day (ACLED: roadside bomb, UCDP: landmine killing two girls)"
        ),
        pair("450MYA", "210928", linked: false, .different, "ACLED: KIA skirmishes; UCDP: SSPP fighting at Wan Hai"),
        pair("473MYA", "209586", linked: false, .different, "ACLED: SSA-N fighting; UCDP: RCSS at Lai-Kha, a different Shan group"),
        pair("146MYA", "209691", linked: true, .different, "ACLED: the Red Cross vehicle attack; UCDP: the attack on a pro-government leader"),
        pair("148MYA", "210722", linked: true, .same, "the 23 February clash in Laukkai: 3 soldiers and 6 Kokang fighters dead, UCDP 9"),
        pair(
            "205MYA", "210326", linked: true, .different, "ACLED: the assault on a KIA base in Mansi; UCDP: a country-level entry of a summary report"
        ),
        pair(
            "270MYA", "210350", linked: true, .different,
            "ACLED: four refugees shot at and three missing; UCDP: two civilians killed in separate incidents in Kutkai"),
        pair("271MYA", "210781", linked: true, .same, "the KIA landmine ambush on an army convoy in Theinni on 14 April"),
        pair("408MYA", "210173", linked: true, .unsure, "same 4 dead as the 7 September exchange of fire; may be the same clash or another one"),
        pair("289MYA", "210788", linked: true, .same, "LID 33 and 66 against the MNDAA near Laukkai on 18 April, 23 dead in both"),
        pair("193MYA", "209344", linked: true, .unsure, "ACLED: a week of fighting on three fronts; UCDP: one convoy ambush"),
        pair("334MYA", "209982", linked: true, .same, "TNLA clash in Theinni (Hseni) on 10 May"),
        pair("137MYA", "210718", linked: true, .same, "army-MNDAA clash in Laukkai on 18 February"),
        pair(
            "145MYA", "210721", linked: true, .unsure, "an unclaimed attack on a convoy in Hsenwi; UCDP names the SSPP there that day"),
        pair("469MYA", "210923", linked: true, .same, "army-KIA fighting in Mohnyin on 14 November"),
        pair("154MYA", "209797", linked: true, .same, "TNLA ambush on troops searching near Laukkai/Konkyan, one of three that day"),
        pair("325MYA", "210806", linked: true, .same, "KIA ambush on a convoy near Kutkai on 6 May, 4 soldiers killed"),
        pair("143MYA", "209707", linked: true, .same, "capture of Kokang positions on the Laukkai-Konkyan road on 21 February"),
        pair("421MYA", "210887", linked: true, .different, "ACLED: a bomb at a police station; UCDP: a TNLA clash in Kyaukme"),
        pair("215MYA", "209928", linked: true, .different, "ACLED: TNLA clash in Kutkai on 23 March; UCDP: Namkham over four days, blasts in Lashio"),
        pair("118MYA", "209732", linked: true, .same, "the Kokang attack on the regional command in Laukkai, 15 February"),
        pair("153MYA", "209794", linked: true, .same, "TNLA ambush in Kutkai on 24 February"),
        pair("437MYA", "209562", linked: true, .same, "TNLA clash in Kutkai on 12 October, same report"),
        pair("207MYA", "210345", linked: true, .same, "the army's ground and air assault on KIA positions in Mansi, 22 March"),
        pair("438MYA", "209560", linked: true, .same, "TNLA clash in Nansang on 12 October, same report"),
        pair("159MYA", "210723", linked: true, .unsure, "ACLED: a week of fighting against Kokang rebels; UCDP: one TNLA clash in Tamoe Nye"),
        pair("131MYA", "209720", linked: true, .same, "fighting in Laukkai on 17 February (ACLED 17 bodies, UCDP 2 dead)"),
        pair("260MYA", "210772", linked: true, .same, "MNDAA clash near Laukkai on 10 April"),
        pair("418MYA", "210125", linked: true, .same, "three civilians killed in KIA fighting in Mansi on 23 September"),
        pair("113MYA", "210717", linked: true, .same, "TNLA clashes in Hsenwi on 15 February, 6 casualties in both"),
        pair("336MYA", "209977", linked: true, .same, "the army offensive on MNDAA positions near Laukkai, 7 MNDAA killed"),
        pair("264MYA", "210774", linked: true, .same, "MNDAA clash in the Laukkai hills on 11 April"),
        pair(
            "441MYA", "209561", linked: true, .unsure,
            "one of several encounters in the same TNLA report; which one each data set placed where is unclear"),
        pair("156MYA", "209685", linked: true, .same, "army attack on Kokang positions east of Laukkai on 25 February"),
        pair(
            "273MYA", "209389", linked: true, .same, "hilltops seized near Laukkai on 15 April, 16 soldiers killed: UCDP's point 1584"),
        pair("326MYA", "210804", linked: true, .same, "KIA ambush near Naung Phen in Muse township on 6 May, 3 soldiers killed"),
        pair("285MYA", "209885", linked: true, .same, "TNLA gunfight with the Pangsay militia at Twelve Mile village on 17 April, 2 killed"),
        pair("509MYA", "209635", linked: true, .same, "Arakan Army clash in Kyauktaw on 31 December, one killed"),
        pair("305MYA", "210800", linked: true, .same, "KIA brigade 2 clash near Khintawng in Hpakant on 26 April, 2 soldiers killed"),
        pair("333MYA", "210808", linked: true, .same, "TNLA clash in Kyaukme township on 10 May, 5 soldiers killed"),
        pair(
            "155MYA", "210726", linked: false, .different,
            "ACLED: a week of fighting against Kokang rebels around Hsenwi; UCDP: one TNLA clash in Namhkam two days later"),
        pair(
            "327MYA", "210804", linked: false, .different,
            "ACLED: KIA clash at Nam Linpar, Mansi, on 7 May; UCDP: a KIA ambush in Muse township the day before"),
        pair(
            "267MYA", "210776", linked: false, .different, "consecutive days of the Kokang fighting (13 and 12 April); both code every day"),
        pair(
            "131MYA", "209339", linked: false, .unsure,
            "ACLED: fighting in Laukkai on 17 February; UCDP: four days of clashes summed up by a denial of civilian deaths"),
        pair(
            "199MYA", "210735", linked: false, .unsure, "ACLED: a week of fighting on three fronts at Laukkai; UCDP: one clash on 16 March"),
        pair(
            "337MYA", "210817", linked: false, .different,
            "ACLED: capture of hill point 2202 on 14 May, no casualties; UCDP: a clash near Laukkai the next day, 5 dead"),
        pair("244MYA", "210768", linked: false, .unsure, "KIA clashes on 5 April in neighbouring townships (Mogaung, Mohnyin)"),
        pair("260MYA", "209892", linked: false, .different, "ACLED: the 10 April clash; UCDP: a skirmish two days earlier with disputed casualties"),
        pair("247MYA", "209892", linked: false, .different, "ACLED: the 5 April offensive; UCDP: the 8 April skirmish"),
        pair(
            "103MYA", "209254", linked: false, .different,
            "ACLED: shelling of a base near Kongyan on 12 February; UCDP: renewed clashes on 14 February"),
        pair("255MYA", "210774", linked: false, .different, "ACLED: 8 April; UCDP: the 11 April clash"),
        pair(
            "88MYA", "210715", linked: false, .different,
            "ACLED: first fighting near Laukkai on 9 February; UCDP: the attacks on bases and offices on 11 February"),
        pair(
            "448MYA", "210889", linked: false, .different,
            "ACLED: SSA-N clashes in Wanhai on 21 October; UCDP: SSPP fighting in Kyethi three days earlier"),
        pair(
            "441MYA", "209551", linked: false, .unsure,
            "one of several encounters in the same TNLA report of 12 October, placed in different townships"),
        pair(
            "282MYA", "209389", linked: false, .different,
            "ACLED: more MNDAA posts taken on 16 April; UCDP's capture of point 1584 on 15 April (16 dead) is ACLED's 273MYA"),
        pair("222MYA", "210333", linked: false, .different, "ACLED: KIA clash in Mansi; UCDP: KIO fighting in Kutkai from a summary report"),
        pair(
            "196MYA", "210307", linked: false, .different,
            "ACLED: a week of Kokang fighting; UCDP: an air strike killing four Chinese civilians across the border"),
        pair(
            "415MYA", "210876", linked: false, .same, "TNLA against LID 77 in Mongmit on 21 September; ACLED places it at Taunggyi, the state capital"
        ),
        pair("149MYA", "210722", linked: false, .different, "ACLED: the attack on a prison convoy near Lonhtan; UCDP: clashes south-east of Laukkai"),
    ]
}
