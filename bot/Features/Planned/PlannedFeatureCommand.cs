using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;

namespace VastbusBot.Features.Planned;

/// <summary>
/// A command whose feature is announced in the Teams command menu but not built yet. It answers honestly
/// instead of letting the text fall through to the guideline questions.
/// </summary>
public sealed class PlannedFeatureCommand(HelpTopic topic, IReadOnlyList<string> swedish, IReadOnlyList<string> english) : ITextCommand
{
    private static readonly LocalizedText NotReady = new(
        "\"{0}\" är inte klart än – den delen av VastbusBot byggs just nu. Skriv \"hjälp\" för att se vad som fungerar i dag.",
        "\"{0}\" is not ready yet – that part of VastbusBot is being built. Type \"help\" to see what works today.");

    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = swedish,
        [UiLanguage.English] = english,
    };

    public HelpTopic Topic { get; } = topic;

    public Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendTextAsync(NotReady.Format(turn.Language, Topic.Title[turn.Language]), cancellationToken);
    }

    /// <summary>The commands of the Teams command menu whose features arrive in later releases.</summary>
    public static IEnumerable<PlannedFeatureCommand> All()
    {
        yield break;
    }
}
