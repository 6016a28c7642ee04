// Reading an XML document one element at a time: a window on the document
// (a whole buffer, or a stream read in blocks), and a scan of the tags that
// finds where an element ends without building a tree and bounds its nesting
// depth. The GraphML reader hands each element so found to RapidXML, whose
// parser recurses once per level: the scan is what keeps it off deep input.
#ifndef NEWSGRAPH_IO_XML_SCAN_HPP_
#define NEWSGRAPH_IO_XML_SCAN_HPP_

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace newsgraph::io {

// Where an element that starts at text[0] ('<' of a start tag) ends, nested
// in depth open elements. Comments, CDATA, processing instructions and quoted
// attribute values are skipped; end tags are not matched by name (the XML
// parser checks them), so the depth counted is never below the parser's.
struct ElementScan {
  enum Outcome {
    kComplete,  // the element is text.substr(0, end)
    kNeedMore,  // text ends inside the element
    kTooDeep,   // the start tag at text[end] opens level max_depth + 1
  };
  Outcome outcome = kNeedMore;
  std::size_t end = 0;
  int depth = 0;  // kTooDeep: the level reached
};
ElementScan ScanElement(std::string_view text, int depth, int max_depth);

// The length of the tag at text[0] ('<') up to and including its '>', over
// quoted attribute values; npos if text ends first.
std::size_t TagLength(std::string_view text);

// A window on a document: the bytes read and not yet forgotten, addressed by
// their offset in the whole document. Line and column of any offset at or
// after the last forgotten one are known.
class XmlWindow {
 public:
  // The whole document, not copied. REQUIRES: whole outlives the window.
  explicit XmlWindow(std::string_view whole) : data_(whole.data()), size_(whole.size()) {}
  // A document read from in, block bytes at least at a time, as needed.
  // REQUIRES: in outlives the window.
  explicit XmlWindow(std::istream& in, std::size_t block = kBlock) : in_(&in), block_(block) {}

  // The bytes from offset to the end of what has been read (empty past it).
  // Valid until the next ReadMore.
  std::string_view From(std::size_t offset) const {
    return offset >= base_ + size_ ? std::string_view()
                                   : std::string_view(data_ + (offset - base_),
                                                      base_ + size_ - offset);
  }
  // Reads at least as many bytes again as are held from keep on (and at
  // least a block), forgetting those before keep. False at the end of the
  // input (or on a read error: see failed()). REQUIRES: keep >= the last
  // keep given.
  bool ReadMore(std::size_t keep);
  // Forgets the bytes before offset (counting their lines). REQUIRES: offset
  // >= the last offset forgotten, and at most the end of what has been read.
  void Forget(std::size_t offset);
  bool failed() const { return in_ && in_->bad(); }

  // 1-based line and column (in UTF-8 characters) of offset. REQUIRES:
  // offset >= the last offset forgotten, and within what has been read.
  std::size_t Line(std::size_t offset) const;
  std::size_t Column(std::size_t offset) const;

 private:
  static constexpr std::size_t kBlock = 1 << 20;

  const char* data_ = nullptr;  // the bytes held: offsets [base_, base_ + size_)
  std::size_t size_ = 0;
  std::size_t base_ = 0;
  std::istream* in_ = nullptr;
  std::size_t block_ = kBlock;
  std::string buffer_;  // what data_ points into, when reading a stream
  // Lines are counted up to counted_: lines_ newlines before it, and
  // column_ characters after the last of them.
  std::size_t counted_ = 0, lines_ = 0, column_ = 0;
};

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_XML_SCAN_HPP_
