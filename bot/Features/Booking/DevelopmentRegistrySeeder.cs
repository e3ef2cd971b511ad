using Microsoft.Extensions.Options;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;

namespace VastbusBot.Features.Booking;

/// <summary>
/// Section <c>Booking:DevelopmentRegistry</c>: who coordinates and chairs in the local playground tenant, so the
/// booking works there out of the box. Only read in Development (appsettings.Development.json).
/// </summary>
public sealed class DevelopmentRegistryOptions
{
    public const string SectionName = "Booking:DevelopmentRegistry";

    public bool Enabled { get; set; }

    /// <summary>The playground's tenant id (.m365agentsplayground.yml).</summary>
    public string? TenantId { get; set; }

    /// <summary>The bootstrap admin (Organisation:Admins) the assignments are made as.</summary>
    public string? AdminAadObjectId { get; set; }

    public string? AreaId { get; set; }

    public List<DevelopmentPerson> Coordinators { get; } = [];

    public List<DevelopmentPerson> Chairs { get; } = [];
}

/// <summary>A playground user; <see cref="GroupId"/> is set for chairs.</summary>
public sealed class DevelopmentPerson
{
    public string AadObjectId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? GroupId { get; set; }

    public string? Function { get; set; }

    public string? Organisation { get; set; }
}

/// <summary>
/// In Development, fills the playground tenant's registry through <see cref="IOrganisationRegistry"/> (as the
/// bootstrap admin, like an admin would with the admin commands): the configured coordinators of one area and the
/// chairs of its groups. It runs once per registry: when the area already has coordinators nothing is changed, so
/// whatever was changed in the playground since is kept. Failures are logged and do not stop the bot.
/// </summary>
internal sealed partial class DevelopmentRegistrySeeder(
    IServiceProvider services,
    IOptions<DevelopmentRegistryOptions> options,
    ILogger<DevelopmentRegistrySeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrWhiteSpace(o.TenantId) || string.IsNullOrWhiteSpace(o.AdminAadObjectId) || string.IsNullOrWhiteSpace(o.AreaId))
        {
            return;
        }

        try
        {
            if (await SeedAsync(services.GetRequiredService<IOrganisationRegistry>(), o, stoppingToken))
            {
                LogSeeded(logger, o.AreaId, o.Coordinators.Count, o.Chairs.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSeedFailed(logger, ex);
        }
    }

    /// <summary>Assigns the coordinators and chairs unless the area has coordinators already; true when it seeded.</summary>
    internal static async Task<bool> SeedAsync(IOrganisationRegistry registry, DevelopmentRegistryOptions o, CancellationToken cancellationToken)
    {
        var admin = new Actor(o.TenantId!, o.AdminAadObjectId!, "Development seed");
        if (await registry.GetCoordinatorIdsAsync(admin.TenantId, o.AreaId!, cancellationToken) is { Count: > 0 })
        {
            return false;
        }

        foreach (var c in o.Coordinators)
        {
            Require(await registry.AssignCoordinatorAsync(admin, o.AreaId!, new PersonForm(c.AadObjectId, c.Name, c.Function, c.Organisation), cancellationToken), c.Name);
        }

        foreach (var c in o.Chairs)
        {
            Require(await registry.AssignChairAsync(admin, c.GroupId ?? string.Empty, new PersonForm(c.AadObjectId, c.Name, c.Function, c.Organisation), cancellationToken), c.Name);
        }

        return true;
    }

    private static void Require<T>(ServiceResult<T> result, string who)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Booking:DevelopmentRegistry: assigning {who} failed: {result}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development registry seeded: {Coordinators} coordinators of {AreaId} and {Chairs} chairs")]
    private static partial void LogSeeded(ILogger logger, string areaId, int coordinators, int chairs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The development registry seed (Booking:DevelopmentRegistry) was not applied")]
    private static partial void LogSeedFailed(ILogger logger, Exception exception);
}
