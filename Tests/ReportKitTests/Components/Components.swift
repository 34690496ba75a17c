/// The leaf components (text diff, XLSX and CSV writers, bigram index), one suite each: `swift test --filter
/// Components` runs them all.
enum Components {}
