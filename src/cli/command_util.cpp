// The CLI's shared mechanism: table-driven option parsing, help text, usage
// errors and output files.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "cli/command.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/views.hpp"

namespace newsgraph::cli {
namespace {

void AppendOptionLine(int column, const char* names, const char* help, std::string* out) {
  std::string line = std::string("  ") + names;
  line.append(line.size() < static_cast<std::size_t>(column) ? column - line.size() : 1, ' ');
  for (const char* c = help; *c; ++c) {
    line += *c;
    if (*c == '\n') line.append(static_cast<std::size_t>(column), ' ');
  }
  *out += line + "\n";
}

bool Is(const char* name, const std::string& arg) { return name != nullptr && arg == name; }

// "--name=value" for an inline option spelt name (or its alias): the value.
std::optional<std::string> InlineValue(const OptionSpec& o, const std::string& arg) {
  for (const char* name : {o.long_name, o.alias}) {
    if (name == nullptr) continue;
    const std::string prefix = std::string(name) + "=";
    if (arg.compare(0, prefix.size(), prefix) == 0) return arg.substr(prefix.size());
  }
  return std::nullopt;
}

}  // namespace

std::function<Status(const std::string&)> StoreIn(std::string* into) {
  return [into](const std::string& value) { return *into = value, Status::Ok(); };
}

std::function<Status(const std::string&)> SetTrue(bool* flag) {
  return [flag](const std::string&) { return *flag = true, Status::Ok(); };
}

OptionSpec GraphFormatOption(std::string* format) {
  static const std::string help =
      GraphFormatNames() + "\n(default: from OUT's extension, else graphml)";
  return {nullptr, "--format", OptionSpec::Arg::kRequired, "FORMAT", help.c_str(), StoreIn(format)};
}

OptionSpec ViewOption(std::string* view) {
  return {nullptr, "--view", OptionSpec::Arg::kRequired, "NAME",
          "fold the graph first: countries (persons into their country,\n"
          "supplied + acquired into supplier -> recipient); schemas/views.json",
          StoreIn(view)};
}

Status ApplyViewOption(const std::string& view, const std::string& schema_dir, Graph* g) {
  if (view.empty()) return Status::Ok();
  Result<Views> views = Views::LoadDir(schema_dir);
  if (!views.ok()) return views.status();
  Result<Graph> folded = views->Apply(view, *g);
  if (!folded.ok()) return folded.status();
  *g = std::move(folded.value());
  return Status::Ok();
}

Status CheckViewOption(const std::string& view, const std::string& schema_dir) {
  if (view.empty()) return Status::Ok();
  Result<Views> views = Views::LoadDir(schema_dir);
  if (!views.ok()) return views.status();
  if (views->Find(view) == nullptr) {
    return Status::Usage("unknown view " + QuoteInput(view) + " (" + views->Names() + ")");
  }
  return Status::Ok();
}

std::string HelpText(const CommandSpec& spec) {
  std::string out = spec.intro;
  for (const OptionSpec& o : spec.options) {
    std::string names = o.short_name ? std::string(o.short_name) + ", " : std::string();
    names += o.long_name;
    if (o.metavar) names += (o.arg == OptionSpec::Arg::kInline ? "" : " ") + std::string(o.metavar);
    AppendOptionLine(spec.help_column, names.c_str(), o.help, &out);
  }
  AppendOptionLine(spec.help_column, "-h, --help", "show this help", &out);
  return out + spec.epilogue;
}

Status ParseOptions(const CommandSpec& spec, const std::vector<std::string>& args,
                    std::vector<std::string>* positional, bool* help) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      *help = true;
      return Status::Ok();
    }
    const OptionSpec* match = nullptr;
    std::string value;
    for (const OptionSpec& o : spec.options) {
      if (Is(o.short_name, a) || Is(o.long_name, a) || Is(o.alias, a)) {
        match = &o;
        if (o.arg == OptionSpec::Arg::kRequired) {
          if (i + 1 >= args.size()) return Status::Usage("option " + a + " needs a value");
          value = args[++i];
        } else if (o.arg == OptionSpec::Arg::kInline && o.implicit_value) {
          value = o.implicit_value;
        }
      } else if (o.arg == OptionSpec::Arg::kInline) {
        if (std::optional<std::string> v = InlineValue(o, a)) {
          match = &o;
          value = std::move(*v);
        }
      }
      if (match) break;
    }
    if (match) {
      NEWSGRAPH_RETURN_IF_ERROR(match->apply(value));
    } else if (a.size() > 1 && a[0] == '-') {
      return Status::Usage("unknown option " + QuoteInput(a));
    } else {
      positional->push_back(a);
    }
  }
  return Status::Ok();
}

