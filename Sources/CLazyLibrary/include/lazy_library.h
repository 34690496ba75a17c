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

// Hidden: Swift executables export their symbols on Linux, and a library's calls to its own functions would
// otherwise bind to the forwarders below.
#define RK_LAZY_HIDDEN __attribute__((visibility("hidden")))
#define RK_LAZY_INDEX(type, name, params, args) rk_at_##name,
#define RK_LAZY_NAME(type, name, params, args) #name,
#define RK_LAZY_FORWARD_VALUE(type, name, params, args)         \
  RK_LAZY_HIDDEN type name params {                             \
    rk_lazy_require(&rk_lazy_self, #name);                      \
    return ((type(*) params)rk_lazy_slots[rk_at_##name]) args;  \
  }
#define RK_LAZY_FORWARD_VOID(type, name, params, args) \
  RK_LAZY_HIDDEN type name params {                    \
    rk_lazy_require(&rk_lazy_self, #name);             \
    ((type(*) params)rk_lazy_slots[rk_at_##name]) args; \
  }

/// Defines, in one C file, the library `rk_lazy_self` and a forwarder for each function that VALUE (returning
/// a value) and VOID (returning nothing) list as X(return type, name, parameters, arguments); the remaining
/// arguments are the file names to try. Each forwarder has the header's prototype, so the compiler checks it
/// against the library's declaration, and calls through the address looked up on first use.
#define RK_LAZY_DEFINE(env, VALUE, VOID, ...)                                                             \
  enum { VALUE(RK_LAZY_INDEX) VOID(RK_LAZY_INDEX) };                                                      \
  static const char *const rk_lazy_symbols[] = {VALUE(RK_LAZY_NAME) VOID(RK_LAZY_NAME)};                  \
  static void *rk_lazy_slots[sizeof rk_lazy_symbols / sizeof rk_lazy_symbols[0]];                         \
  static const char *const rk_lazy_names[] = {__VA_ARGS__, NULL};                                         \
  static rk_lazy_library rk_lazy_self = RK_LAZY_LIBRARY(env, rk_lazy_names, rk_lazy_symbols, rk_lazy_slots); \
  VALUE(RK_LAZY_FORWARD_VALUE)                                                                            \
  VOID(RK_LAZY_FORWARD_VOID)
#endif
