/// What the pull tokenizer gives, one at a time, in document order.
public enum XMLToken: Sendable, Hashable {
    case start(XMLStartTag)
    /// Every start has its end, a self-closing tag's included.
    case end(XMLName)
    /// Character data between tags or from CDATA, entities decoded and line ends normalised to LF.
    /// Consecutive pieces (text, then CDATA) may come as separate tokens.
    case text(String)
}
