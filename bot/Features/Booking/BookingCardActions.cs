using System.Globalization;
using Microsoft.Extensions.Options;
using VastbusBot.Conversation;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.GraphIntegration.Calendar;

namespace VastbusBot.Features.Booking;

/// <summary>
/// The booking cards' buttons. Each one replaces the card in place: the form becomes the proposals, a chosen time
/// the confirmation, Move the move card, Cancel the cancel question. Problems (the calendar is busy, nobody is free)
/// come back on the card the user clicked, with what they had typed.
/// </summary>
public sealed partial class BookingCardActions(BookingService booking, IOptions<BookingOptions> options, ILogger<BookingCardActions> logger) : ICardAction
{
    public IReadOnlyCollection<string> Verbs => BookingCards.Verbs;

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (Actor.FromActivity(turn.Activity) is not { } actor)
        {
            return CardActionResult.Error(turn.Text(RecordsText.NoIdentity));
        }

        var bookingId = request.GetString(BookingCards.BookingKey);
        var areaId = request.GetString(BookingCards.AreaKey);
        LogClick(logger, request.Verb, bookingId, request.CardActivityId);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.ActionTimeout);
        try
        {
            return await HandleAsync(turn, request, actor, bookingId, areaId, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Graph kept us waiting longer than a Teams invoke may take; the next click finishes what this one began.
            LogTimedOut(logger, request.Verb, bookingId, options.Value.ActionTimeout.TotalSeconds);
            return CardActionResult.Error(turn.Text(BookingService.CalendarMessage(GraphOutcome.Busy)));
        }
    }

    private async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, Actor actor, string? bookingId, string? areaId, CancellationToken cancellationToken)
    {
        return request.Verb switch
        {
            BookingCards.ProposeVerb => await ProposeAsync(turn, actor, bookingId, request, cancellationToken),
            BookingCards.NewVerb => await NewFormAsync(turn, actor, areaId, cancellationToken),
            BookingCards.EditVerb => await EditAsync(turn, actor, areaId, bookingId, cancellationToken),
            BookingCards.BookVerb => Show(turn, await booking.BookAsync(actor, areaId, bookingId, Start(request), cancellationToken)),
            BookingCards.ShowVerb => Show(turn, await booking.GetAsync(actor, areaId, bookingId, cancellationToken)),
            BookingCards.MoveVerb => MoveCard(turn, request, await booking.FindMoveOptionsAsync(
                actor, areaId, bookingId, request.GetString(BookingFields.From), request.GetString(BookingFields.To), cancellationToken)),
            BookingCards.MoveToVerb => MoveResult(turn, await booking.MoveAsync(actor, areaId, bookingId, Start(request), cancellationToken)),
            BookingCards.CancelVerb => CancelQuestion(turn, await booking.GetAsync(actor, areaId, bookingId, cancellationToken)),
            BookingCards.ConfirmCancelVerb => Show(turn, await booking.CancelAsync(actor, areaId, bookingId, cancellationToken)),
            _ => CardActionResult.Message(turn.Text(Conversation.Localization.CommonText.UnknownButton)),
        };
    }

    private async Task<CardActionResult> ProposeAsync(BotTurn turn, Actor actor, string? bookingId, CardActionRequest request, CancellationToken cancellationToken)
    {
        var form = new BookingForm(
            request.GetString(BookingFields.Area),
            request.GetString(BookingFields.From),
            request.GetString(BookingFields.To),
            request.GetString(BookingFields.Duration),
            request.GetString(BookingFields.Mode),
            request.GetString(BookingFields.Location),
            request.GetString(BookingFields.Agenda));
        var result = await booking.ProposeAsync(actor, bookingId ?? string.Empty, form, cancellationToken);
        switch (result)
        {
            case BookingResult.Ok ok:
                return Show(turn, ok);
            case BookingResult.Refused refused:
                return CardActionResult.Error(turn.Text(refused.Message));
        }

        // Invalid or a problem: the same form, as typed, with the errors or the note.
        if (await booking.StartAsync(actor, cancellationToken) is not { } start)
        {
            return CardActionResult.Error(turn.Text(BookingTexts.OnlyCoordinators));
        }

        var model = new BookingFormModel(bookingId ?? Guid.NewGuid().ToString("D"), start.Areas, form, booking.Today);
        return result is BookingResult.Invalid invalid
            ? CardActionResult.ReplaceCard(BookingCards.Form(turn.Language, model, invalid.Errors))
            : CardActionResult.ReplaceCard(BookingCards.Form(turn.Language, model, notice: ((BookingResult.Problem)result).Message));
    }

    private async Task<CardActionResult> NewFormAsync(BotTurn turn, Actor actor, string? areaId, CancellationToken cancellationToken)
    {
        if (await booking.StartAsync(actor, cancellationToken) is not { } start)
        {
            return CardActionResult.Error(turn.Text(BookingTexts.OnlyCoordinators));
        }

        var area = start.Areas.FirstOrDefault(a => a.Id == areaId)?.Id ?? start.DefaultAreaId;
        var model = new BookingFormModel(Guid.NewGuid().ToString("D"), start.Areas, booking.DefaultForm(turn.Language, area), booking.Today);
        return CardActionResult.ReplaceCard(BookingCards.Form(turn.Language, model));
    }

    /// <summary>Back from the proposals to the form, with the values the proposals were made for.</summary>
    private async Task<CardActionResult> EditAsync(BotTurn turn, Actor actor, string? areaId, string? bookingId, CancellationToken cancellationToken)
    {
        var result = await booking.GetAsync(actor, areaId, bookingId, cancellationToken);
        if (result is not BookingResult.Ok { Gathering: { Status: GatheringStatus.Draft } g })
        {
            return Show(turn, result);
        }

        if (await booking.StartAsync(actor, cancellationToken) is not { } start)
        {
            return CardActionResult.Error(turn.Text(BookingTexts.OnlyCoordinators));
        }

        var r = g.Request;
        var values = new BookingForm(
            r.AreaId,
            Records.Validation.FormChecker.Iso(r.From),
            Records.Validation.FormChecker.Iso(r.To),
            r.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            r.Online ? BookingForm.Online : BookingForm.OnSite,
            r.Location,
            r.Agenda);
        return CardActionResult.ReplaceCard(BookingCards.Form(turn.Language, new BookingFormModel(g.Id, start.Areas, values, booking.Today)));
    }

    /// <summary>The card for the gathering as the step left it, or the refusal.</summary>
    private CardActionResult Show(BotTurn turn, BookingResult result) => result switch
    {
        BookingResult.Ok ok => CardActionResult.ReplaceCard(BookingCards.ForStatus(turn.Language, ok.Gathering, AreaOf(ok.Gathering), booking.Zone, ok.Notice)),
        BookingResult.Problem { Gathering: { } g } problem => CardActionResult.ReplaceCard(BookingCards.ForStatus(turn.Language, g, AreaOf(g), booking.Zone, problem.Message)),
        BookingResult.Problem problem => CardActionResult.Error(turn.Text(problem.Message)),
        BookingResult.Refused refused => CardActionResult.Error(turn.Text(refused.Message)),
        BookingResult.Invalid invalid => CardActionResult.Error(string.Join(" ", invalid.Errors.Select(e => e.Message[turn.Language]))),
        _ => throw new InvalidOperationException("Unknown booking result " + result.GetType().Name),
    };

    private CardActionResult MoveCard(BotTurn turn, CardActionRequest request, BookingResult result)
    {
        var typed = (request.GetString(BookingFields.From), request.GetString(BookingFields.To));
        return result switch
        {
            BookingResult.Ok { Gathering: { Status: GatheringStatus.Booked } g } ok =>
                CardActionResult.ReplaceCard(BookingCards.Move(turn.Language, g, booking.Zone, booking.Today, ok.Notice)),
            BookingResult.Invalid { Gathering: { Status: GatheringStatus.Booked } g } invalid =>
                CardActionResult.ReplaceCard(BookingCards.Move(turn.Language, g, booking.Zone, booking.Today, errors: invalid.Errors, typed: typed)),
            BookingResult.Problem { Gathering: { Status: GatheringStatus.Booked } g } problem =>
                CardActionResult.ReplaceCard(BookingCards.Move(turn.Language, g, booking.Zone, booking.Today, problem.Message, typed: typed)),
            _ => Show(turn, result),
        };
    }

    private CardActionResult MoveResult(BotTurn turn, BookingResult result) => result switch
    {
        // A failed move stays on the move card, with its options, so the user can try again.
        BookingResult.Problem { Gathering: { Status: GatheringStatus.Booked, OptionsForMove: true } g } problem =>
            CardActionResult.ReplaceCard(BookingCards.Move(turn.Language, g, booking.Zone, booking.Today, problem.Message)),
        _ => Show(turn, result),
    };

    private CardActionResult CancelQuestion(BotTurn turn, BookingResult result) => result is BookingResult.Ok { Gathering: { Status: GatheringStatus.Booked } g }
        ? CardActionResult.ReplaceCard(BookingCards.ConfirmCancel(turn.Language, g, booking.Zone))
        : Show(turn, result);

    private Area AreaOf(Gathering gathering) =>
        booking.Catalog.FindArea(gathering.AreaId) ?? throw new InvalidOperationException($"Area {gathering.AreaId} is not in the catalog.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booking {Verb} for {BookingId} gave up after {Seconds} s waiting for the calendar")]
    private static partial void LogTimedOut(ILogger logger, string verb, string? bookingId, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Booking {Verb} for {BookingId} on card message {CardActivityId}")]
    private static partial void LogClick(ILogger logger, string verb, string? bookingId, string? cardActivityId);

    private static DateTimeOffset Start(CardActionRequest request) =>
        DateTimeOffset.TryParse(request.GetString(BookingCards.StartKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start)
            ? start
            : DateTimeOffset.MinValue;
}
