namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// One row of a CSV file or worksheet, before the header is known: its number as a person counts rows, its cleaned
/// cells, and its width. <paramref name="Width"/> can exceed the cells kept, because a reader stops keeping cells past
/// the column limit rather than hold a million empty strings from one hostile line.
/// </summary>
internal readonly record struct SheetRow(int Number, string[] Cells, int Width)
{
    public bool IsBlank => Array.TrueForAll(Cells, cell => cell.Length == 0);
}
