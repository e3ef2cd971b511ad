using VastbusBot.GraphIntegration.Calendar;

namespace VastbusBot.GraphIntegration.Users;

/// <summary>A user as Entra ID (through Graph) knows them: what the bot needs to invite them.</summary>
/// <param name="Id">The Entra object id.</param>
/// <param name="DisplayName">The name in the directory.</param>
/// <param name="Mail">The primary SMTP address (null for a user without a mailbox).</param>
/// <param name="UserPrincipalName">The sign-in name; often, but not always, the same as the address.</param>
public sealed record DirectoryUser(string Id, string? DisplayName, string? Mail, string? UserPrincipalName)
{
    /// <summary>The address to invite and to read free/busy for: the mail address, else the UPN.</summary>
    public string? Address => !string.IsNullOrWhiteSpace(Mail) ? Mail : (string.IsNullOrWhiteSpace(UserPrincipalName) ? null : UserPrincipalName);
}

/// <summary>
/// Looks users up by Entra object id (Teams gives the bot object ids; calendars and invitations need addresses).
/// Needs the application permission User.Read.All.
/// </summary>
public interface IUserDirectory
{
    /// <summary>
    /// The users with these object ids. Every id gets an entry: the user, or null when the directory has no such user.
    /// A failure of the directory itself (throttling, no permission, not configured) fails the whole call.
    /// </summary>
    Task<GraphResult<IReadOnlyDictionary<string, DirectoryUser?>>> GetUsersAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken = default);
}
