using VastbusBot.Conversation;
using VastbusBot.Features.Organisation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>Finds a group by what a user types after a command: "Borås", "boras", "Västra Hisingen" or the group id.</summary>
public static class GroupNames
{
    public static LocalGroup? Find(IEnumerable<LocalGroup> groups, string? text)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var wanted = CommandRouter.Normalize(text);
        var candidates = groups.ToList();
        return candidates.FirstOrDefault(g => g.Id == wanted)
            ?? candidates.FirstOrDefault(g => CommandRouter.Normalize(RecordDisplay.ShortName(g)) == wanted)
            ?? candidates.FirstOrDefault(g => g.District is not null && CommandRouter.Normalize(g.District) == wanted)
            ?? candidates.Where(g => CommandRouter.Normalize(g.MunicipalityName) == wanted).OrderBy(g => g.District is not null).FirstOrDefault();
    }
}
