import Testing

@testable import AdminKit

struct PhotoCheckTests {
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let limits = PhotoCheck.Limits(minimumBytes: 5 * 1024, maximumBytes: 20 * 1024)

    static let contentCases: [(String, [UInt8], Int, [String])] = [
        ("a JPEG of 15 KB", jpeg, 15 * 1024, []),
        ("exactly 20 KB", jpeg, 20 * 1024, []),
        ("one byte over", jpeg, 20 * 1024 + 1, ["photo-too-large"]),
        ("4 KB", jpeg, 4 * 1024, ["photo-too-small"]),
        ("a PNG named .JPG", png, 15 * 1024, ["photo-not-jpeg"]),
        ("a big PNG", png, 30 * 1024, ["photo-not-jpeg", "photo-too-large"]),
        ("an empty file", [], 0, ["photo-empty"]),
    ]

    @Test(arguments: contentCases)
    func theContentIsJudgedByItsBytesNotItsName(label: String, head: [UInt8], size: Int, expected: [String]) {
        let found = PhotoCheck.inspect(bytes: head, name: "王小明_110105199001010011.JPG", limits: Self.limits, size: size)
        #expect(found.map(\.code) == expected, "\(label)")
    }

    @Test func aPNGIsNamedAsSuch() {
        let found = PhotoCheck.inspect(bytes: Self.png, name: "a.JPG", limits: Self.limits, size: 6000)
        #expect(found.map { $0.message(.chinese) } == ["照片文件名虽是 .JPG，内容是 PNG 图片，应为 JPG 格式"])
        #expect(found == [.notJPEG(format: "PNG", ending: "JPG")])
    }

    static let nameCases: [(String, PhotoCheck.NameRule, Bool)] = [
        ("王小明_11010519900101001X.JPG", .nameAndID, true),
        ("王小明_11010519900101001x.jpg", .nameAndID, true),
        ("王小明_11010519900101001X.jpeg", .nameAndID, true),
        ("王小明11010519900101001X.JPG", .nameAndID, false),
        ("王晓明_11010519900101001X.JPG", .nameAndID, false),
        ("王小明_11010519900101001X.png", .nameAndID, false),
        ("11010519900101001X.JPG", .idNumber, true),
        ("11010519900101001X.JPG", .nameAndID, false),
        ("照片.jpg", .idNumber, false),
    ]

    @Test(arguments: nameCases)
    func theNameFollowsTheNoticesRule(file: String, rule: PhotoCheck.NameRule, valid: Bool) {
        let problem = PhotoCheck.checkName(file, rule: rule, name: "王小明", id: "11010519900101001X")
        #expect((problem == nil) == valid, "\(file)")
    }
}
