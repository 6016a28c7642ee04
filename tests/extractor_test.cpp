// Table-driven tests of the extractor: sentences written for these tests,
// each with the facts it must give and the facts it must not give.
#include "newsgraph/extractor.hpp"

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace {

const newsgraph::Extractor& TheExtractor() { return newsgraph::testing::ShippedExtractor(); }

newsgraph::Graph Extract(const std::string& text) { return newsgraph::testing::ExtractText(text); }

// "SOURCE relation TARGET" for every edge.
std::set<std::string> Triples(const newsgraph::Graph& g) {
  std::set<std::string> out;
  for (auto e : g.SortedEdges()) {
    out.insert(g.node(g.source(e)).id + " " + g.edge(e).type + " " + g.node(g.target(e)).id);
  }
  return out;
}

const newsgraph::EdgeData* FindEdge(const newsgraph::Graph& g, const std::string& triple) {
  for (auto e : g.SortedEdges()) {
    if (g.node(g.source(e)).id + " " + g.edge(e).type + " " + g.node(g.target(e)).id == triple) {
      return &g.edge(e);
    }
  }
  return nullptr;
}

struct Case {
  const char* construction;
  const char* text;
  std::vector<const char*> expected;  // must be present
  std::vector<const char*> absent;    // must not be present
};

const std::vector<Case> kCases = {
    {"supply X with Y", "Iran supplied Russia with drones.",
     {"IRN supplied drone", "RUS acquired drone"}, {"RUS supplied drone"}},
    {"deliver Y to X", "Belarus delivered artillery shells to Russia last month.",
     {"BLR supplied artillery-shell", "RUS acquired artillery-shell"}, {}},
    {"passive participle and passive use", "Missiles supplied by North Korea were fired at Kharkiv on Tuesday.",
     {"PRK supplied missile", "missile used-in kharkiv"}, {"PRK used missile"}},
    {"nominalization with possessive", "China's transfer of drones to Iran worried Washington.",
     {"CHN supplied drone", "IRN acquired drone"}, {"USA supplied drone"}},
    {"X-supplied compound", "Ukrainian forces used US-supplied HIMARS in the Kherson region.",
     {"USA supplied himars", "UKR acquired himars", "UKR used himars"}, {}},
    {"coordinated subjects", "France, Germany and Italy condemned Iran.",
     {"FRA condemned IRN", "DEU condemned IRN", "ITA condemned IRN"}, {}},
    {"complement clause of an accusation", "Poland accused Belarus of supplying weapons to Russia.",
     {"POL accused BLR", "BLR supplied weapons", "RUS acquired weapons"}, {"POL supplied weapons"}},
    {"reported speech", "The Pentagon said Iran had shipped drones to Russia.",
     {"IRN supplied drone", "RUS acquired drone"}, {}},
    {"negation", "Japan did not supply weapons to Ukraine.", {}, {"JPN supplied weapons"}},
    {"hypothetical", "Germany could supply tanks to Ukraine.", {}, {"DEU supplied tank"}},
    {"attempt", "The Houthis are trying to procure drones from Iran.", {},
     {"houthis acquired drone", "IRN supplied drone"}},
    {"denial of a supply", "Iran denied supplying drones to Russia.",
     {"IRN denied drone"}, {"IRN supplied drone"}},
    {"country merely mentioned", "Officials met in Geneva to discuss Syria.", {}, {}},
    {"title before a name", "Chinese Foreign Minister Wang Yi said the talks were useful.",
     {"wang-yi represents CHN"}, {}},
    {"apposition", "Linda Thomas-Greenfield, the U.S. ambassador to the U.N., condemned Russia.",
     {"linda-thomas-greenfield represents USA", "linda-thomas-greenfield condemned RUS"},
     {"USA condemned RUS", "united-nations condemned RUS"}},
    {"council members list", "Security Council members Brazil, Ghana and Albania voted for the text.",
     {"BRA member-of un-security-council", "GHA member-of un-security-council",
      "ALB member-of un-security-council"}, {}},
    {"sanctions", "The European Union imposed sanctions on Belarus.",
     {"european-union sanctioned BLR"}, {}},
    {"violation", "Pyongyang violated Security Council resolutions.", {"PRK violated unscr"}, {}},
    {"urge two parties", "Turkey urged Azerbaijan and Armenia to resume talks.",
     {"TUR urged AZE", "TUR urged ARM"}, {}},
    {"urging members is not urging the members named before",
     "Security Council members Brazil, Ghana and Albania voted for the text. "
     "Ireland urged member states to act as a permanent member would.",
     {"BRA member-of un-security-council"}, {"IRL urged BRA", "IRL urged GHA", "IRL urged ALB"}},
    {"light verb with an attack noun", "Azerbaijan launched an offensive against Armenia on Tuesday.",
     {"AZE attacked ARM"}, {}},
    {"phrasal light verb with an attack noun", "Israel carried out air strikes on Beirut overnight.",
     {"ISR attacked beirut"}, {}},
    {"phrasal light verb, no target", "Sudan's army stepped up its campaign.", {}, {"SDN attacked SDN"}},
    {"a war with a party is fought where it is", "Saudi Arabia waged a war in Yemen for years.",
     {"SAU attacked YEM"}, {}},
    {"a war named without a party has no attacker", "France raised the war in Sudan at the Council.", {},
     {"FRA attacked SDN"}},
    {"a purpose after a transfer is the recipient's", "Iran shipped drones to Russia for use in its war in Ukraine.",
     {"RUS attacked UKR", "IRN supplied drone"}, {"IRN attacked UKR"}},
    {"a participle after a weapon is a passive without 'be'",
     "Iran supplied the Houthis with drones used in attacks on Israel.",
     {"houthis used drone", "houthis attacked ISR", "IRN supplied drone"}, {"IRN used drone"}},
    {"a capital struck is the place", "Russia used drones to strike Kyiv.",
     {"RUS attacked kyiv", "drone used-in kyiv"}, {"RUS attacked UKR", "drone used-in UKR"}},
    {"a capital that strikes is the state", "Kyiv struck a Russian airbase in Crimea.", {}, {"kyiv attacked crimea"}},
    {"a possessive owner before the weapon used", "Russia used Iran's Shahed-136 drones to shell Kherson.",
     {"RUS used shahed-136", "shahed-136 used-in kherson"}, {"IRN used shahed-136"}},
    {"'its' is not a weapon's origin", "The Russian army used Iranian drones for its strikes on Kherson.",
     {"RUS attacked kherson"}, {"IRN attacked kherson"}},
    {"attack with a named weapon", "Russia attacked Odesa with Shahed drones.",
     {"RUS attacked odesa", "RUS used shahed-136", "shahed-136 used-in odesa"}, {}},
    {"use at a place", "Houthi rebels fired missiles at ships in the Red Sea.",
     {"houthis used missile", "missile used-in red-sea"}, {}},
    {"acquire from", "Venezuela bought Su-30 fighter jets from Russia.",
     {"VEN acquired su-30", "RUS supplied su-30"}, {}},
    {"according to", "Russia has used Iranian drones against Ukraine, according to Britain.",
     {"RUS used drone", "drone used-in UKR"}, {"IRN used drone", "GBR used drone"}},
    {"role without a name, then a denial of the claim",
     "Seoul's envoy criticized Pyongyang. Kim Song, North Korea's ambassador, rejected the claims.",
     {"KOR condemned PRK", "kim-song represents PRK", "kim-song denied KOR"}, {"kim-song denied PRK"}},
    {"attack on a country", "Israel struck targets in Lebanon on March 3.", {"ISR attacked LBN"}, {}},
    {"surname refers to the full name",
     "Kenyan President William Ruto spoke on Monday. Ruto condemned the coup in Niger.",
     {"william-ruto represents KEN"}, {"ruto represents KEN"}},
    {"pronoun refers to the last person",
     "Polish Foreign Minister Adam Nowak met reporters. He accused Belarus of aggression.",
     {"adam-nowak accused BLR"}, {}},
    {"the North", "North Korea fired a ballistic missile. Seoul condemned the North.",
     {"PRK used ballistic-missile", "KOR condemned PRK"}, {}},
    {"joint statement issuers and 'we'",
     "Canada, Norway and Australia issued a joint statement. We condemn Iran's transfer of drones to Russia.",
     {"CAN condemned IRN", "NOR condemned IRN", "AUS condemned IRN", "IRN supplied drone"}, {}},
    {"relative clause antecedent", "They found drones that Russia had deployed in Syria.",
     {"RUS used drone", "drone used-in SYR"}, {}},
    {"causative verb: the one allowed acts", "Belarus allowed Russian troops to use its territory to attack Ukraine.",
     {"RUS attacked UKR"}, {"BLR attacked UKR"}},
    {"possessor of a condemned act", "The U.N. General Assembly condemned Russia's annexation of four Ukrainian regions.",
     {"un-general-assembly condemned RUS"}, {"un-general-assembly condemned UKR"}},
    {"claimed responsibility for an attack", "The Houthis claimed responsibility for an attack on a ship in the Gulf of Aden.",
     {"houthis attacked gulf-of-aden"}, {}},
    {"act verb with a nominal use", "North Korean leader Kim Jong Un oversaw the launch of a Hwasong-18 missile, KCNA reported.",
     {"kim-jong-un used hwasong-18"}, {}},
    {"the U.N. is a posting, the state is the owner",
     "Iran's U.N. ambassador, Amir Saeid Iravani, rejected the claims. Russia's deputy envoy Dmitry Polyanskiy spoke next.",
     {"amir-saeid-iravani represents IRN", "dmitry-polyanskiy represents RUS"},
     {"amir-saeid-iravani represents united-nations"}},
    {"violators are in the clause stating the act",
     "Britain and France told the Security Council that Iran had transferred drones to Russia in violation of Resolution 2231.",
     {"IRN violated unscr-2231"}, {"GBR violated unscr-2231", "un-security-council violated unscr-2231"}},
    {"'along with' adds to a coordinated subject",
     "Norway, Spain and Ireland, along with Slovenia, denounced the blockade by Israel.",
     {"NOR condemned ISR", "ESP condemned ISR", "IRL condemned ISR", "SVN condemned ISR"}, {}},
    {"'continues to V' keeps the subject of 'continues'",
     "The statement was issued by Japan and Canada as North Korea continues to test-fire missiles.",
     {"PRK used missile"}, {"JPN used missile", "CAN used missile"}},
    {"a body's spokesperson speaks for the body and its state",
     "Russia said the talks failed. Russian Foreign Ministry spokeswoman Maria Zakharova criticized Kyiv.",
     {"maria-zakharova represents RUS"}, {}},
    {"a weapon as subject of an impact verb",
     "Russia fired Kh-101 missiles at Ukraine overnight. One missile landed in the Kharkiv region of Ukraine.",
     {"RUS used kh-101", "kh-101 used-in kharkiv-region"}, {}},
    {"the named place, not its state", "Russia used Shahed drones to bombard Ukraine's Odesa.",
     {"shahed-136 used-in odesa"}, {"shahed-136 used-in UKR"}},
    {"an attack that used a weapon", "Moscow blamed a Ukrainian attack on Crimea that used US-supplied missiles.",
     {"UKR attacked crimea", "UKR used missile", "missile used-in crimea", "USA supplied missile"}, {}},
    {"a possessive inside a listed name names its owner too", "Yemen's Houthis fired drones at ships.",
     {"houthis used drone"}, {}},
    {"a relative clause after a date names the weapon", "Russia fired missiles on May 2, which landed in the Kharkiv region.",
     {"RUS used missile", "missile used-in kharkiv-region"}, {}},
    {"a denial answers a claim made in the same sentence",
     "\"Some countries and the UK have claimed that Iran sent troops, which is totally refuted,\" Baghaei said.",
     {"esmaeil-baghaei denied GBR"}, {}},
    {"a list of names with nouns after them",
     "Qatar denied the reports, despite allegations from United Nations experts, US lawmakers and rights groups.",
     {"QAT denied united-nations", "QAT denied USA", "united-nations accused QAT", "USA accused QAT"}, {}},
    {"a participle clause is not the object's source",
     "The United States approved the sale of Harpoon missiles to Taiwan, drawing criticism from Beijing.",
     {"USA supplied harpoon", "TWN acquired harpoon"}, {"CHN supplied harpoon"}},
    {"issuers of a joint statement named in the next sentence share its acts",
     "Five governments on Monday condemned Azerbaijan's shelling of Armenian villages and urged "
     "Baku to withdraw. The joint statement was issued by Canada, Norway and Sweden along with "
     "Chile and Ghana.",
     {"CAN condemned AZE", "NOR condemned AZE", "SWE condemned AZE", "CHL condemned AZE",
      "GHA condemned AZE", "NOR urged AZE", "GHA urged AZE"},
     {"AZE condemned AZE"}},
    {"issuers listed with their roles before the names",
     "The African Union denounced Rwanda on Sunday. \"Civilians pay the price,\" read the letter signed "
     "by Council members Kenya and Sierra Leone, observers Egypt and Ethiopia, as well as Chad.",
     {"african-union condemned RWA", "KEN condemned RWA", "SLE condemned RWA", "EGY condemned RWA",
      "ETH condemned RWA", "TCD condemned RWA"},
     {"african-union condemned african-union"}},
    {"issuers listed in the statement's own sentence, before its verb",
     "On Friday a joint letter signed by nine states, including Peru, Chile, and Uruguay, condemned "
     "Venezuela's seizure of the border posts.",
     {"PER condemned VEN", "CHL condemned VEN", "URY condemned VEN"}, {"VEN condemned VEN"}},
    {"a denial answers whoever asserted the denied fact, even later",
     "Poland has criticized Russia over the shelling of Kharkiv. Belarus on Tuesday denied that Minsk "
     "had sent tanks to Russia. Last week Lithuania said Belarus had sent tanks to Russia.",
     {"BLR denied LTU", "BLR supplied tank"}, {"BLR denied POL"}},
    {"a veto of a resolution named after the body: membership of the body",
     "China on Tuesday vetoed a U.N. Security Council resolution on Myanmar.",
     {"CHN member-of un-security-council"}, {}},
    {"backing a draft is a vote; 'as did' adds voters; an apposition names members",
     "The U.N. Security Council met on Haiti. Kenya, Ghana and Gabon, the three African members of "
     "the council, backed the draft, as did Ecuador and Japan.",
     {"KEN member-of un-security-council", "GHA member-of un-security-council",
      "GAB member-of un-security-council", "ECU member-of un-security-council",
      "JPN member-of un-security-council"},
     {}},
    {"backing a party is no vote",
     "The U.N. Security Council met on Yemen. Iran backed the Houthis, as did Syria.", {},
     {"IRN member-of un-security-council", "SYR member-of un-security-council"}},
    {"unnamed parties who condemn and warn: a later statement's issuers, not a speaker",
     "A group of nine countries condemned Hamas and warned the group that it would pay. The statement "
     "was released by the White House on behalf of the governments of Denmark, Norway and Japan.",
     {"DNK condemned hamas", "NOR condemned hamas", "JPN condemned hamas"}, {"hamas condemned hamas"}},
    {"attackers as modifiers of an attack noun; an armed group's sites and a place after them",
     "Israeli and U.S. strikes on Houthi radar sites around Hodeidah continued overnight.",
     {"ISR attacked houthis", "USA attacked houthis", "ISR attacked hodeidah"}, {"houthis attacked ISR"}},
    {"a verb's object held by an armed group, and the region named after it",
     "Sudanese army drones struck two villages held by the RSF in North Darfur on Sunday.",
     {"SDN attacked rapid-support-forces", "SDN attacked north-darfur"}, {}},
    {"a place owned by a state after a possessive; what a state owns",
     "Russian forces shelled Ukraine's Kherson and struck Ukraine's power grid.",
     {"RUS attacked kherson", "RUS attacked UKR"}, {}},
    {"an attack noun as the subject of an attack verb: its attackers act",
     "Hezbollah launched rocket attacks on northern Israel. The attacks hit a school in Nabatieh.",
     {"hezbollah attacked northern-israel", "hezbollah attacked nabatieh"}, {}},
    {"an attack's phrase ends at a subordinate clause or another fact",
     "The Council discussed the war in Sudan after Kenya accused Ethiopia of attacks against Somalia.",
     {}, {"un-security-council attacked SDN", "un-security-council attacked SOM", "KEN attacked SOM"}},
    {"a person, then a role of a body in apposition: represents the body",
     "\"The ceasefire is fragile,\" said Lina Haddad, director of the Levant Policy Forum, a research "
     "group in Amman.",
     {"lina-haddad represents levant-policy-forum"}, {}},
    {"a body's role, then a rank before the name: represents the body",
     "Central Command's commander, General Tom Reyes, accused Iran of arming the Houthis.",
     {"tom-reyes represents us-central-command", "tom-reyes accused IRN"}, {}},
    {"a statement by others than the earlier condemner shares nothing",
     "Turkey condemned the Israeli raid. A statement by Qatar and Oman later called for calm.",
     {"TUR condemned ISR"}, {"QAT condemned ISR", "OMN condemned ISR"}},
    {"a subordinate clause after the issuers names no issuer",
     "Japan and six other nations condemned North Korea's missile tests and urged the Security Council "
     "to act. The statement was "
     "issued by states including Japan, Australia and Canada as Pyongyang prepared another launch.",
     {"JPN condemned PRK", "AUS condemned PRK", "CAN condemned PRK", "AUS urged un-security-council"},
     {"PRK condemned PRK", "PRK urged un-security-council"}},
    {"sanctions on A, and on B: a second phrase of the preposition adds a target",
     "Australia imposed sanctions on the RSF, and on a Chadian arms broker.",
     {"AUS sanctioned rapid-support-forces", "AUS sanctioned TCD"}, {}},
    {"a measure noun imposed stands for sanctions; welcomed measures are none",
     "Japan and South Korea have imposed similar measures on the Wagner Group. Norway welcomed the "
     "measures against the Wagner Group.",
     {"JPN sanctioned wagner-group", "KOR sanctioned wagner-group"}, {"NOR sanctioned wagner-group"}},
    {"sanctions as the object of an act verb that is also a speech verb",
     "Canada announced new sanctions on Eritrean generals.", {"CAN sanctioned ERI"}, {}},
    {"asset freezes are sanctions", "Norway imposed asset freezes on four Belarusian officials.",
     {"NOR sanctioned BLR"}, {}},
    {"a party added to a sanctions list, actively and in the passive",
     "Switzerland added two Syrian businessmen to its sanctions list. Three Serbian arms traders were "
     "added to the EU's blacklist on Monday.",
     {"CHE sanctioned SYR", "european-union sanctioned SRB"}, {}},
    {"a reduced relative clause ends the sanctioned parties",
     "The United States imposed sanctions on a Sudanese general and two firms Washington said had armed the RSF.",
     {"USA sanctioned SDN"}, {"USA sanctioned rapid-support-forces"}},
    {"abstaining on or vetoing a text that imposes sanctions: membership, no sanction",
     "China and Russia abstained on a Security Council resolution imposing sanctions on South Sudan. "
     "Later Russia vetoed a Security Council resolution on sanctions against Mali.",
     {"CHN member-of un-security-council", "RUS member-of un-security-council"},
     {"CHN sanctioned SSD", "RUS sanctioned SSD", "RUS sanctioned MLI"}},
    {"a body that adopts a text imposing sanctions sanctions; its drafter does not",
     "The Security Council adopted a resolution drafted by France that imposes sanctions on the Central "
     "African Republic.",
     {"un-security-council sanctioned CAF"}, {"FRA sanctioned CAF"}},
    {"a weapon class with named examples: the examples are the weapons",
     "Egypt bought air-defence systems such as the Buk and Pantsir from Russia. Rebels used drones "
     "including the Mohajer-6 against army bases in Gao.",
     {"EGY acquired buk", "EGY acquired pantsir", "RUS supplied pantsir", "mohajer-6 used-in gao"},
     {"EGY acquired air-defense-system", "RUS supplied air-defense-system", "drone used-in gao"}},
    {"a definite weapon class refers to the systems named before; a bare one does not",
     "Mali bought Bayraktar TB2 and Akinci drones from Turkey. Turkey delivered a dozen TB2s in 2023. "
     "The Malian army has since used the drones in the Kidal region. Sudan used drones in Darfur.",
     {"bayraktar-tb2 used-in kidal", "bayraktar-akinci used-in kidal", "SDN used drone"},
     {"drone used-in kidal", "SDN used bayraktar-tb2", "SDN used bayraktar-akinci"}},
    {"names listed before a class noun or a generic head are systems; an abbreviation is not",
     "Poland received the K2, K9 and Chunmoo systems from South Korea. Greece acquired Rafale and "
     "Mirage fighter jets from France. Russia fired NK missiles at Kharkiv.",
     {"POL acquired k2-black-panther", "POL acquired k9-thunder", "KOR supplied k9-thunder",
      "GRC acquired mirage", "GRC acquired rafale", "RUS used missile"},
     {"GRC acquired fighter-jet", "RUS used nk"}},
    {"a denied claim's possessor made it",
     "Egypt accused Ethiopia of endangering the Nile. Sudan's envoy Amal Idris said talks had stalled. "
     "Ethiopia rejected Cairo's claims on Tuesday.",
     {"ETH denied EGY"}, {"ETH denied amal-idris", "EGY accused EGY"}},
    {"a possessed charge with a clause about the denier: an accusation too",
     "Chad denies Sudan's charge that it arms the rebels.", {"TCD denied SDN", "SDN accused TCD"}, {}},
    {"rejecting a draft or measures is no denial",
     "Russia accused Britain of lying. Syria's envoy Bashar Jaafari rejected the draft as biased. "
     "Belarus dismissed the measures.",
     {"RUS accused GBR"}, {"bashar-jaafari denied RUS", "BLR denied RUS", "SYR denied RUS"}},
    {"'the allegation' answers the last accusation against the denier, all its accusers",
     "Colombia accused Venezuela of sheltering rebels. Foreign Minister Ana Ruiz said Bogota had evidence. "
     "Venezuela's government rejected the allegation. Kenya and Uganda accused Rwanda of backing "
     "the rebels. Rwanda denied the accusations.",
     {"VEN denied COL", "RWA denied KEN", "RWA denied UGA"}, {"VEN denied ana-ruiz"}},
    {"a title owned by a possessive pronoun ('Its spokesman, NAME'): represents its referent",
     "The Sudanese army said it had repelled the attack. Its spokesman, Brigadier General Omar Hadi, "
     "accused the RSF of shelling Omdurman.",
     {"omar-hadi represents SDN", "omar-hadi accused rapid-support-forces"}, {"omar-hadi represents rapid-support-forces"}},
    {"a known one-word name followed by another name is someone else's given name",
     "Iranian Foreign Minister Abbas Nouri condemned the strikes by Israel.",
     {"abbas-nouri represents IRN", "abbas-nouri condemned ISR"}, {"mahmoud-abbas represents IRN"}},
    // Phrases read by their tags, not a fixed number of tokens: a long instrument list, a
    // violated text at the end of a long noun phrase with a participle complement.
    {"every weapon of a long instrument list",
     "Militants attacked the army base near Kidal using Kornet anti-tank missiles, heavy mortars and Grad rockets.",
     {"kornet used-in kidal", "bm-21-grad used-in kidal"}, {}},
    {"a violated resolution at the end of a long noun phrase",
     "Eritrea shipped rifles to the militia in breach of the long-standing international arms embargo imposed "
     "on the country by Security Council Resolution 1907.",
     {"ERI violated unscr-1907"}, {}},
    // Attacks: the attacker as a demonym before the forces or aircraft that struck, weapons
    // fired at a target, sites named by who uses them or where they are, an attack noun as
    // the subject of what it did.
    {"a demonym before the aircraft that struck is the attacker",
     "Ethiopian jets struck camps of the Oromo Liberation Army in the Amhara region on Sunday.",
     {"ETH attacked oromo-liberation-army", "ETH attacked amhara-region"}, {}},
    {"weapons fired at a target attack it",
     "Al-Shabaab fighters fired a volley of mortars at bases in Mogadishu overnight.",
     {"al-shabaab used mortar", "al-shabaab attacked mogadishu"}, {}},
    {"a quantity after a firing verb is no target",
     "Russian forces launched at least two of the Iranian-made drones on Monday.",
     {"RUS used drone"}, {"RUS attacked IRN"}},
    {"sites used by a group are its sites",
     "Turkish forces struck three depots used by the Kurdistan Workers' Party in Duhok.",
     {"TUR attacked kurdistan-workers-party", "TUR attacked duhok"}, {}},
    {"the sites of a state, and the place they are in",
     "Armenian troops shelled Azerbaijani border posts in Nakhchivan on Friday.",
     {"ARM attacked AZE", "ARM attacked nakhchivan"}, {}},
    {"an attack noun as the subject: its object was hit",
     "A Kenyan air strike killed 20 al-Shabaab militants near Kismayo on Tuesday.",
     {"KEN attacked al-shabaab", "KEN attacked kismayo"}, {}},
    // Joint statements: the representatives of listed states speak for them; a statement
    // read on behalf of a list, and its signatories in the next sentence; a ministry's act
    // before it is not the issuers'.
    {"the ministers of listed states act for them",
     "The foreign ministers of Peru and Chile urged Bolivia to reopen the border.",
     {"PER urged BOL", "CHL urged BOL"}, {}},
    {"ambassadors of listed states after an opener",
     "In a joint statement, the ambassadors of Norway, Chile and Ghana in Nairobi condemned the attack by the "
     "Lord's Resistance Army and called on Uganda to protect civilians.",
     {"NOR condemned lords-resistance-army", "GHA condemned lords-resistance-army", "CHL urged UGA"}, {}},
    {"a statement on behalf of a list, its signatories in the next sentence",
     "At a meeting in Geneva on Monday, Austria's envoy read a joint statement on behalf of Austria, Ireland, "
     "Malta and Portugal. The signatories condemned Belarus.",
     {"AUT condemned BLR", "IRL condemned BLR", "MLT condemned BLR", "PRT condemned BLR"}, {}},
    {"a ministry's accusation is not a joint statement's",
     "The Moldovan defence ministry accused Russia of violating its airspace. A joint statement on behalf of "
     "Latvia, Estonia and Lithuania urged Moscow to stop the flights.",
     {"LVA urged RUS", "LTU urged RUS"}, {"LVA accused RUS", "EST accused RUS"}},
    {"the heads of government of listed states",
     "The heads of government of Barbados and Jamaica condemned Venezuela.",
     {"BRB condemned VEN", "JAM condemned VEN"}, {}},
    {"gunmen from a group act for it",
     "Gunmen from the Lord's Resistance Army attacked Bangui with rifles and machetes.",
     {"lords-resistance-army attacked bangui", "lords-resistance-army used small-arms"}, {}},
    // Membership in an apposition with the body before the noun, of coordinated blocs, and
    // of the groups named "along with" a member.
    {"a bloc member in an apposition, the bloc before the noun",
     "Estonia and Latvia, both NATO members, urged Russia to stop.",
     {"EST member-of nato", "LVA member-of nato", "EST urged RUS"}, {}},
    {"a member of two blocs",
     "Spain, a member of NATO and the European Union, urged Morocco to talk.",
     {"ESP member-of nato", "ESP member-of european-union"}, {}},
    {"members named along with a member",
     "The Kachin Independence Army is a member of the Three Brotherhood Alliance, along with the Arakan Army.",
     {"kachin-independence-army member-of three-brotherhood-alliance", "arakan-army member-of three-brotherhood-alliance"},
     {"kachin-independence-army member-of arakan-army"}},
    // Attacks stated by ambush, storm, ram...; the subject of a subordinate clause.
    {"a subordinate clause's unnamed subject is not the main clause's name",
     "Kosovo accused Serbia on Monday of arming the militia, a day after gunmen ambushed a police patrol near Zvecan.",
     {"XKX accused SRB"}, {"SRB attacked XKX", "XKX attacked SRB"}},
    {"a subordinate clause's named subject",
     "Manila protested after Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal.",
     {"china-coast-guard attacked PHL"}, {"PHL attacked PHL"}},
    {"storming a base",
     "Boko Haram fighters stormed a Nigerian army base in Borno on Sunday.",
     {"boko-haram attacked NGA", "boko-haram attacked borno"}, {}},
    {"a with-phrase governed by a supply is no weapon of a war named after it",
     "Ethiopia accused Egypt of supplying Somalia with mortars \"to drag the region into war\".",
     {"EGY supplied mortar", "SOM acquired mortar"}, {"EGY used mortar", "SOM used mortar"}},
    // Denials: an account is a claim; statements cited after the denied claim did not make it.
    {"a possessed account is a denied claim",
     "Hanoi rejected Beijing's account of the collision as \"distorted\".",
     {"VNM denied CHN"}, {}},
    {"statements cited after the denied allegations did not make them",
     "Moscow dismissed these allegations as false, citing statements from Kyiv.",
     {}, {"RUS denied UKR"}},
    {"a claim called a fabrication is denied",
     "Turkey called the claims by Greece \"a fabrication\".",
     {"TUR denied GRC"}, {}},
    {"a claim called credible is not denied, nor is a call on a party",
     "Turkey called the claims by Greece credible and called on Cyprus to talk.",
     {"TUR urged CYP"}, {"TUR denied GRC"}},
    // A dateline before the subject, a name's abbreviation in parentheses, a glued modifier
    // ("Iran-backed") inside the target phrase, a participle that only describes its noun.
    {"fighters of a group after a dateline, its abbreviation in parentheses",
     "GOMA, Congo, May 2 - Fighters of the Allied Democratic Forces (ADF) attacked two villages near Beni with "
     "armed drones overnight.",
     {"allied-democratic-forces attacked beni", "allied-democratic-forces used drone"},
     {"allied-democratic-forces supplied drone", "COD attacked beni"}},
    {"a glued modifier is no new fact in the target phrase",
     "Israeli jets struck three depots used by the Iran-backed group Hezbollah in the Bekaa Valley.",
     {"ISR attacked hezbollah", "ISR attacked bekaa-valley"}, {"ISR attacked IRN"}},
    // Attack nouns with their agent among the complements; passives with a subject target.
    {"the shelling of X by Y",
     "The shelling of Armenian border posts by Azerbaijani forces went on all night.",
     {"AZE attacked ARM"}, {"ARM attacked AZE"}},
    {"a passive's subject was attacked by the fighters of a group",
     "The village of Kunduz was overrun on Monday by several hundred fighters of the Islamic State Khorasan Province.",
     {"islamic-state-khorasan-province attacked kunduz"}, {}},
    {"the holder of the target did not strike",
     "Sudanese army drone strikes on towns controlled by the Rapid Support Forces killed 12 people.",
     {"SDN attacked rapid-support-forces"}, {"rapid-support-forces attacked SDN"}},
    // A minister with no owner named serves the state of the story's dateline; without a
    // dateline, nobody is guessed.
    {"an ownerless minister serves the dateline's state",
     "LIMA, March 3 - Defence Minister Ana Ruiz condemned the attack by the Shining Path.",
     {"ana-ruiz represents PER", "ana-ruiz condemned shining-path"}, {}},
    {"no dateline, no owner guessed",
     "Defence Minister Ana Ruiz condemned the attack by the Shining Path.",
     {"ana-ruiz condemned shining-path"}, {"ana-ruiz represents PER"}},
    {"the dateline's state only when no title of the article names the owner",
     "NAIROBI, May 2 - Defence Minister Juma Okello spoke first. Juma Okello, Uganda's defence minister, "
     "condemned the raid by the Lord's Resistance Army.",
     {"juma-okello represents UGA"}, {"juma-okello represents KEN"}},
    {"the government of the dateline's state",
     "NAIROBI, May 2 - Britain urged the government to open an inquiry into the killings.",
     {"GBR urged KEN"}, {}},
    {"no dateline, no government guessed",
     "Britain urged the government to open an inquiry into the killings.",
     {}, {"GBR urged KEN"}},
    // Parties counted, not named: "both sides", "the three governments".
    {"both sides are the parties named most",
     "Fighting between Thailand and Cambodia spread on Monday. Malaysia urged both sides to hold fire.",
     {"MYS urged THA", "MYS urged KHM"}, {"MYS urged MYS"}},
    {"the three governments are the last three states listed",
     "Mali, Burkina Faso and Niger left the bloc in January, and France withdrew its troops. France was "
     "criticised. The ECOWAS chief urged the three governments to return.",
     {"economic-community-of-west-african-states urged MLI", "economic-community-of-west-african-states urged NER"},
     {"economic-community-of-west-african-states urged FRA"}},
    // A condemned act whose agents modify it.
    {"condemning the U.S. strikes condemns the United States",
     "Iraq condemned the U.S. strikes as a violation of its sovereignty.",
     {"IRQ condemned USA"}, {"IRQ condemned IRQ"}},
    {"joined modifiers of a condemned act",
     "Yemen condemned the American-British aggression against Hodeidah.",
     {"YEM condemned USA", "YEM condemned GBR"}, {}},
    {"what the speaker called it: the pronoun in 'what it called' is no target",
     "The Latvian foreign ministry summoned Belarus's ambassador and condemned what it called a "
     "\"deliberate provocation\".",
     {}, {"BLR condemned lva-foreign-ministry", "lva-foreign-ministry condemned lva-foreign-ministry"}},
    {"a verb after 'and' shares the first verb's subject, even after a named object",
     "Manila lodged a protest after Chinese coast guard vessels rammed a Philippine boat near Second Thomas "
     "Shoal and fired water cannon at its crew.",
     {"china-coast-guard used water-cannon"}, {"PHL used water-cannon"}},
    {"a transfer noun that modifies another noun states no transfer",
     "Chinese coast guard vessels rammed a Philippine supply boat and fired water cannon at its crew.",
     {"china-coast-guard used water-cannon"}, {"PHL supplied water-cannon"}},
};

}  // namespace

