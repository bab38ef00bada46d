import ContestCore
import Foundation

extension WrittenPaper {
    /// Reads `paper.json` for an exam: refused plainly when it is another JSON or a newer format.
    public static func decodeExamPaper(_ bytes: [UInt8], file: String) -> Result<WrittenPaper, ExamFileProblem> {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let data = Data(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        guard let header = try? JSONDecoder().decode(Header.self, from: data), header.format == formatName else {
            return .failure(.notAWrittenPaper(file))
        }
        if let version = header.version, version > currentVersion {
            return .failure(.newerPaperVersion(file, version: version))
        }
        guard let paper = try? JSONDecoder().decode(WrittenPaper.self, from: data) else {
            return .failure(.notAWrittenPaper(file))
        }
        return .success(paper)
    }
}
