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

/// Loads libxml2 if it is not loaded yet; 1 when its functions can be called (always 1 where it is linked).
/// On Linux the library is opened on first use (CLibXML2Loader), not at start: with ICU it is a third of
/// the dynamic loader's work at every start, and a text-only run never parses HTML or XML.
int rk_xml_load(void);
/// Why loading failed (the loader's message), or NULL.
const char *rk_xml_load_error(void);

static void rk_xml_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
// Without a handler libxml2 prints parse errors to stderr even with the NOERROR options.
static inline void rk_xml_silence(void) {
  xmlSetGenericErrorFunc(NULL, rk_xml_silent);
  xmlInitParser();
}
#endif
