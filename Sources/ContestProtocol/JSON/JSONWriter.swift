/// Writes JSON straight into bytes, keys in the order the code gives them.
///
/// The wire and the journal are contracts: the same value must always give the same bytes, whatever
/// Foundation version runs the server, and a person reading a journal wants `type` first. Strings are
/// escaped per RFC 8259 (`"`, `\`, control characters; `/` and non-ASCII are written as they are).
///
///     var json = JSONWriter()
///     json.object { $0.field("type", "answered"); $0.field("team", 3) }
///     String(decoding: json.bytes, as: UTF8.self)  // {"type":"answered","team":3}
public struct JSONWriter: Sendable {
    public internal(set) var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text of one value.
    public static func encode(_ value: some JSONEncodable) -> [UInt8] {
        var json = JSONWriter()
        value.encode(to: &json)
        return json.bytes
    }

    public mutating func write(_ value: some JSONEncodable) { value.encode(to: &self) }

    public mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    public mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    public mutating func integer(_ value: some BinaryInteger) { bytes.append(contentsOf: "\(value)".utf8) }

    /// A number already spelt as JSON (`17.67`); the caller vouches for its syntax.
    public mutating func number(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// An object whose fields `body` writes; fields left `nil` are omitted.
    public mutating func object(_ body: (inout JSONObjectWriter) -> Void) {
        var fields = JSONObjectWriter(writer: JSONWriter())
        swap(&bytes, &fields.writer.bytes)
        fields.writer.bytes.append(0x7B)
        body(&fields)
        fields.writer.bytes.append(0x7D)
        swap(&bytes, &fields.writer.bytes)
    }

    public mutating func array<Items: Sequence>(_ items: Items) where Items.Element: JSONEncodable {
        array(items) { json, item in item.encode(to: &json) }
    }

    public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONWriter, Items.Element) -> Void) {
        bytes.append(0x5B)
        var first = true
        for item in items {
            if !first { bytes.append(0x2C) }
            first = false
            element(&self, item)
        }
        bytes.append(0x5D)
    }
}

/// The fields of one object being written; the first gets no comma.
public struct JSONObjectWriter: Sendable {
    var writer: JSONWriter
    private var empty = true

    init(writer: JSONWriter) { self.writer = writer }

    /// Writes `"key":` and then whatever `value` writes.
    public mutating func field(_ key: String, _ value: (inout JSONWriter) -> Void) {
        if !empty { writer.bytes.append(0x2C) }
        empty = false
        writer.string(key)
        writer.bytes.append(0x3A)
        value(&writer)
    }

    public mutating func field(_ key: String, _ value: some JSONEncodable) {
        field(key) { value.encode(to: &$0) }
    }

    /// Omitted when `nil`: absent and null mean the same to every reader of ours.
    public mutating func field(_ key: String, _ value: (some JSONEncodable)?) {
        if let value { field(key) { value.encode(to: &$0) } }
    }

    /// The `type` tag every tagged object opens with.
    public mutating func type(_ name: String) { field("type", name) }
}
