#ifndef REPORTKIT_CLIBXML2_SHIM_H
#define REPORTKIT_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers then clash with the Swift toolchain's private ICU
// ("'UErrorCode' has different definitions in different modules"), and only on a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

// xmlFree is a C global function pointer, which Swift 6 rejects as shared mutable state.
static inline void rk_xml_free(void *p) { xmlFree(p); }

static void rk_xml_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
// Without a handler libxml2 prints parse errors to stderr even with the NOERROR options.
static inline void rk_xml_silence(void) {
  xmlSetGenericErrorFunc(NULL, rk_xml_silent);
  xmlInitParser();
}
#endif
