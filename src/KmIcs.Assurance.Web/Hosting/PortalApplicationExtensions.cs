using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Web.Components;
using KmIcs.Assurance.Web.Components.Pages.IndicatorValues;
using KmIcs.Assurance.Web.Components.Pages.Outcomes;
using KmIcs.Assurance.Web.Components.Pages.Packs;
using KmIcs.Assurance.Web.Identity;
using KmIcs.Assurance.Web.Identity.WorkAccounts;
using KmIcs.Assurance.Web.Tenancy;

namespace KmIcs.Assurance.Web.Hosting;

public static class PortalApplicationExtensions
{
    /// <summary>Migrates (and on an empty embedded database, seeds) before the first request is served.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (!options.MigrateOnStart)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        if (options.SeedOnStart)
        {
            await initializer.SeedAsync(options.SeedTenants, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        }

        // After the seed import, so demo users can join the seeded tenant (Demo:Enabled, Development only).
        await app.Services.GetRequiredService<Demo.DemoData>().EnsureAsync();
    }

    /// <summary>The request pipeline: static server rendering, with interactive Server islands over one circuit (docs/adr/0001).</summary>
    public static WebApplication UseAssurancePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuditActor();
        app.UseTenantRoutes();
        app.UseAuthorization();
        app.UseTwoFactorEnrolment();
        app.UseFormGuard();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health", HealthReportWriter.Options);
        app.MapAccountEndpoints();
        app.MapWorkAccountEndpoints();
        app.MapStrategyDownloads();
        app.MapDataDownloads();
        app.MapPackDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
