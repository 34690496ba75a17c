/// The version of ReportKit, library and command line alike.
public enum ReportKitVersion {
  /// Semantic version; the JSON's own version is `Report.schemaVersion`.
  public static let string = "0.4.0"
}
