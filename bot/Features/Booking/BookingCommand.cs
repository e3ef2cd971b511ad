using System.Globalization;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;

namespace VastbusBot.Features.Booking;

/// <summary>
/// <c>boka ordförandeträff</c> / <c>book chairs meeting</c> [area]: the booking form, for the area's coordinators and
/// admins. An area named after the command (e.g. "boka ordförandeträff Fyrbodal") is preselected.
/// </summary>
public sealed class BookingCommand(BookingService booking) : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["boka ordförandeträff", "boka ordförandeträffen"],
        [UiLanguage.English] = ["book chairs meeting", "book the chairs meeting", "book chairs' meeting"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Actor.FromActivity(turn.Activity) is not { } actor)
        {
            await turn.SendTextAsync(turn.Text(RecordsText.NoIdentity), cancellationToken);
            return;
        }

        if (await booking.StartAsync(actor, cancellationToken) is not { } start)
        {
            await turn.SendTextAsync(turn.Text(BookingTexts.OnlyCoordinators), cancellationToken);
            return;
        }

        if (!booking.IsCalendarConfigured)
        {
            await turn.SendTextAsync(turn.Text(BookingTexts.GraphNotConfigured), cancellationToken);
            return;
        }

        var areaId = FindArea(start.Areas, argument)?.Id ?? start.DefaultAreaId;
        var model = new BookingFormModel(Guid.NewGuid().ToString("D"), start.Areas, booking.DefaultForm(turn.Language, areaId), booking.Today);
        await turn.SendCardAsync(BookingCards.Form(turn.Language, model), cancellationToken);
    }

    /// <summary>The area whose id or name (either language) is <paramref name="text"/>, ignoring case and diacritics.</summary>
    internal static Area? FindArea(IEnumerable<Area> areas, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var wanted = Fold(text);
        return areas.FirstOrDefault(a => Fold(a.Id) == wanted || Fold(a.Name.Sv) == wanted || Fold(a.Name.En) == wanted);
    }

    private static string Fold(string text) =>
        CommandRouter.Normalize(text.Replace('-', ' ')).ToLower(CultureInfo.InvariantCulture);
}
