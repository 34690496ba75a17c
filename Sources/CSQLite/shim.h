#ifndef REPORTKIT_CSQLITE_SHIM_H
#define REPORTKIT_CSQLITE_SHIM_H
// The system SQLite (3.40 on Debian 12, with FTS5), for the archive index.
#include <sqlite3.h>

/// Loads SQLite if it is not loaded yet; 1 when its functions can be called (always 1 where it is linked).
/// On Linux the library is opened on first use (CSQLiteLoader): most runs never touch an index.
int rk_sqlite_load(void);
/// Why loading failed (the loader's message), or NULL.
const char *rk_sqlite_load_error(void);

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import: bound text is
/// copied by SQLite, so the Swift buffer need not outlive the call.
static inline sqlite3_destructor_type rk_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
