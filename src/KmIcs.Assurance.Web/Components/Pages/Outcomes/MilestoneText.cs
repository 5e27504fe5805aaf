using KmIcs.Assurance.Domain.Delivery;

namespace KmIcs.Assurance.Web.Components.Pages.Outcomes;

public static class MilestoneText
{
    /// <summary>As precisely as the source gave it: "March 2025" or "14 May 2024"; "No date" when it gave none.</summary>
    public static string Due(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.DueDate is not { } due ? "No date"
            : milestone.DuePrecision == DuePrecision.Month ? due.ToString("MMMM yyyy", Formats.Culture)
            : due.ToString("d MMMM yyyy", Formats.Culture);
    }
}
