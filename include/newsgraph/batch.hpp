// Extraction of many articles at once: read, ingest and extract on several
// threads, results handed back one by one in the order of the inputs, so
// whatever is built from them (a merged graph, a store) is the same for any
// number of threads. At most `window` articles are in memory at a time.
//
//   BatchOptions options;
//   options.jobs = 4;
//   Status s = ExtractBatch(paths, extractor, ingest, options, [&](BatchItem&& item) {
//     if (item.status.ok()) graph.Merge(item.graph);
//     return Status::Ok();
//   });
#ifndef NEWSGRAPH_BATCH_HPP_
#define NEWSGRAPH_BATCH_HPP_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "newsgraph/article.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

struct BatchOptions {
  // Threads that extract; 0 = one per core. With 1, everything runs on the
  // calling thread.
  unsigned jobs = 0;
  // Articles read ahead of the one being handed back; 0 = 4 per thread.
  std::size_t window = 0;
  // Keep each article's --explain text (BatchItem::explain).
  bool explain = false;
  // Called on a worker thread once an article is read: true skips its
  // extraction (BatchItem::skipped), e.g. for an article already stored.
  // Must be thread-safe. Unset: nothing is skipped.
  std::function<bool(const Article&)> skip;
};

// One input, read and extracted.
struct BatchItem {
  std::size_t index = 0;  // position in the inputs
  std::string path;
  Status status;          // why the article could not be read, if it could not
  Article article;        // when status is ok; name = the file name
  Graph graph;            // the article's own extraction
  bool skipped = false;   // BatchOptions::skip said so: graph is empty
  std::string explain;    // when BatchOptions::explain
};

// Reads and extracts every path, calling deliver on the calling thread for
// each one in input order. A deliver that fails stops the batch (the
// remaining articles are not handed back) and its status is returned.
Status ExtractBatch(const std::vector<std::string>& paths, const Extractor& extractor,
                    const IngestOptions& ingest, const BatchOptions& options,
                    const std::function<Status(BatchItem&&)>& deliver);

// The threads to use for jobs (0 = the number of cores, at least 1).
unsigned ResolveJobs(unsigned jobs);

// The files of inputs: a file as it is, a directory's regular files
// (recursively, hidden ones skipped) in byte order of their paths. A missing
// input is an error naming it.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs);

// "[  120/1000]  35.2 articles/s, 0:25 left" after seconds of work.
std::string FormatProgress(std::size_t done, std::size_t total, double seconds);

}  // namespace newsgraph

#endif  // NEWSGRAPH_BATCH_HPP_
