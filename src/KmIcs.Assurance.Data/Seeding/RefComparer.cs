using System.Globalization;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>Orders indicator refs as people read them: G.1, G.2, P.1, 1.1, 1.2, 1.10, 2.1, PH03 (numbers as numbers).</summary>
public sealed class RefComparer : IComparer<string>
{
    public static RefComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = Parts(x ?? "");
        var right = Parts(y ?? "");
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var a = left[i];
            var b = right[i];
            var aNumber = int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var aValue);
            var bNumber = int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var bValue);
            var result = (aNumber, bNumber) switch
            {
                (true, true) => aValue.CompareTo(bValue),
                // Letters first, so Goal (G) and Purpose (P) come before outcome indicators.
                (true, false) => 1,
                (false, true) => -1,
                _ => Rank(a).CompareTo(Rank(b)) is var rank && rank != 0 ? rank : string.CompareOrdinal(a, b),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int Rank(string part) => part switch
    {
        "G" => 0,
        "P" => 1,
        _ => 2,
    };

    private static string[] Parts(string value) => value.Split('.', StringSplitOptions.RemoveEmptyEntries);
}
