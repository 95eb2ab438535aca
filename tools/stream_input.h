// Streaming input for the CLI: plain text in chunks, JSON Lines line by line,
// so that memory does not grow with the size of the input.
#ifndef ECONEX_TOOLS_STREAM_INPUT_H_
#define ECONEX_TOOLS_STREAM_INPUT_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace econex_cli {

// Length of the first chunk of `text` (text.size() > cap), at most cap bytes
// and at least cap / 2 when a boundary can be found there, preferring in turn
//   1. the end of a paragraph: a line break after sentence punctuation
//      (。！？；!?; possibly closed by a quote or bracket), the break included;
//   2. the end of a sentence: after 。！？；!?;
//   3. any line break;
//   4. else a code-point boundary at or just before cap.
std::size_t chunk_length(std::string_view text, std::size_t cap);

// Reads a file (or stdin) in chunks of at most `cap` bytes split by
// chunk_length; the last chunk ends at the end of the input. A file no larger
// than cap is one chunk: exactly the whole-file document.
class ChunkReader {
 public:
  ChunkReader(std::FILE* f, std::size_t cap) : f_(f), cap_(cap) {}
  // The next chunk and its byte offset in the input; false at the end or on a
  // read error (see error()).
  bool next(std::string* chunk, std::size_t* offset);
  // errno of a failed read, 0 if none.
  int error() const { return error_; }
  std::size_t bytes_read() const { return read_; }

 private:
  bool fill();  // reads more; false at the end of input or on error
  std::FILE* f_;
  std::size_t cap_;
  std::string buf_;        // unread bytes
  std::size_t begin_ = 0;  // offset of buf_[0] in the input
  std::size_t read_ = 0;
  bool eof_ = false;
  int error_ = 0;
};

// Reads lines (without the '\n') of any length.
class LineReader {
 public:
  explicit LineReader(std::FILE* f) : f_(f) {}
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  bool next(std::string_view* line);  // false at the end or on a read error
  int error() const { return error_; }
  std::size_t bytes_read() const { return read_; }

 private:
  std::FILE* f_;
  char* buf_ = nullptr;
  std::size_t cap_ = 0;
  std::size_t read_ = 0;
  int error_ = 0;
};

}  // namespace econex_cli

#endif  // ECONEX_TOOLS_STREAM_INPUT_H_
