namespace VastbusBot.Features.Administration;

/// <summary>Who may run the bot's admin commands. Bound from the <c>Administration</c> section.</summary>
public sealed class AdministrationOptions
{
    public const string SectionName = "Administration";

    /// <summary>
    /// Entra object ids of administrators, either bare (admin in every tenant the bot serves) or as
    /// "tenantId/objectId" (admin in that tenant only). Empty means nobody: admin commands fail closed.
    /// </summary>
    public IList<string> Admins { get; set; } = [];
}

/// <summary>Decides whether a user is an administrator of the bot in a tenant.</summary>
public interface IAdminPolicy
{
    bool IsAdmin(string tenantId, string? userAadObjectId);
}

/// <summary>The administrators named in configuration.</summary>
public sealed class ConfiguredAdminPolicy(Microsoft.Extensions.Options.IOptionsMonitor<AdministrationOptions> options) : IAdminPolicy
{
    public bool IsAdmin(string tenantId, string? userAadObjectId)
    {
        if (string.IsNullOrWhiteSpace(userAadObjectId))
        {
            return false;
        }

        foreach (var entry in options.CurrentValue.Admins)
        {
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            var matches = slash < 0
                ? string.Equals(entry.Trim(), userAadObjectId, StringComparison.OrdinalIgnoreCase)
                : string.Equals(entry[..slash].Trim(), tenantId, StringComparison.OrdinalIgnoreCase)
                  && string.Equals(entry[(slash + 1)..].Trim(), userAadObjectId, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Texts shared by admin commands.</summary>
public static class AdminTexts
{
    public static readonly Conversation.Localization.LocalizedText NotAdmin = new(
        "Det kommandot får bara bottens administratörer använda. Kontakta den som förvaltar VastbusBot i din organisation.",
        "Only the bot's administrators may use that command. Contact whoever manages VastbusBot in your organisation.");
}
