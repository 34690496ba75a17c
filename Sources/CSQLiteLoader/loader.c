// SQLite, opened on first use instead of at start (Linux; elsewhere ReportKitIndex links it, see
// Package.swift): only `batch --index` and `search` touch the index, yet as a NEEDED library it is loaded
// and relocated at the start of every run. Same pattern as CLibXML2Loader: the functions the index calls,
// defined with the header's own prototypes, each calling through an address looked up once.
#include "../CSQLite/shim.h"
#if defined(__linux__)
#include "lazy_library.h"

// (return type, name, parameters, arguments) of each function; RK_SQLITE_VOID lists those returning nothing.
#define RK_SQLITE_VALUE(X)                                                                                   \
  X(int, sqlite3_open_v2, (const char *f, sqlite3 **d, int g, const char *v), (f, d, g, v))              \
  X(int, sqlite3_close_v2, (sqlite3 * d), (d))                                                           \
  X(int, sqlite3_busy_timeout, (sqlite3 * d, int ms), (d, ms))                                           \
  X(int, sqlite3_exec, (sqlite3 * d, const char *s, int (*c)(void *, int, char **, char **), void *a, char **e), \
    (d, s, c, a, e))                                                                                      \
  X(int, sqlite3_prepare_v3, (sqlite3 * d, const char *s, int n, unsigned int f, sqlite3_stmt **t, const char **r), \
    (d, s, n, f, t, r))                                                                                   \
  X(int, sqlite3_step, (sqlite3_stmt * t), (t))                                                          \
  X(int, sqlite3_reset, (sqlite3_stmt * t), (t))                                                         \
  X(int, sqlite3_finalize, (sqlite3_stmt * t), (t))                                                      \
  X(int, sqlite3_bind_double, (sqlite3_stmt * t, int i, double v), (t, i, v))                            \
  X(int, sqlite3_bind_int64, (sqlite3_stmt * t, int i, sqlite3_int64 v), (t, i, v))                      \
  X(int, sqlite3_bind_null, (sqlite3_stmt * t, int i), (t, i))                                           \
  X(int, sqlite3_bind_text, (sqlite3_stmt * t, int i, const char *v, int n, void (*f)(void *)), (t, i, v, n, f)) \
  X(int, sqlite3_column_bytes, (sqlite3_stmt * t, int i), (t, i))                                        \
  X(double, sqlite3_column_double, (sqlite3_stmt * t, int i), (t, i))                                    \
  X(sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt * t, int i), (t, i))                              \
  X(const unsigned char *, sqlite3_column_text, (sqlite3_stmt * t, int i), (t, i))                       \
  X(int, sqlite3_column_type, (sqlite3_stmt * t, int i), (t, i))                                         \
  X(const char *, sqlite3_errmsg, (sqlite3 * d), (d))                                                    \
  X(const char *, sqlite3_errstr, (int c), (c))                                                          \
  X(int, sqlite3_get_autocommit, (sqlite3 * d), (d))                                                     \
  X(sqlite3_int64, sqlite3_last_insert_rowid, (sqlite3 * d), (d))
#define RK_SQLITE_VOID(X) X(void, sqlite3_free, (void *p), (p))

RK_LAZY_DEFINE("REPORTKIT_LIBSQLITE3", RK_SQLITE_VALUE, RK_SQLITE_VOID, "libsqlite3.so.0", "libsqlite3.so")

RK_LAZY_HIDDEN int rk_sqlite_load(void) { return rk_lazy_load(&rk_lazy_self); }
RK_LAZY_HIDDEN const char *rk_sqlite_load_error(void) { return rk_lazy_load(&rk_lazy_self) ? NULL : rk_lazy_self.failure; }

#else
int rk_sqlite_load(void) { return 1; }
const char *rk_sqlite_load_error(void) { return NULL; }
#endif
