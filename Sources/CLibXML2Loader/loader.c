// libxml2, opened on first use instead of at start (Linux; elsewhere ReportKit links it, see Package.swift).
//
// Linked as a NEEDED library, libxml2 brings ICU (libicuuc, libicudata) and liblzma into every process:
// about 1.8 M instructions and a millisecond of the dynamic loader's work at each start, a tenth of a
// two-line run, although a run over text files never parses HTML or XML. The functions ReportKit calls are
// defined here with the headers' own prototypes (so the compiler checks each against libxml2's), and each
// calls through an address looked up once. Readers first ask rk_xml_load(), so a missing libxml2 is an
// error on the file that needs it, not a process that cannot start.
#include "../CLibXML2/shim.h"
#if defined(__linux__)
#include "lazy_library.h"

// (return type, name, parameters, arguments) of each function; RK_XML_VOID lists those returning nothing.
#define RK_XML_VALUE(X)                                                                                      \
  X(htmlParserCtxtPtr, htmlNewParserCtxt, (void), ())                                                      \
  X(htmlDocPtr, htmlCtxtReadMemory,                                                                        \
    (htmlParserCtxtPtr c, const char *b, int n, const char *u, const char *e, int o), (c, b, n, u, e, o))  \
  X(xmlParserCtxtPtr, xmlCreatePushParserCtxt,                                                             \
    (xmlSAXHandlerPtr s, void *d, const char *b, int n, const char *f), (s, d, b, n, f))                   \
  X(int, xmlParseChunk, (xmlParserCtxtPtr c, const char *b, int n, int t), (c, b, n, t))                   \
  X(int, xmlCtxtUseOptions, (xmlParserCtxtPtr c, int o), (c, o))                                           \
  X(xmlDocPtr, xmlReadMemory, (const char *b, int n, const char *u, const char *e, int o), (b, n, u, e, o)) \
  X(xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *d), (d))                                              \
  X(xmlNodePtr, xmlAddNextSibling, (xmlNodePtr c, xmlNodePtr e), (c, e))
#define RK_XML_VOID(X)                                                   \
  X(void, htmlFreeParserCtxt, (htmlParserCtxtPtr c), (c))              \
  X(void, xmlFreeParserCtxt, (xmlParserCtxtPtr c), (c))                \
  X(void, xmlFreeDoc, (xmlDocPtr d), (d))                              \
  X(void, xmlUnlinkNode, (xmlNodePtr n), (n))                          \
  X(void, xmlInitParser, (void), ())                                   \
  X(void, xmlSetGenericErrorFunc, (void *c, xmlGenericErrorFunc h), (c, h))

RK_LAZY_DEFINE("REPORTKIT_LIBXML2", RK_XML_VALUE, RK_XML_VOID, "libxml2.so.2", "libxml2.so")

RK_LAZY_HIDDEN int rk_xml_load(void) { return rk_lazy_load(&rk_lazy_self); }
RK_LAZY_HIDDEN const char *rk_xml_load_error(void) { return rk_lazy_load(&rk_lazy_self) ? NULL : rk_lazy_self.failure; }

#else
int rk_xml_load(void) { return 1; }
const char *rk_xml_load_error(void) { return NULL; }
#endif
