// The command line every text benchmark takes: [--mb N] FILE_OR_DIR...; a
// folder stands for the .txt files in it.
#ifndef NEWSGRAPH_BENCH_BENCH_ARGS_HPP_
#define NEWSGRAPH_BENCH_BENCH_ARGS_HPP_

#include <dirent.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace newsgraph::bench {

struct BenchArgs {
  double target_mb = 50;
  std::vector<std::string> paths;
};

inline std::vector<std::string> ListTexts(const std::string& path) {
  std::vector<std::string> out;
  DIR* dir = opendir(path.c_str());
  if (!dir) return {path};
  while (dirent* e = readdir(dir)) {
    std::string name = e->d_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) out.push_back(path + "/" + name);
  }
  closedir(dir);
  return out;
}

// False when no file is given.
inline bool ParseBenchArgs(int argc, char** argv, BenchArgs* args) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc) {
      args->target_mb = std::atof(argv[++i]);
    } else {
      for (auto& p : ListTexts(a)) args->paths.push_back(p);
    }
  }
  return !args->paths.empty();
}

}  // namespace newsgraph::bench

#endif  // NEWSGRAPH_BENCH_BENCH_ARGS_HPP_