TEST_CASE("extractor: constructions give their facts and only those") {
  for (const Case& c : kCases) {
    SECTION(c.construction) {
      newsgraph::Graph g = Extract(c.text);
      std::set<std::string> got = Triples(g);
      INFO("text: " << c.text);
      std::string all;
      for (const auto& t : got) all += t + "; ";
      INFO("got: " << all);
      for (const char* want : c.expected) CHECK(got.count(want) == 1);
      for (const char* not_want : c.absent) CHECK(got.count(not_want) == 0);
    }
  }
}

TEST_CASE("extractor: known people are persons without any cue") {
  newsgraph::Graph g = Extract("The talks stalled over Putin's demands, diplomats in Vienna noted.");
  REQUIRE(g.FindNode("vladimir-putin").has_value());
  const auto& putin = g.node(*g.FindNode("vladimir-putin"));
  CHECK(putin.kind == "person");
  // Whom a known person represents comes from the text only: nothing here says it.
  CHECK(g.num_edges() == 0);
}

TEST_CASE("extractor: a given name spelled otherwise joins a known surname") {
  newsgraph::Graph g = Extract("Foreign Ministry spokesman Esmail Baghaei rejected the report.");
  CHECK_FALSE(g.FindNode("esmail").has_value());
  REQUIRE(g.FindNode("esmaeil-baghaei").has_value());
  const auto& p = g.node(*g.FindNode("esmaeil-baghaei"));
  CHECK(std::find(p.aliases.begin(), p.aliases.end(), "Esmail Baghaei") != p.aliases.end());
}

