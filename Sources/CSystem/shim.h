#ifndef REPORTKIT_CSYSTEM_SHIM_H
#define REPORTKIT_CSYSTEM_SHIM_H
// C library calls Swift's Glibc module does not expose.
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Keeps freed heap memory in the process instead of returning it to the kernel after every input.
///
/// Each report allocates and frees a few MB of arrays; by default glibc gives that memory back and takes it
/// again for the next file, paying a page fault per 4 KB every time (a tenth of a run over many files).
/// The process then stays at the working set of its largest input, which it needs anyway.
static inline void rk_keep_freed_memory(void) {
#if defined(__GLIBC__)
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
#endif
}
#endif
