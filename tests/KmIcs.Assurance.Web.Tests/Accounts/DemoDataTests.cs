using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>The local demo's start: demo partnership and users on, the console captured.</summary>
public sealed class DemoPortal : PortalFactory
{
    public DemoPortal() => Settings["Demo:Enabled"] = "true";

    public StringWriter Console { get; } = new();

    /// <summary>Starts the portal (migration, seed, demo data) if it has not started yet.</summary>
    public void Start() => _ = Services;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(new DemoOutput(Console)));
    }
}

public class DemoDataTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task First_start_creates_the_demo_partnership_with_a_small_strategy_and_one_user_per_role()
    {
        portal.Start();
        await using var db = portal.CreateContext();
        var tenant = await db.Set<Tenant>().SingleAsync(t => t.Slug == DemoData.TenantSlug);
        await using var tenantDb = portal.CreateContext(new TestTenant(tenant.Id, tenant.Slug, tenant.Name, new Dictionary<string, Guid>()));

        var commitment = await tenantDb.Set<Commitment>().Include(c => c.LeadBodies).SingleAsync();
        Assert.Single(commitment.LeadBodies);
        foreach (var role in TenantRoles.AllNames)
        {
            Assert.True(await db.Users.AnyAsync(u => u.Email == DemoData.EmailOf(role)), $"No demo user for {role}");
        }

        var lead = await db.TenantMemberships.Include(m => m.Organisations).Include(m => m.Roles)
            .SingleAsync(m => m.TenantId == tenant.Id && m.User!.Email == DemoData.EmailOf("lead-partner"));
        Assert.Equal([TenantRole.LeadPartner], lead.Roles.Select(r => r.Role));
        Assert.Single(lead.Organisations);
    }

    [Fact]
    public async Task The_printed_password_signs_in_and_a_second_start_prints_nothing_new()
    {
        portal.Start();
        var printed = portal.Console.ToString();
        var line = printed.Split('\n').Single(l => l.TrimStart().StartsWith(DemoData.EmailOf("member") + " ", StringComparison.Ordinal));
        var password = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        using var client = new PortalClient(portal);

        using var signIn = await client.SubmitAsync("/account/sign-in", "main form", ("Input.Email", DemoData.EmailOf("member")), ("Input.Password", password));
        await portal.Services.GetRequiredService<DemoData>().EnsureAsync();

        // Two-factor is required outside the Development settings, so the demo member is asked to set it up.
        Assert.StartsWith("/account/two-factor", PortalClient.RedirectOf(signIn), StringComparison.Ordinal);
        Assert.Equal(printed, portal.Console.ToString());
        Assert.DoesNotContain(password, string.Join('\n', (await portal.ReadAuditAsync()).Select(a => a.After + a.Before + a.Summary)), StringComparison.Ordinal);
    }
}
