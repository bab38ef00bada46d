import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [(0, "A"), (1, "B"), (7, "H"), (8, "?"), (-1, "?")] as [(Int, Character)])
func optionLetterForIndexIsAToH(index: Int, letter: Character) {
    #expect(OptionLetters.letter(for: index) == letter)
}

@Test(
    arguments: [
        ("a", 0), ("A", 0), ("Ａ", 0), ("ａ", 0), ("c", 2), ("h", 7), ("H", 7), ("Ｈ", 7), ("ｈ", 7), ("i", nil),
        ("I", nil),
        ("Ｉ", nil), ("1", nil), ("南", nil), ("@", nil), ("e\u{301}", nil),
    ] as [(Character, Int?)])
func optionLetterIndexTakesHalfAndFullWidthLetters(character: Character, index: Int?) {
    #expect(OptionLetters.index(of: character) == index)
}
