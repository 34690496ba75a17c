#ifndef REPORTKIT_LAZY_LIBRARY_H
#define REPORTKIT_LAZY_LIBRARY_H
// A shared library opened on first use rather than at start (Linux): see CLibXML2Loader and CSQLiteLoader.
#include <pthread.h>
#include <stddef.h>

/// One library to open on first use: where to look, which functions to find, and what came of it.
typedef struct {
  /// An environment variable that may name the library's file instead (for unusual installs, and tests).
  const char *env;
  /// File names to try in turn, NULL-terminated: the versioned name first, which runtime packages install.
  const char *const *names;
  /// The functions to look up, and where their addresses go: `count` of each.
  const char *const *symbols;
  void **slots;
  int count;
  /// 0 before the first attempt, 1 loaded, 2 failed (then `failure` says why).
  int state;
  pthread_mutex_t lock;
  char failure[512];
} rk_lazy_library;

/// A library description with its state at rest.
#define RK_LAZY_LIBRARY(env, names, symbols, slots) \
  {env, names, symbols, slots, (int)(sizeof(slots) / sizeof((slots)[0])), 0, PTHREAD_MUTEX_INITIALIZER, {0}}

/// Opens the library and finds every function, once per process; 1 when they can be called.
int rk_lazy_load(rk_lazy_library *library);

/// Stops the process with a message when the library is not loaded: for a caller that skipped rk_lazy_load.
void rk_lazy_require(rk_lazy_library *library, const char *function);
#endif
