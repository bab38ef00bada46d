import Foundation

/// The JSON of journal records: sorted keys, so the same record is always the same bytes.
public enum JournalCoding {
    public static func encode(_ record: JournalRecord) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Records hold only plain values (numbers, strings, enums); encoding them cannot fail.
        return (try? encoder.encode(record)).map(Array.init) ?? []
    }
}