TEST_CASE("extractor: an owner named inside a listed name is a node") {
  newsgraph::Graph g = Extract("Yemen's Houthis fired drones at ships.");
  CHECK(g.FindNode("YEM").has_value());
  CHECK(g.FindNode("houthis").has_value());
}

TEST_CASE("extractor: a news agency's name holds common words") {
  newsgraph::Graph g = Extract("The talks failed, Tashim News Agency reported.");
  CHECK(g.FindNode("tashim-news-agency").has_value());
  CHECK_FALSE(g.FindNode("agency").has_value());
}

TEST_CASE("extractor: a merely mentioned country is a node with no edge") {
  newsgraph::Graph g = Extract("Officials met in Geneva to discuss Syria.");
  CHECK(g.FindNode("SYR").has_value());
  CHECK(g.num_edges() == 0);
}

TEST_CASE("extractor: weapons appear only when a fact involves them") {
  newsgraph::Graph g = Extract("Analysts discussed drones and tanks at length.");
  CHECK_FALSE(g.FindNode("drone").has_value());
  CHECK_FALSE(g.FindNode("tank").has_value());
}

TEST_CASE("extractor: one node per entity however it is named") {
  newsgraph::Graph g =
      Extract("The DPRK fired a missile. Pyongyang said North Korea would continue the tests.");
  REQUIRE(g.FindNode("PRK").has_value());
  const auto& prk = g.node(*g.FindNode("PRK"));
  CHECK(prk.type == "country");
  CHECK(prk.iso3 == "PRK");
  CHECK(prk.mentions >= 3);
  for (const char* alias : {"DPRK", "Pyongyang", "North Korea"}) {
    INFO(alias);
    CHECK(std::find(prk.aliases.begin(), prk.aliases.end(), alias) != prk.aliases.end());
  }
}

