using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Web.Components.Pages.Indicators;

public static class IndicatorSets
{
    public static string Title(IndicatorSet set) => set switch
    {
        IndicatorSet.Logframe => "Logframe indicators",
        IndicatorSet.ServiceKpi => "Public health service KPIs",
    };

    public static string Slug(IndicatorSet set) => set switch
    {
        IndicatorSet.Logframe => "logframe",
        IndicatorSet.ServiceKpi => "service-kpi",
    };

    public static IndicatorSet? Parse(string? slug) =>
        Enum.GetValues<IndicatorSet>().Cast<IndicatorSet?>().FirstOrDefault(s => string.Equals(Slug(s!.Value), slug, StringComparison.OrdinalIgnoreCase));

    public static string Caption(IndicatorSet set, int count) => $"{Title(set)} ({count})";
}
