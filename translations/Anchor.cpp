// Anchor for the library that carries the compiled translations.
