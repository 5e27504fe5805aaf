namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Thrown by the row readers, deep inside an enumeration, when the rest of the file cannot be read (a quote never
/// closed, a damaged workbook); <see cref="ValueFileReader"/> turns it into the result's error, so it never leaves
/// the reader.
/// </summary>
internal sealed class UnreadableFileException(string message) : Exception(message);
