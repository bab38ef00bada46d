import ClientKit
import Foundation

/// A `JSONValue` from JSON text, as the server sends the core's tagged enums.
func jsonValue(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}
