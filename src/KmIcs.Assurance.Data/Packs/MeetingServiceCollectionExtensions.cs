using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.Packs;

public static class MeetingServiceCollectionExtensions
{
    /// <summary>Committees, meetings and the work programme: scoped, one per unit of work.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingService>();
        return services;
    }
}
