// The pipeline: article -> segments -> mentions -> entities -> relations ->
// graph.
#include "newsgraph/extractor.hpp"

#include <algorithm>
#include <optional>
#include <ostream>
#include <set>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph {

using namespace std::string_view_literals;

struct Extractor::Impl {
  Ontology ontology;
  extract::Lexicon lexicon;
  std::optional<nlp::Annotator> nlp;  // tags and lemmas (Debian's tagger model and WordNet)
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Result<Extractor> Extractor::Load(std::string_view schema_dir) {
  Result<Ontology> o = Ontology::LoadDir(schema_dir);
  if (!o.ok()) return o.status();
  Result<extract::Lexicon> lex = extract::Lexicon::LoadDir(schema_dir);
  if (!lex.ok()) return lex.status();
  Result<nlp::Annotator> annotator = nlp::Annotator::Load();
  if (!annotator.ok()) return annotator.status();
  auto impl = std::make_unique<Impl>();
  impl->ontology = std::move(o.value());
  impl->lexicon = std::move(lex.value());
  impl->nlp.emplace(std::move(annotator.value()));
  return Extractor(std::move(impl));
}

const Ontology& Extractor::ontology() const { return impl_->ontology; }

namespace {

// The sentence's text with white space folded to single spaces.
std::string Folded(std::string_view s) {
  std::string out(s.size(), ' ');  // written through a pointer, then cut
  char* const begin = &out[0];
  char* o = begin;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = o != begin;
      continue;
    }
    if (space) *o++ = ' ';
    space = false;
    *o++ = c;
  }
  out.resize(static_cast<std::size_t>(o - begin));
  return out;
}

// The first date the sentence states: "Dec. 30", "January 2", "30 December", "Saturday".
std::string SentenceDate(const extract::Document& doc, const text::TokenizedText& t,
                         const text::Sentence& s) {
  for (uint32_t i = s.first; i < s.last; ++i) {
    if (doc.In(extract::WordClass::kMonths, i) && t.tokens[i].Has(text::kCap)) {
      uint32_t j = i + 1;
      if (j < s.last && t.Norm(j) == "."sv) ++j;
      if (j < s.last && t.tokens[j].Has(text::kDigit) && t.Norm(j).size() <= 2) {
        return std::string(t.Span(i, j + 1));
      }
      if (i > s.first && t.tokens[i - 1].Has(text::kDigit) && t.Norm(i - 1).size() <= 2) {
        return std::string(t.Span(i - 1, i + 1));
      }
    }
    if (doc.In(extract::WordClass::kWeekdays, i) && t.tokens[i].Has(text::kCap)) return std::string(t.Surface(i));
  }
  return {};
}

// Writes each sentence with its mentions bracketed ("[Seoul=KOR]") and the
// facts read from it, so a user can see why an edge is there or missing.
void Explain(const extract::Document& doc, std::ostream& out) {
  const text::TokenizedText& tokens = *doc.tokens;
  out << "== " << doc.name << "\n";
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    out << "S" << si << ":";
    for (uint32_t i = s.first; i < s.last; ++i) {
      int32_t m = doc.mention_at[i];
      if (m >= 0 && doc.mentions[m].first == i) {
        const auto& mm = doc.mentions[m];
        out << " [" << tokens.Span(mm.first, mm.last) << "="
            << (mm.entity >= 0 ? doc.entities[doc.Canonical(mm.entity)].id : std::string("?")) << "]";
        i = mm.last - 1;
        continue;
      }
      out << " " << tokens.Surface(i);
    }
    out << "\n";
    for (const auto& f : doc.facts) {
      if (f.sentence != si || f.relation == "represents"sv) continue;
      out << "   -> " << doc.entities[doc.Canonical(f.source)].id << " " << f.relation << " "
          << doc.entities[doc.Canonical(f.target)].id;
      if (f.asserted_by >= 0) out << " (asserted by " << doc.entities[doc.Canonical(f.asserted_by)].id << ")";
      out << "\n";
    }
  }
}

}  // namespace

Status Extractor::Extract(const Article& article, Graph* graph) const {
  return Extract(article, graph, nullptr);
}

