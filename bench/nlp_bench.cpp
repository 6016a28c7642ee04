// Linguistic layer throughput: load times of the tagger model, WordNet and the
// lemma cache, then tokens per second of Annotator::Annotate (tag + lemma) on
// one thread, over every article given (or every .txt in a folder) repeated
// until --mb megabytes. The peer measured in the same run is tokenizing plus
// sentence splitting of the same text.
//
//   build/bench/nlp_bench --mb 20 ../shared/corpus/articles tests/data/nlp
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_args.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/ontology.hpp"
#include "nlp/annotator.hpp"
#include "nlp/chunker.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  bench::BenchArgs args;
  args.target_mb = 20;
  if (!bench::ParseBenchArgs(argc, argv, &args)) {
    std::fprintf(stderr, "usage: nlp_bench [--mb N] TEXT_OR_DIR...\n");
    return 2;
  }
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& p : args.paths) {
    auto data = ReadFile(p);
    if (!data.ok()) {
      std::fprintf(stderr, "%s\n", data.status().ToString().c_str());
      return 1;
    }
    bytes += data.value().size();
    texts.push_back(std::move(data.value()));
  }
  auto t0 = Clock::now();
  auto tagger = nlp::Tagger::Load();
  double tagger_s = Seconds(t0);
  t0 = Clock::now();
  auto lemmatizer = nlp::Lemmatizer::Load();
  double wordnet_s = Seconds(t0);
  t0 = Clock::now();
  auto annotator = nlp::Annotator::Load();
  double annotator_s = Seconds(t0);
  if (!tagger.ok() || !lemmatizer.ok() || !annotator.ok()) {
    std::fprintf(stderr, "%s\n", (!tagger.ok() ? tagger.status() : !lemmatizer.ok() ? lemmatizer.status() : annotator.status()).ToString().c_str());
    return 1;
  }
  std::printf("load: tagger %.1f ms (%zu words), wordnet %.1f ms (%zu lemmas), "
              "annotator (both) %.1f ms\n",
              tagger_s * 1e3, tagger->word_count(), wordnet_s * 1e3, lemmatizer->lemma_count(),
              annotator_s * 1e3);

  // Tokenize once per text; both passes below run over the same tokens.
  text::SegmenterRules rules;
  std::vector<text::TokenizedText> tokens;
  std::vector<std::vector<text::Sentence>> sentences;
  std::size_t token_count = 0;
  for (const auto& t : texts) {
    tokens.push_back(text::Tokenize(t));
    sentences.push_back(text::SplitSentences(tokens.back(), rules));
    token_count += tokens.back().tokens.size();
  }
  std::size_t rounds = std::max<std::size_t>(1, std::size_t(args.target_mb * 1e6 / double(bytes)));

  t0 = Clock::now();
  std::size_t peer_tokens = 0;
  for (std::size_t r = 0; r < rounds; ++r) {
    for (const auto& t : texts) {
      auto tt = text::Tokenize(t);
      peer_tokens += text::SplitSentences(tt, rules).size() + tt.tokens.size();
    }
  }
  double peer_s = Seconds(t0);

  nlp::Annotation a;
  std::size_t checksum = 0;
  t0 = Clock::now();
  for (std::size_t r = 0; r < rounds; ++r) {
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      annotator->Annotate(tokens[k], sentences[k], &a);
      checksum += a.tokens.empty() ? 0 : a.tokens.back().lemma_hash & 1;
    }
  }
  double nlp_s = Seconds(t0);

  auto chunker = nlp::Chunker::Load(FindSchemaDir());
  if (!chunker.ok()) {
    std::fprintf(stderr, "%s\n", chunker.status().ToString().c_str());
    return 1;
  }
  std::vector<nlp::Annotation> annotations(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) annotator->Annotate(tokens[k], sentences[k], &annotations[k]);
  nlp::Chunks chunks;
  std::size_t groups = 0;
  t0 = Clock::now();
  for (std::size_t r = 0; r < rounds; ++r) {
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      for (const auto& s : sentences[k]) {
        chunker->Chunk(tokens[k], annotations[k], s, {}, &chunks);
        groups += chunks.verbs.size();
      }
    }
  }
  double chunk_s = Seconds(t0);
  double total_tokens = double(token_count) * double(rounds);
  std::printf("%zu texts, %.2f MB x %zu rounds, %.0f tokens\n", texts.size(), bytes / 1e6, rounds,
              total_tokens);
  std::printf("tokenize+split (peer): %.1f M tokens/s, %.1f MB/s\n", total_tokens / peer_s / 1e6,
              bytes * double(rounds) / peer_s / 1e6);
  std::printf("annotate (tag+lemma):  %.1f M tokens/s, %.1f MB/s, %.2fx the peer's time (%zu)\n",
              total_tokens / nlp_s / 1e6, bytes * double(rounds) / nlp_s / 1e6, nlp_s / peer_s,
              checksum + (peer_tokens & 0));
  std::printf("chunk (groups+functions): %.1f M tokens/s, %.2fx the peer's time (%zu)\n",
              total_tokens / chunk_s / 1e6, chunk_s / peer_s, groups);
  return 0;
}
