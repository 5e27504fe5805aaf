using KmIcs.Assurance.Data.Packs;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>
/// Committees and meetings made through the portal's own <see cref="MeetingService"/>, as a clerk's request would make
/// them, for tests of the pages that read them. Every call checks the service succeeded.
/// </summary>
public static class MeetingData
{
    public static Task<Committee> AddCommitteeAsync(this PortalFactory portal, TestTenant tenant, ActingUser clerk, string name, string? description = null) =>
        portal.ActAsync(tenant, clerk, async services =>
            Succeeded(await services.GetRequiredService<MeetingService>().AddCommitteeAsync(name, description, clerk)));

    public static Task<Meeting> AddMeetingAsync(this PortalFactory portal, TestTenant tenant, ActingUser clerk, Guid committeeId, string title, DateOnly date, DateOnly? papersDeadline = null, string? packsDue = null) =>
        portal.ActAsync(tenant, clerk, async services =>
            Succeeded(await services.GetRequiredService<MeetingService>().AddMeetingAsync(new MeetingDetails(committeeId, title, date, papersDeadline, packsDue), clerk)));

    private static T Succeeded<T>(Data.ServiceResult<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
}
