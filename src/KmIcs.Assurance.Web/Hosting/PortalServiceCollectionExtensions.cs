using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Reporting;
using KmIcs.Assurance.Web.Identity;
using KmIcs.Assurance.Web.Jobs;
using KmIcs.Assurance.Web.ProgressReporting;

namespace KmIcs.Assurance.Web.Hosting;

public static class PortalServiceCollectionExtensions
{
    /// <summary>Everything the portal host needs: logging, data, accounts, health checks and static server-rendered components.</summary>
    public static WebApplicationBuilder AddAssurancePortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.UseUtcTimestamp = true;
        });

        builder.Services.AddAssuranceData(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddHealthChecks().AddDbContextCheck<AssuranceDbContext>("database");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<CspNonce>();
        builder.Services.AddReporting();
        // Pages render on the server without interactivity; a few islands (job progress) run interactively over a
        // circuit and render the same content without JavaScript (docs/adr/0001).
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddScoped<Components.Progress.JobProgressReader>();
        builder.Services.AddPortalCompression();
        builder.Services.AddSingleton<RenderedFragments>();
        builder.AddPortalAccounts();
        builder.AddReminders();
        builder.AddBackgroundJobs();
        return builder;
    }
}
