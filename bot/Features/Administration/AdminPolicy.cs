using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;

namespace VastbusBot.Features.Administration;

/// <summary>Decides whether a user may run the bot's admin commands in a tenant.</summary>
public interface IAdminPolicy
{
    Task<bool> IsAdminAsync(string tenantId, string? userAadObjectId, CancellationToken cancellationToken);
}

/// <summary>
/// Admins are the registry's: the bootstrap admins in configuration (<c>Organisation:Admins:&lt;tenantId&gt;</c>) and
/// those they added. Nobody configured means nobody is admin (fail closed).
/// </summary>
public sealed class RegistryAdminPolicy(IOrganisationRegistry registry) : IAdminPolicy
{
    public async Task<bool> IsAdminAsync(string tenantId, string? userAadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(userAadObjectId))
        {
            return false;
        }

        var roles = await registry.GetRolesAsync(tenantId, userAadObjectId, cancellationToken);
        return roles.IsAdmin;
    }
}

/// <summary>Texts shared by admin commands.</summary>
public static class AdminTexts
{
    public static readonly LocalizedText NotAdmin = new(
        "Det kommandot får bara bottens administratörer använda. Kontakta den som förvaltar VastbusBot i din organisation.",
        "Only the bot's administrators may use that command. Contact whoever manages VastbusBot in your organisation.");
}
