// Tests of the mention stage (mentions.cpp, names.cpp, resolve.cpp): which
// entities a text names, and so which nodes the graph holds. Sentences written
// for these tests; each case lists the node ids it must give and must not give.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "newsgraph/extractor.hpp"
#include "test_support.hpp"

namespace {

using newsgraph::testing::ExtractText;

struct NodeCase {
  const char* rule;
  const char* text;
  std::vector<const char*> nodes;   // ids that must be nodes
  std::vector<const char*> absent;  // ids that must not be nodes
};

const std::vector<NodeCase> kNodeCases = {
    {"a particle glued to the next part of a name", "Army spokesman Yusuf al-Harbi said the convoy had been hit.",
     {"yusuf-al-harbi"}, {"yusuf", "harbi"}},
    {"a given name unlike the known one is another person of that surname",
     "Regional governor Anton Lavrov said the bridge was closed. Lavrov blamed saboteurs.",
     {"anton-lavrov"}, {"sergei-lavrov"}},
    {"hard negative: the known person spelled otherwise stays the known person",
     "Foreign Minister Sergey Lavrov said the talks had failed. Lavrov blamed Kyiv.",
     {"sergei-lavrov"}, {"sergey-lavrov"}},
    {"a name coordinated with a person is a person",
     "Britain sanctioned two militia commanders, Omar Haddad and Yusuf Karimi, on Tuesday.",
     {"omar-haddad", "yusuf-karimi"}, {}},
    {"a state's name starts an organization's name",
     "A patrol of the Zambia Maritime Defence Force was ambushed near the border.",
     {"zambia-maritime-defence-force"}, {"maritime-defence-force", "defence-force"}},
    {"a place's name starts an organization's name",
     "Mariam Keita, director of the Sahel Peace Observatory, said the toll was rising.",
     {"sahel-peace-observatory"}, {"peace-observatory"}},
    {"a demonym starts the name of a state's force", "Jets of the Kenyan Air Force struck camps near the border.",
     {"kenyan-air-force"}, {"air-force"}},
    {"a state's name and a force noun name its force", "The Ghana Navy said it had seized the vessel.",
     {"ghana-navy"}, {"navy"}},
    {"hard negative: a state's force in lower case is the state", "The Ghanaian navy said it had seized the vessel.",
     {"GHA"}, {"ghanaian-navy", "navy"}},
    {"an organization's name runs on after its head", "The Institute for Peace and Conflict Studies said the toll had risen.",
     {"institute-for-peace-and-conflict-studies"}, {"institute"}},
    {"a city before -based is no part of a name", "A Lagos-based Centre for Security Studies said the raid failed.",
     {"centre-for-security-studies"}, {"lagos-based-centre"}},
    {"hard negative: a weekday after a head is no part of its name", "The Committee on Monday approved the budget.",
     {}, {"committee-on-monday"}},
    {"hard negative: a government of a state is the state", "The Government of Somalia welcomed the vote.",
     {"SOM"}, {"government-of-somalia"}},
    {"an abbreviation in parentheses names the organization before it",
     "The Front for the Liberation of Cabinda (FLC) ambushed a patrol. The FLC said it had lost two fighters.",
     {"front-for-the-liberation-of-cabinda"}, {"flc"}},
    {"an abbreviation the lists give another body names the one just named",
     "Fighters of the Anglophone Defence Front (ADF) attacked a patrol. The ADF denied it.",
     {"anglophone-defence-front"}, {"allied-democratic-forces"}},
    {"a place the lists do not know, with its unit", "Kenyan troops struck militants in Wajir district on Monday.",
     {"wajir-district"}, {}},
    {"a place the lists do not know, after a settlement noun", "Sudan's army said RSF drones hit the town of Um Sayala.",
     {"um-sayala"}, {}},
    {"a state's post that acts is a body", "Peru's embassy in Quito declined to comment on the report.",
     {"perus-embassy-in-quito"}, {}},
    {"hard negative: a post after a preposition is a place",
     "Ecuador expelled the staff of the Peruvian embassy in Quito.", {"ECU", "PER"}, {"peruvian-embassy-in-quito"}},
    {"a state's name before -based still names the state", "The toll was confirmed by a Norway-based monitoring group.",
     {"NOR"}, {}},
    {"hard negative: a capital before -based names no state", "The toll was confirmed by an Oslo-based monitoring group.",
     {}, {"NOR"}},
    {"a title of a political bureau marks its holder", "Hamas politburo member Karim Abu Saleh rejected the plan.",
     {"karim-abu-saleh", "hamas"}, {}},
    {"capitals joined by a slash in a dateline name no state",
     "OSLO / GENEVA, May 2 - Chile and Peru signed a truce on Friday.", {"CHL", "PER"}, {"NOR", "CHE", "geneva"}},
    {"hard negative: a capital in the text after the dateline is the state",
     "LIMA, May 2 - Talks resumed. OSLO said it would host them.", {"NOR"}, {}},
    {"a demonym before initials is a language", "The army, known by its French initials FAB, shelled the camp.",
     {}, {"FRA"}},
    {"hard negative: a demonym before other nouns is the state", "French troops shelled the camp.", {"FRA"}, {}},
    {"a listed base named with its unit is that base", "Iran fired missiles at the Al Udeid base in Qatar.",
     {"al-udeid-air-base"}, {"al-udeid-base"}},
    {"hard negative: a listed town with another unit is that unit", "Russian forces shelled the Zaporizhzhia district overnight.",
     {"zaporizhzhia-district"}, {"zaporizhzhia"}},
    {"a ministry in a capital is that state's ministry", "Sweden summoned the envoy, the foreign ministry in Stockholm said.",
     {"swe-foreign-ministry"}, {}},
    {"a ministry named again without its state is the same ministry",
     "Chile's foreign ministry condemned the raid. Peru protested. "
     "Foreign ministry spokeswoman Ana Ruiz said talks would continue.",
     {"chl-foreign-ministry"}, {"per-foreign-ministry"}},
    {"a treaty named after a city is not the city's state",
     "Thailand accused Cambodia of violating the Ottawa Convention by laying new mines.",
     {"ottawa-convention", "THA", "KHM"}, {"CAN"}},
    {"a treaty's name runs on after its head and names its body",
     "Manila accused Beijing of breaching the U.N. Convention on the Law of the Sea.",
     {"u-n-convention-on-the-law-of-the-sea", "united-nations"}, {}},
    {"hard negative: a treaty without a name is no node", "Under the Agreement, both sides withdrew their troops.",
     {}, {"agreement"}},
    {"a compass adjective before a state names a part of it",
     "Israel said Hezbollah fired rockets at towns in northern Israel.",
     {"northern-israel", "hezbollah"}, {}},
    {"a designator is more specific than the known name it starts with",
     "Russia launched Shahed-109 drones at Odesa.", {"shahed-109"}, {"shahed-136"}},
    {"hard negative: the known name alone is the known system", "Russia launched Shahed drones at Odesa.",
     {"shahed-136"}, {"shahed"}},
};

TEST_CASE("mentions: the nodes a text names") {
  for (const NodeCase& c : kNodeCases) {
    SECTION(c.rule) {
      newsgraph::Graph g = ExtractText(c.text);
      std::string all;
      for (auto v : g.SortedNodes()) all += g.node(v).id + " ";
      INFO("text: " << c.text);
      INFO("nodes: " << all);
      for (const char* id : c.nodes) CHECK(g.FindNode(id).has_value());
      for (const char* id : c.absent) CHECK_FALSE(g.FindNode(id).has_value());
    }
  }
}

TEST_CASE("mentions: a name coordinated with a person is a person node") {
  newsgraph::Graph g = ExtractText("Britain sanctioned two militia commanders, Omar Haddad and Yusuf Karimi, on Tuesday.");
  REQUIRE(g.FindNode("yusuf-karimi").has_value());
  CHECK(g.node(*g.FindNode("yusuf-karimi")).kind == "person");
}

TEST_CASE("mentions: a body named with its owner keeps that name as an alias") {
  newsgraph::Graph g = ExtractText("Israel's security cabinet said Iran would pay for the attack.");
  REQUIRE(g.FindNode("israeli-security-cabinet").has_value());
  const auto& aliases = g.node(*g.FindNode("israeli-security-cabinet")).aliases;
  CHECK(std::find(aliases.begin(), aliases.end(), "Israel's security cabinet") != aliases.end());
  CHECK(g.FindNode("ISR").has_value());
}

TEST_CASE("mentions: a body named before a role keeps that name") {
  newsgraph::Graph g = ExtractText("A State Department spokesperson rejected the claim.");
  REQUIRE(g.FindNode("us-state-department").has_value());
  const auto& aliases = g.node(*g.FindNode("us-state-department")).aliases;
  CHECK(std::find(aliases.begin(), aliases.end(), "State Department") != aliases.end());
}

}  // namespace
