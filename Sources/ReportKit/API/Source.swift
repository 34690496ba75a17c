import Foundation

/// The container format a report was read from, detected from its bytes.
public enum SourceFormat: String, Hashable, Sendable, CaseIterable {
  case text, html, docx, pdf
}

/// The character encoding a text or HTML source was decoded from.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case gb18030
  case utf16 = "utf-16"
}

/// What was read: path, detected format and encoding, and the SHA-256 of the bytes.
public struct SourceInfo: Sendable, Hashable {
  /// The path as given by the user (`-` for standard input).
  public var path: String
  /// The detected container format.
  public var format: SourceFormat
  /// The detected character encoding (UTF-8 for DOCX, PDF text and re-encoded HTML).
  public var encoding: TextEncoding
  /// Lower-case hex SHA-256 of the input bytes.
  public var sha256: String

  /// Makes a source description.
  public init(path: String, format: SourceFormat, encoding: TextEncoding, sha256: String) {
    self.path = path
    self.format = format
    self.encoding = encoding
    self.sha256 = sha256
  }

  /// The lower-case hex SHA-256 that `sha256` holds for a source with these bytes.
  public static func sha256(of data: Data) -> String { SHA256.hex([UInt8](data)) }

  /// The SHA-256 of `bytes`, as `sha256` holds it.
  public static func sha256(of bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}

/// Decoded text of a source before normalisation: paragraphs separated by line breaks.
public struct SourceText: Hashable, Sendable {
  /// Where the text came from.
  public var info: SourceInfo
  /// The decoded text as Unicode scalar values (for HTML, DOCX and PDF: the text layer, one paragraph per
  /// line); the normaliser's offset map points into it.
  public var scalars: Scalars
  /// The decoded text.
  public var text: String { String(scalarValues: scalars) }
  /// What reading found wrong without refusing the input (undecodable bytes, a page the HTML parser stopped
  /// in); each span is in `scalars` and the pipeline hands it to the document holding it.
  public var warnings: [Diagnostic] = []

  /// Makes a decoded source from a string.
  public init(info: SourceInfo, text: String) {
    self.init(info: info, scalars: text.scalarValues)
  }

  /// Makes a decoded source from scalar values.
  public init(info: SourceInfo, scalars: Scalars) {
    self.info = info
    self.scalars = scalars
  }
}

/// An environment failure while reading an input: the file cannot be processed at all.
public struct IngestError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of failure it is, for a batch to record as data.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// The path names no file.
    case notFound
    /// The file exists but cannot be read (permissions, an I/O error, a directory).
    case unreadable
    /// The file is empty or holds only white space.
    case empty
    /// The bytes are not text in any encoding ReportKit reads.
    case binary
    /// The document is protected by a password.
    case encrypted
    /// A container (zip, PDF, XML) is truncated or corrupt.
    case damaged
    /// A format ReportKit does not read (a legacy .doc, a zip that is no .docx).
    case unsupported
    /// A PDF without a text layer (a scan).
    case noTextLayer
    /// A helper program (pdftotext) is not installed.
    case toolMissing
    /// A helper program took too long.
    case timeout
    /// The input passes a size limit (a zip bomb, a file too large to hold).
    case tooLarge
  }

  /// The input's path as given.
  public var path: String
  /// What kind of failure it is.
  public var kind: Kind
  /// What went wrong and, where it helps, what to do.
  public var reason: String

  /// Makes an error for `path`.
  public init(path: String, kind: Kind, reason: String) {
    self.path = path
    self.kind = kind
    self.reason = reason
  }

  /// `path: error: reason`, the line the CLI prints.
  public var description: String { "\(path): error: \(reason)" }
}
