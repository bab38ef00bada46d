import ContestCore
import Foundation

/// Lays a rules file's JSON over the defaults' JSON: objects key by key, anything else replaced whole.
///
/// The defaults are the schema: a key they lack is refused with the nearest known key, and a
/// value of the wrong shape (text where a number belongs) is refused with its path, before the
/// merged tree is decoded. Arrays (prize tables) replace the default array; each element's keys
/// are checked against the first default element's.
public enum RulesMerge {
    struct Mismatch: Error {
        var path: String
        var reason: RulesFileError.Reason
    }

    /// A strict file of any Codable kind (the rules, a paper's blueprint): its keys laid over `defaults`.
    public static func decode<Value: Codable>(
        _ bytes: [UInt8], file: String, over defaults: Value, document: RulesFileError.Document = .rules
    ) -> Result<Value, RulesFileError> {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        func failure(_ path: String, _ reason: RulesFileError.Reason) -> Result<Value, RulesFileError> {
            .failure(RulesFileError(file: file, path: path, reason: reason, document: document))
        }
        let given: Any
        do {
            given = try JSONSerialization.jsonObject(with: Data(text))
        } catch {
            return failure("", .notJSON)
        }
        do {
            let schema = try JSONSerialization.jsonObject(with: JSONEncoder().encode(defaults))
            let merged = try merge(given, over: schema, at: "")
            return .success(try JSONDecoder().decode(Value.self, from: JSONSerialization.data(withJSONObject: merged)))
        } catch let error as Mismatch {
            return failure(error.path, error.reason)
        } catch let DecodingError.dataCorrupted(context) {
            return failure(path(context.codingPath), .wrongType)
        } catch let DecodingError.typeMismatch(_, context) {
            return failure(path(context.codingPath), .wrongType)
        } catch {
            return failure("", .wrongType)
        }
    }

    static func merge(_ given: Any, over defaults: Any, at path: String) throws(Mismatch) -> Any {
        switch (given, defaults) {
        case (let object as [String: Any], let base as [String: Any]):
            var merged = base
            for key in object.keys.sorted() {
                let place = path.isEmpty ? key : "\(path).\(key)"
                guard let known = base[key] else {
                    let suggestion = EditDistance.nearest(to: key, among: base.keys.sorted())
                    throw Mismatch(path: place, reason: .unknownKey(suggestion: suggestion))
                }
                merged[key] = try merge(object[key]!, over: known, at: place)
            }
            return merged
        case (let array as [Any], let base as [Any]):
            guard let template = base.first else { return array }
            return try array.enumerated().map { (index, element) throws(Mismatch) in
                try merge(element, over: template, at: "\(path)[\(index)]")
            }
        case (is [String: Any], _), (is [Any], _), (_, is [String: Any]), (_, is [Any]):
            throw Mismatch(path: path, reason: .wrongType)
        default:
            return given
        }
    }

    /// `prelimRank.awards[1].count`, as the organiser reads the file.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
