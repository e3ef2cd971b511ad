using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Client;
using VastbusBot.GraphIntegration.Users;
using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICalendarService"/> (Microsoft Graph), <see cref="IMeetingSlotFinder"/> and <see cref="IUserDirectory"/>, configured from
    /// the root MicrosoftApp* keys, the <c>Graph</c> section and the <c>Scheduling</c> section. Invalid Graph settings
    /// do not stop the host: calls return <see cref="GraphOutcome.NotConfigured"/> (add ValidateOnStart in the host to
    /// make them fatal).
    /// </summary>
    public static IServiceCollection AddVastbusGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<GraphOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<GraphOptions>>(new GraphOptionsSetup(configuration)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .Validate(o => o.WorkdayEnd > o.WorkdayStart, "Scheduling:WorkdayEnd must be after Scheduling:WorkdayStart.")
            .Validate(o => o.MaxOptions is >= SlotRanker.MinOptions and <= SlotRanker.MaxOptions, "Scheduling:MaxOptions must be 3–5.")
            .Validate(o => o.SlotStepMinutes is > 0 and <= 240, "Scheduling:SlotStepMinutes must be 1–240.")
            .Validate(o => o.MaxRangeDays is > 0 and <= 62, "Scheduling:MaxRangeDays must be 1–62 (getSchedule's limit).")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Scheduling:TimeZone is not a known time zone id.");
        services.TryAddSingleton<GraphServiceClientProvider>();
        services.TryAddSingleton<ICalendarService, GraphCalendarService>();
        services.TryAddSingleton<IMeetingSlotFinder, MeetingSlotFinder>();
        services.TryAddSingleton<IUserDirectory, GraphUserDirectory>();
        return services;
    }
}
