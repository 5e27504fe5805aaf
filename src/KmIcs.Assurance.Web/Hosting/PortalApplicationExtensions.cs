using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Web.Components;

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
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    /// <summary>The request pipeline. Static server rendering only: there is no interactive render mode (docs/adr/0001).</summary>
    public static WebApplication UseAssurancePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseSecurityHeaders();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health", HealthReportWriter.Options);
        app.MapRazorComponents<App>();
        return app;
    }
}
