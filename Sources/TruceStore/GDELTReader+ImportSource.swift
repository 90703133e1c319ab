public import TruceFormats

extension GDELTReader: ImportSource {}
