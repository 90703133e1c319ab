/// Words after which a full stop does not end a sentence ("Lt.", "Gen.", "Jan.", "etc."): the one
/// list of the sentence splitter of articles and of the sentence scan of reported speech. Lower case;
/// the dotted entries ("u.s") serve the scan, which looks a word up with its inner dots (the splitter
/// takes any word with an inner dot for an abbreviation).
enum Abbreviations {
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "lt", "col", "gen", "capt", "cpt", "maj", "sgt", "cpl", "pvt", "pfc", "spc",
        "adm", "cmdr", "cdr", "brig", "rep", "reps", "sen", "gov", "pres", "amb", "st", "mt", "ft", "no", "nos",
        "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "inc",
        "ltd", "co", "corp", "vs", "approx", "est", "dept", "univ", "assn", "bros", "gens", "cols", "lts", "sgts",
        "msgt", "ssgt", "rev", "hon", "messrs", "fig", "art", "para", "sec", "ave", "blvd", "rd", "cf", "ca", "al",
        "op", "etc", "u.s", "u.n", "u.k", "e.g", "i.e", "mg", "bg", "ret",
    ]
}