TEST_CASE("extractor: evidence, offsets, speaker and date of a fact") {
  const std::string text =
      "A first sentence about nothing. The Pentagon said on March 3 that Iran had shipped drones to Russia.";
  newsgraph::Graph g = Extract(text);
  const newsgraph::EdgeData* e = FindEdge(g, "IRN supplied drone");
  REQUIRE(e != nullptr);
  REQUIRE(e->evidence.size() == 1);
  const auto& ev = e->evidence[0];
  CHECK(ev.article == "test.txt");
  CHECK(text.substr(ev.begin, ev.end - ev.begin) == ev.text);
  CHECK(ev.text.rfind("The Pentagon said", 0) == 0);
  CHECK(e->asserted_by == "pentagon");
  CHECK(e->date == "March 3");
  CHECK(e->roles.at("recipient") == "RUS");
}

TEST_CASE("extractor: a fact stated twice is one edge of weight two") {
  newsgraph::Graph g = Extract("Iran sent drones to Russia. Later, Iran delivered more drones to Russia.");
  const newsgraph::EdgeData* e = FindEdge(g, "IRN supplied drone");
  REQUIRE(e != nullptr);
  CHECK(e->weight == 2);
  CHECK(e->evidence.size() == 2);
}

TEST_CASE("extractor: explain shows mentions and facts") {
  newsgraph::Article article;
  article.name = "x.txt";
  article.text = "Iran supplied Russia with drones.";
  newsgraph::Graph g;
  std::ostringstream explain;
  REQUIRE(TheExtractor().Extract(article, &g, &explain).ok());
  CHECK(explain.str().find("[Iran=IRN]") != std::string::npos);
  CHECK(explain.str().find("-> IRN supplied drone") != std::string::npos);
}

