// GraphML of a diff graph: the library's writer, with each node's Gephi colour
// (r, g, b) replaced by the colour of its change on the way out. The writer
// computes node colours from the ontology, so a filtering stream buffer
// rewrites the three values of every <node> block; edges carry r, g, b as
// extra attributes already (BuildDiffGraph).
#include <array>
#include <streambuf>
#include <string>

#include "newsgraph/diff.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph {
namespace {

// The value of attribute name="..." inside one tag.
std::string_view AttrValue(std::string_view tag, std::string_view name) {
  const std::string needle = " " + std::string(name) + "=\"";
  const std::size_t at = tag.find(needle);
  if (at == std::string_view::npos) return {};
  const std::size_t begin = at + needle.size();
  const std::size_t end = tag.find('"', begin);
  return end == std::string_view::npos ? std::string_view() : tag.substr(begin, end - begin);
}

class NodeColorFilter : public std::streambuf {
 public:
  NodeColorFilter(std::ostream& out, const DiffStyle& style) : out_(out), style_(style) {}

  // Writes what is still pending. Returns false if the output failed.
  bool Finish() {
    Process(/*final=*/true);
    out_.flush();
    return static_cast<bool>(out_);
  }

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) pending_ += static_cast<char>(c);
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    pending_.append(s, static_cast<std::size_t>(n));
    if (pending_.size() >= (1u << 16)) Process(false);
    return n;
  }

 private:
  // Key ids of the node attributes r, g, b and change, from the header.
  void ReadKeys(std::string_view header) {
    for (std::size_t at = header.find("<key "); at != std::string_view::npos;
         at = header.find("<key ", at + 1)) {
      std::string_view tag = header.substr(at, header.find('>', at) - at);
      if (AttrValue(tag, "for") != "node") continue;
      const std::string_view name = AttrValue(tag, "attr.name");
      const std::string id(AttrValue(tag, "id"));
      if (name == "r") rgb_ids_[0] = id;
      if (name == "g") rgb_ids_[1] = id;
      if (name == "b") rgb_ids_[2] = id;
      if (name == "change") change_id_ = id;
    }
  }

  // Sets the content of <data key="id"> in block to value, if present.
  static void SetData(std::string* block, const std::string& id, std::string_view value) {
    if (id.empty()) return;
    const std::string open = "<data key=\"" + id + "\">";
    const std::size_t at = block->find(open);
    if (at == std::string::npos) return;
    const std::size_t begin = at + open.size();
    const std::size_t end = block->find("</data>", begin);
    if (end != std::string::npos) block->replace(begin, end - begin, value);
  }

  void Recolor(std::string* block) const {
    Change change = Change::kUnchanged;
    const std::string open = "<data key=\"" + change_id_ + "\">";
    const std::size_t at = change_id_.empty() ? std::string::npos : block->find(open);
    if (at != std::string::npos) {
      std::string_view value(*block);
      value = value.substr(at + open.size());
      value = value.substr(0, value.find('<'));
      for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged}) {
        if (value == ChangeName(c)) change = c;
      }
    }
    const Rgb rgb = style_.ColorOf(change);
    for (int i = 0; i < 3; ++i) SetData(block, rgb_ids_[i], std::to_string(rgb[i]));
  }

  // Moves everything that is complete from pending_ to out_. Markup never
  // occurs inside escaped character data, so "<node " and "</node>" are tags.
  void Process(bool final) {
    std::size_t done = 0;
    while (true) {
      if (!header_done_) {
        const std::size_t g = pending_.find("<graph ", done);
        if (g == std::string::npos) break;
        ReadKeys(std::string_view(pending_).substr(done, g - done));
        header_done_ = true;
        out_.write(pending_.data() + done, static_cast<std::streamsize>(g - done));
        done = g;
      } else if (!in_node_) {
        const std::size_t n = pending_.find("<node ", done);
        const std::size_t stop = n == std::string::npos
                                     ? (final ? pending_.size()
                                              : std::max(done, pending_.size() - std::min<std::size_t>(pending_.size(), 5)))
                                     : n;
        out_.write(pending_.data() + done, static_cast<std::streamsize>(stop - done));
        done = stop;
        if (n == std::string::npos) break;
        in_node_ = true;
      } else {
        const std::size_t close = pending_.find("</node>", done);
        if (close == std::string::npos) break;
        std::string block = pending_.substr(done, close - done);
        Recolor(&block);
        out_ << block;
        done = close;
        in_node_ = false;
      }
    }
    if (final) {
      out_.write(pending_.data() + done, static_cast<std::streamsize>(pending_.size() - done));
      done = pending_.size();
    }
    pending_.erase(0, done);
  }

  std::ostream& out_;
  const DiffStyle& style_;
  std::string pending_;
  bool header_done_ = false;
  bool in_node_ = false;
  std::array<std::string, 3> rgb_ids_;
  std::string change_id_;
};

}  // namespace

Status WriteDiffGraphml(const Graph& g, const Ontology& ontology, const DiffStyle& style,
                        std::ostream& out) {
  NodeColorFilter filter(out, style);
  std::ostream filtered(&filter);
  Status s = WriteGraphml(g, ontology, filtered);
  const bool ok = filter.Finish();
  if (!s.ok()) return s;
  if (!ok) return Status::IOError("writing the diff graph failed");
  return Status::Ok();
}

}  // namespace newsgraph
