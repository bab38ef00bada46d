import ContestProtocol

/// The bytes of journal records, always in the current format.
public enum JournalCoding {
    public static func encode(_ record: JournalRecord) -> [UInt8] { JSONWriter.encode(record) }
}
