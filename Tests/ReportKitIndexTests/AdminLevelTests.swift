import Testing
import ReportKitIndex

@Test(arguments: [
  ("全国", AdminLevel.national), ("广东省", .province), ("内蒙古自治区", .province), ("北京市", .province),
  ("重庆市", .province), ("包头市", .city), ("呼伦贝尔市", .city), ("延边朝鲜族自治州", .city), ("锡林郭勒盟", .city),
  ("阿里地区", .city), ("长兴县", .county), ("鄂温克族自治旗", .county), ("海拉尔区", .district),
  ("呼伦贝尔市海拉尔区", .district),
])
func levelFromTheRegionName(region: String, level: AdminLevel) {
  #expect(AdminLevel.of(region: region) == level)
}

@Test func aNameWithoutAnAdministrativeEndingHasNoLevel() {
  #expect(AdminLevel.of(region: "甘肃省十四届人民代表大会") == nil)
}

@Test func thePathGivesLevelAndRegionWhenTheHeaderDoesNot() {
  #expect(AdminLevel.fromArchivePath("province/广东省/2025.txt")! == (.province, "广东省"))
  #expect(AdminLevel.fromArchivePath("/data/city/包头市/2022.txt")! == (.city, "包头市"))
  #expect(AdminLevel.fromArchivePath("misc/2022.txt") == nil)
  // The header's region wins; a name without a level takes the path's level; national reports are 全国.
  #expect(AdminLevel.resolve(headerRegion: "甘肃省十四届人民代表大会", path: "province/甘肃省/2026.txt") == (.province, "甘肃省十四届人民代表大会"))
  #expect(AdminLevel.resolve(headerRegion: nil, path: "national/china/2014.txt") == (.national, "全国"))
  #expect(AdminLevel.resolve(headerRegion: nil, path: "x/2014.txt") == (nil, nil))
}
