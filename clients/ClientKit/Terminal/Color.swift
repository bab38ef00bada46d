/// One of the 16 standard terminal colours, which every ANSI terminal and theme supports.
///
/// The clients stick to these rather than 256-colour or true colour so that the user's terminal
/// theme decides the exact shade and text stays readable on both light and dark backgrounds.
public enum Color: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The SGR parameter that selects this colour for the text: 30–37, or 90–97 for the bright ones.
    var foregroundCode: Int {
        let (index, bright) = ordinal
        return (bright ? 90 : 30) + index
    }

    /// The SGR parameter that selects this colour for the cell: 40–47, or 100–107 for the bright ones.
    var backgroundCode: Int {
        let (index, bright) = ordinal
        return (bright ? 100 : 40) + index
    }

    /// The position in the eight-colour ANSI order and whether it is the bright variant.
    private var ordinal: (index: Int, bright: Bool) {
        switch self {
        case .black: (0, false)
        case .red: (1, false)
        case .green: (2, false)
        case .yellow: (3, false)
        case .blue: (4, false)
        case .magenta: (5, false)
        case .cyan: (6, false)
        case .white: (7, false)
        case .brightBlack: (0, true)
        case .brightRed: (1, true)
        case .brightGreen: (2, true)
        case .brightYellow: (3, true)
        case .brightBlue: (4, true)
        case .brightMagenta: (5, true)
        case .brightCyan: (6, true)
        case .brightWhite: (7, true)
        }
    }
}
