// Nothing to import: this target defines what the module CLibXML2 declares (rk_xml_load, rk_xml_load_error
// and, on Linux, the libxml2 functions ReportKit calls).
