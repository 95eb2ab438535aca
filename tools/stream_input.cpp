#include "stream_input.h"

#include <sys/types.h>

#include <cerrno>
#include <cstdlib>

namespace econex_cli {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

bool ends_with(std::string_view s, std::size_t end, std::string_view w) {
  return end >= w.size() && s.substr(end - w.size(), w.size()) == w;
}

// Sentence punctuation right before `end`, possibly followed by one closer.
bool sentence_end_before(std::string_view s, std::size_t end) {
  static constexpr std::string_view kClosers[] = {"”", "’", "」", "』", "）", ")", "》", "\""};
  static constexpr std::string_view kEnds[] = {"。", "！", "？", "；", "!", "?", ";"};
  for (std::string_view c : kClosers) {
    if (ends_with(s, end, c)) {
      end -= c.size();
      break;
    }
  }
  for (std::string_view e : kEnds)
    if (ends_with(s, end, e)) return true;
  return false;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::size_t chunk_length(std::string_view text, std::size_t cap) {
  if (text.size() <= cap) return text.size();
  if (cap < 2) return cap ? cap : 1;
  const std::size_t lo = cap / 2;
  // 1. a paragraph end: a line break after sentence punctuation
  for (std::size_t nl = text.rfind('\n', cap - 1); nl != kNpos && nl >= lo;
       nl = nl == 0 ? kNpos : text.rfind('\n', nl - 1)) {
    std::size_t end = nl;
    while (end > 0 && is_space(text[end - 1])) --end;
    if (sentence_end_before(text, end)) return nl + 1;
  }
  // 2. a sentence end
  for (std::size_t p = cap; p >= lo && p > 0; --p) {
    unsigned char last = static_cast<unsigned char>(text[p - 1]);
    bool maybe = last == 0x82 || last == 0x81 || last == 0x9F || last == 0x9B || last == '!' ||
                 last == '?' || last == ';';
    if (maybe && sentence_end_before(text, p)) return p;
  }
  // 3. any line break
  std::size_t nl = text.rfind('\n', cap - 1);
  if (nl != kNpos && nl >= lo) return nl + 1;
  // 4. a code-point boundary: not before a continuation byte
  std::size_t cut = cap;
  for (int k = 0; k < 3 && cut > 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80; ++k)
    --cut;
  return (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80 ? cap : cut;
}

bool ChunkReader::fill() {
  const std::size_t block = cap_ < (1u << 16) ? (1u << 16) : cap_;
  std::size_t old = buf_.size();
  buf_.resize(old + block);
  std::size_t n = std::fread(&buf_[old], 1, block, f_);
  buf_.resize(old + n);
  read_ += n;
  if (n < block) {
    if (std::ferror(f_)) {
      error_ = errno ? errno : EIO;
      return false;
    }
    eof_ = true;
  }
  return n > 0;
}

bool ChunkReader::next(std::string* chunk, std::size_t* offset) {
  while (!eof_ && !error_ && buf_.size() <= cap_)
    if (!fill()) break;
  if (error_ || buf_.empty()) return false;
  std::size_t n = chunk_length(buf_, cap_);
  chunk->assign(buf_, 0, n);
  *offset = begin_;
  buf_.erase(0, n);
  begin_ += n;
  return true;
}

LineReader::~LineReader() { std::free(buf_); }

bool LineReader::next(std::string_view* line) {
  errno = 0;
  ssize_t n = getline(&buf_, &cap_, f_);
  if (n < 0) {
    if (std::ferror(f_)) error_ = errno ? errno : EIO;
    return false;
  }
  read_ += static_cast<std::size_t>(n);
  std::size_t len = static_cast<std::size_t>(n);
  if (len > 0 && buf_[len - 1] == '\n') --len;
  *line = std::string_view(buf_, len);
  return true;
}

}  // namespace econex_cli
