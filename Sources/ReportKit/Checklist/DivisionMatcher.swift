/// Assigns the rows of 任务分工方案 to the checklist tasks that quote them.
///
/// The plan's rows are indexed (`BigramIndex`, BM25 over character bigrams) and every task's text is a query. A
/// row's score against a task is its BM25 score divided by the score the row gets against its own words: the
/// share of the row's weighted bigrams that the task's text holds, 1 when the task quotes it whole. Each row
/// goes to the task (or the tasks, when tied) it scores best against, if that share reaches `threshold`: a row
/// quotes one task, while a task (a long paragraph of a national report) may be split over several rows.
struct DivisionMatcher {
  /// The share of a row's words a task must hold to be assigned by it.
  static let threshold = 0.5

  /// A row's best match: the tasks it goes to (empty when none reaches the threshold) and its best share.
  struct Match {
    var tasks: [Int]
    var score: Double
  }

  /// For each row of `rows`, the tasks of `tasks` (their texts) it assigns.
  func match(tasks: [Scalars], rows: [Scalars]) -> [Match] {
    var matches = [Match](repeating: Match(tasks: [], score: 0), count: rows.count)
    guard !rows.isEmpty else { return matches }
    let index = BigramIndex(passages: rows)
    let own: [Double] = rows.enumerated().map { r, words in
      index.search(words, limit: rows.count).first { $0.passage == r }?.score ?? 0
    }
    for (t, text) in tasks.enumerated() {
      for hit in index.search(text, limit: rows.count) where own[hit.passage] > 0 {
        let share = min(1, hit.score / own[hit.passage])
        // Shares within a rounding error of each other are a tie.
        if share > matches[hit.passage].score + 1e-9 {
          matches[hit.passage] = Match(tasks: [t], score: share)
        } else if abs(share - matches[hit.passage].score) <= 1e-9 {
          matches[hit.passage].tasks.append(t)
        }
      }
    }
    for r in matches.indices where matches[r].score < DivisionMatcher.threshold { matches[r].tasks = [] }
    return matches
  }
}
