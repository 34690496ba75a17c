#ifndef REPORTKIT_CCRYPTO_SHIM_H
#define REPORTKIT_CCRYPTO_SHIM_H
// OpenSSL's SHA-256 uses the CPU's SHA instructions: ten times the speed of portable code, and hashing every
// input for `source.sha256` otherwise costs more than the whole normalisation.
// The low-level SHA256_Init/Update/Final, not EVP_Digest: OpenSSL 3 marks them deprecated, but EVP_Digest (and
// the one-shot SHA256()) first loads the provider machinery and its configuration, ~5 M instructions, a tenth
// of a short run; these call the same SHA-NI block code directly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

static inline int rk_sha256(const void *data, size_t count, unsigned char *out32) {
  SHA256_CTX ctx;
  if (SHA256_Init(&ctx) != 1) return 0;
  if (SHA256_Update(&ctx, data, count) != 1) return 0;
  return SHA256_Final(out32, &ctx);
}
#endif
