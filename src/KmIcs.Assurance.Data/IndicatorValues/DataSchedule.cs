using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// When the next data is due: the period after the latest one ends (the frequency on), plus the publication lag. An
/// indicator without a frequency is never called stale, because nobody has said when its data comes.
/// </summary>
public static class DataSchedule
{
    public static DateOnly? NextExpected(ReportingPeriod? latest, DataFrequency? frequency, int? lagMonths)
    {
        if (latest is null || frequency is not { } every)
        {
            return null;
        }

        return latest.End.AddMonths((int)every + (lagMonths ?? 0));
    }

    public static bool IsStale(DateOnly? nextExpected, DateOnly today) => nextExpected is { } due && today > due;
}
