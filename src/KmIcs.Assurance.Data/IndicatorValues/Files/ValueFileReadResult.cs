namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// What <see cref="ValueFileReader.Read"/> found: the file, or a sentence for the analyst saying why it cannot be read
/// (exactly one of the two is set).
/// </summary>
public sealed record ValueFileReadResult(ValueFile? File, string? Error)
{
    internal static ValueFileReadResult Success(ValueFile file) => new(file, null);

    internal static ValueFileReadResult Failure(string error) => new(null, error);
}
