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

#define RK_INDEX(type, name, params, args) rk_at_##name,
#define RK_NAME(type, name, params, args) #name,
enum { RK_XML_VALUE(RK_INDEX) RK_XML_VOID(RK_INDEX) };
static const char *const symbols[] = {RK_XML_VALUE(RK_NAME) RK_XML_VOID(RK_NAME)};
static void *slots[sizeof symbols / sizeof symbols[0]];
static const char *const names[] = {"libxml2.so.2", "libxml2.so", NULL};
static rk_lazy_library library = RK_LAZY_LIBRARY("REPORTKIT_LIBXML2", names, symbols, slots);

// Hidden: Swift executables export their symbols on Linux, and libxml2's calls to its own functions would
// otherwise bind to these forwarders.
#define RK_HIDDEN __attribute__((visibility("hidden")))

RK_HIDDEN int rk_xml_load(void) { return rk_lazy_load(&library); }
RK_HIDDEN const char *rk_xml_load_error(void) { return rk_lazy_load(&library) ? NULL : library.failure; }

#define RK_FORWARD_VALUE(type, name, params, args)           \
  RK_HIDDEN type name params {                               \
    rk_lazy_require(&library, #name);                        \
    return ((type(*) params)slots[rk_at_##name]) args;       \
  }
#define RK_FORWARD_VOID(type, name, params, args)            \
  RK_HIDDEN type name params {                               \
    rk_lazy_require(&library, #name);                        \
    ((type(*) params)slots[rk_at_##name]) args;              \
  }
RK_XML_VALUE(RK_FORWARD_VALUE)
RK_XML_VOID(RK_FORWARD_VOID)

#else
int rk_xml_load(void) { return 1; }
const char *rk_xml_load_error(void) { return NULL; }
#endif
