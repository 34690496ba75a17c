import Foundation
// Temporary stand-ins until the format readers land; removed in the merge.
enum HTMLReader { static func text(from data: [UInt8], path: String) throws(IngestError) -> (text: String, encoding: TextEncoding) { throw IngestError(path: path, reason: "HTML not supported yet") } }
enum DocxReader { static func text(from data: Data, path: String) throws(IngestError) -> String { throw IngestError(path: path, reason: "DOCX not supported yet") } }
enum PDFReader { static func text(from data: Data, path: String) throws(IngestError) -> String { throw IngestError(path: path, reason: "PDF not supported yet") } }
