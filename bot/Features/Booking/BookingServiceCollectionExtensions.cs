using Microsoft.Extensions.DependencyInjection.Extensions;
using VastbusBot.Conversation;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.GraphIntegration;

namespace VastbusBot.Features.Booking;

/// <summary>Registers the chairs' gathering booking: Microsoft Graph, the store, the command and its card buttons.</summary>
public static class BookingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>boka ordförandeträff</c> / <c>book chairs meeting</c>. Calls <see cref="GraphServiceCollectionExtensions.AddVastbusGraph"/>
    /// (sections <c>Graph</c> and <c>Scheduling</c>), and the records layer (<c>AddRecords</c>) when the registry is not
    /// registered yet. Storage (<c>StorageOptions</c>) comes from the host. In Development it also seeds the playground
    /// tenant's registry from <c>Booking:DevelopmentRegistry</c>.
    /// </summary>
    public static IServiceCollection AddBooking(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddVastbusGraph(configuration);
        if (!services.Any(d => d.ServiceType == typeof(IOrganisationRegistry)))
        {
            services.AddRecords(configuration);
        }

        services.AddOptions<BookingOptions>().Bind(configuration.GetSection(BookingOptions.SectionName));
        services.TryAddSingleton<IGatheringStore, TableGatheringStore>();
        services.TryAddSingleton<BookingFormValidator>();
        services.TryAddSingleton<AttendeeResolver>();
        services.TryAddSingleton<BookingService>();
        services.AddSingleton<ITextCommand, BookingCommand>();
        services.AddSingleton<ICardAction, BookingCardActions>();

        if (environment.IsDevelopment())
        {
            services.AddOptions<DevelopmentRegistryOptions>().Bind(configuration.GetSection(DevelopmentRegistryOptions.SectionName));
            services.AddHostedService<DevelopmentRegistrySeeder>();
        }

        return services;
    }
}
