import Foundation

/// The administrative level a report speaks for: 全国, a province, a city, a county or a district.
///
/// The rule (also in README): 全国/中国/国务院 → national; 省, 自治区, 特别行政区 and the four municipalities
/// 北京市 上海市 天津市 重庆市 → province; other names ending in 市, 州 (自治州), 盟 or 地区 → city; 县 (自治县)
/// or 旗 (自治旗) → county; 区 → district. A region that ends in none of these has no level from its name.
public enum AdminLevel: String, Hashable, Sendable, CaseIterable {
  case national, province, city, county, district

  /// The municipalities directly under the central government, which rank as provinces.
  private static let municipalities: Set<String> = ["北京市", "上海市", "天津市", "重庆市", "北京", "上海", "天津", "重庆"]
  private static let nationalNames: Set<String> = ["全国", "中国", "中华人民共和国", "国务院", "china", "national"]

  /// The level of a region named as a report names it (广东省, 呼伦贝尔市海拉尔区), nil when the name does not say.
  public static func of(region: String) -> AdminLevel? {
    let r = region.trimmingCharacters(in: .whitespaces)
    if nationalNames.contains(r) { return .national }
    if municipalities.contains(r) { return .province }
    // Longer suffixes first: 自治区 and 地区 end in 区 but are a province and a city.
    for (suffix, level) in [
      ("特别行政区", AdminLevel.province), ("自治区", .province), ("省", .province),
      ("地区", .city), ("自治州", .city), ("州", .city), ("盟", .city), ("市", .city),
      ("县", .county), ("旗", .county), ("区", .district),
    ] where r.hasSuffix(suffix) {
      return level
    }
    return nil
  }

  /// The level and region a path's folders name in the corpus layout `<level>/<region>/<file>`
  /// (`province/广东省/2025.txt`), nil when no folder is a level name followed by a region folder.
  public static func fromArchivePath(_ path: String) -> (level: AdminLevel, region: String)? {
    let parts = path.split(separator: "/").map(String.init)
    // The last match wins: `/data/city/archive/province/广东省/2025.txt` is a province report.
    guard parts.count >= 3 else { return nil }
    for k in stride(from: parts.count - 3, through: 0, by: -1) {
      if let level = AdminLevel(rawValue: parts[k].lowercased()) { return (level, parts[k + 1]) }
    }
    return nil
  }

  /// The level and region of a document: its header's region when it has one, else the archive path's.
  /// A header region whose name gives no level (甘肃省十四届人民代表大会) takes the level from the path.
  public static func resolve(headerRegion: String?, path: String) -> (level: AdminLevel?, region: String?) {
    let fromPath = fromArchivePath(path)
    guard let region = headerRegion, !region.isEmpty else {
      // The corpus files national reports under national/china/: the region a report names is 全国.
      return (fromPath?.level, fromPath?.level == .national ? "全国" : fromPath?.region)
    }
    return (of(region: region) ?? fromPath?.level, region)
  }
}
