using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records.Cards;

/// <summary>
/// The parties a deviation usually concerns (facts 3: the municipality's social services and school, the region's
/// BUP, primary care and youth clinics, and habilitation). They are stored under their Swedish names, which is what
/// the annual report uses; cards show them in the reader's language.
/// </summary>
public static class DeviationParties
{
    public static readonly IReadOnlyList<(string Code, LocalizedText Label)> All =
    [
        ("social-services", new LocalizedText("Socialtjänsten", "Social services")),
        ("school", new LocalizedText("Förskola och skola", "Preschool and school")),
        ("pupil-health", new LocalizedText("Elevhälsan", "Student health services")),
        ("bup", new LocalizedText("Barn- och ungdomspsykiatrin (BUP)", "Child and adolescent psychiatry (BUP)")),
        ("primary-care", new LocalizedText("Primärvården (vårdcentralen)", "Primary care (health centre)")),
        ("youth-clinic", new LocalizedText("Ungdomsmottagningen", "Youth clinic")),
        ("habilitation", new LocalizedText("Habiliteringen", "Habilitation services")),
    ];

    public static IEnumerable<Choice> Choices(UiLanguage language) => All.Select(p => new Choice(p.Label[language], p.Code));

    /// <summary>The stored (Swedish) name of a party code, or null for an unknown code.</summary>
    public static string? StoredName(string code) => All.FirstOrDefault(p => p.Code == code).Label?.Sv;

    /// <summary>The code of a stored party name, or null when it was typed as "other".</summary>
    public static string? CodeOf(string storedName) => All.FirstOrDefault(p => p.Label.Sv == storedName).Code;

    /// <summary>A stored party in the reader's language (typed ones as typed).</summary>
    public static string Display(string storedName, UiLanguage language) =>
        All.FirstOrDefault(p => p.Label.Sv == storedName).Label?[language] ?? storedName;
}
