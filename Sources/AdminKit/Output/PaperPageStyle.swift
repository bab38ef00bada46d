/// The printed paper's and answer key's own rules, added to the admin pages' shared style.
///
/// Questions never split across a printed page, a section heading stays with its first question,
/// and the answer lines of short answers and essays are ruled, so the paper works as printed.
enum PaperPageStyle {
    static let css = """
        .candidate { margin: 3mm 0; }
        .candidate td { height: 10mm; width: 25%; }
        .candidate th { width: 12%; }
        .scores th, .scores td { text-align: center; height: 9mm; }
        .instructions { margin: 2mm 0 4mm; padding-left: 6mm; font-size: 9.5pt; }
        h2 { break-after: avoid; }
        .question { margin: 0 0 3mm; break-inside: avoid; }
        .question.open { break-inside: auto; }
        .question .stem { margin: 0; }
        .choices { list-style: none; margin: 1mm 0 0; padding-left: 6mm; display: grid; gap: 0.5mm 6mm; }
        .choices.short { grid-template-columns: 1fr 1fr; }
        .blank { white-space: nowrap; }
        .blank span { display: inline-block; min-width: 24mm; }
        .lines { margin: 1mm 0 0 6mm; break-before: avoid; }
        .lines div { height: 9mm; border-bottom: 1px solid #777; break-inside: avoid; }
        .keyed { border: 1px solid #bbb; border-left-width: 3px; padding: 2mm 3mm; margin-bottom: 3mm;
          break-inside: avoid; }
        .keyed h3 { font-size: 10.5pt; margin: 0 0 1mm; }
        .keyed dl { display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 3mm; margin: 0; }
        .keyed dt { color: #555; white-space: nowrap; }
        .keyed dd { margin: 0; }
        .keyed code { font-size: 8.5pt; color: #555; }
        .keyed .options { list-style: none; margin: 0; padding: 0; }
        .keyed .options .key, .answer { font-weight: bold; }
        .keyed ol.points { margin: 1mm 0 0; padding-left: 6mm; }

        """
}
