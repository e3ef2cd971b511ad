using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records.Deviations;

/// <summary>
/// What kind of shortcoming in collaboration a deviation is. Built from the definition (agreements, guidelines or
/// coordinated individual plans not followed; facts 10.1) and the examples derived from it, plus the three-week rule
/// for Västbus meetings (facts 7.3).
/// </summary>
public enum DeviationCategory
{
    CalledPartyAbsent,
    MeetingNotHeldInTime,
    PlanCommitmentNotMet,
    ResponsibilityUnclear,
    InformationSharing,
    AgreementNotFollowed,
    Other,
}

/// <summary>The fixed list of categories, with codes for ChoiceSets and labels in both languages.</summary>
public static class DeviationCategories
{
    public static readonly IReadOnlyList<ChoiceOption<DeviationCategory>> All =
    [
        new(DeviationCategory.CalledPartyAbsent, "called-party-absent", new LocalizedText(
            "En kallad part kom inte till mötet", "A party that was called did not come to the meeting")),
        new(DeviationCategory.MeetingNotHeldInTime, "meeting-not-held-in-time", new LocalizedText(
            "Mötet hölls inte inom tre veckor", "The meeting was not held within three weeks")),
        new(DeviationCategory.PlanCommitmentNotMet, "plan-commitment-not-met", new LocalizedText(
            "Ett åtagande i planen (SIP) genomfördes inte", "A commitment in the plan (SIP) was not carried out")),
        new(DeviationCategory.ResponsibilityUnclear, "responsibility-unclear", new LocalizedText(
            "Ansvarsfrågan blev inte löst", "The question of who is responsible was not resolved")),
        new(DeviationCategory.InformationSharing, "information-sharing", new LocalizedText(
            "Brister i information eller kommunikation mellan verksamheterna", "Shortcomings in information or communication between the services")),
        new(DeviationCategory.AgreementNotFollowed, "agreement-not-followed", new LocalizedText(
            "Överenskommelsen eller riktlinjerna följdes inte på annat sätt", "The agreement or the guidelines were not followed in another way")),
        new(DeviationCategory.Other, "other", new LocalizedText("Annat", "Other")),
    ];

    public static DeviationCategory? Parse(string? code) =>
        All.FirstOrDefault(o => string.Equals(o.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))?.Value;

    public static string Code(DeviationCategory category) => Option(category).Code;

    public static LocalizedText Label(DeviationCategory category) => Option(category).Label;

    private static ChoiceOption<DeviationCategory> Option(DeviationCategory category) =>
        All.FirstOrDefault(o => o.Value == category) ?? throw new ArgumentOutOfRangeException(nameof(category), category, null);
}
