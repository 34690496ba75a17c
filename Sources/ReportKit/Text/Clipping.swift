extension String {
  /// The string cut to its first `limit` Unicode scalars with "…" after the cut, or whole when it fits: how a
  /// message quotes a value of any length and stays one short line.
  func clipped(to limit: Int) -> String {
    unicodeScalars.count <= limit ? self : String(String.UnicodeScalarView(unicodeScalars.prefix(limit))) + "…"
  }
}
