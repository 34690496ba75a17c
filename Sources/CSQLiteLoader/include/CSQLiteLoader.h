// Nothing to import: this target defines what the module CSQLite declares (rk_sqlite_load,
// rk_sqlite_load_error and, on Linux, the SQLite functions the index calls).
