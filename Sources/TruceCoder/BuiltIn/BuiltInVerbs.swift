/// Truce's built-in verbs and patterns, in PETRARCH-2's CAMEO 2.0 verb format: the common news
/// verbs of all twenty CAMEO root categories, with patterns for air strikes, shelling, bombings,
/// ceasefires and prisoner releases.
enum BuiltInVerbs {
    static let text = """
        # Truce's built-in verbs, CAMEO 2.0 verb-dictionary format (PETRARCH-2).
        # Codes are CAMEO event codes; [a:b] codes the reverse direction too.

        &CEASEFIRE
        +CEASEFIRE
        +CEASE-FIRE
        +CEASE_FIRE
        +TRUCE
        +ARMISTICE

        &AGREEMENT
        +AGREEMENT
        +ACCORD
        +DEAL
        +TREATY
        +PACT
        +PEACE_DEAL
        +PEACE_AGREEMENT
        +MEMORANDUM

        &PRISONER
        +PRISONER
        +DETAINEE
        +HOSTAGE
        +CAPTIVE
        +INMATE

        &TROOPS
        +TROOPS
        +FORCES
        +SOLDIERS
        +PERSONNEL
        +SERVICE_MEMBERS
        +CONTINGENT

        &AIRSTRIKE
        +AIRSTRIKE
        +AIR_STRIKE
        +AIR-STRIKE
        +AIR_RAID
        +AIRSTRIKES
        +DRONE_STRIKE
        +DRONE_ATTACK
        +AIR_ATTACK
        +AERIAL_BOMBARDMENT
        +BOMBING_RAID

        &AIRCRAFT
        +DRONE
        +AIRCRAFT
        +WARPLANE
        +JET
        +HELICOPTER
        +PLANE
        +BOMBER
        +GUNSHIP

        &ASSAULT
        +ATTACK
        +ASSAULT
        +OFFENSIVE
        +RAID
        +AMBUSH
        +OPERATION
        +STRIKE
        +BOMBING

        &SHELLING
        +ROCKET
        +ROCKETS
        +MORTAR
        +MORTARS
        +MISSILE
        +MISSILES
        +ARTILLERY
        +SHELL
        +SHELLS

        &AID
        +AID
        +ASSISTANCE
        +HUMANITARIAN_AID
        +RELIEF
        +SUPPLIES
        +FOOD
        +MEDICINE

        &TALKS
        +TALKS
        +NEGOTIATIONS
        +DISCUSSIONS
        +MEETING
        +DIALOGUE

        &CALL
        +CALL
        +PHONE_CALL
        +TELEPHONE_CALL
        +VIDEO_CALL
        +PHONE_CONVERSATION
        +TELEPHONE_CONVERSATION
        +CONVERSATION

        &SANCTIONS
        +SANCTIONS
        +EMBARGO

        --- SAY [010] ---
        SAY {SAYS SAID SAYING}
        STATE
        ANNOUNCE
        DECLARE
        TWEET
        TELL {TELLS TOLD TELLING}
        COMMENT
        REITERATE
        - * RESPONSIBILITY [015]
        - * (THAT IT WAS RESPONSIBLE) [015]

        --- CLAIM [010] ---
        CLAIM
        - * RESPONSIBILITY [015]
        - * CREDIT [015]

        --- APPEAL [020] ---
        APPEAL
        URGE
        ASK
        PLEAD
        REQUEST
        CALL
        - * (FOR &CEASEFIRE) [0256]
        - * (FOR {PEACE TALKS}) [0234]
        - * (FOR &TALKS) [0234]
        - * (FOR &AID) [0233]
        - * (FOR RELEASE) [0256]

        --- PLEDGE [030] ---
        PLEDGE
        PROMISE
        VOW
        OFFER
        GUARANTEE
        - * &AID [033]
        - * (TO WITHDRAW) [0356]
        - * (TO RELEASE) [0356]
        - * (TO &CEASEFIRE) [0356]
        - * {NOT TO ATTACK} [0356]

        # Committing troops is sending them; promising or offering them is not.
        --- COMMIT [030] ---
        COMMIT {COMMITS COMMITTED COMMITTING}
        - * &AID [033]
        - * &TROOPS [150]
        - * (TO WITHDRAW) [0356]
        - * (TO RELEASE) [0356]
        - * (TO &CEASEFIRE) [0356]
        - * {NOT TO ATTACK} [0356]

        --- AGREE [030] ---
        AGREE
        - % * [030]
        - * (TO &CEASEFIRE) [0871]
        - * (ON &CEASEFIRE) [0871]
        - * (TO RELEASE) [0356]
        - * (TO WITHDRAW) [0356]
        - * (TO &TALKS) [036]
        - * (TO MEET) [036]

        --- MEET [040:040] ---
        MEET {MEETS MET MEETING}
        CONSULT
        DISCUSS
        CONFER
        - * (WITH) [040:040]

        # Leaders' calls are consultations by telephone (CAMEO 041). Speaking or talking is one only with whom ("spoke
        # with the president") or how ("by phone"): "spoke to reporters" is a statement, and "the talks" a noun.
        --- SPEAK [---] ---
        SPEAK {SPEAKS SPOKE SPOKEN SPEAKING}
        TALK {TALKED TALKING}
        - * (WITH) [040:040]
        - * (BY PHONE) [041:041]
        - * (BY TELEPHONE) [041:041]
        - * (ON THE PHONE) [041:041]
        - * (OVER THE PHONE) [041:041]

        # The past forms only: "phone" and "telephone" are mostly nouns, and a verb there would make the "call" of
        # "a phone call" a verb too (an appeal).
        --- PHONE [041:041] ---
        PHONED {}
        TELEPHONED {}

        --- NEGOTIATE [046:046] ---
        NEGOTIATE
        MEDIATE [045]
        - % * [046]

        --- HOLD [---] ---
        HOLD {HOLDS HELD HOLDING}
        - * &TALKS [040:040]
        - * (TALKS WITH) [040:040]
        - * &CALL [041:041]
        - * &PRISONER [173]
        - * HOSTAGE [181]
        - * PROTEST [141]
        - * RALLY [141]
        - * DEMONSTRATION [141]

        --- VISIT [042:043] ---
        VISIT
        TRAVEL {TRAVELS TRAVELED TRAVELLED TRAVELING TRAVELLING}
        ARRIVE

        --- HOST [043:042] ---
        HOST
        RECEIVE
        WELCOME [051]

        --- PRAISE [051] ---
        PRAISE
        COMMEND
        HAIL
        APPLAUD
        THANK
        SUPPORT
        ENDORSE
        BACK [051]

        --- SIGN [057] ---
        SIGN
        INK
        - % * [057]
        - * &AGREEMENT [057]
        - * &CEASEFIRE [057]

        --- RECOGNIZE [054] ---
        RECOGNIZE
        RECOGNISE

        --- COOPERATE [060] ---
        COOPERATE
        COLLABORATE
        - * (ON SECURITY) [062]

        --- TRAIN [062] ---
        TRAIN
        ADVISE
        MENTOR

        --- PROVIDE [070] ---
        PROVIDE
        DONATE
        DELIVER
        GIVE {GIVES GAVE GIVEN GIVING}
        SEND {SENDS SENT SENDING} [---]
        - * &AID [070]
        - * (&AID TO) [070]
        - * &TROOPS [150]
        - * REINFORCEMENTS [150]

        --- EVACUATE [074] ---
        EVACUATE
        RESCUE
        - * (WOUNDED) [074]

        --- EASE [081] ---
        EASE
        LIFT {LIFTS LIFTED LIFTING}
        RELAX
        - * &SANCTIONS [081]
        - * RESTRICTIONS [081]
        - * BLOCKADE [081]

        --- RELEASE [084] ---
        RELEASE
        FREE
        PARDON
        EXCHANGE [084]
        SWAP {SWAPS SWAPPED SWAPPING}
        +HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
        - * &PRISONER [0841]
        - * HOSTAGES [0841]
        - * STATEMENT [---]
        - * REPORT [---]
        - * ADVISORY [---]
        - * VIDEO [---]
        - * FOOTAGE [---]
        - * DETAILS [---]
        - * FUNDS [---]

        --- WITHDRAW [0874] ---
        WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}
        RETREAT
        +PULL_OUT {+PULLS_OUT +PULLED_OUT +PULLING_OUT}
        +PULL_BACK {+PULLS_BACK +PULLED_BACK +PULLING_BACK}
        SURRENDER
        - * &TROOPS [0874]
        - * (FROM) [0874]

        --- DEMOBILIZE [0873] ---
        DEMOBILIZE
        DEMOBILISE
        DISARM
        +LAY_DOWN {+LAYS_DOWN +LAID_DOWN +LAYING_DOWN}

        --- OBSERVE [---] ---
        OBSERVE
        RESPECT
        HONOR
        HONOUR
        ABIDE
        - * &CEASEFIRE [0871]
        - * (BY &CEASEFIRE) [0871]

        --- INVESTIGATE [090] ---
        INVESTIGATE
        PROBE
        EXAMINE

        --- DEMAND [100] ---
        DEMAND
        INSIST
        - * (RELEASE) [1056]
        - * WITHDRAWAL [1056]

        --- ACCUSE [112] ---
        ACCUSE
        BLAME
        ALLEGE
        CHARGE

        --- CRITICIZE [111] ---
        CRITICIZE
        CRITICISE
        CONDEMN
        DENOUNCE
        DEPLORE
        SLAM
        - * ATTACK [111]

        --- REJECT [120] ---
        REJECT
        REFUSE
        DISMISS
        DENY {DENIES DENIED DENYING}
        VETO {VETOES VETOED VETOING}
        - * RESPONSIBILITY [016]
        - * INVOLVEMENT [016]
        - * CLAIM [016]
        - * ACCUSATIONS [016]
        - * (TO NEGOTIATE) [1241]
        - * &TALKS [1241]

        --- THREATEN [130] ---
        THREATEN
        WARN [130]

        --- PROTEST [140] ---
        PROTEST
        DEMONSTRATE
        RALLY {RALLIES RALLIED RALLYING}
        MARCH
        - * (AGAINST) [141]

        --- RIOT [145] ---
        RIOT

        --- DEPLOY [150] ---
        DEPLOY
        MOBILIZE [154]
        MOBILISE [154]
        PATROL {PATROLS PATROLLED PATROLLING}
        REINFORCE

        --- SUSPEND [160] ---
        SUSPEND
        +CUT_TIES {+CUTS_TIES +CUTTING_TIES}
        SEVER
        - * &TALKS [1612]
        - * AID [162]
        - * RELATIONS [161]

        --- SANCTION [163] ---
        SANCTION
        BOYCOTT
        BLACKLIST

        --- SEIZE [171] ---
        SEIZE
        CONFISCATE [1711]
        LOOT
        RANSACK
        DESTROY [1712]
        DEMOLISH [1712]
        TORCH [1712]
        BURN [1712]
        - * WEAPONS [1711]
        - * &SHELLING [1711]
        - * AMMUNITION [1711]
        - * EXPLOSIVES [1711]
        - * CONTROL [192]
        - * (CONTROL OF) [192]

        --- ARREST [173] ---
        ARREST
        DETAIN
        CAPTURE
        APPREHEND
        IMPRISON
        JAIL
        - * (CONTROL OF) [192]
        - * {THE DISTRICT} [192]
        - * {THE TOWN} [192]
        - * {THE CITY} [192]

        --- EXPEL [174] ---
        EXPEL {EXPELS EXPELLED EXPELLING}
        DEPORT
        BANISH
        EXILE

        --- ABDUCT [181] ---
        ABDUCT
        KIDNAP {KIDNAPS KIDNAPPED KIDNAPPING KIDNAPED KIDNAPING}
        HIJACK
        +TAKE_HOSTAGE {+TOOK_HOSTAGE +TAKEN_HOSTAGE +TAKING_HOSTAGE}

        --- TORTURE [1822] ---
        TORTURE
        BEAT {BEATS BEATEN BEATING}
        ABUSE

        --- ASSASSINATE [186] ---
        ASSASSINATE
        EXECUTE [1823]
        BEHEAD [1823]
        LYNCH [1823]

        --- BOMB [183] ---
        BOMB {BOMBS BOMBED BOMBING}
        +BLOW_UP {+BLOWS_UP +BLEW_UP +BLOWN_UP +BLOWING_UP}
        DETONATE
        - &AIRCRAFT * [195]
        - {SUICIDE BOMBER} * [1831]
        - * (WITH {CAR BOMB}) [1832]
        - * (IN {SUICIDE ATTACK}) [1831]

        --- ATTACK [190] ---
        ATTACK
        AMBUSH
        ASSAULT
        RAID
        STORM
        OVERRUN {OVERRUNS OVERRAN OVERRUNNING}
        TARGET {TARGETS TARGETED TARGETTED TARGETING}
        - &AIRCRAFT * [195]
        - * (WITH &AIRCRAFT) [195]
        - * (WITH &SHELLING) [194]
        - * (WITH {SUICIDE BOMBER}) [1831]

        --- FIGHT [190:190] ---
        FIGHT {FIGHTS FOUGHT FIGHTING}
        CLASH [190:190]
        BATTLE
        - * (WITH) [190:190]

        --- ENGAGE [190] ---
        ENGAGE
        - * (WITH) [---]
        - * (IN) [---]
        - * (WITH &AIRSTRIKE) [195]
        - * (WITH &AIRCRAFT) [195]
        - * (WITH &SHELLING) [194]
        - * (WITH ARMS) [190]
        - * (WITH FIRE) [190]

        --- KILL [190] ---
        KILL
        MURDER
        SLAY {SLAYS SLEW SLAIN SLAYING}
        MASSACRE [202]
        WOUND
        INJURE
        SHOOT {SHOOTS SHOT SHOOTING}
        STAB {STABS STABBED STABBING}
        - * (IN {AIR STRIKE}) [195]
        - * (IN &AIRSTRIKE) [195]
        - * (IN {DRONE STRIKE}) [195]
        - * (IN ACCIDENT) [---]
        - * (IN {TRAFFIC ACCIDENT}) [---]
        - * (IN CRASH) [---]
        - &AIRCRAFT * [195]
        - {SUICIDE BOMBER} * [1831]
        - {CAR BOMB} * [1832]
        - {ROADSIDE BOMB} * [183]
        - IED * [183]
        - LANDMINE * [183]
        - MINE * [183]

        --- SHELL [194] ---
        SHELL {SHELLS SHELLED SHELLING}
        BOMBARD
        POUND
        - &AIRCRAFT * [195]

        --- FIRE [---] ---
        FIRE
        +OPEN_FIRE {+OPENS_FIRE +OPENED_FIRE +OPENING_FIRE}
        - * &SHELLING [194]
        - * (ON) [190]
        - * (AT) [190]
        - * (UPON) [190]

        # "attacks that have taken the lives of civilians": taking lives is killing; taking anything else is no event here.
        --- TAKE [---] ---
        TAKE {TAKES TOOK TAKEN TAKING}
        - * {THE LIVES} [190]
        - * LIVES [190]

        --- STRIKE [190] ---
        STRIKE {STRIKES STRUCK STRIKING}
        HIT {HITS HITTING}
        - &AIRCRAFT * [195]
        - * (WITH &AIRCRAFT) [195]
        - * (WITH &SHELLING) [194]

        --- LAUNCH [---] ---
        LAUNCH
        +CARRY_OUT {+CARRIES_OUT +CARRIED_OUT +CARRYING_OUT}
        CONDUCT
        MOUNT
        STAGE
        - * &AIRSTRIKE [195]
        - * {AERIAL ATTACK} [195]
        - * (&AIRCRAFT ATTACK) [195]
        - * {SUICIDE ATTACK} [1831]
        - * {SUICIDE BOMBING} [1831]
        - * {CAR BOMBING} [1832]
        - * &SHELLING [194]
        - * {ROCKET ATTACK} [194]
        - * {MORTAR ATTACK} [194]
        - * STRIKE [195]
        - * &ASSAULT [190]
        - * PROTEST [141]
        - * DEMONSTRATION [141]
        - * (INVESTIGATION) [090]

        --- VIOLATE [---] ---
        VIOLATE
        BREACH
        BREAK {BREAKS BROKE BROKEN BREAKING}
        - * &CEASEFIRE [196]
        - * &AGREEMENT [196]

        --- OCCUPY [192] ---
        OCCUPY {OCCUPIES OCCUPIED OCCUPYING}
        +TAKE_CONTROL {+TAKES_CONTROL +TOOK_CONTROL +TAKEN_CONTROL +TAKING_CONTROL}
        +TAKE_OVER {+TAKES_OVER +TOOK_OVER +TAKEN_OVER +TAKING_OVER}
        RECAPTURE
        RETAKE {RETAKES RETOOK RETAKEN RETAKING}
        """
}
