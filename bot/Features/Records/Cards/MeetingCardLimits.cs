using VastbusBot.Features.Records.Meetings;

namespace VastbusBot.Features.Records.Cards;

/// <summary>
/// What the meeting form lets a user type (<c>maxLength</c> and rows), chosen so that the form with everything
/// filled in and every error shown, and the summary of what it stores, stay within the 28 KB card budget. They are
/// tighter than <see cref="MeetingValidator"/>'s limits, which remain the rule for what may be stored; a stored
/// meeting with longer text is shown in full in the edit form (never cut) and shortened in the summary.
/// </summary>
public static class MeetingCardLimits
{
    /// <summary>Participant rows a card holds; a local group meeting has a handful of people.</summary>
    public const int MaxRows = 12;

    public const int NameLength = 50;

    public const int OrganisationLength = 60;

    public const int TopicsLength = 1000;

    public const int DecisionsLength = 700;

    public const int TrainingsLength = 700;

    public const int DeviationsDiscussedLength = 700;

    /// <summary>The trainings the summary lists; more are counted.</summary>
    public const int TrainingsShown = 10;

    /// <summary>The participants the summary lists; more are counted.</summary>
    public const int ParticipantsShown = MaxRows;

    /// <summary>An input's maxLength: the card's limit, or the stored value's length when that is longer (never cut a stored text).</summary>
    public static int Allow(int limit, string? value) => Math.Max(limit, value?.Length ?? 0);

    /// <summary>At most <paramref name="limit"/> characters of a stored text, with "…" when it was cut.</summary>
    public static string Shown(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= limit ? text : text[..(limit - 1)].TrimEnd() + "…";
    }

    /// <summary>Whether any part of a meeting is longer than the summary shows.</summary>
    public static bool IsShortened(MeetingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Topics.Length > TopicsLength
            || (content.Decisions?.Length ?? 0) > DecisionsLength
            || (content.DeviationsDiscussed?.Length ?? 0) > DeviationsDiscussedLength
            || content.Trainings.Count > TrainingsShown
            || content.Participants.Count > ParticipantsShown
            || content.Participants.Any(p => p.Name.Length > NameLength || p.Organisation.Length > OrganisationLength)
            || content.Trainings.Any(t => t.Length > TrainingsLength);
    }
}
