import Foundation

/// The exam's secrets as the server writes them to `DATA/tokens.json`, so the admission slips print what the server admits.
///
/// The contract between `quiz-server --exam` (which writes it, mode 0600) and `quiz-admin exam slips`
/// (which reads it); UTF-8 JSON, keys beyond these ignored, a missing list read as empty:
///
/// ```json
/// { "candidates": [{ "candidate": "2026120001", "name": "王芳", "token": "ABCDEFGHJK" }],
///   "proctors":   [{ "proctor": 1, "name": "监考 1", "token": "…" }],
///   "markers":    [{ "marker": 1, "name": "阅卷 1", "token": "…" }],
///   "judges":     [{ "judge": 1, "name": "实操评委 1", "token": "…" }] }
/// ```
///
/// `candidate` is the admission number (准考证号) of the exam file's roster; tokens are 10 characters
/// from ContestProtocol's `AccessTokens.alphabet` (no 0 O 1 I L), read aloud in groups of four.
public struct ExamTokens: Codable, Sendable, Hashable {
    /// One candidate's login: the admission number they type and the token beside it.
    public struct Candidate: Codable, Sendable, Hashable {
        public var candidate: String
        public var name: String
        public var token: String

        public init(candidate: String, name: String, token: String) {
            (self.candidate, self.name, self.token) = (candidate, name, token)
        }
    }

    /// A proctor's (监考) token for `/exam/proctor`.
    public struct Proctor: Codable, Sendable, Hashable {
        public var proctor: Int
        public var name: String
        public var token: String

        public init(proctor: Int, name: String, token: String) {
            (self.proctor, self.name, self.token) = (proctor, name, token)
        }
    }

    /// A marker's (阅卷) token for `/exam/mark`.
    public struct Marker: Codable, Sendable, Hashable {
        public var marker: Int
        public var name: String
        public var token: String

        public init(marker: Int, name: String, token: String) {
            (self.marker, self.name, self.token) = (marker, name, token)
        }
    }

    /// A practical judge's (实操评委) token for `/practical`.
    public struct Judge: Codable, Sendable, Hashable {
        public var judge: Int
        public var name: String
        public var token: String

        public init(judge: Int, name: String, token: String) {
            (self.judge, self.name, self.token) = (judge, name, token)
        }
    }

    public var candidates: [Candidate]
    public var proctors: [Proctor]
    public var markers: [Marker]
    public var judges: [Judge]

    public init(
        candidates: [Candidate], proctors: [Proctor] = [], markers: [Marker] = [], judges: [Judge] = []
    ) {
        (self.candidates, self.proctors, self.markers, self.judges) = (candidates, proctors, markers, judges)
    }

    enum CodingKeys: String, CodingKey {
        case candidates, proctors, markers, judges
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        candidates = try fields.decodeIfPresent([Candidate].self, forKey: .candidates) ?? []
        proctors = try fields.decodeIfPresent([Proctor].self, forKey: .proctors) ?? []
        markers = try fields.decodeIfPresent([Marker].self, forKey: .markers) ?? []
        judges = try fields.decodeIfPresent([Judge].self, forKey: .judges) ?? []
    }

    /// The file's bytes, a leading byte-order mark allowed; nil when they are not this shape.
    public static func decode(_ bytes: [UInt8]) -> ExamTokens? {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return try? JSONDecoder().decode(ExamTokens.self, from: Data(text))
    }

    /// The bytes the server writes: sorted keys, so the same tokens always give the same file.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }
}
