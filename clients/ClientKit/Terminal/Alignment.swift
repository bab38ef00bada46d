/// Where text sits inside a wider cell when `TextLayout.pad` or `Line.padded` fills it with spaces.
///
/// It is a top-level type so renderers can write `.center` for both strings and styled lines;
/// `TextLayout.Alignment` names the same type.
public enum Alignment: Hashable, Sendable {
    /// Text first, spaces after: names and questions.
    case left
    /// Spaces first, text last: scores, so their digits line up.
    case right
    /// Spaces split on both sides; an odd space goes on the right, so the text leans left.
    case center
}
