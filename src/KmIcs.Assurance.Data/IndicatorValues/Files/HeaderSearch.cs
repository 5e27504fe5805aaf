namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// What <see cref="HeaderFinder"/> found in the first rows. <see cref="Strength"/> ranks the outcomes for the reader,
/// which tries each delimiter in turn: a header (or a header that is wrong in a way only a header can be) settles it;
/// otherwise the most specific refusal any delimiter produced is the one the analyst reads.
/// </summary>
internal sealed record HeaderSearch(ValueFileHeader? Header, string? Error, int Strength, bool Empty = false)
{
    public const int Decisive = 3;

    public static HeaderSearch Found(ValueFileHeader header) => new(header, null, Decisive);

    public static HeaderSearch Invalid(string error) => new(null, error, Decisive);

    public static HeaderSearch TooWide(int columns) => new(null, ValueFileMessages.TooManyColumns(columns), 2);

    public static HeaderSearch OtherFormat(string error) => new(null, error, 1);

    public static HeaderSearch NotFound(bool empty) =>
        new(null, empty ? ValueFileMessages.Empty : ValueFileMessages.NotRecognised, 0, empty);
}