std::optional<int> ParseCommandLine(
    const CommandSpec& spec, const std::vector<std::string>& args,
    const std::function<Status(const std::vector<std::string>& positional)>& finish) {
  std::vector<std::string> positional;
  bool help = false;
  Status s = ParseOptions(spec, args, &positional, &help);
  if (help) {
    std::fputs(HelpText(spec).c_str(), stdout);
    return kExitOk;
  }
  if (s.ok()) s = finish(positional);
  if (s.ok()) return std::nullopt;
  PrintError(spec.name, s.message());
  std::fprintf(stderr, "try 'newsgraph %s --help'\n", spec.name);
  return kExitUsage;
}

Status ResolveOutputFormat(std::string_view output, std::string* format) {
  Result<const GraphFormat*> f = ResolveGraphFormat(*format, output);
  if (!f.ok()) return f.status();
  *format = f.value()->name;
  if (output == "-" && !f.value()->single_file()) {
    return Status::Usage(*format + " writes several files: give -o DIR/ or -o NAME." +
                         f.value()->extensions.front() + ", not '-'");
  }
  return Status::Ok();
}

Status WriteGraphOutput(const std::string& output, const std::string& format, const Graph& g,
                        const Ontology& ontology, const GraphWriteOptions& options) {
  const GraphFormat* f = FindGraphFormat(format);
  if (f == nullptr) return Status::Usage("unknown format " + QuoteInput(format));
  if (!f->single_file() && !output.empty() && output.back() == '/') {
    std::error_code ec;
    std::filesystem::create_directories(output, ec);
    if (ec) return Status::IOError(output + ": cannot create the directory: " + ec.message());
  }
  for (const FormatPart& part : f->parts) {
    NEWSGRAPH_RETURN_IF_ERROR(WriteOutput(PartPath(output, *f, part), [&](std::ostream& out) {
      return part.write(g, ontology, out, options);
    }));
  }
  return Status::Ok();
}

Result<std::string> ReadInput(const std::string& path) {
  if (path != "-") return ReadFile(path);
  std::string data(std::istreambuf_iterator<char>(std::cin), {});
  if (std::cin.bad()) return Status::IOError("standard input: read failed");
  return data;
}

Result<Graph> ReadGraphmlInput(const std::string& path, const Ontology& ontology) {
  if (path == "-") return ReadGraphml(std::cin, "<stdin>", ontology);
  std::ifstream in;
  NEWSGRAPH_RETURN_IF_ERROR(OpenFile(path, &in));
  return ReadGraphml(in, path, ontology);
}

Status WriteOutput(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  if (path != "-") return WriteFileAtomically(path, write);
  Status s = write(std::cout);
  std::cout.flush();
  if (s.ok() && !std::cout) s = Status::IOError("standard output: write failed");
  return s;
}

void PrintError(std::string_view command, std::string_view message) {
  std::fprintf(stderr, "newsgraph %.*s: %.*s\n", static_cast<int>(command.size()), command.data(),
               static_cast<int>(message.size()), message.data());
}

int ExitCodeFor(const Status& status) {
  if (status.ok()) return kExitOk;
  return status.code() == Status::Code::kUsage ? kExitUsage : kExitBadInput;
}

}  // namespace newsgraph::cli