Status Extractor::Extract(const Article& article, Graph* graph, std::ostream* explain) const {
  const extract::Lexicon& lex = impl_->lexicon;
  // Each thread keeps the per-token buffers of its last article: an article
  // after another allocates them again only when it is longer.
  thread_local text::TokenizedText tokens;
  thread_local nlp::Annotation annotation;
  text::Tokenize(article.text, &tokens);
  extract::Document doc;
  // Room for a news article's entities, mentions and facts up front: growing
  // these vectors of large records one doubling at a time moved every element.
  doc.entities.reserve(64);
  doc.mentions.reserve(128);
  doc.facts.reserve(32);
  doc.name = article.name;
  doc.tokens = &tokens;
  doc.sentences = text::SplitSentences(tokens, lex.segmenter_rules());
  doc.lexicon = &lex;
  impl_->nlp->Annotate(tokens, doc.sentences, &annotation);
  doc.nlp = &annotation;
  doc.token_classes.resize(tokens.tokens.size() + 1);
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) doc.token_classes[i] = lex.ClassBitsOfHash(tokens.tokens[i].hash);
  extract::FindMentions(lex, &doc);
  extract::ResolveMentions(lex, &doc);
  extract::FindRelations(lex, &doc);
  if (explain) Explain(doc, *explain);

  // Which entities become nodes: every country and actor mentioned; weapons,
  // resolutions and locations only when a fact involves them.
  std::vector<char> used(doc.entities.size(), 0);
  for (const extract::Fact& f : doc.facts) {
    used[doc.Canonical(f.source)] = used[doc.Canonical(f.target)] = 1;
  }
  for (const extract::Mention& m : doc.mentions) {
    if (m.owner >= 0) used[doc.Canonical(m.owner)] |= 2;
  }
  for (int32_t e : doc.implied) used[doc.Canonical(e)] |= 2;
  auto keep = [&](int32_t e) {
    const extract::Entity& x = doc.entities[e];
    if (x.merged_into >= 0) return false;
    if (x.type == "country"sv || x.type == "actor"sv) return x.mentions > 0 || used[e] != 0;
    return (used[e] & 1) != 0;
  };
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (!keep(static_cast<int32_t>(e))) continue;
    extract::Entity& x = doc.entities[e];
    NodeData n;
    n.id = x.id;      // the facts below still name their ends by id
    n.type = x.type;  // and keep() reads the type
    n.kind = std::move(x.kind);
    n.label = std::move(x.label);
    n.iso3 = std::move(x.iso3);
    n.aliases = std::move(x.aliases);
    n.mentions = std::max(1, x.mentions);
    graph->AddNode(std::move(n));
  }
  // Evidence text and date, once per sentence that states a fact.
  std::vector<std::string> dates(doc.sentences.size()), evidence(doc.sentences.size());
  std::vector<char> stated(doc.sentences.size(), 0);
  // The last fact of each sentence takes its evidence and date instead of a copy.
  std::vector<std::size_t> last_fact(doc.sentences.size(), 0);
  for (std::size_t k = 0; k < doc.facts.size(); ++k) {
    stated[doc.facts[k].sentence] = 1;
    last_fact[doc.facts[k].sentence] = k;
  }
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    if (!stated[si]) continue;
    const text::Sentence& sent = doc.sentences[si];
    dates[si] = SentenceDate(doc, tokens, sent);
    evidence[si] = Folded(tokens.Span(sent.first, sent.last));
  }
  for (std::size_t k = 0; k < doc.facts.size(); ++k) {
    extract::Fact& f = doc.facts[k];
    int32_t s = doc.Canonical(f.source), t = doc.Canonical(f.target);
    if (s == t || !keep(s) || !keep(t)) continue;
    const RelationInfo* rel = impl_->ontology.FindRelation(f.relation);
    if (!rel) continue;
    auto allowed = [](const std::vector<std::string>& types, const std::string& type) {
      return std::find(types.begin(), types.end(), type) != types.end();
    };
    if (!allowed(rel->sources, doc.entities[s].type) || !allowed(rel->targets, doc.entities[t].type)) continue;
    EdgeData e;
    e.type = f.relation;
    e.label = f.relation;
    const text::Sentence& sent = doc.sentences[f.sentence];
    if (f.relation != "represents"sv) {
      Evidence ev;
      ev.article = article.name;
      ev.begin = tokens.tokens[sent.first].begin;
      ev.end = tokens.tokens[sent.last - 1].end;
      const bool last = last_fact[f.sentence] == k;
      ev.text = last ? std::move(evidence[f.sentence]) : evidence[f.sentence];
      e.evidence.push_back(std::move(ev));
      e.date = last ? std::move(dates[f.sentence]) : dates[f.sentence];
    }
    for (const auto& [role, ent] : f.role_entities) {
      int32_t r = doc.Canonical(ent);
      if (r >= 0 && r != t && keep(r)) e.roles[role] = doc.entities[r].id;
    }
    for (auto& [role, text] : f.role_texts) {
      if (!text.empty()) e.roles[role] = std::move(text);
    }
    int32_t by = doc.Canonical(f.asserted_by);
    if (by >= 0 && by != s && keep(by)) e.asserted_by = doc.entities[by].id;
    e.confidence = f.confidence;
    graph->AddFact(doc.entities[s].id, doc.entities[t].id, std::move(e));
  }
  auto& attrs = graph->attributes();
  auto unite = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    auto it = attrs.find(key);
    attrs[key] = it == attrs.end() ? value : UniteValues(it->second, value);
  };
  graph->AddArticle(article.name, {article.date, article.title, article.source});
  unite("articles", article.name);
  unite("title", article.title);
  unite("date", article.date);
  unite("source", article.source);
  // Past some 100 KB of text the buffers are let go, so that one long text
  // does not keep its memory for the thread's life.
  constexpr std::size_t kKeepTokens = 1u << 14;
  if (tokens.tokens.capacity() > kKeepTokens) {
    tokens = text::TokenizedText();
    annotation = nlp::Annotation();
  }
  return Status::Ok();
}

}  // namespace newsgraph
