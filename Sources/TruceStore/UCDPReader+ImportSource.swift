public import TruceFormats

extension UCDPReader: ImportSource {}
