using System.Globalization;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Row numbers collected for a warning, in increasing order: consecutive rows become one range ("Rows 3-5"), and only
/// the first few ranges are kept, with a count of the rest, because a warning names rows for someone to look at, not
/// every one of 100,000.
/// </summary>
internal sealed class RowNumbers
{
    private const int Shown = 5;

    private readonly List<(int First, int Last)> ranges = [];
    private int hidden;

    /// <summary>How many rows were added.</summary>
    public int Total { get; private set; }

    public void Add(int row) => Add(row, row);

    public void Add(int first, int last)
    {
        Total += last - first + 1;
        if (hidden == 0 && ranges.Count > 0 && ranges[^1].Last == first - 1)
        {
            ranges[^1] = (ranges[^1].First, last);
        }
        else if (ranges.Count < Shown)
        {
            ranges.Add((first, last));
        }
        else
        {
            hidden += last - first + 1;
        }
    }

    /// <summary>"Row 7", "Rows 3-5, 9 and 12", or "Rows 12, 15, 18, 20, 31 and 45 more".</summary>
    public string Describe()
    {
        var shown = ranges
            .Select(range => range.First == range.Last
                ? range.First.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{range.First}-{range.Last}"))
            .ToList();
        return (Total == 1 ? "Row " : "Rows ") + ValueFileMessages.Listed(shown, hidden);
    }
}