TEST_CASE("extractor: output does not depend on the order of articles") {
  newsgraph::Article a{"a.txt", "Iran supplied Russia with drones.", "", "", "", "text"};
  newsgraph::Article b{"b.txt", "France condemned Iran. Russia fired drones at Kyiv.", "", "", "", "text"};
  newsgraph::Graph ab, ba;
  REQUIRE(TheExtractor().Extract(a, &ab).ok());
  REQUIRE(TheExtractor().Extract(b, &ab).ok());
  REQUIRE(TheExtractor().Extract(b, &ba).ok());
  REQUIRE(TheExtractor().Extract(a, &ba).ok());
  CHECK(Triples(ab) == Triples(ba));
  CHECK(ab.num_nodes() == ba.num_nodes());
}

TEST_CASE("extractor: the graph records each article's date, title and source") {
  newsgraph::Article a{"a.html", "Iran supplied Russia with drones.", "Drones", "2024-03-05",
                       "Agency", "html"};
  newsgraph::Graph g;
  REQUIRE(TheExtractor().Extract(a, &g).ok());
  REQUIRE(g.articles().count("a.html") == 1);
  CHECK(g.articles().at("a.html") == newsgraph::ArticleInfo{"2024-03-05", "Drones", "Agency"});
}

TEST_CASE("extractor: a bad schema directory is an error naming the file") {
  auto loaded = newsgraph::Extractor::Load("/nonexistent/schemas");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("/nonexistent/schemas/ontology.json") != std::string::npos);
}

