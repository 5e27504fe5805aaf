namespace KmIcs.Assurance.Web.ProgressReporting;

public static class ReminderServiceCollectionExtensions
{
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ReminderRun>();
        if (options.Enabled)
        {
            builder.Services.AddHostedService<ReminderJob>();
        }

        return builder;
    }
}
