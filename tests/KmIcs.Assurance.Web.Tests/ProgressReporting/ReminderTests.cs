using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.ProgressReporting;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.ProgressReporting;

/// <summary>Lead partners with outstanding updates get one digest when a round opens and one a week before it closes.</summary>
public class ReminderTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_lead_partner_gets_one_digest_per_reminder_even_after_a_restart()
    {
        var p = await Partnership.CreateAsync(portal);
        await p.CommitmentAsync(Partnership.Kcc);
        await p.CommitmentAsync(Partnership.Kcc);
        await p.CommitmentAsync(Partnership.Trust);
        await p.OpenRoundAsync(opensIn: -1, closesIn: 5);
        var kcc = p.Users["kcc"].Email;
        var trust = p.Users["trust"].Email;

        await portal.Services.GetRequiredService<ReminderRun>().RunOnceAsync();

        // Opened and closing within 7 days: both reminders are owed, each once, each listing every outstanding commitment.
        var kccMail = portal.Mail.To(kcc);
        Assert.Equal(2, kccMail.Count);
        Assert.Single(kccMail, m => m.Contains("Subject: Progress updates are due for Quarter 3 round", StringComparison.Ordinal));
        Assert.Single(kccMail, m => m.Contains("Subject: Reminder: 2 progress updates are due by", StringComparison.Ordinal));
        Assert.All(kccMail, m => Assert.Contains($"/{p.Slug}/updates", m, StringComparison.Ordinal));
        Assert.Equal(2, portal.Mail.To(trust).Count);
        Assert.Empty(portal.Mail.To(p.Users["clerk"].Email));

        await portal.Services.GetRequiredService<ReminderRun>().RunOnceAsync();
        await using (var restarted = portal.WithWebHostBuilder(_ => { }))
        {
            await restarted.Services.GetRequiredService<ReminderRun>().RunOnceAsync();
        }

        Assert.Equal(2, portal.Mail.To(kcc).Count);
        Assert.Equal(2, portal.Mail.To(trust).Count);
    }

    [Fact]
    public async Task Nobody_is_reminded_about_updates_already_submitted()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        var round = await p.OpenRoundAsync(opensIn: -1, closesIn: 20);
        var draft = (await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Update!;
        var submitted = await p.AsAsync("kcc", (s, actor) => s.GetRequiredService<Data.ProgressReporting.CommitmentUpdateService>()
            .SubmitAsync(draft.Id, new Data.ProgressReporting.CommitmentUpdateInput { Status = Domain.ProgressReporting.CommitmentStatus.OnTrack, Progress = "Done" }, draft.Version, actor));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors));

        await portal.Services.GetRequiredService<ReminderRun>().RunOnceAsync();

        Assert.Empty(portal.Mail.To(p.Users["kcc"].Email));
        Assert.Empty(portal.Mail.To(p.Users["kcc-colleague"].Email));
    }
}
