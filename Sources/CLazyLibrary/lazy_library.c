// Opening a shared library on first use, thread-safely, with a message that says what is missing.
#include "lazy_library.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static int open_library(rk_lazy_library *lib) {
  void *handle = NULL;
  const char *tried = lib->names[0];
  const char *chosen = lib->env ? getenv(lib->env) : NULL;
  if (chosen && *chosen) {
    tried = chosen;
    handle = dlopen(chosen, RTLD_NOW | RTLD_LOCAL);
  } else {
    for (const char *const *name = lib->names; *name && !handle; name++) handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
  }
  if (!handle) {
    const char *why = dlerror();
    snprintf(lib->failure, sizeof lib->failure, "%s", why ? why : tried);
    return 0;
  }
  for (int k = 0; k < lib->count; k++) {
    lib->slots[k] = dlsym(handle, lib->symbols[k]);
    if (!lib->slots[k]) {
      snprintf(lib->failure, sizeof lib->failure, "%s has no function %s", tried, lib->symbols[k]);
      return 0;
    }
  }
  return 1;
}

int rk_lazy_load(rk_lazy_library *lib) {
  int state = __atomic_load_n(&lib->state, __ATOMIC_ACQUIRE);
  if (state) return state == 1;
  pthread_mutex_lock(&lib->lock);
  state = lib->state;
  if (!state) {
    state = open_library(lib) ? 1 : 2;
    __atomic_store_n(&lib->state, state, __ATOMIC_RELEASE);
  }
  pthread_mutex_unlock(&lib->lock);
  return state == 1;
}

void rk_lazy_require(rk_lazy_library *lib, const char *function) {
  if (rk_lazy_load(lib)) return;
  fprintf(stderr, "reportkit: %s called, but its library could not be loaded: %s\n", function, lib->failure);
  abort();
}
