/// Why an XML part was refused, with the byte offset in the part where the problem was seen.
public struct XMLError: Error, Sendable, Hashable {
    /// What was wrong at `offset`.
    public enum Problem: Sendable, Hashable {
        /// Markup other than what was there: `expected` is the literal syntax, such as `>` or `=`.
        case expected(String)
        /// An element or attribute name was expected.
        case expectedName
        /// The part ended inside markup or with elements still open.
        case unexpectedEnd(expected: String)
        /// An end tag with no element open.
        case unexpectedEndTag(String)
        /// An end tag that does not close the element that is open.
        case mismatchedEndTag(expected: String, found: String)
        /// Characters other than white space before or after the root element.
        case textOutsideRoot
        /// `<!DOCTYPE`: DTDs are refused, so no external or custom entity is ever expanded.
        case doctype
        /// Elements nested deeper than the limit.
        case tooDeep(limit: Int)
        /// An entity other than the five predefined ones (no DTD means no others exist).
        case unknownEntity(String)
        /// A character reference to a code point XML does not allow (or not a number at all).
        case invalidCharacterReference(String)
        /// A prefix with no `xmlns:` declaration in scope.
        case unboundPrefix(String)
        /// An encoding other than UTF-8 or UTF-16 in the XML declaration.
        case unsupportedEncoding(String)
        /// `<` inside an attribute value.
        case lessThanInAttributeValue
    }

    /// The byte offset in the part (after transcoding, for a UTF-16 part).
    public let offset: Int
    public let problem: Problem

    public init(offset: Int, problem: Problem) {
        self.offset = offset
        self.problem = problem
    }

    /// The problem in a sentence, with the offset, in Chinese or English.
    public func message(chinese: Bool) -> String {
        let place = chinese ? "第 \(offset) 字节处" : "at byte offset \(offset)"
        switch problem {
        case .expected(let syntax):
            return chinese ? "\(place)应为 \(syntax)" : "expected \(syntax) \(place)"
        case .expectedName:
            return chinese ? "\(place)应为元素或属性名" : "expected an element or attribute name \(place)"
        case .unexpectedEnd(let expected):
            return chinese ? "\(place)内容意外结束，应为 \(expected)" : "unexpected end \(place); expected \(expected)"
        case .mismatchedEndTag(let expected, let found):
            return chinese
                ? "\(place)的结束标记 </\(found)> 与开始标记不符，应为 </\(expected)>"
                : "end tag </\(found)> \(place) does not match; expected </\(expected)>"
        case .unexpectedEndTag(let found):
            return chinese ? "\(place)的结束标记 </\(found)> 没有对应的开始标记" : "end tag </\(found)> \(place) closes nothing"
        case .textOutsideRoot:
            return chinese ? "\(place)有根元素之外的文字" : "text outside the root element \(place)"
        case .doctype:
            return chinese
                ? "\(place)有 <!DOCTYPE>：为安全起见不接受 DTD（不展开任何外部或自定义实体），Office 文件本不含 DTD"
                : "<!DOCTYPE> \(place): DTDs are refused for safety (no external or custom entity is ever expanded); Office files never contain one"
        case .tooDeep(let limit):
            return chinese ? "\(place)元素嵌套超过 \(limit) 层" : "elements nested deeper than \(limit) levels \(place)"
        case .unknownEntity(let name):
            return chinese
                ? "\(place)有未知实体 &\(name);（只认 &lt; &gt; &amp; &quot; &apos; 和数字字符引用）"
                : "unknown entity &\(name); \(place) (only &lt; &gt; &amp; &quot; &apos; and character references exist without a DTD)"
        case .invalidCharacterReference(let text):
            return chinese
                ? "\(place)的字符引用 &\(text); 不是 XML 允许的字符"
                : "character reference &\(text); \(place) is not a character XML allows"
        case .unboundPrefix(let prefix):
            return chinese
                ? "\(place)的前缀 \(prefix): 没有 xmlns:\(prefix) 声明"
                : "prefix \(prefix): \(place) has no xmlns:\(prefix) declaration"
        case .unsupportedEncoding(let name):
            return chinese
                ? "\(place)声明的编码 \(name) 不受支持（只支持 UTF-8 和 UTF-16）"
                : "encoding \(name) declared \(place) is not supported (only UTF-8 and UTF-16)"
        case .lessThanInAttributeValue:
            return chinese ? "\(place)的属性值里有未转义的 <" : "unescaped < in an attribute value \(place)"
        }
    }
}
