// Rendering through Graphviz's library: DOT text -> cgraph -> gvLayout ->
// gvRenderData.
#include "newsgraph/render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <sstream>
#include <string>

namespace newsgraph {
namespace {

std::mutex& GraphvizMutex() {
  static std::mutex m;
  return m;
}

// Graphviz's messages of the current call (under GraphvizMutex).
std::string& Messages() {
  static std::string messages;
  return messages;
}

int KeepMessage(char* text) {
  if (Messages().size() < 2000) Messages() += text;
  return 0;
}

}  // namespace

Status RenderGraph(const Graph& g, const Ontology& ontology, std::string_view format,
                   std::ostream& out, const DotOptions& options) {
  std::ostringstream dot;
  NEWSGRAPH_RETURN_IF_ERROR(WriteDot(g, ontology, dot, options));
  const std::string text = dot.str();
  const std::string engine = SuitableLayout(g, options);
  const std::string fmt(format);

  std::lock_guard<std::mutex> lock(GraphvizMutex());
  Messages().clear();
  agseterrf(KeepMessage);
  agseterr(AGERR);  // warnings are not errors
  auto fail = [&](const std::string& what) {
    std::string m = Messages();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return Status::InvalidInput("graphviz " + engine + " -T" + fmt + ": " + what +
                                (m.empty() ? "" : ": " + QuoteInput(m, 300)));
  };
  // One context for the process, never freed: Graphviz 2.43 keeps font
  // data across contexts and reads it freed after gvFreeContext (ASan).
  static GVC_t* const context = gvContext();
  if (context == nullptr) return fail("no Graphviz context");
  GVC_t* const gvc = context;
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(text.c_str()), agclose);
  if (!graph) return fail("the DOT text does not parse");
  if (gvLayout(gvc, graph.get(), engine.c_str()) != 0) return fail("layout failed");
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(gvc, graph.get(), fmt.c_str(), &data, &length);
  gvFreeLayout(gvc, graph.get());
  if (rendered != 0 || data == nullptr) {
    if (data) gvFreeRenderData(data);
    return fail("rendering failed");
  }
  out.write(data, static_cast<std::streamsize>(length));
  gvFreeRenderData(data);
  if (!out) return Status::IOError(fmt + " output: write failed");
  return Status::Ok();
}

}  // namespace newsgraph