// Mangled short lines (as a fuzzer makes them) where a role nobody holds
// ("Spokesman" alone: a mention with no entity) stands where a frame looks for
// a person or a country. Under ASan/UBSan each of these indexed the entities
// before their start (entities[-1]).
struct MangledCase {
  const char* path;
  const char* text;
  std::vector<const char*> expected;
  std::vector<const char*> absent;
};

const std::vector<MangledCase> kMangledCases = {
    {"main subject: a weapon before an unheld title", "Shahed Spokesman , accusing Iran.", {},
     {"shahed-136 accused IRN"}},
    {"main subject: a plural weapon before an unheld title", "drones Spokesman , accusing Iran.", {},
     {"drone accused IRN"}},
    {"main subject: a place before an unheld title", "Kharkiv Ambassador , accusing Iran.", {},
     {"kharkiv accused IRN"}},
    {"main subject: infinitive after an unheld title", "Shahed Spokesman to condemn Iran.", {},
     {"shahed-136 condemned IRN"}},
    {"impact: 'of' an unheld title after the place", "The Shahed drone landed in Kharkiv of Spokesman.",
     {"shahed-136 used-in kharkiv"}, {}},
    {"impact and speech tag after an unheld title", "Shahed drones landed in Kyiv of Spokesman , Iran said.",
     {"shahed-136 used-in kyiv"}, {}},
};

TEST_CASE("extractor: mangled lines with a title nobody holds") {
  for (const MangledCase& c : kMangledCases) {
    INFO(c.path << ": " << c.text);
    std::set<std::string> got = Triples(Extract(c.text));
    for (const char* t : c.expected) CHECK(got.count(t) == 1);
    for (const char* t : c.absent) CHECK(got.count(t) == 0);
  }
}
