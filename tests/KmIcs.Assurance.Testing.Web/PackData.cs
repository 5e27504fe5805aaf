using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>Packs asked for through the portal's own <see cref="PackArchive"/> and made by its job engine and Chromium.</summary>
public static class PackData
{
    /// <summary>Asks for a pack as <paramref name="clerk"/> and waits for the job engine to make it; fails unless it is ready.</summary>
    public static async Task<AssurancePack> MakePackAsync(this PortalFactory portal, TestTenant tenant, ActingUser clerk, PackOptions options)
    {
        var requested = await portal.ActAsync(tenant, clerk, services =>
            services.GetRequiredService<PackArchive>().RequestAsync(options, new PackRequester(clerk.UserId, clerk.Name)));
        if (!requested.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", requested.Errors.Select(e => e.Message)));
        }

        var pack = await portal.FinishedPackAsync(tenant, requested.Value!.Id);
        return pack.Status == PackStatus.Ready ? pack : throw new InvalidOperationException($"Pack {pack.Id} failed: {pack.Message}");
    }

    /// <summary>Waits (up to two minutes) until the job engine has finished the pack, ready or failed, and returns its row.</summary>
    public static async Task<AssurancePack> FinishedPackAsync(this PortalFactory portal, TestTenant tenant, Guid packId)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var db = portal.CreateContext(tenant);
            var pack = await db.Set<AssurancePack>().AsNoTracking().SingleAsync(p => p.Id == packId);
            if (pack.Status is PackStatus.Ready or PackStatus.Failed)
            {
                return pack;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Pack {packId} was still {pack.Status} after two minutes.");
            }

            await Task.Delay(250);
        }
    }
}
