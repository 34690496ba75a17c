// zlib, for inflating the members of .docx (zip) archives. The module is called CZ: ZIPFoundation already
// declares a CZlib.
#include <zlib.h>

// inflateInit2 is a macro over inflateInit2_ with the library's version and the stream's size, which Swift
// cannot call; this wrapper can be.
static inline int rk_inflate_init_raw(z_stream *stream) {
  return inflateInit2(stream, -MAX_WBITS);  // raw deflate: zip members carry no zlib header
}
