import Foundation
import Testing
@testable import reportkit

/// `--files-from` lists: one path per line, as `find` or `ls` write them.
@Suite struct PathListTests {
  @Test func linesBecomePathsWithoutCRsOrBlankLines() {
    let list = Data("a.txt\r\n  \n\n/tmp/b.txt\n\t\nc d.txt".utf8)
    #expect(PathList.parse(list) == ["a.txt", "/tmp/b.txt", "c d.txt"])
  }

  @Test func emptyAndBlankListsHoldNoPath() {
    #expect(PathList.parse(Data()) == [])
    #expect(PathList.parse(Data("\n\r\n \t\n".utf8)) == [])
  }

  @Test func chinesePathsAreKept() {
    #expect(PathList.parse(Data("province/广东省/2025.txt\n".utf8)) == ["province/广东省/2025.txt"])
  }
}
