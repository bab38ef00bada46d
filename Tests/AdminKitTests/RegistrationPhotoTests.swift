import Foundation
import QuestionBank
import Testing

@testable import AdminKit

struct RegistrationPhotoTests {
    static let id = residentID("32082119900501001")
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 12)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 12)

    static func file(_ name: String, _ head: [UInt8] = jpeg, kb: Double = 10) -> MaterialsListing.File {
        MaterialsListing.File(name: name, size: Int(kb * 1024), head: head)
    }

    static let cases: [(String, RegistrationRules, [MaterialsListing.File], [String])] = [
        ("named by ID", .none, [file("\(id).JPG")], []),
        ("named by name and ID, lower-case ending", .none, [file("王小明_\(id).jpg")], []),
        ("a .jpeg ending", .none, [file("\(id).jpeg")], []),
        ("no photo", .none, [], ["missing-photo"]),
        ("a PNG named .JPG", .none, [file("\(id).JPG", png)], ["photo-not-jpeg"]),
        ("21 KB", .none, [file("\(id).JPG", kb: 21)], ["photo-too-large"]),
        ("exactly 20 KB", .none, [file("\(id).JPG", kb: 20)], []),
        ("4 KB under 泗阳", .siyang, [file("\(id).JPG", kb: 4)], ["photo-too-small"]),
        ("4 KB under 乌审旗's limit only", .none, [file("\(id).JPG", kb: 4)], []),
        ("misnamed but carrying the ID", .none, [file("照片-\(id).JPG")], ["photo-name"]),
        (
            "a photo of nobody", .none, [file("\(id).JPG"), file("\(residentID("32082119900501002")).JPG")],
            ["unclaimed-photo"]
        ),
    ]

    @Test(arguments: cases)
    func eachEntrantsPhotoIsFoundByNameAndCheckedByContent(
        label: String, rules: RegistrationRules, files: [MaterialsListing.File], expected: [String]
    ) {
        let table = TableReader.read(Array(csv([entryRow(id: Self.id)]).utf8), file: "报名表.csv")
        let listing = MaterialsListing(path: "照片", files: files, folders: [])
        let report = RegistrationCheck.run(
            table, file: "报名表.csv", rules: rules, today: today, photos: ("照片", listing))
        let found = report.diagnostics.map(\.problem.code).filter {
            !["not-window-staff", "not-contract-staff"].contains($0)
        }
        #expect(found == expected, "\(label)")
    }

    @Test func aPhotoProblemNamesTheRowTheFileAndHidesTheID() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/报名表.csv"
        try Data(csv([entryRow(id: Self.id)]).utf8).write(to: URL(fileURLWithPath: list))
        try FileManager.default.createDirectory(atPath: folder + "/照片", withIntermediateDirectories: true)
        try Data(Self.png + Array(repeating: 0, count: 6000)).write(
            to: URL(fileURLWithPath: folder + "/照片/\(Self.id).JPG"))

        let outcome = AdminCommand.run(["registration", "check", list, "--photos", folder + "/照片"], today: today)

        #expect(outcome.exitCode == 1)
        #expect(
            outcome.output.hasPrefix(
                "\(list):2:26: 错误: 「\(ResidentID.masked(Self.id)).JPG」照片文件名虽是 .JPG，内容是 PNG 图片，应为 JPG 格式 [photo-not-jpeg]\n"
            ))
        let missing = AdminCommand.run(["registration", "check", list, "--photos", folder + "/无"], today: today)
        #expect(missing.output.contains("\(folder)/无: 错误: 照片文件夹不存在或无法读取 [unreadable-photo-folder]"))
    }
}
